#include "core/text/thai_words.h"

#include "core/text/scripts.h"

#include <utf8proc.h>

#include <algorithm>

namespace broadsheet::text {

bool is_thai_letter(int32_t cp) {
    // U+0E3B..0E3E are unassigned and U+0E3F is the baht sign.
    return (cp >= 0x0E01 && cp <= 0x0E3A) || (cp >= 0x0E40 && cp <= 0x0E4E);
}

bool has_thai(std::string_view s) {
    for (size_t i = s.find('\xE0'); i != std::string_view::npos && i + 2 < s.size(); i = s.find('\xE0', i + 1)) {
        auto b1 = static_cast<unsigned char>(s[i + 1]), b2 = static_cast<unsigned char>(s[i + 2]);
        if ((b1 == 0xB8 && b2 >= 0x81) || (b1 == 0xB9 && b2 <= 0x8E)) return true;
    }
    return false;
}

namespace {

constexpr int32_t kMaiYamok = 0x0E46;

bool is_all_thai(std::string_view s) {
    if (s.empty()) return false;
    for (size_t i = 0; i < s.size();) {
        size_t len = 0;
        if (!is_thai_letter(decode_at(s, i, len))) return false;
        i += len;
    }
    return true;
}

// The cost of a split, compared in order: unknown clusters, then words.
struct Cost {
    uint32_t unknown = 0;
    uint32_t words = 0;
    bool operator<(const Cost& o) const { return unknown != o.unknown ? unknown < o.unknown : words < o.words; }
    bool operator<=(const Cost& o) const { return !(o < *this); }
};

}  // namespace

ThaiDictionary::ThaiDictionary(std::string_view bytes) : m_bytes(bytes) {
    size_t i = 0;
    while (i < m_bytes.size()) {
        size_t nl = m_bytes.find('\n', i);
        if (nl == std::string::npos) nl = m_bytes.size();
        size_t end = nl;
        if (end > i && m_bytes[end - 1] == '\r') --end;
        std::string_view line = std::string_view(m_bytes).substr(i, end - i);
        if (!line.empty() && line[0] != '#' && is_all_thai(line)) {
            m_words.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(end - i)});
        }
        i = nl + 1;
    }
    auto less = [this](const Entry& a, const Entry& b) { return word(a) < word(b); };
    if (!std::is_sorted(m_words.begin(), m_words.end(), less)) std::sort(m_words.begin(), m_words.end(), less);
    auto same = [this](const Entry& a, const Entry& b) { return word(a) == word(b); };
    m_words.erase(std::unique(m_words.begin(), m_words.end(), same), m_words.end());
    // Every word starts with E0 B8 or E0 B9: index the range of each first
    // letter so a lookup skips the three binary searches that would find it.
    m_first.assign(kFirstLetters + 1, 0);
    size_t at = 0;
    for (size_t letter = 0; letter <= kFirstLetters; ++letter) {
        while (at < m_words.size() && first_letter(word(m_words[at])) < letter) ++at;
        m_first[letter] = static_cast<uint32_t>(at);
    }
}

size_t ThaiDictionary::first_letter(std::string_view w) {
    // Words are all Thai letters (checked on load), so three bytes each.
    return static_cast<size_t>(((static_cast<unsigned char>(w[1]) & 0x3F) << 6) | (static_cast<unsigned char>(w[2]) & 0x3F)) -
           0x0E00;
}

bool ThaiDictionary::contains(std::string_view w) const {
    auto it = std::lower_bound(m_words.begin(), m_words.end(), w,
                               [this](const Entry& e, std::string_view v) { return word(e) < v; });
    return it != m_words.end() && word(*it) == w;
}

