#include "cli/commands.h"
#include "cli/read_file.h"
#include "core/article_json.h"
#include "core/parse/parse_file.h"

#include <cstdio>
#include <iostream>

namespace broadsheet::cli {

int run_parse(const std::vector<std::string>& args) {
    if (args.empty()) {
        std::fputs("usage: broadsheet parse FILE...\n", stderr);
        return 2;
    }
    bool any_failed = false;
    for (const std::string& path : args) {
        std::string error;
        auto bytes = read_whole_file(path, error);
        if (!bytes) {
            std::fprintf(stderr, "%s: cannot read: %s\n", path.c_str(), error.c_str());
            any_failed = true;
            continue;
        }
        ParseResult result = parse_file(path, *bytes);
        for (const Article& a : result.articles) {
            std::cout << article_to_json(a).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                      << '\n';
        }
        for (const ParseError& e : result.errors) {
            std::fprintf(stderr, "%s\n", e.to_string().c_str());
            any_failed = true;
        }
    }
    std::cout.flush();
    return any_failed ? 1 : 0;
}

}  // namespace broadsheet::cli
