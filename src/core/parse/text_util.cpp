#include "core/parse/text_util.h"

namespace broadsheet {

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
    unsigned bad = 0;
    unsigned prev_space = 0;
    for (size_t i = 0; i < n; ++i) {
        unsigned c = p[i];
        unsigned space = c == ' ';
        bad |= (c == '\t') | (c == '\r') | (c == '\n') | (space & prev_space);
        prev_space = space;
    }
    return bad != 0;
}

}  // namespace broadsheet
