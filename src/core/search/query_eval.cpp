// Contents: BM25F scoring, list algebra (union / intersection / difference
// over id-sorted lists), word matching with stems, prefixes and typo
// correction, phrase matching by positions, filters, and evaluate().
#include "core/search/query_eval.h"

#include "core/search/tokenizer.h"

#include <algorithm>
#include <cmath>
#include <optional>

namespace broadsheet::search {
namespace {

// BM25F constants. The title weight makes a word in a headline count like
// 2.5 body occurrences; the exact-form bonus ranks "running" above "runs"
// for the query "running" without hiding "runs".
constexpr float kK1 = 1.2f;
constexpr float kTitleWeight = 2.5f;
constexpr float kExactBonus = 0.3f;
constexpr float kNeighbourWeight = 0.3f;   // a typo neighbour added to a rare word
constexpr size_t kMinPrefixBytes = 2;
constexpr size_t kMinTypoChars = 5;
constexpr uint32_t kFewHits = 3;

using Docs = std::vector<ScoredDoc>;

// Merges two id-sorted lists; an article in both gets combine(score_a, score_b).
template <typename Combine>
Docs merge_union(const Docs& a, const Docs& b, Combine combine) {
    Docs out;
    out.reserve(a.size() + b.size());
    size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (j >= b.size() || (i < a.size() && a[i].doc < b[j].doc)) out.push_back(a[i++]);
        else if (i >= a.size() || b[j].doc < a[i].doc) out.push_back(b[j++]);
        else {
            out.push_back({a[i].doc, combine(a[i].score, b[j].score)});
            ++i, ++j;
        }
    }
    return out;
}

Docs union_sum(const Docs& a, const Docs& b) {
    return merge_union(a, b, [](float x, float y) { return x + y; });
}

// Both lists score the same word (its prefix expansions and its stem), so an
// article in both keeps the better score instead of counting the word twice.
Docs union_max(const Docs& a, const Docs& b) {
    return merge_union(a, b, [](float x, float y) { return std::max(x, y); });
}

Docs intersect_sum(const Docs& a, const Docs& b) {
    Docs out;
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].doc < b[j].doc) ++i;
        else if (b[j].doc < a[i].doc) ++j;
        else {
            out.push_back({a[i].doc, a[i].score + b[j].score});
            ++i, ++j;
        }
    }
    return out;
}

Docs subtract(const Docs& a, const Docs& b) {
    Docs out;
    size_t j = 0;
    for (const ScoredDoc& d : a) {
        while (j < b.size() && b[j].doc < d.doc) ++j;
        if (j < b.size() && b[j].doc == d.doc) continue;
        out.push_back(d);
    }
    return out;
}

size_t utf8_chars(std::string_view s) {
    size_t n = 0;
    for (unsigned char c : s) n += (c & 0xC0) != 0x80;
    return n;
}

bool is_ascii_word(std::string_view s) {
    for (char c : s) {
        if (c < 'a' || c > 'z') return false;
    }
    return !s.empty();
}

struct Correction {
    uint32_t begin, end;
    std::string replacement;
};

class Evaluator {
public:
    Evaluator(const InvertedIndex& ix, const Library& lib)
        : m_ix(ix), m_lib(lib), m_n(static_cast<float>(ix.live_count())) {}

    // nullopt: the clause has nothing searchable in it and is ignored.
    std::optional<Docs> clause_docs(const Clause& c, bool is_prefix, bool record_terms);
    bool passes(const Clause& filter, uint32_t doc) const;

    MatchTerms terms;
    std::vector<Correction> corrections;

private:
    float idf(uint32_t df) const {
        return std::log(1.0f + (m_n - static_cast<float>(df) + 0.5f) / (static_cast<float>(df) + 0.5f));
    }
    float bm25(float w_idf, const Posting& p, bool title_only) const {
        float tn = static_cast<float>(p.title_tf) * m_ix.title_norm(p.doc);
        float bn = title_only ? 0.0f : static_cast<float>(p.body_tf) * m_ix.body_norm(p.doc);
        float tf = kTitleWeight * tn + bn;
        return w_idf * tf * (kK1 + 1) / (tf + kK1);
    }
    Docs term_docs(uint32_t tid, bool title_only, float weight) const {
        Docs out;
        const TermPostings& tp = m_ix.postings(tid);
        out.reserve(tp.df);
        float w_idf = weight * idf(tp.df);
        m_ix.for_each_posting(tid, [&](const Posting& p) {
            if (title_only && p.title_tf == 0) return;
            out.push_back({p.doc, bm25(w_idf, p, title_only)});
        });
        return out;
    }
    uint32_t df_of(uint32_t tid) const { return tid == InvertedIndex::kNoTerm ? 0 : m_ix.postings(tid).df; }
    Docs word_docs(const Token& t, const Clause& c, bool is_prefix, bool record_terms);
    Docs prefix_docs(const std::string& prefix, bool title_only);
    Docs phrase_docs(const std::vector<Token>& parts, bool title_only, bool record_terms);
    std::string suggest(const std::string& word, uint32_t df) const;

