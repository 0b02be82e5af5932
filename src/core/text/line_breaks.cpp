#include "core/text/line_breaks.h"

#include "core/text/scripts.h"
#include "core/text/thai_words.h"

#include <utf8proc.h>

namespace broadsheet::text {
namespace {

// UAX #14 line-break classes we tell apart (others resolve to these):
// CP is the ASCII closing parenthesis/bracket (CL for the rest of Pe).
enum class Lb : uint8_t {
    AL, ID, NU, SP, BK, ZW, WJ, GL, CL, CP, OP, QU, EX, IS, SY, NS, HY, BA, B2, PR, PO, IN, CM, ZWJ, RI, SA
};

// Japanese small kana, iteration and prolonged-sound marks: kinsoku
// "non-starters" a line must not begin with.
bool is_kinsoku_non_starter(int32_t cp) {
    switch (cp) {
        case 0x3041: case 0x3043: case 0x3045: case 0x3047: case 0x3049: case 0x3063: case 0x3083:
        case 0x3085: case 0x3087: case 0x308E: case 0x3095: case 0x3096: case 0x30A1: case 0x30A3:
        case 0x30A5: case 0x30A7: case 0x30A9: case 0x30C3: case 0x30E3: case 0x30E5: case 0x30E7:
        case 0x30EE: case 0x30F5: case 0x30F6:
        case 0x30FC: case 0x3005: case 0x303B: case 0x309D: case 0x309E: case 0x30FD: case 0x30FE:
        case 0x30FB: case 0x30A0: case 0x301C: case 0x309B: case 0x309C: case 0xFF65: case 0xFF70:
        case 0xFF1A: case 0xFF1B: case 0x203C: case 0x2047: case 0x2048: case 0x2049:
            return true;
        default:
            return (cp >= 0x31F0 && cp <= 0x31FF) || (cp >= 0xFF67 && cp <= 0xFF6F);
    }
}

Lb classify(int32_t cp) {
    if (cp < 0x80) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return Lb::AL;
        if (cp >= '0' && cp <= '9') return Lb::NU;
        switch (cp) {
            case ' ': case '\t': return Lb::SP;
            case '\n': case '\r': case 0x0B: case 0x0C: return Lb::BK;
            case '(': case '[': case '{': return Lb::OP;
            case ')': case ']': case '}': return Lb::CP;
            case '"': case '\'': return Lb::QU;
            case '!': case '?': return Lb::EX;
            case ',': case '.': case ':': case ';': return Lb::IS;
            case '/': return Lb::SY;
            case '-': return Lb::HY;
            case '|': return Lb::BA;
            case '$': case '+': case '\\': return Lb::PR;
            case '%': return Lb::PO;
            default: return Lb::AL;
        }
    }
    switch (cp) {
        case 0x85: case 0x2028: case 0x2029: return Lb::BK;
        case 0x200B: return Lb::ZW;
        case 0x2060: case 0xFEFF: return Lb::WJ;
        case 0x00A0: case 0x202F: case 0x2007: case 0x2011: case 0x180E: case 0x0F0C: return Lb::GL;
        case 0x200D: return Lb::ZWJ;
        case 0x3001: case 0x3002: case 0xFF0C: case 0xFF0E: case 0xFE50: case 0xFE52: case 0xFF61: case 0xFF64:
            return Lb::CL;
        case 0xFF01: case 0xFF1F: case 0x00A1: case 0x00BF: case 0x061F: case 0x06D4: return Lb::EX;
        case 0x037E: case 0x0589: case 0x060C: case 0x060D: case 0x2044: case 0xFE10: case 0xFE13: case 0xFE14:
            return Lb::IS;
        case 0x2010: case 0x2012: case 0x2013: case 0x00AD: case 0x058A: case 0x05BE: case 0x0964: case 0x0965:
        case 0x0E5A: case 0x0E5B: case 0x17D4: case 0x17D5: case 0x104A: case 0x104B: case 0x2027:
        case 0x3000: case 0x1680: case 0x2000: case 0x2001: case 0x2002: case 0x2003: case 0x2004:
        case 0x2005: case 0x2006: case 0x2008: case 0x2009: case 0x200A: case 0x205F:
            return Lb::BA;
        case 0x2014: return Lb::B2;
        // Curly double and single opening quotes open, the closing double quote
        // closes (UAX #14 says QU, which glues them to both neighbours; in
        // Chinese “…” that forbids breaks browsers allow). ’ stays QU: it is
        // also the apostrophe inside "don’t".
        case 0x201C: case 0x2018: return Lb::OP;
        case 0x201D: return Lb::CL;
        case 0x2024: case 0x2025: case 0x2026: case 0xFE19: return Lb::IN;
        case 0x00A3: case 0x00A5: case 0x20AC: case 0x2116: case 0x00B1: case 0x2212: case 0xFF04: return Lb::PR;
        case 0x00A2: case 0x00B0: case 0x2030: case 0x2031: case 0x2032: case 0x2033: case 0x2034:
        case 0x2103: case 0x2109: case 0xFF05: case 0x066A: return Lb::PO;
        default: break;
    }
    if (is_kinsoku_non_starter(cp)) return Lb::NS;
    if (cp >= 0x1F1E6 && cp <= 0x1F1FF) return Lb::RI;
    if (cp >= 0x1F3FB && cp <= 0x1F3FF) return Lb::CM;   // skin-tone modifiers stay with their emoji
    if (is_southeast_asian(cp)) return Lb::SA;
    if (is_cjk(cp)) return Lb::ID;
    if (is_hangul(cp)) return Lb::AL;   // keep-all: Korean breaks at spaces
    switch (utf8proc_category(cp)) {
        case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
        case UTF8PROC_CATEGORY_CF:
            return Lb::CM;
        case UTF8PROC_CATEGORY_ND: return Lb::NU;
        case UTF8PROC_CATEGORY_PS: return Lb::OP;
        case UTF8PROC_CATEGORY_PE: return Lb::CL;
        case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF: return Lb::QU;
        case UTF8PROC_CATEGORY_ZS: return Lb::BA;
        case UTF8PROC_CATEGORY_SC: return Lb::PR;
        default: break;
    }
    if ((cp >= 0x2E80 && cp <= 0x2FFF) || (cp >= 0x3003 && cp <= 0x303F) || (cp >= 0x3100 && cp <= 0x31EF) ||
        (cp >= 0x3200 && cp <= 0x33FF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF01 && cp <= 0xFF60) ||
        (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF) ||
        (cp >= 0xA000 && cp <= 0xA4CF)) {
        return Lb::ID;   // CJK symbols, full-width forms, Yi, emoji and pictographs
    }
    return Lb::AL;
}

bool is_close(Lb c) { return c == Lb::CL || c == Lb::CP; }

// Thai syllables end in at most one final consonant written bare after the
// vowel ("ริ|ม", "บ้า|น" are one syllable each). Clusters alone would allow a
// line to end before it, leaving the final alone on the next line, so the
// breaker (not the search index, whose clusters must not depend on the
// neighbouring word) joins one bare consonant to a cluster that has a vowel
// or tone mark and may still take a final. It guesses: "มีส|มาธิ" joins the
// next word's first consonant; a dictionary would know.
struct ThaiSyllable {
    bool has_vowel = false;
    bool is_closed = false;   // took its final, or its vowel takes none (ะ ำ ใ ไ เ-า)
    bool starts_with_e = false;

