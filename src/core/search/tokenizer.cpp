#include "core/search/tokenizer.h"

#include "core/text/scripts.h"
#include "core/text/thai_words.h"

#include <utf8proc.h>

#include <cstdlib>

namespace broadsheet::search {
namespace {

// Cjk and SouthEastAsian runs are cut into clusters and indexed as bigrams;
// the other word classes join into words.
enum class CharClass : uint8_t { Other, Letter, Digit, Mark, Cjk, SouthEastAsian };

using text::is_cjk;

CharClass classify(int32_t cp) {
    if (cp < 0x80) {
        if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return CharClass::Letter;
        if (cp >= '0' && cp <= '9') return CharClass::Digit;
        return CharClass::Other;
    }
    if (is_cjk(cp)) return CharClass::Cjk;
    if (text::is_southeast_asian(cp)) return CharClass::SouthEastAsian;
    switch (utf8proc_category(cp)) {
        case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
        case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
            return CharClass::Letter;
        case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
            return CharClass::Digit;
        case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
            return CharClass::Mark;
        default:
            return CharClass::Other;
    }
}

bool is_hyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }
bool is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }
bool is_currency(int32_t cp) { return cp == '$' || cp == 0x20AC || cp == 0xA3 || cp == 0xA5; }

// One decoded code point of the text.
struct Cp {
    int32_t cp;
    uint32_t begin, end;
    CharClass cls;
};

std::vector<Cp> decode(std::string_view text) {
    std::vector<Cp> cps;
    cps.reserve(text.size());
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
    size_t i = 0;
    while (i < text.size()) {
        int32_t cp = 0;
        utf8proc_ssize_t n;
        if (p[i] < 0x80) {
            cp = p[i];
            n = 1;
        } else {
            n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
            if (n <= 0) {  // invalid byte: a separator
                cp = -1;
                n = 1;
            }
        }
        CharClass cls = cp < 0 ? CharClass::Other : classify(cp);
        cps.push_back({cp, static_cast<uint32_t>(i), static_cast<uint32_t>(i + n), cls});
        i += static_cast<size_t>(n);
    }
    return cps;
}

bool is_word(CharClass c) { return c == CharClass::Letter || c == CharClass::Digit || c == CharClass::Mark; }

bool all_ascii(std::string_view s) {
    for (unsigned char c : s) {
        if (c >= 0x80) return false;
    }
    return true;
}

// Case + accent + compatibility folding of one piece of text: NFKC and case
// fold, dropping only the marks that are accents (text::is_foldable_accent).
// utf8proc's STRIPMARK would drop every mark, Devanagari and Thai vowel signs
// and Japanese dakuten included, merging different words.
std::string fold_piece(std::string_view s) {
    if (all_ascii(s)) {
        std::string out(s);
        for (char& c : out) {
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        }
        return out;
    }
    const auto options = static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD);
    const auto* str = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    const auto len = static_cast<utf8proc_ssize_t>(s.size());
    // Decomposed form is rarely longer than the UTF-8 bytes; retry once if it is.
    std::vector<utf8proc_int32_t> buf(s.size() + 1);
    utf8proc_ssize_t n = utf8proc_decompose(str, len, buf.data(), static_cast<utf8proc_ssize_t>(buf.size() - 1), options);
    if (n > static_cast<utf8proc_ssize_t>(buf.size() - 1)) {
        buf.resize(static_cast<size_t>(n) + 1);
        n = utf8proc_decompose(str, len, buf.data(), n, options);
    }
    if (n < 0) return {};
    utf8proc_ssize_t kept = 0;
    for (utf8proc_ssize_t i = 0; i < n; ++i) {
        if (!text::is_foldable_accent(buf[static_cast<size_t>(i)])) buf[static_cast<size_t>(kept++)] = buf[static_cast<size_t>(i)];
    }
    utf8proc_ssize_t bytes = utf8proc_reencode(buf.data(), kept, options);  // composes, writes UTF-8 in place
    if (bytes < 0) return {};
    return std::string(reinterpret_cast<const char*>(buf.data()), static_cast<size_t>(bytes));
}