    const InvertedIndex& m_ix;
    const Library& m_lib;
    float m_n;
};

std::string Evaluator::suggest(const std::string& w, uint32_t df) const {
    std::string best;
    uint32_t best_df = 0;
    auto consider = [&](const std::string& cand) {
        uint32_t tid = m_ix.term_id(cand);
        if (tid == InvertedIndex::kNoTerm || !m_ix.postings(tid).is_surface) return;
        uint32_t cdf = m_ix.postings(tid).df;
        if (cdf > best_df || (cdf == best_df && !best.empty() && cand < best)) {
            best = cand;
            best_df = cdf;
        }
    };
    std::string c;
    for (size_t i = 0; i < w.size(); ++i) {            // deletions
        c = w;
        c.erase(i, 1);
        consider(c);
    }
    for (size_t i = 0; i + 1 < w.size(); ++i) {        // transpositions
        c = w;
        std::swap(c[i], c[i + 1]);
        if (c != w) consider(c);
    }
    for (size_t i = 0; i < w.size(); ++i) {            // substitutions
        for (char x = 'a'; x <= 'z'; ++x) {
            if (x == w[i]) continue;
            c = w;
            c[i] = x;
            consider(c);
        }
    }
    for (size_t i = 0; i <= w.size(); ++i) {           // insertions
        for (char x = 'a'; x <= 'z'; ++x) {
            c = w;
            c.insert(c.begin() + static_cast<std::ptrdiff_t>(i), x);
            consider(c);
        }
    }
    uint32_t needed = std::max<uint32_t>(1, 5 * df);
    return best_df >= needed ? best : std::string();
}

Docs Evaluator::prefix_docs(const std::string& prefix, bool title_only) {
    // Best-scoring expansion per article (max, not sum: "run" and "running"
    // in one article are one match, not two).
    std::vector<uint32_t> expansions = m_ix.terms_with_prefix(prefix);
    std::vector<float> best(m_ix.doc_count(), -1.0f);
    std::vector<uint32_t> touched;
    for (uint32_t tid : expansions) {
        // A stem-only term ("compani") adds nothing: every article holding it
        // holds a word starting with the same letters ("company"), and
        // skipping stems cuts the postings walked for short prefixes.
        if (!m_ix.postings(tid).is_surface) continue;
        float w_idf = idf(m_ix.postings(tid).df);
        m_ix.for_each_posting(tid, [&](const Posting& p) {
            if (title_only && p.title_tf == 0) return;
            float s = bm25(w_idf, p, title_only);
            if (best[p.doc] < 0) touched.push_back(p.doc);
            if (s > best[p.doc]) best[p.doc] = s;
        });
    }
    Docs out;
    out.reserve(touched.size());
    if (touched.size() * 16 > best.size()) {   // dense: a scan beats a sort
        for (uint32_t d = 0; d < best.size(); ++d) {
            if (best[d] >= 0) out.push_back({d, best[d]});
        }
        return out;
    }
    std::sort(touched.begin(), touched.end());
    for (uint32_t d : touched) out.push_back({d, best[d]});
    return out;
}

Docs Evaluator::word_docs(const Token& t, const Clause& c, bool is_prefix, bool record_terms) {
    if (is_prefix && t.term.size() >= kMinPrefixBytes) {
        // While typing, the last word is both a word and the start of one:
        // "trams" must still find "tram" through its stem, "opena" finds "openai".
        if (record_terms) terms.prefixes.push_back(t.term);
        Docs docs = prefix_docs(t.term, c.is_title_only);
        if (t.is_stemmable) {
            std::string stem = m_ix.stem(t.term);
            uint32_t tid = m_ix.term_id(stem);
            if (tid != InvertedIndex::kNoTerm) {
                if (record_terms) terms.stems.push_back(stem);
                docs = union_max(docs, term_docs(tid, c.is_title_only, 1.0f));
            }
        }
        return docs;
    }
    std::string surface = t.term;
    bool stemmable = t.is_stemmable;
    std::string stem = stemmable ? m_ix.stem(surface) : surface;
    uint32_t primary = m_ix.term_id(stem);
    if (primary == InvertedIndex::kNoTerm) primary = m_ix.term_id(surface);
    uint32_t df = df_of(primary);
    // Typo tolerance. No hits: the closest frequent word replaces it and the
    // result says so. A few hits: the word is probably right but rare (a
    // name, a ticker), so the neighbour is only added, at a lower weight.
    Docs extra;
    if (!c.is_excluded && df < kFewHits && utf8_chars(surface) >= kMinTypoChars && is_ascii_word(surface)) {
        std::string fix = suggest(surface, df);
        if (!fix.empty() && df == 0) {
            corrections.push_back({c.begin, c.end, fix});
            surface = fix;
            stem = m_ix.stem(surface);
            primary = m_ix.term_id(stem);
            if (primary == InvertedIndex::kNoTerm) primary = m_ix.term_id(surface);
        } else if (!fix.empty()) {
            uint32_t alt = m_ix.term_id(m_ix.stem(fix));
            if (alt == InvertedIndex::kNoTerm) alt = m_ix.term_id(fix);
            if (alt != InvertedIndex::kNoTerm) extra = term_docs(alt, c.is_title_only, kNeighbourWeight);
            if (record_terms) terms.exact.push_back(fix);
        }
    }
    if (record_terms) (stemmable ? terms.stems : terms.exact).push_back(stemmable ? stem : surface);
    if (primary == InvertedIndex::kNoTerm) return extra;
    Docs docs = term_docs(primary, c.is_title_only, 1.0f);
    uint32_t exact = m_ix.term_id(surface);
    if (exact != InvertedIndex::kNoTerm && exact != primary) {
        docs = union_sum(docs, term_docs(exact, c.is_title_only, kExactBonus));
    }
    if (!extra.empty()) docs = union_sum(docs, extra);
    return docs;
}

