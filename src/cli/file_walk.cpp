#include "cli/file_walk.h"

#include "cli/read_file.h"

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <system_error>

namespace broadsheet::cli {
namespace {

namespace fs = std::filesystem;

bool is_inside(const fs::path& root, const fs::path& p) {
    auto r = root.begin(), q = p.begin();
    for (; r != root.end(); ++r, ++q) {
        if (q == p.end() || *r != *q) return false;
    }
    return true;
}

// One folder level at a time (not recursive_directory_iterator): an error
// there ends the whole walk, and skip_permission_denied hides it.
void walk(const fs::path& dir, const fs::path& root, WalkResult& out) {
    std::error_code ec;
    fs::directory_iterator it(dir, ec);
    if (ec) {
        out.problems.push_back(shown(dir.string()) + ": cannot list the folder: " + ec.message() + "; skipped");
        out.has_failure = true;
        return;
    }
    std::vector<fs::directory_entry> entries;
    for (; !ec && it != fs::directory_iterator(); it.increment(ec)) entries.push_back(*it);
    if (ec) {
        out.problems.push_back(shown(dir.string()) + ": cannot list the folder: " + ec.message());
        out.has_failure = true;
    }
    for (const fs::directory_entry& e : entries) {
        std::string name = e.path().filename().string();
        if (name.empty() || name[0] == '.') continue;
        fs::file_status own = e.symlink_status(ec);
        if (fs::is_symlink(own)) {
            fs::path target = fs::canonical(e.path(), ec);
            if (ec) {
                out.problems.push_back(shown(e.path().string()) + ": a link to nothing (" + ec.message() +
                                       "); skipped");
                out.has_failure = true;
            } else if (!is_inside(root, target)) {
                out.problems.push_back(shown(e.path().string()) + ": a link to " + shown(target.string()) +
                                       ", outside the folder; not followed");
                out.has_failure = true;
            } else if (fs::is_directory(target, ec)) {
                // Its files are reached through the real folder; following it could loop.
                out.problems.push_back(shown(e.path().string()) + ": a link to a folder; not followed");
            } else {
                out.files.push_back(e.path().string());
            }
            continue;
        }
        if (fs::is_directory(own)) {
            walk(e.path(), root, out);
        } else {
            // Regular or not: read_whole_file says why a FIFO or device is skipped.
            out.files.push_back(e.path().string());
        }
    }
}

}  // namespace

WalkResult expand_paths(const std::vector<std::string>& args) {
    WalkResult out;
    for (const std::string& arg : args) {
        std::error_code ec;
        if (!fs::is_directory(arg, ec)) {
            out.files.push_back(arg);
            continue;
        }
        fs::path root = fs::canonical(arg, ec);
        if (ec) {
            out.problems.push_back(shown(arg) + ": cannot open the folder: " + ec.message());
            out.has_failure = true;
            continue;
        }
        size_t first = out.files.size();
        walk(fs::path(arg), root, out);
        std::sort(out.files.begin() + static_cast<std::ptrdiff_t>(first), out.files.end());
    }
    return out;
}

}  // namespace broadsheet::cli
