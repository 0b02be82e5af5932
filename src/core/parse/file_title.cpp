#include "core/parse/file_title.h"

namespace broadsheet {

std::string title_from_file_name(std::string_view file_name) {
    size_t slash = file_name.rfind('/');
    if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
    for (int ext = 0; ext < 2; ++ext) {  // "page.html.gz": both extensions go
        size_t dot = file_name.rfind('.');
        if (dot == std::string_view::npos || dot == 0) break;
        bool is_gz = file_name.substr(dot) == ".gz";
        file_name = file_name.substr(0, dot);
        if (!is_gz) break;
    }
    while (!file_name.empty() && (file_name.front() == ' ' || file_name.front() == '\t')) file_name.remove_prefix(1);
    while (!file_name.empty() && (file_name.back() == ' ' || file_name.back() == '\t')) file_name.remove_suffix(1);
    if (file_name.empty() || file_name.front() == '.') return "Untitled";
    return std::string(file_name);
}

}  // namespace broadsheet