Docs Evaluator::phrase_docs(const std::vector<Token>& parts, bool title_only, bool record_terms) {
    if (record_terms) {
        for (const Token& t : parts) terms.exact.push_back(t.term);
    }
    std::vector<uint32_t> tids;
    for (const Token& t : parts) {
        uint32_t tid = m_ix.term_id(t.term);
        if (tid == InvertedIndex::kNoTerm) return {};
        tids.push_back(tid);
    }
    if (parts.size() == 1) return term_docs(tids[0], title_only, 1.0f);
    std::vector<std::vector<Posting>> lists;
    std::vector<float> idfs;
    std::vector<InvertedIndex::PositionReader> readers;
    for (uint32_t tid : tids) {
        lists.push_back(m_ix.decode(tid));
        idfs.push_back(idf(m_ix.postings(tid).df));
        readers.emplace_back(m_ix.postings(tid));
    }
    // Start from the rarest list; others advance monotonically.
    size_t rare = 0;
    for (size_t k = 1; k < lists.size(); ++k) {
        if (lists[k].size() < lists[rare].size()) rare = k;
    }
    std::vector<size_t> at(lists.size(), 0);
    std::vector<std::vector<uint32_t>> tpos(lists.size()), bpos(lists.size());
    Docs out;
    for (const Posting& cand : lists[rare]) {
        bool in_all = true;
        for (size_t k = 0; k < lists.size() && in_all; ++k) {
            while (at[k] < lists[k].size() && lists[k][at[k]].doc < cand.doc) ++at[k];
            in_all = at[k] < lists[k].size() && lists[k][at[k]].doc == cand.doc;
        }
        if (!in_all) continue;
        for (size_t k = 0; k < lists.size(); ++k) readers[k].read(lists[k], at[k], tpos[k], bpos[k]);
        auto has_run = [&](const std::vector<std::vector<uint32_t>>& pos) {
            for (uint32_t p0 : pos[0]) {
                bool ok = true;
                for (size_t k = 1; k < parts.size() && ok; ++k) {
                    uint32_t want = p0 + (parts[k].position - parts[0].position);
                    ok = std::binary_search(pos[k].begin(), pos[k].end(), want);
                }
                if (ok) return true;
            }
            return false;
        };
        bool hit = has_run(tpos) || (!title_only && has_run(bpos));
        if (!hit) continue;
        float s = 0;
        for (size_t k = 0; k < lists.size(); ++k) s += bm25(idfs[k], lists[k][at[k]], title_only);
        out.push_back({cand.doc, s});
    }
    return out;
}

std::optional<Docs> Evaluator::clause_docs(const Clause& c, bool is_prefix, bool record_terms) {
    if (c.kind == ClauseKind::Source || c.kind == ClauseKind::Author || c.kind == ClauseKind::DateRange) {
        Docs out;
        for (uint32_t d = 0; d < m_ix.doc_count(); ++d) {
            if (!m_ix.doc(d).is_removed && passes(c, d)) out.push_back({d, 0.0f});
        }
        return out;
    }
    std::vector<Token> tokens;
    tokenize(c.text, tokens);
    std::vector<Token> parts;
    for (const Token& t : tokens) {
        if (!t.is_compound) parts.push_back(t);
    }
    if (parts.empty()) return std::nullopt;
    if (c.kind == ClauseKind::Phrase) return phrase_docs(parts, c.is_title_only, record_terms);
    if (!tokens.front().is_compound && parts.size() == 1) {
        return word_docs(parts[0], c, is_prefix, record_terms);
    }
    // "covid-19", "3.5%": the compound when the index has it, else the parts as a phrase.
    if (tokens.front().is_compound) {
        uint32_t tid = m_ix.term_id(tokens.front().term);
        if (tid != InvertedIndex::kNoTerm) {
            if (record_terms) terms.exact.push_back(tokens.front().term);
            return term_docs(tid, c.is_title_only, 1.0f);
        }
    }
    return phrase_docs(parts, c.is_title_only, record_terms);
}

