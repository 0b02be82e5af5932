// Reading the files inside a tar archive (POSIX ustar, GNU and pax), so that
// a corpus shipped as .tar or .tar.gz can be dropped whole. Only regular
// files are listed; directories, links and devices are skipped. GNU long
// names ('L') and pax "path" records are honoured.
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
    std::string error;  // "" when the whole archive was read; else why it stopped
};

TarListing list_tar(std::string_view bytes);

}  // namespace broadsheet