// Folds one word part: drops a possessive, inner apostrophes and thousands
// separators, then folds case and accents.
std::string fold_part(std::string_view raw) {
    std::string s;
    s.reserve(raw.size());
    // Possessive "'s" / "’s" at the end.
    auto ends_with = [&](std::string_view suf) {
        return raw.size() > suf.size() && raw.compare(raw.size() - suf.size(), suf.size(), suf) == 0;
    };
    if (ends_with("'s") || ends_with("'S")) raw.remove_suffix(2);
    else if (ends_with("\xE2\x80\x99s") || ends_with("\xE2\x80\x99S")) raw.remove_suffix(4);
    for (size_t i = 0; i < raw.size(); ++i) {
        char c = raw[i];
        if (c == '\'' || c == ',') continue;
        if (c == '\xE2' && i + 2 < raw.size() && raw[i + 1] == '\x80' && raw[i + 2] == '\x99') {
            i += 2;
            continue;
        }
        s += c;
    }
    return fold_piece(s);
}

bool has_only_ascii_letters(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) {
        if (c < 'a' || c > 'z') return false;
    }
    return true;
}

}  // namespace

std::string fold_text(std::string_view text) { return fold_piece(text); }

uint32_t tokenize(std::string_view text, std::vector<Token>& out, uint32_t first_position) {
    return tokenize(text, out, first_position, text::installed_thai_dictionary());
}

