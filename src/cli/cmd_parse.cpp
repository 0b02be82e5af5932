// broadsheet parse [--] FILE|DIR...
// stdout: one JSON object per article per line (see core/article_json.h).
// stderr: one line per failed file, line or record, starting with the file
// name ("feed.jsonl: line 3: not valid JSON: ..."), and "file: warning: ..."
// lines for things that did not stop an article from loading.
// A directory is walked recursively (see file_walk.h: sorted, hidden entries
// skipped, links out of it not followed). Only regular files are read, at
// most 2 GB each (read_file.h). Names and messages on stderr have control
// characters and bidi overrides escaped ("\x1B", "\u202E"): they come from
// files and archives, and must not drive the terminal.
// "--" ends the options (there are none yet), so "-x.txt" can be parsed.
// Exit: 0 everything parsed, 1 anything failed or skipped (the good articles
// are still printed), 2 usage error.
#include "cli/commands.h"
#include "cli/file_walk.h"
#include "cli/read_file.h"
#include "core/article_json.h"
#include "core/parse/parse_file.h"

#include <cstdio>
#include <iostream>

namespace broadsheet::cli {

int run_parse(const std::vector<std::string>& args) {
    std::vector<std::string> paths;
    bool is_after_dashes = false;
    for (const std::string& a : args) {
        if (!is_after_dashes && a == "--") {
            is_after_dashes = true;
        } else if (!is_after_dashes && a.size() > 1 && a[0] == '-') {
            // No options yet: "-x" is a usage error rather than a missing file.
            std::fprintf(stderr, "broadsheet parse: unknown option '%s'\n", shown(a).c_str());
            paths.clear();
            break;
        } else {
            paths.push_back(a);
        }
    }
    if (paths.empty()) {
        std::fputs("usage: broadsheet parse [--] FILE|DIR...\n", stderr);
        return 2;
    }
    std::ios::sync_with_stdio(false);
    WalkResult walked = expand_paths(paths);
    for (const std::string& p : walked.problems) std::fprintf(stderr, "%s\n", p.c_str());
    bool any_failed = walked.has_failure;
    for (const std::string& path : walked.files) {
        std::string error;
        auto bytes = read_whole_file(path, error);
        if (!bytes) {
            std::fprintf(stderr, "%s: cannot read: %s\n", shown(path).c_str(), error.c_str());
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
            std::fprintf(stderr, "%s\n", shown(e.to_string()).c_str());
            any_failed = true;
        }
        for (const ParseError& w : result.warnings) {
            ParseError warning = w;
            warning.message = "warning: " + w.message;
            std::fprintf(stderr, "%s\n", shown(warning.to_string()).c_str());
        }
    }
    std::cout.flush();
    return any_failed ? 1 : 0;
}

}  // namespace broadsheet::cli
