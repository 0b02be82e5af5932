#include "core/search/search_index.h"

#include "core/search/query_eval.h"
#include "core/search/query_parser.h"

#include <algorithm>
#include <cmath>

namespace broadsheet {
namespace {

// Recency lifts a score by at most this fraction: enough to order ties and
// near-ties by date, too little to beat a clearly better match.
constexpr float kRecencyWeight = 0.02f;

}  // namespace

void SearchIndex::add(const Library& library, ArticleId first_new) { m_index.add(library, first_new); }

void SearchIndex::remove(const std::vector<ArticleId>& ids) { m_index.remove(ids); }

SearchResult SearchIndex::search(const Library& library, std::string_view query,
                                 const SearchOptions& options) const {
    SearchResult result;
    search::ParsedQuery parsed = search::parse_query(query);
    search::Evaluation ev = search::evaluate(m_index, library, parsed, query, options.is_typing);
    result.total = ev.docs.size();
    result.corrected_query = std::move(ev.corrected_query);
    result.terms = ev.terms;

    const int64_t lo = m_index.min_date(), hi = m_index.max_date();
    struct Ranked {
        int64_t key;    // quantized final score
        int64_t date;
        uint32_t id;
        float score;
    };
    std::vector<Ranked> ranked;
    ranked.reserve(ev.docs.size());
    for (const search::ScoredDoc& d : ev.docs) {
        int64_t date = m_index.doc(d.doc).date;
        float recency = 0;
        if (date != search::kNoDate && hi > lo) recency = static_cast<float>(double(date - lo) / double(hi - lo));
        float s = d.score * (1.0f + kRecencyWeight * recency);
        ranked.push_back({static_cast<int64_t>(std::llround(double(s) * 1e4)), date, d.doc, s});
    }
    auto better = [](const Ranked& a, const Ranked& b) {
        if (a.key != b.key) return a.key > b.key;
        if (a.date != b.date) return a.date > b.date;
        return a.id < b.id;
    };
    size_t n = options.limit == 0 ? ranked.size() : std::min(options.limit, ranked.size());
    std::partial_sort(ranked.begin(), ranked.begin() + static_cast<std::ptrdiff_t>(n), ranked.end(), better);
    ranked.resize(n);

    search::Stemmer stemmer;
    search::TermMatcher matcher(ev.terms, stemmer);
    result.hits.reserve(n);
    for (const Ranked& r : ranked) {
        Hit h;
        h.id = r.id;
        h.score = r.score;
        if (options.with_snippets && r.id < library.size()) {
            h.snippet = search::make_snippet(library.article(r.id), matcher);
        }
        result.hits.push_back(std::move(h));
    }
    return result;
}

std::vector<search::MatchPosition> SearchIndex::match_positions(const Library& library, ArticleId id,
                                                                std::string_view query, bool is_typing) const {
    if (id >= library.size()) return {};
    search::ParsedQuery parsed = search::parse_query(query);
    search::Evaluation ev = search::evaluate(m_index, library, parsed, query, is_typing);
    search::Stemmer stemmer;
    search::TermMatcher matcher(ev.terms, stemmer);
    return search::find_matches(library.article(id), matcher);
}

}  // namespace broadsheet