uint32_t tokenize(std::string_view text, std::vector<Token>& out, uint32_t first_position,
                  const text::ThaiDictionary* thai) {
    std::vector<Cp> cps = decode(text);
    uint32_t pos = first_position;
    size_t i = 0;
    const size_t n = cps.size();
    auto emit = [&](std::string term, uint32_t position, uint32_t b, uint32_t e, bool compound) {
        if (term.empty() || term.size() > kMaxTermBytes) return;
        Token t;
        t.is_stemmable = !compound && has_only_ascii_letters(term);
        t.term = std::move(term);
        t.position = position;
        t.begin = b;
        t.end = e;
        t.is_compound = compound;
        out.push_back(std::move(t));
    };
    // Overlapping bigrams of clusters (`starts`: each cluster's first byte,
    // the stretch's end last); one cluster alone is a unigram.
    auto emit_cluster_grams = [&](const std::vector<uint32_t>& starts) {
        size_t clusters = starts.size() - 1;
        size_t step = clusters == 1 ? 1 : 2;
        for (size_t k = 0; k + step < starts.size(); ++k) {
            uint32_t b = starts[k], e = starts[k + step];
            emit(fold_piece(text.substr(b, e - b)), pos++, b, e, false);
        }
    };
    while (i < n) {
        const Cp& c = cps[i];
        if (c.cls == CharClass::Cjk) {
            size_t j = i;
            while (j < n && (cps[j].cls == CharClass::Cjk || cps[j].cls == CharClass::Mark)) ++j;
            if (j - i == 1) {
                emit(fold_piece(text.substr(c.begin, c.end - c.begin)), pos++, c.begin, c.end, false);
            } else {
                for (size_t k = i; k + 1 < j; ++k) {
                    uint32_t b = cps[k].begin, e = cps[k + 1].end;
                    emit(fold_piece(text.substr(b, e - b)), pos++, b, e, false);
                }
            }
            i = j;
            continue;
        }
        if (c.cls == CharClass::SouthEastAsian) {
            size_t j = i;
            if (thai && text::is_thai_letter(c.cp)) {
                // Thai with a dictionary: each word is a term; a stretch no
                // word covers falls back to cluster bigrams like other runs.
                while (j < n && text::is_thai_letter(cps[j].cp)) ++j;
                uint32_t run_begin = c.begin;
                std::string_view run = text.substr(run_begin, cps[j - 1].end - run_begin);
                std::vector<uint32_t> unknown;   // cluster starts of the current unknown stretch
                auto flush_unknown = [&](uint32_t end) {
                    if (unknown.empty()) return;
                    unknown.push_back(end);
                    emit_cluster_grams(unknown);
                    unknown.clear();
                };
                for (const text::ThaiWord& w : thai->segment(run)) {
                    uint32_t b = run_begin + w.begin, e = run_begin + w.end;
                    if (!w.is_known) {
                        unknown.push_back(b);
                        continue;
                    }
                    flush_unknown(b);
                    // Mai yamok ("repeat the word") is not part of the term.
                    uint32_t term_end = e;
                    while (term_end >= b + 3 && text.compare(term_end - 3, 3, "\xE0\xB9\x86") == 0) term_end -= 3;
                    emit(fold_piece(text.substr(b, term_end - b)), pos++, b, e, false);
                }
                flush_unknown(cps[j - 1].end);
                i = j;
                continue;
            }
            // No spaces between words and no dictionary: overlapping bigrams of
            // clusters, like CJK, so a word anywhere in a sentence is a phrase
            // of bigrams the query spells the same way.
            std::vector<uint32_t> starts;   // byte offset of each cluster; the run's end last
            while (j < n && cps[j].cls == CharClass::SouthEastAsian &&
                   !(thai && j > i && text::is_thai_letter(cps[j].cp))) {
                if (j == i || !text::continues_cluster(cps[j - 1].cp, cps[j].cp)) starts.push_back(cps[j].begin);
                ++j;
            }
            starts.push_back(cps[j - 1].end);
            emit_cluster_grams(starts);
            i = j;
            continue;
        }
        bool currency = is_currency(c.cp) && i + 1 < n && cps[i + 1].cls == CharClass::Digit;
        if (!is_word(c.cls) && !currency) {
            ++i;
            continue;
        }
        // A span: word characters joined by hyphens, inner apostrophes, and
        // decimal points / thousands separators between digits.
        size_t start = currency ? i + 1 : i;
        size_t j = start;
        struct Part { size_t from, to; };
        std::vector<Part> parts;
        size_t part_from = start;
        while (j < n) {
            const Cp& d = cps[j];
            if (is_word(d.cls)) { ++j; continue; }
            bool next_word = j + 1 < n && is_word(cps[j + 1].cls);
            bool prev_digit = j > start && cps[j - 1].cls == CharClass::Digit;
            bool next_digit = j + 1 < n && cps[j + 1].cls == CharClass::Digit;
            if (is_hyphen(d.cp) && next_word && j > start) {
                parts.push_back({part_from, j});
                part_from = j + 1;
                j += 1;
                continue;
            }
            if (is_apostrophe(d.cp) && j > start && cps[j - 1].cls == CharClass::Letter &&
                next_word && cps[j + 1].cls == CharClass::Letter) {
                j += 1;
                continue;
            }
            if ((d.cp == '.' || d.cp == ',') && prev_digit && next_digit) {
                j += 1;
                continue;
            }
            break;
        }
        parts.push_back({part_from, j});
        // A trailing possessive apostrophe ("Reuters'") is simply not part of the span.
        bool percent = j < n && cps[j].cp == '%' && cps[j - 1].cls == CharClass::Digit;
        uint32_t span_begin = cps[i].begin;
        uint32_t span_end = percent ? cps[j].end : cps[j - 1].end;
        bool compound = parts.size() > 1 || currency || percent;
        if (compound) {
            std::string whole;
            if (currency) whole += fold_piece(text.substr(c.begin, c.end - c.begin));
            for (size_t p = 0; p < parts.size(); ++p) {
                if (p) whole += '-';
                uint32_t b = cps[parts[p].from].begin, e = cps[parts[p].to - 1].end;
                whole += fold_part(text.substr(b, e - b));
            }
            if (percent) whole += '%';
            emit(std::move(whole), pos, span_begin, span_end, true);
        }
        for (const Part& p : parts) {
            uint32_t b = cps[p.from].begin, e = cps[p.to - 1].end;
            emit(fold_part(text.substr(b, e - b)), pos++, b, e, false);
        }
        i = percent ? j + 1 : j;
    }
    return pos;
}

}  // namespace broadsheet::search
