#include "core/parse/safe_text.h"

#include <cstdio>

namespace broadsheet {
namespace {

// Decodes one UTF-8 sequence at s[i]; returns its length, 0 when invalid.
size_t decode_one(std::string_view s, size_t i, char32_t& cp) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
    if (len == 0 || i + len > s.size()) return 0;
    cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
    for (size_t k = 1; k < len; ++k) {
        unsigned char cc = static_cast<unsigned char>(s[i + k]);
        if ((cc >> 6) != 0x2) return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    // Overlong forms and surrogates are invalid.
    static const char32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < kMin[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

bool is_control(char32_t cp) { return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F); }

}  // namespace

bool is_invisible_format_char(char32_t cp) {
    return cp == 0x061C || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x2069) || cp == 0xFEFF;
}

bool has_unsafe_display_chars(std::string_view utf8) {
    for (size_t i = 0; i < utf8.size();) {
        char32_t cp = 0;
        size_t len = decode_one(utf8, i, cp);
        if (len == 0 || is_control(cp) || is_invisible_format_char(cp)) return true;
        i += len;
    }
    return false;
}

std::string escape_for_display(std::string_view utf8) {
    std::string out;
    out.reserve(utf8.size());
    char buf[12];
    for (size_t i = 0; i < utf8.size();) {
        char32_t cp = 0;
        size_t len = decode_one(utf8, i, cp);
        if (len == 0) {
            std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned char>(utf8[i]));
            out += buf;
            ++i;
            continue;
        }
        if (cp < 0x80 && is_control(cp)) {
            std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(cp));
            out += buf;
        } else if (is_control(cp) || is_invisible_format_char(cp)) {
            std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(cp));
            out += buf;
        } else {
            out.append(utf8, i, len);
        }
        i += len;
    }
    return out;
}

}  // namespace broadsheet
