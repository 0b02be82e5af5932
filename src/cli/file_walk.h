// The files named on a command line: folders are walked recursively (sorted,
// hidden entries skipped); anything else is kept as given so that a missing
// file is reported by the read.
// Inside a folder, symbolic links are followed only to regular files inside
// the same folder: a link out of it (or to a folder, or a dangling one) is
// skipped with a message, so a shared folder cannot make the tool read
// ~/.ssh. A subfolder that cannot be listed is reported and the walk goes on.
#pragma once

#include <string>
#include <vector>

namespace broadsheet::cli {

struct WalkResult {
    std::vector<std::string> files;
    std::vector<std::string> problems;  // "path: why", already escaped for the terminal
    bool has_failure = false;           // a folder could not be listed
};

WalkResult expand_paths(const std::vector<std::string>& args);

}  // namespace broadsheet::cli
