#include "core/parse/decode_text.h"

#include "core/utf8.h"

#include <cstdint>
#include <cstring>

namespace broadsheet {
namespace {

constexpr char kReplacement[] = "\xEF\xBF\xBD";

// Windows-1252 0x80..0x9F; 0 where the code page leaves the byte undefined.
constexpr uint16_t kCp1252High[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

// Length of the valid UTF-8 sequence starting at s[i] (1..4), or 0 when the
// bytes there are not a valid sequence (RFC 3629: no overlongs, no
// surrogates, nothing above U+10FFFF).
size_t utf8_sequence_length(const unsigned char* s, size_t i, size_t n) {
    unsigned char c = s[i];
    if (c < 0x80) return 1;
    auto cont = [&](size_t k) { return i + k < n && (s[i + k] & 0xC0) == 0x80; };
    if (c >= 0xC2 && c <= 0xDF) return cont(1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        if (!cont(1) || !cont(2)) return 0;
        unsigned char c1 = s[i + 1];
        if (c == 0xE0 && c1 < 0xA0) return 0;  // overlong
        if (c == 0xED && c1 > 0x9F) return 0;  // surrogate
        return 3;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        if (!cont(1) || !cont(2) || !cont(3)) return 0;
        unsigned char c1 = s[i + 1];
        if (c == 0xF0 && c1 < 0x90) return 0;  // overlong
        if (c == 0xF4 && c1 > 0x8F) return 0;  // above U+10FFFF
        return 4;
    }
    return 0;
}

// Skips the ASCII prefix eight bytes at a time: most article text is ASCII
// and this is the hot loop of every load.
size_t ascii_prefix(const unsigned char* s, size_t i, size_t n) {
    while (i + 8 <= n) {
        uint64_t word;
        std::memcpy(&word, s + i, 8);
        if (word & 0x8080808080808080ull) break;
        i += 8;
    }
    while (i < n && s[i] < 0x80) ++i;
    return i;
}

struct Utf8Scan {
    bool is_valid = true;
    size_t multibyte = 0;  // valid sequences of 2..4 bytes
};

Utf8Scan scan_utf8(std::string_view bytes) {
    Utf8Scan scan;
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    size_t n = bytes.size();
    size_t i = 0;
    while (i < n) {
        i = ascii_prefix(s, i, n);
        if (i >= n) break;
        size_t len = utf8_sequence_length(s, i, n);
        if (len == 0) {
            scan.is_valid = false;
            ++i;
        } else {
            ++scan.multibyte;
            i += len;
        }
    }
    return scan;
}

bool reads_as_cp1252(std::string_view bytes) {
    for (unsigned char c : bytes) {
        if (c >= 0x80 && c <= 0x9F && kCp1252High[c - 0x80] == 0) return false;
    }
    return true;
}

void decode_cp1252(std::string_view bytes, std::string& out) {
    out.reserve(bytes.size() + bytes.size() / 8);
    for (unsigned char c : bytes) {
        if (c < 0x80) {
            out += static_cast<char>(c);
        } else if (c < 0xA0) {
            append_utf8(out, kCp1252High[c - 0x80]);
        } else {
            append_utf8(out, c);
        }
    }
}

size_t decode_utf16(std::string_view bytes, bool is_little_endian, std::string& out) {
    size_t replaced = 0;
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    size_t units = bytes.size() / 2;
    out.reserve(bytes.size());
    auto unit = [&](size_t k) -> uint32_t {
        return is_little_endian ? (s[2 * k] | (s[2 * k + 1] << 8)) : ((s[2 * k] << 8) | s[2 * k + 1]);
    };
    for (size_t k = 0; k < units; ++k) {
        uint32_t u = unit(k);
        if (u >= 0xD800 && u <= 0xDBFF && k + 1 < units) {
            uint32_t low = unit(k + 1);
            if (low >= 0xDC00 && low <= 0xDFFF) {
                append_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00));
                ++k;
                continue;
            }
        }
        if (u >= 0xD800 && u <= 0xDFFF) {
            out += kReplacement;
            ++replaced;
        } else {
            append_utf8(out, u);
        }
    }
    if (bytes.size() % 2 != 0) {
        out += kReplacement;
        ++replaced;
    }
    return replaced;
}

// CRLF and lone CR -> LF, in place.
void normalise_newlines(std::string& s) {
    size_t first = s.find('\r');
    if (first == std::string::npos) return;
    size_t w = first;
    for (size_t r = first; r < s.size(); ++r) {
        char c = s[r];
        if (c == '\r') {
            s[w++] = '\n';
            if (r + 1 < s.size() && s[r + 1] == '\n') ++r;
        } else {
            s[w++] = c;
        }
    }
    s.resize(w);
}

bool has_prefix(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.compare(0, p.size(), p) == 0;
}

}  // namespace

