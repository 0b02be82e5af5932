#include "core/parse/url.h"

#include "core/parse/safe_text.h"

namespace broadsheet {
namespace {

size_t scheme_length(std::string_view url) {
    auto lower_starts = [&](std::string_view prefix) {
        if (url.size() < prefix.size()) return false;
        for (size_t i = 0; i < prefix.size(); ++i) {
            char c = url[i];
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
            if (c != prefix[i]) return false;
        }
        return true;
    };
    if (lower_starts("https://")) return 8;
    if (lower_starts("http://")) return 7;
    return 0;
}

}  // namespace

bool is_web_url(std::string_view url) {
    if (url_host(url).empty()) return false;
    for (char c : url) {
        if (c == ' ') return false;  // has_unsafe_display_chars covers the other white space
    }
    return !has_unsafe_display_chars(url);
}

std::string url_host(std::string_view url) {
    size_t start = scheme_length(url);
    if (start == 0) return {};
    size_t end = url.find_first_of("/?#", start);
    std::string_view authority = url.substr(start, end == std::string_view::npos ? url.npos : end - start);
    size_t at = authority.rfind('@');
    if (at != std::string_view::npos) authority.remove_prefix(at + 1);
    size_t colon = authority.find(':');
    if (colon != std::string_view::npos) authority = authority.substr(0, colon);
    std::string host;
    for (char c : authority) {
        if (c == ' ' || c == '\t') return {};
        host += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return host;
}

}  // namespace broadsheet
