#include "core/text/scripts.h"

#include <utf8proc.h>

namespace broadsheet::text {

bool is_cjk(int32_t cp) {
    return (cp >= 0x3040 && cp <= 0x30FF) ||    // Hiragana, Katakana
           (cp >= 0x31F0 && cp <= 0x31FF) ||    // Katakana extensions
           (cp >= 0x3400 && cp <= 0x4DBF) ||    // CJK Extension A
           (cp >= 0x4E00 && cp <= 0x9FFF) ||    // CJK Unified
           (cp >= 0xF900 && cp <= 0xFAFF) ||    // Compatibility ideographs
           (cp >= 0xFF66 && cp <= 0xFF9F) ||    // half-width Katakana
           (cp >= 0x20000 && cp <= 0x3134F);    // Extensions B..G
}

bool is_hangul(int32_t cp) {
    return (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0x1100 && cp <= 0x11FF) ||
           (cp >= 0x3130 && cp <= 0x318F) || (cp >= 0xA960 && cp <= 0xA97F) ||
           (cp >= 0xD7B0 && cp <= 0xD7FF);
}

bool is_southeast_asian(int32_t cp) {
    bool in_block = (cp >= 0x0E01 && cp <= 0x0EFF) ||   // Thai, Lao
                    (cp >= 0x1000 && cp <= 0x109F) ||   // Myanmar
                    (cp >= 0x1780 && cp <= 0x17FF) ||   // Khmer
                    (cp >= 0x1950 && cp <= 0x19DF) ||   // Tai Le, New Tai Lue
                    (cp >= 0x19E0 && cp <= 0x19FF) ||   // Khmer symbols
                    (cp >= 0x1A20 && cp <= 0x1AAF) ||   // Tai Tham
                    (cp >= 0xA9E0 && cp <= 0xA9FF) ||   // Myanmar Extended-B
                    (cp >= 0xAA60 && cp <= 0xAADF);     // Myanmar Extended-A, Tai Viet
    if (!in_block) return false;
    // Digits and punctuation of these scripts are not part of a word.
    switch (utf8proc_category(cp)) {
        case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
        case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
            return true;
        default:
            return cp == 0x0E2F || cp == 0x0EAF;   // Thai/Lao abbreviation sign (paiyannoi), Po
    }
}

namespace {

bool is_mark(int32_t cp) {
    auto c = utf8proc_category(cp);
    return c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC || c == UTF8PROC_CATEGORY_ME;
}

// Thai and Lao vowels written before the consonant they follow in speech.
bool is_leading_vowel(int32_t cp) {
    return (cp >= 0x0E40 && cp <= 0x0E44) || (cp >= 0x0EC0 && cp <= 0x0EC4);
}

// Letters (not marks in Unicode) that always close the syllable before them:
// Thai sara a, sara aa, sara am, lakkhangyao, mai yamok (repeat), paiyannoi;
// the Lao equivalents; Myanmar and Khmer signs that are letters by category.
bool is_following_letter(int32_t cp) {
    switch (cp) {
        case 0x0E30: case 0x0E32: case 0x0E33: case 0x0E45: case 0x0E46: case 0x0E2F:
        case 0x0EB0: case 0x0EB2: case 0x0EB3: case 0x0EC6: case 0x0EAF:
            return true;
        default:
            return false;
    }
}

// A sign that stacks the next consonant under the current one.
bool is_stacker(int32_t cp) {
    return cp == 0x17D2 ||   // Khmer coeng
           cp == 0x1039 ||   // Myanmar virama (stacking)
           cp == 0x1A60;     // Tai Tham sakot
}

}  // namespace

bool continues_cluster(int32_t prev, int32_t cp) {
    if (is_mark(cp) || is_following_letter(cp)) return true;
    if (is_leading_vowel(prev) || is_stacker(prev)) return true;
    // Myanmar medials (U+103B..103E) are marks; kinzi and asat are marks too.
    return false;
}

bool is_foldable_accent(int32_t cp) {
    return (cp >= 0x0300 && cp <= 0x036F) ||   // Combining Diacritical Marks
           (cp >= 0x0483 && cp <= 0x0487) ||   // Cyrillic titlo and accents
           (cp >= 0x0591 && cp <= 0x05BD) || cp == 0x05BF || cp == 0x05C1 || cp == 0x05C2 ||
           cp == 0x05C4 || cp == 0x05C5 || cp == 0x05C7 ||   // Hebrew points and cantillation
           (cp >= 0x0610 && cp <= 0x061A) || (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 ||
           (cp >= 0x06D6 && cp <= 0x06DC) || (cp >= 0x06DF && cp <= 0x06E4) ||
           cp == 0x06E7 || cp == 0x06E8 || (cp >= 0x06EA && cp <= 0x06ED) ||   // Arabic harakat
           (cp >= 0x1AB0 && cp <= 0x1AFF) ||   // Combining Diacritical Marks Extended
           (cp >= 0x1DC0 && cp <= 0x1DFF) ||   // Combining Diacritical Marks Supplement
           (cp >= 0x20D0 && cp <= 0x20FF) ||   // Combining marks for symbols
           (cp >= 0xFE20 && cp <= 0xFE2F);     // Combining half marks
}

int32_t decode_at(std::string_view s, size_t i, size_t& len) {
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    if (p[i] < 0x80) {
        len = 1;
        return p[i];
    }
    int32_t cp = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
        len = 1;
        return -1;
    }
    len = static_cast<size_t>(n);
    return cp;
}

}  // namespace broadsheet::text
