#include "core/parse/text_util.h"

namespace broadsheet {

bool ends_with_nocase(std::string_view s, std::string_view lower_suffix) {
    if (s.size() < lower_suffix.size()) return false;
    size_t off = s.size() - lower_suffix.size();
    for (size_t i = 0; i < lower_suffix.size(); ++i) {
        char c = s[off + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != lower_suffix[i]) return false;
    }
    return true;
}

std::string clip_utf8(std::string_view s, size_t max_bytes) {
    if (s.size() <= max_bytes) return std::string(s);
    size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    return std::string(s.substr(0, end)) + "\xE2\x80\xA6";
}

}  // namespace broadsheet

namespace broadsheet {

bool has_messy_spaces(std::string_view s) {
    const unsigned char* p = reinterpret_cast<const unsigned char*>(s.data());
    size_t n = s.size();
    if (n == 0) return false;
    // No loop-carried state but the OR, so this vectorises.
    unsigned bad = 0;
    for (size_t i = 0; i + 1 < n; ++i) {
        unsigned c = p[i];
        bad |= (c == '\t') | (c == '\r') | (c == '\n') | ((c == ' ') & (p[i + 1] == ' '));
    }
    unsigned last = p[n - 1];
    bad |= (last == '\t') | (last == '\r') | (last == '\n');
    return bad != 0;
}

}  // namespace broadsheet
