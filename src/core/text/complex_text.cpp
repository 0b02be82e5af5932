#include "core/text/complex_text.h"

#include <algorithm>
#include <iterator>

namespace broadsheet {
namespace {

struct Range {
    uint32_t first, last;
};

// Lenient UTF-8 decoding: a bad byte is skipped (returns 0xFFFD and moves one byte).
uint32_t next_code_point(std::string_view s, size_t& i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        ++i;
        return c;
    }
    int extra = (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : 0;
    if (extra == 0 || i + static_cast<size_t>(extra) >= s.size()) {
        ++i;
        return 0xFFFD;
    }
    uint32_t cp = c & (0x3F >> extra);
    for (int k = 1; k <= extra; ++k) {
        unsigned char d = static_cast<unsigned char>(s[i + static_cast<size_t>(k)]);
        if ((d & 0xC0) != 0x80) {
            ++i;
            return 0xFFFD;
        }
        cp = (cp << 6) | (d & 0x3F);
    }
    i += static_cast<size_t>(extra) + 1;
    return cp;
}

template <size_t N>
bool in(const Range (&table)[N], uint32_t cp) {
    // Tables are sorted and disjoint: the last range starting at or before cp.
    auto it = std::upper_bound(std::begin(table), std::end(table), cp,
                               [](uint32_t v, const Range& r) { return v < r.first; });
    return it != std::begin(table) && cp <= std::prev(it)->last;
}

// Scripts the browser shapes or reorders (see the header).
constexpr Range kShaped[] = {
    {0x0590, 0x08FF},    // Hebrew, Arabic, Syriac, Arabic Supplement, Thaana, NKo, Samaritan, Mandaic, Arabic Ext
    {0x0900, 0x0DFF},    // Devanagari, Bengali, Gurmukhi, Gujarati, Oriya, Tamil, Telugu, Kannada, Malayalam, Sinhala
    {0x0E00, 0x0FFF},    // Thai, Lao, Tibetan
    {0x1000, 0x109F},    // Myanmar
    {0x1780, 0x17FF},    // Khmer
    {0x19E0, 0x19FF},    // Khmer symbols
    {0x1CD0, 0x1CFF},    // Vedic extensions
    {0x200F, 0x200F},    // RLM
    {0x202B, 0x202B},    // RLE
    {0x202E, 0x202E},    // RLO
    {0x2067, 0x2067},    // RLI
    {0xA8E0, 0xA8FF},    // Devanagari Extended
    {0xA9E0, 0xA9FF},    // Myanmar Extended-B
    {0xAA60, 0xAA7F},    // Myanmar Extended-A
    {0xFB1D, 0xFDFF},    // Hebrew and Arabic presentation forms A
    {0xFE70, 0xFEFF},    // Arabic presentation forms B
    {0x10800, 0x10FFF},  // SMP right-to-left scripts
    {0x1E800, 0x1EFFF},  // Mende Kikakui, Adlam, Arabic mathematical symbols
};

// Right-to-left blocks (bidi class R or AL for their letters).
constexpr Range kRtlBlocks[] = {
    {0x0590, 0x08FF}, {0xFB1D, 0xFDFF}, {0xFE70, 0xFEFF}, {0x10800, 0x10FFF}, {0x1E800, 0x1EFFF},
};

// Inside the RTL blocks: what is not strong (marks NSM, Arabic-Indic digits
// AN/EN, a few separators and symbols).
constexpr Range kRtlNotStrong[] = {
    {0x0591, 0x05BD}, {0x05BF, 0x05BF}, {0x05C1, 0x05C2}, {0x05C4, 0x05C5}, {0x05C7, 0x05C7},
    {0x0600, 0x0605}, {0x0608, 0x0608}, {0x0609, 0x060A}, {0x060C, 0x060C}, {0x060E, 0x061A},
    {0x064B, 0x066C}, {0x0670, 0x0670}, {0x06D6, 0x06ED}, {0x06F0, 0x06F9},
    {0x0711, 0x0711}, {0x0730, 0x074A}, {0x07A6, 0x07B0}, {0x07EB, 0x07F3}, {0x07F6, 0x07F9},
    {0x07FD, 0x07FD}, {0x0816, 0x0819}, {0x081B, 0x0823}, {0x0825, 0x0827}, {0x0829, 0x082D},
    {0x0859, 0x085B}, {0x0890, 0x089F}, {0x08CA, 0x08FF},
    {0xFB1E, 0xFB1E}, {0xFB29, 0xFB29}, {0xFD3E, 0xFD4F}, {0xFDCF, 0xFDCF}, {0xFDFD, 0xFDFF},
    {0xFEFF, 0xFEFF},
    {0x10D24, 0x10D27}, {0x10D30, 0x10D39}, {0x10E60, 0x10E7E}, {0x10EAB, 0x10EAC}, {0x10F46, 0x10F50},
    {0x1E8D0, 0x1E8D6}, {0x1E944, 0x1E94A}, {0x1EEF0, 0x1EEF1},
};

// Outside the RTL blocks: what is not a strong left-to-right letter (ASCII
// and Latin-1 non-letters, combining marks, punctuation, symbols, spaces,
// digits, emoji). Everything else counts as L.
constexpr Range kLtrNotStrong[] = {
    {0x0000, 0x0040}, {0x005B, 0x0060}, {0x007B, 0x00A9}, {0x00AB, 0x00B4}, {0x00B6, 0x00B9},
    {0x00BB, 0x00BF}, {0x00D7, 0x00D7}, {0x00F7, 0x00F7},
    {0x02B9, 0x02BA}, {0x02C2, 0x02CF}, {0x02D2, 0x02DF}, {0x02E5, 0x02ED}, {0x02EF, 0x036F},
    {0x0374, 0x0375}, {0x037E, 0x037E}, {0x0384, 0x0385}, {0x0387, 0x0387}, {0x03F6, 0x03F6},
    {0x0483, 0x0489}, {0x058A, 0x058A}, {0x058D, 0x058F},
    {0x0F3A, 0x0F3D}, {0x1390, 0x1399}, {0x1400, 0x1400}, {0x1680, 0x1680}, {0x169B, 0x169C},
    {0x17DB, 0x17DB}, {0x1800, 0x180F}, {0x1AB0, 0x1AFF}, {0x1DC0, 0x1DFF}, {0x1FBD, 0x1FBD},
    {0x1FBF, 0x1FC1}, {0x1FCD, 0x1FCF}, {0x1FDD, 0x1FDF}, {0x1FED, 0x1FEF}, {0x1FFD, 0x1FFE},
    {0x2000, 0x200D},  // spaces, ZWSP, ZWNJ, ZWJ (0x200E LRM is L, 0x200F RLM is R)
    {0x2010, 0x2070}, {0x2074, 0x207E}, {0x2080, 0x208E}, {0x20A0, 0x2101}, {0x2103, 0x2106},
    {0x2108, 0x2109}, {0x2114, 0x2114}, {0x2116, 0x2118}, {0x211E, 0x2123}, {0x2125, 0x2125},
    {0x2127, 0x2127}, {0x2129, 0x2129}, {0x212E, 0x212E}, {0x213A, 0x213B}, {0x2140, 0x2144},
    {0x214A, 0x214D}, {0x2150, 0x215F}, {0x2189, 0x2335}, {0x237B, 0x2394}, {0x2396, 0x249B},
    {0x24EA, 0x27FF}, {0x2900, 0x2BFF}, {0x2CE5, 0x2CEA}, {0x2CEF, 0x2CF1}, {0x2CF9, 0x2CFF},
    {0x2D7F, 0x2D7F}, {0x2DE0, 0x2FFF}, {0x3000, 0x3004}, {0x3008, 0x3020}, {0x302A, 0x3030},
    {0x3036, 0x3037}, {0x303D, 0x303F}, {0x3099, 0x309C}, {0x30A0, 0x30A0}, {0x30FB, 0x30FB},
    {0x31C0, 0x31E3}, {0x321D, 0x321E}, {0x3250, 0x325F}, {0x327C, 0x327E}, {0x32B1, 0x32BF},
    {0x32CC, 0x32CF}, {0x3377, 0x337A}, {0x33DE, 0x33DF}, {0x33FF, 0x33FF}, {0x4DC0, 0x4DFF},
    {0xA490, 0xA4C6}, {0xA60D, 0xA60F}, {0xA66F, 0xA67F}, {0xA69E, 0xA69F}, {0xA6F0, 0xA6F1},
    {0xA700, 0xA721}, {0xA788, 0xA788}, {0xA802, 0xA802}, {0xA806, 0xA806}, {0xA80B, 0xA80B},
    {0xA825, 0xA826}, {0xA828, 0xA82C}, {0xA838, 0xA839}, {0xA874, 0xA877},
    {0xD800, 0xDFFF},  // surrogates (never valid in UTF-8)
    {0xFE00, 0xFE6F}, {0xFF00, 0xFF20}, {0xFF3B, 0xFF40}, {0xFF5B, 0xFF65}, {0xFFE0, 0xFFFF},
    {0x1F000, 0x1F10F}, {0x1F12F, 0x1F12F}, {0x1F16A, 0x1F16F}, {0x1F1AD, 0x1F1AD},
    {0x1F260, 0x1FBFF}, {0xE0000, 0xE0FFF},
};

bool is_isolate_initiator(uint32_t cp) { return cp >= 0x2066 && cp <= 0x2068; }  // LRI, RLI, FSI
constexpr uint32_t kPdi = 0x2069;

}  // namespace

StrongClass strong_class(uint32_t cp) {
    if (cp == 0x200E) return StrongClass::LeftToRight;  // LRM
    if (cp == 0x200F) return StrongClass::RightToLeft;  // RLM
    if (in(kRtlBlocks, cp)) return in(kRtlNotStrong, cp) ? StrongClass::None : StrongClass::RightToLeft;
    return in(kLtrNotStrong, cp) ? StrongClass::None : StrongClass::LeftToRight;
}

bool needs_shaping(std::string_view utf8) {
    for (size_t i = 0; i < utf8.size();) {
        // U+0590 is the first shaped code point; its UTF-8 lead byte is 0xD6.
        if (static_cast<unsigned char>(utf8[i]) < 0xD6) {
            ++i;
            continue;
        }
        if (in(kShaped, next_code_point(utf8, i))) return true;
    }
    return false;
}

TextDirection paragraph_direction(std::string_view utf8, TextDirection if_none) {
    int isolate_depth = 0;
    for (size_t i = 0; i < utf8.size();) {
        uint32_t cp = next_code_point(utf8, i);
        if (is_isolate_initiator(cp)) {
            ++isolate_depth;
        } else if (cp == kPdi) {
            if (isolate_depth > 0) --isolate_depth;
        } else if (isolate_depth == 0) {
            StrongClass c = strong_class(cp);
            if (c == StrongClass::LeftToRight) return TextDirection::LeftToRight;
            if (c == StrongClass::RightToLeft) return TextDirection::RightToLeft;
        }
    }
    return if_none;
}

}  // namespace broadsheet
