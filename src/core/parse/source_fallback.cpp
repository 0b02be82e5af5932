#include "core/parse/source_fallback.h"

#include "core/parse/text_util.h"
#include "core/parse/url.h"

namespace broadsheet {
namespace {

bool is_tar_name(std::string_view name) {
    return ends_with_nocase(name, ".tar") || ends_with_nocase(name, ".tar.gz") || ends_with_nocase(name, ".tgz");
}

std::string_view base_name(std::string_view path) {
    size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

bool is_folder_name(std::string_view name) { return !name.empty() && name != "." && name != ".."; }

}  // namespace

std::string collection_name(std::string_view file_path, bool is_record_file) {
    std::string_view own = base_name(file_path);
    if (is_record_file && !own.empty()) return std::string(own);
    // parse_file names tar members "archive.tar/inner/path": the first
    // component that is a tar name, searched from the left, is the archive.
    size_t start = 0;
    while (true) {
        size_t slash = file_path.find('/', start);
        if (slash == std::string_view::npos) break;
        std::string_view part = file_path.substr(start, slash - start);
        if (is_tar_name(part)) return std::string(part);
        start = slash + 1;
    }
    size_t slash = file_path.rfind('/');
    if (slash != std::string_view::npos) {
        std::string_view folder = base_name(file_path.substr(0, slash));
        if (is_folder_name(folder)) return std::string(folder);
    }
    return std::string(own);
}

void fill_missing_sources(std::vector<Article>& articles, bool is_record_file) {
    for (Article& a : articles) {
        if (!a.source.empty()) continue;
        a.source = url_host(a.url);
        if (a.source.empty()) a.source = collection_name(a.file, is_record_file);
    }
}

}  // namespace broadsheet
