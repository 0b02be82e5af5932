// The search engine's public entry point: a ranked full-text index over a
// Library's articles. Query syntax: see query_parser.h. Ranking: BM25F over
// title (weighted 2.5x) and body, English stemming with an exact-form bonus,
// a light recency tie-break (at most +2% for the newest article), then
// quantized score desc, date desc, id asc, so equal scores order the same
// way natively and in wasm.
//
// Typical use (the app, the CLI, the benchmarks):
//   SearchIndex index;
//   index.add(library, 0);                  // once, then after each drop:
//   index.add(library, first_new_id);       // only the new articles
//   SearchResult r = index.search(library, "covid \"new cases\" -mask", {});
//   r.hits[i].id / .score / .snippet;  r.total;  r.corrected_query
//   index.match_positions(library, id, query)  // for the reader's next/prev
//
// Threading: one thread at a time (search() is const but stems with a
// shared stemmer). Memory: the index keeps no article text; it needs the same
// Library (same ids) for snippets and the source:/author: filters.
// Not implemented: ranking by click/recency preferences, synonyms, stemming
// for languages other than English, segmentation of Thai/Lao/Khmer.
#pragma once

#include "core/library.h"
#include "core/search/index.h"
#include "core/search/snippet.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace broadsheet {

struct SearchOptions {
    size_t limit = 20;          // hits returned (total counts them all); 0 = all
    bool is_typing = false;     // the last word is also a prefix (search as you type)
    bool with_snippets = true;  // fill Hit::snippet (costs one re-tokenize per hit)
};

struct Hit {
    ArticleId id = 0;
    float score = 0;
    search::Snippet snippet;
};

struct SearchResult {
    std::vector<Hit> hits;        // best first
    size_t total = 0;             // every matching article
    std::string corrected_query;  // "showing results for ..." when a word was corrected, else empty
    search::MatchTerms terms;     // the words that matched (after prefix and typo expansion), for
                                  // snippets and match positions of any hit, made later with TermMatcher
};

class SearchIndex {
public:
    // Indexes library articles with ids >= first_new (ids already indexed are
    // skipped, so add(library, 0) after a drop is also correct, just slower
    // to call with the right id). Ids must be the Library's dense ids.
    void add(const Library& library, ArticleId first_new);
    // Removes these articles (e.g. one import) from every result.
    void remove(const std::vector<ArticleId>& ids);
    void clear() { m_index.clear(); }

    // Empty or all-ignored query -> no hits, total 0 (the app shows its list).
    SearchResult search(const Library& library, std::string_view query, const SearchOptions& options = {}) const;

    // Every matched word of `query` in article `id`, title first, in reading order.
    std::vector<search::MatchPosition> match_positions(const Library& library, ArticleId id,
                                                       std::string_view query, bool is_typing = false) const;

    size_t size() const { return m_index.live_count(); }
    size_t indexed_up_to() const { return m_index.doc_count(); }   // the next add() starts here
    size_t memory_bytes() const { return m_index.memory_bytes(); }

    // Binary form (postings, dictionary, per-article lengths and dates); load
    // needs no tokenizing. load() returns false with `error` on bad bytes and
    // leaves the index empty.
    std::vector<uint8_t> serialize() const { return m_index.serialize(); }
    bool load(const uint8_t* data, size_t size, std::string& error) { return m_index.load(data, size, error); }

    const search::InvertedIndex& index() const { return m_index; }

private:
    search::InvertedIndex m_index;
};

}  // namespace broadsheet