    void start(int32_t cp) { *this = ThaiSyllable{}; starts_with_e = cp == 0x0E40; add(cp); }
    void add(int32_t cp) {
        if (cp == 0x0E30 || cp == 0x0E33 || cp == 0x0E43 || cp == 0x0E44 || (cp == 0x0E32 && starts_with_e)) {
            is_closed = true;
        }
        if (cp == 0x0E30 || (cp >= 0x0E31 && cp <= 0x0E3A) || (cp >= 0x0E40 && cp <= 0x0E45) ||
            (cp >= 0x0E47 && cp <= 0x0E4C)) {
            has_vowel = true;
        }
    }
    bool takes_final() const { return has_vowel && !is_closed; }
};

bool is_thai_consonant(int32_t cp) { return cp >= 0x0E01 && cp <= 0x0E2E; }

// The pair rules of UAX #14 (LB11..LB31) between `a`, the class of the last
// non-space character, and `b`, the next one; `spaces` says spaces lie between.
bool can_break(Lb a, Lb b, bool spaces, bool a_starts_word) {
    if (b == Lb::WJ || (a == Lb::WJ && !spaces)) return false;                      // LB11
    if (a == Lb::GL && !spaces) return false;                                        // LB12
    if (b == Lb::GL && !spaces && a != Lb::BA && a != Lb::HY) return false;          // LB12a
    if (is_close(b) || b == Lb::EX || b == Lb::IS || b == Lb::SY) return false;      // LB13
    if (a == Lb::OP) return false;                                                   // LB14
    if (a == Lb::QU && b == Lb::OP) return false;                                    // LB15
    if (is_close(a) && b == Lb::NS) return false;                                    // LB16
    if (a == Lb::B2 && b == Lb::B2) return false;                                    // LB17
    if (spaces) return true;                                                         // LB18
    if (a == Lb::QU || b == Lb::QU) return false;                                    // LB19
    if (b == Lb::BA || b == Lb::HY || b == Lb::NS || b == Lb::IN) return false;      // LB21, LB22
    if (a == Lb::HY && a_starts_word) return false;                                  // LB20.1: "-word"
    if ((a == Lb::AL && b == Lb::NU) || (a == Lb::NU && b == Lb::AL)) return false;  // LB23
    if ((a == Lb::PR || a == Lb::PO) && (b == Lb::AL || b == Lb::ID)) return false;  // LB23a, LB24
    if (a == Lb::AL && (b == Lb::PR || b == Lb::PO)) return false;                   // LB24
    if ((is_close(a) || a == Lb::NU) && (b == Lb::PO || b == Lb::PR)) return false;  // LB25
    if ((a == Lb::PO || a == Lb::PR) && (b == Lb::OP || b == Lb::NU)) return false;
    if ((a == Lb::HY || a == Lb::IS || a == Lb::NU || a == Lb::SY) && b == Lb::NU) return false;
    if (a == Lb::AL && b == Lb::AL) return false;                                    // LB28
    if (a == Lb::IS && b == Lb::AL) return false;                                    // LB29
    if ((a == Lb::AL || a == Lb::NU) && b == Lb::OP) return false;                   // LB30
    if (a == Lb::CP && (b == Lb::AL || b == Lb::NU)) return false;
    return true;                                                                     // LB31
}

}  // namespace

