// broadsheet: the command-line tool over the core library.
//   broadsheet parse FILE...     one JSON object per article per line
//   broadsheet search PATH...    ranked full-text search (see cmd_search.cpp)
// Exit status: 0 all good, 1 something failed to parse, 2 usage error.
#include "cli/commands.h"

#include <cstdio>
#include <string>
#include <vector>

namespace {

const char* const kUsage =
    "usage: broadsheet <command> [args]\n"
    "commands:\n"
    "  parse [--] FILE|DIR...\n"
    "                  print every article in FILE(s) as JSON Lines; errors go to stderr\n"
    "  search --query Q | --queries FILE [--limit N] [--typing] [--] PATH...\n"
    "                  ranked search over files/folders; JSON Lines\n";

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "-h" || args[0] == "--help") {
        std::fputs(kUsage, args.empty() ? stderr : stdout);
        return args.empty() ? 2 : 0;
    }
    std::string command = args[0];
    args.erase(args.begin());
    if (command == "parse") return broadsheet::cli::run_parse(args);
    if (command == "search") return broadsheet::cli::run_search(args);
    std::fprintf(stderr, "broadsheet: unknown command '%s'\n%s", command.c_str(), kUsage);
    return 2;
}