bool is_valid_utf8(std::string_view bytes) { return scan_utf8(bytes).is_valid; }

bool looks_like_utf16_without_bom(std::string_view bytes, bool& is_little_endian) {
    if (bytes.size() < 8 || bytes.size() % 2 != 0) return false;
    size_t probe = bytes.size() < 4096 ? bytes.size() : 4096;
    size_t zero_even = 0, zero_odd = 0;
    for (size_t i = 0; i < probe; i += 2) {
        zero_even += bytes[i] == '\0';
        zero_odd += bytes[i + 1] == '\0';
    }
    size_t units = probe / 2;
    if (zero_even == 0 && zero_odd * 4 >= units) {
        is_little_endian = true;
        return true;
    }
    if (zero_odd == 0 && zero_even * 4 >= units) {
        is_little_endian = false;
        return true;
    }
    return false;
}

size_t repair_utf8(std::string_view bytes, std::string& out) {
    const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
    size_t n = bytes.size();
    size_t replaced = 0;
    out.reserve(out.size() + n);
    size_t i = 0;
    while (i < n) {
        size_t start = i;
        i = ascii_prefix(s, i, n);
        out.append(bytes.data() + start, i - start);
        if (i >= n) break;
        size_t len = utf8_sequence_length(s, i, n);
        if (len == 0) {
            out += kReplacement;
            ++replaced;
            ++i;
        } else {
            out.append(bytes.data() + i, len);
            i += len;
        }
    }
    return replaced;
}

DecodedText decode_text(std::string_view bytes) {
    DecodedText d;
    if (has_prefix(bytes, "\xEF\xBB\xBF")) {
        bytes.remove_prefix(3);
        d.encoding = SourceEncoding::Utf8Bom;
        // The BOM declares UTF-8, so bad bytes are damage, not another code page.
        d.replaced = repair_utf8(bytes, d.utf8);
    } else if (has_prefix(bytes, "\xFF\xFE") || has_prefix(bytes, "\xFE\xFF")) {
        bool is_le = bytes[0] == '\xFF';
        bytes.remove_prefix(2);
        d.encoding = is_le ? SourceEncoding::Utf16Le : SourceEncoding::Utf16Be;
        d.replaced = decode_utf16(bytes, is_le, d.utf8);
    } else if (bool is_le = false; looks_like_utf16_without_bom(bytes, is_le)) {
        d.encoding = is_le ? SourceEncoding::Utf16Le : SourceEncoding::Utf16Be;
        d.replaced = decode_utf16(bytes, is_le, d.utf8);
    } else {
        Utf8Scan scan = scan_utf8(bytes);
        if (scan.is_valid) {
            d.utf8.assign(bytes.data(), bytes.size());
        } else if (scan.multibyte == 0 && reads_as_cp1252(bytes)) {
            // No byte sequence in it is UTF-8, and every byte means something
            // in Windows-1252: an old Western file (Reuters, old Word exports).
            d.encoding = SourceEncoding::Windows1252;
            decode_cp1252(bytes, d.utf8);
        } else {
            d.encoding = SourceEncoding::Utf8WithReplacements;
            d.replaced = repair_utf8(bytes, d.utf8);
        }
    }
    normalise_newlines(d.utf8);
    return d;
}

const char* encoding_name(SourceEncoding e) {
    switch (e) {
        case SourceEncoding::Utf8: return "UTF-8";
        case SourceEncoding::Utf8Bom: return "UTF-8 (BOM)";
        case SourceEncoding::Utf16Le: return "UTF-16LE";
        case SourceEncoding::Utf16Be: return "UTF-16BE";
        case SourceEncoding::Windows1252: return "Windows-1252";
        case SourceEncoding::Utf8WithReplacements: return "UTF-8 with invalid bytes";
    }
    return "unknown";
}

}  // namespace broadsheet
