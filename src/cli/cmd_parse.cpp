// broadsheet parse FILE|DIR...
// stdout: one JSON object per article per line (see core/article_json.h).
// stderr: one line per failed file, line or record, starting with the file
// name ("feed.jsonl: line 3: not valid JSON: ..."), and "file: warning: ..."
// lines for things that did not stop an article from loading.
// A directory is walked recursively (sorted, hidden entries skipped).
// Exit: 0 everything parsed, 1 anything failed (the good articles are still
// printed), 2 usage error.
#include "cli/commands.h"
#include "cli/read_file.h"
#include "core/article_json.h"
#include "core/parse/parse_file.h"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>

namespace broadsheet::cli {
namespace {

namespace fs = std::filesystem;

// Expands directories into their files; a path that is not a directory is
// kept as given so that a missing file is reported by the read.
std::vector<std::string> expand_paths(const std::vector<std::string>& args, bool& any_failed) {
    std::vector<std::string> out;
    for (const std::string& arg : args) {
        std::error_code ec;
        if (!fs::is_directory(arg, ec)) {
            out.push_back(arg);
            continue;
        }
        std::vector<std::string> found;
        fs::recursive_directory_iterator it(arg, fs::directory_options::skip_permission_denied, ec);
        for (; !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
            std::string name = it->path().filename().string();
            if (!name.empty() && name[0] == '.') {
                if (it->is_directory(ec)) it.disable_recursion_pending();
                continue;
            }
            if (it->is_regular_file(ec)) found.push_back(it->path().string());
        }
        if (ec) {
            std::fprintf(stderr, "%s: cannot list the folder: %s\n", arg.c_str(), ec.message().c_str());
            any_failed = true;
        }
        std::sort(found.begin(), found.end());
        out.insert(out.end(), found.begin(), found.end());
    }
    return out;
}

}  // namespace

int run_parse(const std::vector<std::string>& args) {
    bool has_option = false;
    for (const std::string& a : args) has_option = has_option || (a.size() > 1 && a[0] == '-');
    if (args.empty() || has_option) {
        // No options yet: "-x" is a usage error rather than a missing file.
        std::fputs("usage: broadsheet parse FILE|DIR...\n", stderr);
        return 2;
    }
    bool any_failed = false;
    std::ios::sync_with_stdio(false);
    for (const std::string& path : expand_paths(args, any_failed)) {
        std::string error;
        auto bytes = read_whole_file(path, error);
        if (!bytes) {
            std::fprintf(stderr, "%s: cannot read: %s\n", path.c_str(), error.c_str());
            any_failed = true;
            continue;
        }
        ParseResult result = parse_file(path, *bytes);
        bytes.reset();
        for (const Article& a : result.articles) {
            std::cout << article_to_json(a).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
                      << '\n';
        }
        std::cout.flush();
        for (const ParseError& e : result.errors) {
            std::fprintf(stderr, "%s\n", e.to_string().c_str());
            any_failed = true;
        }
        for (const ParseError& w : result.warnings) {
            ParseError shown = w;
            shown.message = "warning: " + w.message;
            std::fprintf(stderr, "%s\n", shown.to_string().c_str());
        }
    }
    std::cout.flush();
    return any_failed ? 1 : 0;
}

}  // namespace broadsheet::cli