bool Evaluator::passes(const Clause& c, uint32_t doc) const {
    bool ok = true;
    if (c.kind == ClauseKind::DateRange) {
        int64_t date = m_ix.doc(doc).date;
        ok = date != kNoDate && date >= c.date_from && date < c.date_to;
    } else if (c.kind == ClauseKind::Source || c.kind == ClauseKind::Author) {
        std::string needle = fold_text(c.text);
        ok = false;
        if (doc < m_lib.size()) {
            const Article& a = m_lib.article(doc);
            if (c.kind == ClauseKind::Source) {
                ok = fold_text(a.source).find(needle) != std::string::npos;
            } else {
                for (const std::string& author : a.authors) {
                    if (fold_text(author).find(needle) != std::string::npos) ok = true;
                }
            }
        }
    }
    return c.is_excluded ? !ok : ok;
}

bool is_filter(const Clause& c) {
    return c.kind == ClauseKind::Source || c.kind == ClauseKind::Author || c.kind == ClauseKind::DateRange;
}

}  // namespace

Evaluation evaluate(const InvertedIndex& index, const Library& library, const ParsedQuery& query,
                    std::string_view raw_query, bool is_typing) {
    Evaluator ev(index, library);
    Evaluation result;
    const Clause* prefix_clause = nullptr;
    if (is_typing && !query.groups.empty()) {
        const Clause& last = query.groups.back().alternatives.back();
        if (last.kind == ClauseKind::Term && !last.is_excluded && last.ends_query) prefix_clause = &last;
    }
    std::vector<Docs> positives;
    Docs excluded;
    bool has_exclusion = false;
    std::vector<const Clause*> filters;
    for (const ClauseGroup& g : query.groups) {
        if (g.alternatives.size() == 1 && is_filter(g.alternatives[0])) {
            filters.push_back(&g.alternatives[0]);
            continue;
        }
        std::optional<Docs> group;
        bool excl = g.alternatives.front().is_excluded;
        for (const Clause& c : g.alternatives) {
            std::optional<Docs> d = ev.clause_docs(c, &c == prefix_clause, !excl);
            if (!d) continue;
            group = group ? union_sum(*group, *d) : std::move(*d);
        }
        if (!group) continue;
        if (excl) {
            excluded = has_exclusion ? union_sum(excluded, *group) : std::move(*group);
            has_exclusion = true;
        } else {
            positives.push_back(std::move(*group));
        }
    }
    Docs docs;
    if (positives.empty()) {
        if (filters.empty() && !has_exclusion) return result;
        for (uint32_t d = 0; d < index.doc_count(); ++d) {
            if (!index.doc(d).is_removed) docs.push_back({d, 0.0f});
        }
    } else {
        std::sort(positives.begin(), positives.end(),
                  [](const Docs& a, const Docs& b) { return a.size() < b.size(); });
        docs = std::move(positives[0]);
        for (size_t k = 1; k < positives.size() && !docs.empty(); ++k) docs = intersect_sum(docs, positives[k]);
    }
    if (has_exclusion) docs = subtract(docs, excluded);
    if (!filters.empty()) {
        // Date filters first: they are cheap.
        std::stable_sort(filters.begin(), filters.end(), [](const Clause* a, const Clause* b) {
            return a->kind == ClauseKind::DateRange && b->kind != ClauseKind::DateRange;
        });
        Docs kept;
        for (const ScoredDoc& d : docs) {
            bool ok = true;
            for (const Clause* f : filters) {
                if (!(ok = ev.passes(*f, d.doc))) break;
            }
            if (ok) kept.push_back(d);
        }
        docs = std::move(kept);
    }
    result.docs = std::move(docs);
    result.terms = std::move(ev.terms);
    if (!ev.corrections.empty()) {
        std::sort(ev.corrections.begin(), ev.corrections.end(),
                  [](const Correction& a, const Correction& b) { return a.begin < b.begin; });
        std::string out;
        size_t at = 0;
        for (const Correction& c : ev.corrections) {
            if (c.begin < at || c.end > raw_query.size()) continue;
            out.append(raw_query.substr(at, c.begin - at));
            out += c.replacement;
            at = c.end;
        }
        out.append(raw_query.substr(std::min(at, raw_query.size())));
        result.corrected_query = std::move(out);
    }
    return result;
}

}  // namespace broadsheet::search
