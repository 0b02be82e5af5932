// The inverted index: term dictionary, per-term postings with positions,
// per-article lengths and dates. Knows nothing about query syntax (see
// query_eval.h) or article text beyond what add() tokenizes.
//
// Postings layout, per term, appended in ascending article id so new
// articles are added without touching older data:
//   docs:      varint(id - previous id), varint(title tf), varint(body tf)
//   positions: for each posting, the title positions then the body
//              positions, each list delta-coded as varints
// A word emits its folded surface term and, when the English stemmer changes
// it, its stem too (same position), so "running" is found by "run", "runs"
// and, exactly, by "running" (phrases use surface terms only).
#pragma once

#include "core/library.h"
#include "core/search/stemmer.h"
#include "core/search/varint.h"

#include <cstdint>
#include <deque>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace broadsheet::search {

constexpr int64_t kNoDate = std::numeric_limits<int64_t>::min();
// BM25 length normalisation strength (b); the index precomputes per-article
// 1 / (1 - b + b * len / avg_len) for the title and the body.
constexpr float kBm25B = 0.75f;

struct DocInfo {
    uint32_t title_len = 0;     // words in the title
    uint32_t body_len = 0;      // words in the body
    int64_t date = kNoDate;     // epoch seconds of `published`, kNoDate when unknown
    bool is_removed = false;
};

struct TermPostings {
    std::vector<uint8_t> docs;
    std::vector<uint8_t> positions;
    uint32_t df = 0;            // live articles in `docs`
    uint32_t last_doc = 0;      // last article id appended (valid when df > 0 or has_docs)
    bool is_surface = false;    // occurs as a word, not only as a stem (typo suggestions)
};

// One decoded posting.
struct Posting {
    uint32_t doc = 0;
    uint32_t title_tf = 0;
    uint32_t body_tf = 0;
};

class InvertedIndex {
public:
    static constexpr uint32_t kNoTerm = std::numeric_limits<uint32_t>::max();

    // Indexes articles [max(first_new, doc_count()), library.size()).
    void add(const Library& library, ArticleId first_new);
    // Drops these articles from postings and statistics (ids stay reserved).
    void remove(const std::vector<ArticleId>& ids);
    void clear();

    uint32_t doc_count() const { return static_cast<uint32_t>(m_docs.size()); }   // ids ever indexed
    uint32_t live_count() const { return m_live; }
    const DocInfo& doc(uint32_t id) const { return m_docs[id]; }
    double avg_title_len() const { return m_live ? double(m_title_total) / m_live : 1.0; }
    double avg_body_len() const { return m_live ? double(m_body_total) / m_live : 1.0; }
    float title_norm(uint32_t id) const { return m_title_norm[id]; }   // see kBm25B
    float body_norm(uint32_t id) const { return m_body_norm[id]; }
    int64_t min_date() const { return m_min_date; }
    int64_t max_date() const { return m_max_date; }

    uint32_t term_id(std::string_view term) const;   // kNoTerm when absent
    const std::string& term(uint32_t id) const { return m_terms[id]; }
    const TermPostings& postings(uint32_t id) const { return m_postings[id]; }
    size_t term_count() const { return m_terms.size(); }
    // Term ids whose text starts with `prefix`, in byte order.
    std::vector<uint32_t> terms_with_prefix(std::string_view prefix) const;

    // The stem the index uses for a folded word (cached per term).
    std::string stem(std::string_view word) const { return m_stemmer->stem(word); }

    // Decodes every posting of a term (removed articles are already gone).
    std::vector<Posting> decode(uint32_t term) const;
    // The same without the vector: fn(const Posting&) for each, in id order.
    template <typename Fn>
    void for_each_posting(uint32_t term, Fn&& fn) const;
    // Positions of one posting; `index_in_list` is its rank in decode() order.
    // Cheap when called in ascending order through a PositionReader.
    class PositionReader {
    public:
        explicit PositionReader(const TermPostings& p) : m_cur(p.positions.data()) {}
        // Skips to posting `entry` (ascending) given every posting's tf sums.
        void read(const std::vector<Posting>& list, size_t entry, std::vector<uint32_t>& title,
                  std::vector<uint32_t>& body);
    private:
        const uint8_t* m_cur;
        size_t m_next = 0;
    };

    // Approximate heap bytes held (dictionary + postings + doc table).
    size_t memory_bytes() const;

    // Compact binary form; load() validates everything and returns false with
    // `error` set on any inconsistency (the index is then empty).
    std::vector<uint8_t> serialize() const;
    bool load(const uint8_t* data, size_t size, std::string& error);

private:
    uint32_t intern(const std::string& term);
    void rebuild_sorted();
    void index_article(uint32_t id, const Article& a);
    void refresh_norms();

    std::vector<DocInfo> m_docs;
    std::vector<float> m_title_norm;
    std::vector<float> m_body_norm;
    std::deque<std::string> m_terms;
    std::vector<TermPostings> m_postings;
    std::vector<uint32_t> m_stem_of;         // term id -> stem term id (kNoTerm = not yet known)
    // Open-addressing term -> id table (linear probing, load <= 1/2): a slot
    // holds a term id + 1 (0 = empty) and the term's hash, so most probes
    // never touch the string. Measured ~2x faster than std::unordered_map here.
    std::vector<uint32_t> m_slot_ids;
    std::vector<uint32_t> m_slot_hashes;
    uint32_t find_slot(std::string_view term, uint32_t hash) const;
    void grow_table();
    std::vector<uint32_t> m_sorted;          // term ids by text, for prefixes
    uint32_t m_live = 0;
    uint64_t m_title_total = 0;
    uint64_t m_body_total = 0;
    int64_t m_min_date = kNoDate;
    int64_t m_max_date = kNoDate;
    std::unique_ptr<Stemmer> m_stemmer = std::make_unique<Stemmer>();
};

template <typename Fn>
void InvertedIndex::for_each_posting(uint32_t term, Fn&& fn) const {
    const TermPostings& tp = m_postings[term];
    const uint8_t* d = tp.docs.data();
    const uint8_t* end = d + tp.docs.size();
    Posting p;
    while (d < end) {
        p.doc += read_varint32(d);
        p.title_tf = read_varint32(d);
        p.body_tf = read_varint32(d);
        fn(p);
    }
}

}  // namespace broadsheet::search
