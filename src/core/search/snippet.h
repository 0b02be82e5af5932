// Snippets and match positions: where the query's words are in an article's
// text, found by re-tokenizing that one article (cheap; only shown results
// need it, and the index keeps no text).
#pragma once

#include "core/article.h"
#include "core/search/query_eval.h"
#include "core/search/stemmer.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace broadsheet::search {

struct ByteRange {
    uint32_t begin = 0;   // [begin, end) in the text it belongs to
    uint32_t end = 0;
};

struct Snippet {
    std::string text;                  // a window of one paragraph (or the title), "…" where cut
    std::vector<ByteRange> highlights; // matched words, byte ranges into `text`, ascending
};

// A matched word in the article as the reader shows it.
struct MatchPosition {
    int32_t paragraph = -1;   // index into Article::paragraphs; -1 = the title
    ByteRange range;          // bytes in that paragraph's text (or the title)
};

// Decides whether a folded token is one of the query's words.
class TermMatcher {
public:
    TermMatcher(const MatchTerms& terms, Stemmer& stemmer);
    bool matches(const std::string& term, bool is_stemmable);
    // False only when `text` surely holds no match (a cheap substring test
    // on plain ASCII text), so the caller may skip tokenizing it.
    bool may_match(std::string_view text) const;
    const MatchTerms& terms() const { return m_terms; }
private:
    const MatchTerms& m_terms;
    Stemmer& m_stemmer;
    std::vector<std::string> m_keys;   // ASCII substrings every match contains
    bool m_can_prefilter = true;
};

// Every match in reading order: title first, then paragraphs.
std::vector<MatchPosition> find_matches(const Article& article, TermMatcher& matcher);

// The best window (about `max_bytes`) around the densest cluster of distinct
// matched words; the start of the first paragraph when only the title matched.
Snippet make_snippet(const Article& article, TermMatcher& matcher, size_t max_bytes = 200);

}  // namespace broadsheet::search
