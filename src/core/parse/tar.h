// Reading the files inside a tar archive (POSIX ustar, GNU and pax), so that
// a corpus shipped as .tar or .tar.gz can be dropped whole. Only regular
// files are listed; directories and devices are skipped, and links (symbolic
// and hard) are never followed: they are listed in `links` so the caller can
// say so. Nothing is ever written to disk and member names are never used as
// paths: a name is made relative ("/etc/x" and "../../x" become "etc/x" and
// "x") so it cannot pose as a file outside the archive. Names are raw bytes:
// escape them before showing them (safe_text.h). GNU long names ('L') and pax
// "path" records are honoured.
// Not handled: sparse files, multi-volume archives, pax records other than
// "path" (sizes over 8 GB), checksum mismatches beyond rejecting the entry.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace broadsheet {

// True when the first header block carries the ustar magic at offset 257.
bool is_tar(std::string_view bytes);

struct TarEntry {
    std::string name;        // the path inside the archive
    std::string_view data;   // points into the archive bytes
};

struct TarListing {
    std::vector<TarEntry> files;
    std::vector<std::string> links;  // "name -> target" of each link member skipped
    std::string error;  // "" when the whole archive was read; else why it stopped
};

TarListing list_tar(std::string_view bytes);

// `raw` without leading '/', empty, "." and ".." components: "a/./../b//c" -> "a/b/c".
std::string relative_member_name(std::string_view raw);

}  // namespace broadsheet