std::vector<uint32_t> line_break_opportunities(std::string_view s) {
    return line_break_opportunities(s, installed_thai_dictionary());
}

std::vector<uint32_t> line_break_opportunities(std::string_view s, const ThaiDictionary* thai) {
    std::vector<uint32_t> out;
    if (s.empty()) return out;
    Lb a = Lb::BK;              // class of the last non-space character (marks absorbed, LB9)
    bool spaces = false;        // spaces since it
    bool a_starts_word = true;  // it came after a space or the start (LB20.1)
    bool after_zwj = false;
    int32_t last_cp = 0;        // the code point just before (for Thai clusters)
    int ri_run = 0;             // regional indicators in a row (flags are pairs)
    bool at_start = true;
    ThaiSyllable syllable;
    // The dictionary's words of the Thai run being read (absolute offsets).
    std::vector<ThaiWord> words;
    size_t word_at = 0;
    size_t i = 0;
    while (i < s.size()) {
        size_t len = 0;
        int32_t cp = decode_at(s, i, len);
        Lb b = cp < 0 ? Lb::AL : classify(cp);
        auto pos = static_cast<uint32_t>(i);
        bool is_thai = thai && cp >= 0 && is_thai_letter(cp);
        if (is_thai && (words.empty() || pos >= words.back().end)) {
            // A Thai run starts: segment all of it once.
            size_t j = i;
            while (j < s.size()) {
                size_t l = 0;
                if (!is_thai_letter(decode_at(s, j, l))) break;
                j += l;
            }
            words = thai->segment(s.substr(i, j - i));
            for (ThaiWord& w : words) {
                w.begin += pos;
                w.end += pos;
            }
            word_at = 0;
        }
        bool brk = false;
        if (at_start) {
            if (b == Lb::CM || b == Lb::ZWJ) b = Lb::AL;   // LB10
        } else if (a == Lb::BK && !spaces) {
            brk = !(last_cp == '\r' && cp == '\n');         // LB4, LB5
            if (!brk) {
                i += len;
                last_cp = cp;
                continue;
            }
        } else if (a == Lb::BK) {
            brk = false;                                      // spaces after a newline: broken already
        } else if (b == Lb::SP || b == Lb::ZW || b == Lb::BK) {
            brk = false;                                      // LB6, LB7
        } else if (a == Lb::ZW) {
            brk = true;                                       // LB8
        } else if (after_zwj && !spaces) {
            brk = false;                                      // LB8a
        } else if ((b == Lb::CM || b == Lb::ZWJ) && !spaces) {
            brk = false;                                      // LB9: the mark joins its base, `a` stays
            after_zwj = b == Lb::ZWJ;
            last_cp = cp;
            i += len;
            continue;
        } else {
            if (b == Lb::CM || b == Lb::ZWJ) b = Lb::AL;      // LB10
            Lb ra = a == Lb::SA ? Lb::AL : a;                 // LB1: SA next to others acts as AL
            Lb rb = b == Lb::SA ? Lb::AL : b;
            if (a == Lb::SA && b == Lb::SA && !spaces) {
                brk = !continues_cluster(last_cp, cp);
                if (brk && is_thai_consonant(cp) && syllable.takes_final()) {
                    size_t next_len = 0;
                    int32_t next = i + len < s.size() ? decode_at(s, i + len, next_len) : -1;
                    bool is_bare = next < 0 || !is_southeast_asian(next) || !continues_cluster(cp, next);
                    if (is_bare) {
                        brk = false;
                        syllable.is_closed = true;
                    }
                }
                if (brk) syllable.start(cp);
                else syllable.add(cp);
                if (is_thai && !words.empty() && pos > words.front().begin && pos < words.back().end) {
                    // Inside a Thai run the dictionary decides: a break only
                    // between words, and between two unknown clusters where
                    // the cluster rules above allow one.
                    while (word_at < words.size() && words[word_at].end <= pos) ++word_at;
                    bool at_word_start = word_at < words.size() && words[word_at].begin == pos;
                    bool beside_word = at_word_start && (words[word_at].is_known || words[word_at - 1].is_known);
                    brk = at_word_start && (beside_word || brk);
                    if (beside_word) syllable.start(cp);
                }
            } else if (a == Lb::RI && b == Lb::RI && !spaces) {
                brk = ri_run % 2 == 0;                        // LB30a
            } else {
                brk = can_break(ra, rb, spaces, a_starts_word);
            }
        }
        if (brk) out.push_back(pos);
        if (b == Lb::SA && (a != Lb::SA || spaces || at_start)) syllable.start(cp);
        if (b == Lb::SP) {
            spaces = true;
        } else {
            a_starts_word = at_start || spaces || a == Lb::BK || a == Lb::ZW;
            ri_run = b == Lb::RI ? (a == Lb::RI && !spaces ? ri_run + 1 : 1) : 0;
            a = b;
            spaces = false;
        }
        after_zwj = b == Lb::ZWJ;
        at_start = false;
        last_cp = cp;
        i += len;
    }
    out.push_back(static_cast<uint32_t>(s.size()));
    return out;
}

uint32_t next_grapheme_break(std::string_view s, uint32_t offset) {
    if (offset >= s.size()) return static_cast<uint32_t>(s.size());
    size_t len = 0;
    int32_t prev = decode_at(s, offset, len);
    size_t i = offset + len;
    utf8proc_int32_t state = 0;
    while (i < s.size()) {
        int32_t cp = decode_at(s, i, len);
        if (prev < 0 || cp < 0 || utf8proc_grapheme_break_stateful(prev, cp, &state)) break;
        prev = cp;
        i += len;
    }
    return static_cast<uint32_t>(i);
}

}  // namespace broadsheet::text
