// Runs a ParsedQuery against an InvertedIndex: BM25F scoring (title words
// weigh more than body words), AND / OR / NOT, phrases by positions, prefix
// expansion of the last word while typing, edit-distance-1 correction of
// long words with few hits, and the source/author/date filters.
#pragma once

#include "core/library.h"
#include "core/search/index.h"
#include "core/search/query_parser.h"

#include <string>
#include <string_view>
#include <vector>

namespace broadsheet::search {

struct ScoredDoc {
    uint32_t doc = 0;
    float score = 0;   // BM25F sum before the recency tie-break
};

// What a matched word looks like in text, for snippets and the reader.
struct MatchTerms {
    std::vector<std::string> exact;     // folded surface terms (phrase words, exact words)
    std::vector<std::string> stems;     // a token matches when its stem is one of these
    std::vector<std::string> prefixes;  // a token matches when it starts with one of these
    bool empty() const { return exact.empty() && stems.empty() && prefixes.empty(); }
};

struct Evaluation {
    std::vector<ScoredDoc> docs;      // matching live articles, ascending id
    std::string corrected_query;      // the query with corrected words, empty when none
    MatchTerms terms;
};

// `is_typing`: the last plain word (no quote, no trailing space) also
// matches as a prefix. `library` provides source/author for the filters.
Evaluation evaluate(const InvertedIndex& index, const Library& library, const ParsedQuery& query,
                    std::string_view raw_query, bool is_typing);

}  // namespace broadsheet::search
