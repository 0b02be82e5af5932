#include "core/search/snippet.h"

#include "core/search/tokenizer.h"

#include <algorithm>

namespace broadsheet::search {
namespace {

const char* const kEllipsis = "\xE2\x80\xA6";

bool starts_with(const std::string& s, const std::string& p) { return s.compare(0, p.size(), p) == 0; }

// Moves a cut back to a UTF-8 character start.
size_t char_start(const std::string& s, size_t i) {
    while (i > 0 && i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    return i;
}

struct Hit {
    uint32_t token;   // index in the paragraph's token list
    uint32_t begin, end;
    const std::string* term;
};

}  // namespace

TermMatcher::TermMatcher(const MatchTerms& terms, Stemmer& stemmer) : m_terms(terms), m_stemmer(stemmer) {
    auto add_key = [this](const std::string& key) {
        for (char c : key) {
            // Digits: "155221" matches "155,221"; non-ASCII: folding may differ.
            if ((c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) m_can_prefilter = false;
        }
        if (key.empty()) m_can_prefilter = false;
        m_keys.push_back(key);
    };
    for (const std::string& e : terms.exact) add_key(e);
    for (const std::string& p : terms.prefixes) add_key(p);
    for (const std::string& st : terms.stems) add_key(st.size() > 1 ? st.substr(0, st.size() - 1) : st);
}

bool TermMatcher::may_match(std::string_view text) const {
    if (!m_can_prefilter) return true;
    std::string lower(text);
    for (char& c : lower) {
        if (static_cast<unsigned char>(c) >= 0x80 || c == '\'') return true;   // folding or apostrophes at play
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    for (const std::string& k : m_keys) {
        if (lower.find(k) != std::string::npos) return true;
    }
    return false;
}

bool TermMatcher::matches(const std::string& term, bool is_stemmable) {
    for (const std::string& e : m_terms.exact) {
        if (term == e) return true;
    }
    for (const std::string& p : m_terms.prefixes) {
        if (starts_with(term, p)) return true;
    }
    // English stems nearly always keep all but their last letter of the word
    // ("compani" <- "company"), so only words sharing that much are stemmed:
    // stemming every word of an article cost more than the search itself.
    for (const std::string& st : m_terms.stems) {
        if (term == st) return true;
        size_t keep = st.size() > 1 ? st.size() - 1 : st.size();
        if (is_stemmable && term.size() >= keep && term.compare(0, keep, st, 0, keep) == 0 &&
            m_stemmer.stem(term) == st) {
            return true;
        }
    }
    return false;
}

std::vector<MatchPosition> find_matches(const Article& article, TermMatcher& matcher) {
    std::vector<MatchPosition> out;
    std::vector<Token> tokens;
    auto scan = [&](const std::string& text, int32_t paragraph) {
        if (!matcher.may_match(text)) return;
        tokens.clear();
        tokenize(text, tokens);
        uint32_t covered_to = 0;   // a compound match already covers its parts
        for (const Token& t : tokens) {
            if (t.end <= covered_to && !t.is_compound) continue;
            if (matcher.matches(t.term, t.is_stemmable)) {
                out.push_back({paragraph, {t.begin, t.end}});
                covered_to = t.end;
            }
        }
    };
    scan(article.title, -1);
    for (size_t i = 0; i < article.paragraphs.size(); ++i) scan(article.paragraphs[i].text, static_cast<int32_t>(i));
    return out;
}

Snippet make_snippet(const Article& article, TermMatcher& matcher, size_t max_bytes) {
    // Pick the paragraph window with the most distinct matched terms, then
    // the most matches; earliest wins ties so results are stable.
    int best_par = -1;
    size_t best_from = 0;
    int best_distinct = -1, best_count = -1;
    std::vector<Token> tokens;
    std::vector<Hit> hits;
    // A window holding every query term cannot be beaten: stop scanning there
    // (long articles otherwise cost a full re-tokenize per result).
    std::vector<std::string> all = matcher.terms().exact;
    all.insert(all.end(), matcher.terms().stems.begin(), matcher.terms().stems.end());
    all.insert(all.end(), matcher.terms().prefixes.begin(), matcher.terms().prefixes.end());
    std::sort(all.begin(), all.end());
    const int max_distinct = static_cast<int>(std::unique(all.begin(), all.end()) - all.begin());
    for (size_t pi = 0; pi < article.paragraphs.size() && best_distinct < max_distinct; ++pi) {
        const std::string& text = article.paragraphs[pi].text;
        if (!matcher.may_match(text)) continue;
        tokens.clear();
        tokenize(text, tokens);
        hits.clear();
        uint32_t covered_to = 0;
        for (uint32_t k = 0; k < tokens.size(); ++k) {
            const Token& t = tokens[k];
            if (t.end <= covered_to && !t.is_compound) continue;
            if (matcher.matches(t.term, t.is_stemmable)) {
                hits.push_back({k, t.begin, t.end, &t.term});
                covered_to = t.end;
            }
        }
        for (size_t h = 0; h < hits.size(); ++h) {
            // Window starting a little before hit h.
            size_t from = hits[h].begin > max_bytes / 4 ? hits[h].begin - max_bytes / 4 : 0;
            std::vector<const std::string*> seen;
            int count = 0;
            for (size_t x = h; x < hits.size() && hits[x].end <= from + max_bytes; ++x) {
                ++count;
                bool dup = false;
                for (const std::string* s : seen) dup = dup || *s == *hits[x].term;
                if (!dup) seen.push_back(hits[x].term);
            }
            int distinct = static_cast<int>(seen.size());
            if (distinct > best_distinct || (distinct == best_distinct && count > best_count)) {
                best_distinct = distinct;
                best_count = count;
                best_par = static_cast<int>(pi);
                best_from = from;
            }
        }
    }
    Snippet snip;
    if (best_par < 0) {
        if (article.paragraphs.empty()) return snip;
        best_par = 0;
        best_from = 0;
    }
    const std::string& text = article.paragraphs[static_cast<size_t>(best_par)].text;
    // Snap the window to word boundaries (spaces) so no word is cut.
    size_t from = char_start(text, best_from);
    if (from > 0) {
        size_t sp = text.rfind(' ', from);
        from = sp == std::string::npos ? 0 : sp + 1;
    }
    size_t to = std::min(text.size(), from + max_bytes);
    if (to < text.size()) {
        size_t sp = text.rfind(' ', to);
        to = (sp != std::string::npos && sp > from) ? sp : char_start(text, to);
    }
    uint32_t shift = 0;
    if (from > 0) {
        snip.text = kEllipsis;
        shift = 3;
    }
    snip.text.append(text, from, to - from);
    if (to < text.size()) snip.text += kEllipsis;
    tokens.clear();
    tokenize(text, tokens);
    uint32_t covered_to = 0;
    for (const Token& t : tokens) {
        if (t.begin < from || t.end > to) continue;
        if (t.end <= covered_to && !t.is_compound) continue;
        if (matcher.matches(t.term, t.is_stemmable)) {
            snip.highlights.push_back({static_cast<uint32_t>(t.begin - from + shift),
                                       static_cast<uint32_t>(t.end - from + shift)});
            covered_to = t.end;
        }
    }
    return snip;
}

}  // namespace broadsheet::search