std::vector<ThaiWord> ThaiDictionary::segment(std::string_view run) const {
    // Units a word may start or end at: the clusters of text/scripts.h, with
    // mai yamok split off (a word ends before it; it then sticks to that word).
    std::vector<uint32_t> at;   // byte offset of each unit; run.size() last
    std::vector<bool> is_yamok;
    int32_t prev = -1;
    for (size_t i = 0; i < run.size();) {
        size_t len = 0;
        int32_t cp = decode_at(run, i, len);
        bool starts = at.empty() || cp < 0 || prev < 0 || !is_thai_letter(cp) || !is_thai_letter(prev) ||
                      cp == kMaiYamok || !continues_cluster(prev, cp);
        if (starts) {
            at.push_back(static_cast<uint32_t>(i));
            is_yamok.push_back(cp == kMaiYamok);
        }
        prev = cp;
        i += len;
    }
    const size_t m = at.size();
    at.push_back(static_cast<uint32_t>(run.size()));

    // best[k]: the cheapest split of units k..m; next[k]: where its first piece ends.
    std::vector<Cost> best(m + 1);
    std::vector<uint32_t> next(m + 1, 0);
    std::vector<uint8_t> kind(m + 1, 0);   // 0 unknown, 1 word, 2 mai yamok
    for (size_t k = m; k-- > 0;) {
        Cost c = best[k + 1];
        c.unknown += 1;
        c.words += 1;
        best[k] = c;
        next[k] = static_cast<uint32_t>(k + 1);
        kind[k] = 0;
        if (is_yamok[k] && k > 0) {
            best[k] = best[k + 1];   // free: it joins the piece before it
            kind[k] = 2;
            continue;
        }
        // Walk the sorted list down the prefix run[at[k]..], byte by byte;
        // [lo, hi) are the words that start with the bytes read so far.
        size_t unit = k + 1;
        size_t len0 = 0;
        int32_t first = decode_at(run, at[k], len0);
        if (!is_thai_letter(first)) continue;
        size_t letter = static_cast<size_t>(first - 0x0E00);
        auto lo = m_words.begin() + m_first[letter], hi = m_words.begin() + m_first[letter + 1];
        for (size_t d = 2; at[k] + d < run.size() && lo != hi; ++d) {
            if (d > 2) {   // bytes 0..2 (the first letter) picked [lo, hi) already
                auto byte = static_cast<int>(static_cast<unsigned char>(run[at[k] + d]));
                auto key = [this, d](const Entry& e) {
                    return e.length > d ? static_cast<int>(static_cast<unsigned char>(m_bytes[e.offset + d])) : -1;
                };
                lo = std::lower_bound(lo, hi, byte, [&](const Entry& e, int v) { return key(e) < v; });
                hi = std::upper_bound(lo, hi, byte, [&](int v, const Entry& e) { return v < key(e); });
            }
            size_t end = at[k] + d + 1;
            while (unit <= m && at[unit] < end) ++unit;
            if (unit <= m && at[unit] == end && lo != hi && lo->length == d + 1) {
                Cost w = best[unit];
                w.words += 1;
                if (w <= best[k]) {   // ties go to the longer word
                    best[k] = w;
                    next[k] = static_cast<uint32_t>(unit);
                    kind[k] = 1;
                }
            }
        }
    }

    std::vector<ThaiWord> out;
    for (size_t k = 0; k < m;) {
        size_t e = next[k];
        if (kind[k] == 2 && !out.empty()) {
            out.back().end = at[e];
        } else {
            out.push_back({at[k], at[e], kind[k] == 1});
        }
        k = e;
    }
    return out;
}

namespace {

// The one slot (see the header for why there is one).
struct Installed {
    std::shared_ptr<const ThaiDictionary> dictionary;
    uint32_t version = 0;
};

Installed& installed() {
    static Installed slot;
    return slot;
}

}  // namespace

void install_thai_dictionary(std::shared_ptr<const ThaiDictionary> dictionary) {
    installed().dictionary = std::move(dictionary);
    installed().version += 1;
}

const ThaiDictionary* installed_thai_dictionary() { return installed().dictionary.get(); }

uint32_t thai_dictionary_version() { return installed().version; }

}  // namespace broadsheet::text
