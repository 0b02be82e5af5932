// Contents: building (add, index_article), removal, prefix lookup, decoding,
// memory accounting, and the binary format (serialize, load).
#include "core/search/index.h"

#include "core/search/tokenizer.h"
#include "core/search/varint.h"

#include <algorithm>
#include <cstring>

namespace broadsheet::search {
namespace {

constexpr char kMagic[4] = {'B', 'S', 'S', 'I'};
constexpr uint32_t kFormatVersion = 1;
constexpr uint64_t kBodyBit = uint64_t(1) << 31;

uint64_t zigzag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
int64_t unzigzag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

void put_bytes(std::vector<uint8_t>& out, const std::vector<uint8_t>& bytes) {
    put_varint(out, bytes.size());
    out.insert(out.end(), bytes.begin(), bytes.end());
}

}  // namespace

namespace {

uint32_t hash_term(std::string_view s) {
    uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        uint64_t w;
        std::memcpy(&w, s.data() + i, 8);
        h = (h ^ w) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    for (; i < s.size(); ++i) h = (h ^ static_cast<unsigned char>(s[i])) * 0x100000001B3ull;
    h ^= h >> 29;
    h *= 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 32;
    return static_cast<uint32_t>(h);
}

}  // namespace

uint32_t InvertedIndex::find_slot(std::string_view term, uint32_t hash) const {
    size_t mask = m_slot_ids.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        uint32_t id = m_slot_ids[i];
        if (id == 0 || (m_slot_hashes[i] == hash && m_terms[id - 1] == term)) return static_cast<uint32_t>(i);
    }
}

void InvertedIndex::grow_table() {
    size_t cap = m_slot_ids.empty() ? 1024 : m_slot_ids.size() * 2;
    std::vector<uint32_t> ids(cap, 0), hashes(cap, 0);
    for (size_t i = 0; i < m_slot_ids.size(); ++i) {
        if (!m_slot_ids[i]) continue;
        size_t j = m_slot_hashes[i] & (cap - 1);
        while (ids[j]) j = (j + 1) & (cap - 1);
        ids[j] = m_slot_ids[i];
        hashes[j] = m_slot_hashes[i];
    }
    m_slot_ids.swap(ids);
    m_slot_hashes.swap(hashes);
}

uint32_t InvertedIndex::intern(const std::string& term) {
    if ((m_terms.size() + 1) * 2 > m_slot_ids.size()) grow_table();
    uint32_t h = hash_term(term);
    uint32_t slot = find_slot(term, h);
    if (m_slot_ids[slot]) return m_slot_ids[slot] - 1;
    uint32_t id = static_cast<uint32_t>(m_terms.size());
    m_terms.push_back(term);
    m_postings.emplace_back();
    m_stem_of.push_back(kNoTerm);
    m_slot_ids[slot] = id + 1;
    m_slot_hashes[slot] = h;
    return id;
}

uint32_t InvertedIndex::term_id(std::string_view term) const {
    if (m_slot_ids.empty()) return kNoTerm;
    uint32_t slot = find_slot(term, hash_term(term));
    return m_slot_ids[slot] ? m_slot_ids[slot] - 1 : kNoTerm;
}

void InvertedIndex::clear() { *this = InvertedIndex(); }

void InvertedIndex::add(const Library& library, ArticleId first_new) {
    uint32_t from = std::max<uint32_t>(first_new, doc_count());
    if (from >= library.size()) return;
    size_t old_terms = m_terms.size();
    if (m_docs.size() < from) m_docs.resize(from, DocInfo{0, 0, kNoDate, true});
    for (uint32_t id = from; id < library.size(); ++id) index_article(id, library.article(id));
    // Merge the new terms into the sorted order instead of re-sorting all.
    size_t mid = m_sorted.size();
    for (size_t t = old_terms; t < m_terms.size(); ++t) m_sorted.push_back(static_cast<uint32_t>(t));
    auto less = [this](uint32_t a, uint32_t b) { return m_terms[a] < m_terms[b]; };
    std::sort(m_sorted.begin() + static_cast<std::ptrdiff_t>(mid), m_sorted.end(), less);
    std::inplace_merge(m_sorted.begin(), m_sorted.begin() + static_cast<std::ptrdiff_t>(mid),
                       m_sorted.end(), less);
    // Doubling growth leaves up to half of each list unused; trim once per add.
    for (TermPostings& tp : m_postings) {
        tp.docs.shrink_to_fit();
        tp.positions.shrink_to_fit();
    }
    refresh_norms();
}

void InvertedIndex::refresh_norms() {
    m_title_norm.assign(m_docs.size(), 0.0f);
    m_body_norm.assign(m_docs.size(), 0.0f);
    double at = std::max(avg_title_len(), 1.0), ab = std::max(avg_body_len(), 1.0);
    for (size_t i = 0; i < m_docs.size(); ++i) {
        m_title_norm[i] = static_cast<float>(1.0 / (1 - kBm25B + kBm25B * m_docs[i].title_len / at));
        m_body_norm[i] = static_cast<float>(1.0 / (1 - kBm25B + kBm25B * m_docs[i].body_len / ab));
    }
}

void InvertedIndex::index_article(uint32_t id, const Article& a) {
    std::vector<Token> tokens;
    uint32_t title_len = tokenize(a.title, tokens);
    size_t title_tokens = tokens.size();
    uint32_t pos = 0;
    for (const Paragraph& p : a.paragraphs) pos = tokenize(p.text, tokens, pos) + 1;  // +1: no phrase across paragraphs
    uint32_t body_len = pos;

    // (term << 32 | field bit | position), sorted, groups a term's positions.
    std::vector<uint64_t> keys;
    keys.reserve(tokens.size() * 2);
    for (size_t i = 0; i < tokens.size(); ++i) {
        const Token& t = tokens[i];
        uint64_t field = i < title_tokens ? 0 : kBodyBit;
        uint32_t tid = intern(t.term);
        m_postings[tid].is_surface = true;
        keys.push_back((uint64_t(tid) << 32) | field | t.position);
        if (t.is_stemmable) {
            uint32_t sid = m_stem_of[tid];
            if (sid == kNoTerm) {
                std::string s = m_stemmer->stem(t.term);
                sid = s == t.term ? tid : intern(s);
                m_stem_of[tid] = sid;
            }
            if (sid != tid) keys.push_back((uint64_t(sid) << 32) | field | t.position);
        }
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());

    for (size_t i = 0; i < keys.size();) {
        uint32_t tid = static_cast<uint32_t>(keys[i] >> 32);
        size_t j = i;
        while (j < keys.size() && (keys[j] >> 32) == tid) ++j;
        size_t k = i;
        while (k < j && !(keys[k] & kBodyBit)) ++k;   // [i,k) title, [k,j) body
        TermPostings& tp = m_postings[tid];
        put_varint(tp.docs, id - tp.last_doc);
        put_varint(tp.docs, k - i);
        put_varint(tp.docs, j - k);
        uint32_t prev = 0;
        for (size_t x = i; x < k; ++x) {
            uint32_t p = static_cast<uint32_t>(keys[x] & 0x7FFFFFFF);
            put_varint(tp.positions, p - prev);
            prev = p;
        }
        prev = 0;
        for (size_t x = k; x < j; ++x) {
            uint32_t p = static_cast<uint32_t>(keys[x] & 0x7FFFFFFF);
            put_varint(tp.positions, p - prev);
            prev = p;
        }
        tp.last_doc = id;
        ++tp.df;
        i = j;
    }

    DocInfo info;
    info.title_len = title_len;
    info.body_len = body_len;
    if (a.published) info.date = a.published->epoch_seconds;
    if (m_docs.size() <= id) m_docs.resize(id + 1, DocInfo{0, 0, kNoDate, true});
    m_docs[id] = info;
    ++m_live;
    m_title_total += title_len;
    m_body_total += body_len;
    if (info.date != kNoDate) {
        if (m_min_date == kNoDate || info.date < m_min_date) m_min_date = info.date;
        if (m_max_date == kNoDate || info.date > m_max_date) m_max_date = info.date;
    }
}

void InvertedIndex::remove(const std::vector<ArticleId>& ids) {
    bool any = false;
    for (ArticleId id : ids) {
        if (id >= m_docs.size() || m_docs[id].is_removed) continue;
        DocInfo& d = m_docs[id];
        d.is_removed = true;
        --m_live;
        m_title_total -= d.title_len;
        m_body_total -= d.body_len;
        any = true;
    }
    if (!any) return;
    // Rewrite every postings list without the removed articles: removal is
    // rare (unloading an import), and this keeps queries free of tombstones.
    for (TermPostings& tp : m_postings) {
        if (tp.docs.empty()) continue;
        TermPostings out;
        out.is_surface = tp.is_surface;
        const uint8_t* d = tp.docs.data();
        const uint8_t* d_end = d + tp.docs.size();
        const uint8_t* p = tp.positions.data();
        uint32_t doc = 0;
        while (d < d_end) {
            doc += read_varint32(d);
            uint32_t ttf = read_varint32(d), btf = read_varint32(d);
            const uint8_t* p_start = p;
            for (uint32_t n = 0; n < ttf + btf; ++n) read_varint32(p);
            if (m_docs[doc].is_removed) continue;
            put_varint(out.docs, doc - out.last_doc);
            put_varint(out.docs, ttf);
            put_varint(out.docs, btf);
            out.positions.insert(out.positions.end(), p_start, p);
            out.last_doc = doc;
            ++out.df;
        }
        out.docs.shrink_to_fit();
        out.positions.shrink_to_fit();
        tp = std::move(out);
    }
    refresh_norms();
    m_min_date = m_max_date = kNoDate;
    for (const DocInfo& info : m_docs) {
        if (info.is_removed || info.date == kNoDate) continue;
        if (m_min_date == kNoDate || info.date < m_min_date) m_min_date = info.date;
        if (m_max_date == kNoDate || info.date > m_max_date) m_max_date = info.date;
    }
}

std::vector<uint32_t> InvertedIndex::terms_with_prefix(std::string_view prefix) const {
    auto it = std::lower_bound(m_sorted.begin(), m_sorted.end(), prefix,
                               [this](uint32_t t, std::string_view p) { return std::string_view(m_terms[t]) < p; });
    std::vector<uint32_t> out;
    for (; it != m_sorted.end(); ++it) {
        std::string_view t = m_terms[*it];
        if (t.compare(0, prefix.size(), prefix) != 0) break;
        out.push_back(*it);
    }
    return out;
}

std::vector<Posting> InvertedIndex::decode(uint32_t term) const {
    std::vector<Posting> out;
    const TermPostings& tp = m_postings[term];
    out.reserve(tp.df);
    const uint8_t* d = tp.docs.data();
    const uint8_t* end = d + tp.docs.size();
    uint32_t doc = 0;
    while (d < end) {
        doc += read_varint32(d);
        Posting p;
        p.doc = doc;
        p.title_tf = read_varint32(d);
        p.body_tf = read_varint32(d);
        out.push_back(p);
    }
    return out;
}

void InvertedIndex::PositionReader::read(const std::vector<Posting>& list, size_t entry,
                                         std::vector<uint32_t>& title, std::vector<uint32_t>& body) {
    for (; m_next < entry; ++m_next) {
        for (uint32_t n = 0; n < list[m_next].title_tf + list[m_next].body_tf; ++n) read_varint32(m_cur);
    }
    title.clear();
    body.clear();
    uint32_t prev = 0;
    for (uint32_t n = 0; n < list[entry].title_tf; ++n) title.push_back(prev += read_varint32(m_cur));
    prev = 0;
    for (uint32_t n = 0; n < list[entry].body_tf; ++n) body.push_back(prev += read_varint32(m_cur));
    m_next = entry + 1;
}

size_t InvertedIndex::memory_bytes() const {
    size_t bytes = m_docs.capacity() * sizeof(DocInfo) + (m_title_norm.capacity() + m_body_norm.capacity()) * 4 + m_sorted.capacity() * 4 + m_stem_of.capacity() * 4;
    for (const std::string& t : m_terms) bytes += sizeof(std::string) + (t.size() > 15 ? t.capacity() + 1 : 0);
    for (const TermPostings& p : m_postings) bytes += sizeof(TermPostings) + p.docs.capacity() + p.positions.capacity();
    bytes += (m_slot_ids.capacity() + m_slot_hashes.capacity()) * 4;
    return bytes;
}

std::vector<uint8_t> InvertedIndex::serialize() const {
    std::vector<uint8_t> out(kMagic, kMagic + 4);
    put_varint(out, kFormatVersion);
    put_varint(out, m_docs.size());
    for (const DocInfo& d : m_docs) {
        put_varint(out, d.title_len);
        put_varint(out, d.body_len);
        put_varint(out, d.date == kNoDate ? 0 : zigzag(d.date) + 1);
        out.push_back(d.is_removed ? 1 : 0);
    }
    put_varint(out, m_sorted.size());
    std::string_view prev;
    for (uint32_t t : m_sorted) {
        std::string_view s = m_terms[t];
        size_t shared = 0;
        while (shared < s.size() && shared < prev.size() && s[shared] == prev[shared]) ++shared;
        put_varint(out, shared);
        put_varint(out, s.size() - shared);
        out.insert(out.end(), s.begin() + static_cast<std::ptrdiff_t>(shared), s.end());
        prev = s;
        const TermPostings& p = m_postings[t];
        out.push_back(p.is_surface ? 1 : 0);
        put_varint(out, p.df);
        put_varint(out, p.last_doc);
        put_bytes(out, p.docs);
        put_bytes(out, p.positions);
    }
    return out;
}

bool InvertedIndex::load(const uint8_t* data, size_t size, std::string& error) {
    clear();
    size_t pos = 0;
    auto fail = [&](const char* why) {
        clear();
        error = std::string("search index: ") + why + " at byte " + std::to_string(pos) +
                "; rebuild the index from the articles";
        return false;
    };
    uint64_t v = 0;
    if (size < 4 || std::memcmp(data, kMagic, 4) != 0) return fail("not a Broadsheet search index");
    pos = 4;
    if (!get_varint(data, size, pos, v) || v != kFormatVersion) return fail("unsupported format version");
    uint64_t ndocs = 0;
    if (!get_varint(data, size, pos, ndocs) || ndocs > size) return fail("bad article count");
    m_docs.resize(ndocs);
    for (DocInfo& d : m_docs) {
        uint64_t tl, bl, dt;
        if (!get_varint(data, size, pos, tl) || !get_varint(data, size, pos, bl) ||
            !get_varint(data, size, pos, dt) || pos >= size || tl > UINT32_MAX || bl > UINT32_MAX) {
            return fail("truncated article table");
        }
        d.title_len = static_cast<uint32_t>(tl);
        d.body_len = static_cast<uint32_t>(bl);
        d.date = dt == 0 ? kNoDate : unzigzag(dt - 1);
        d.is_removed = data[pos++] != 0;
        if (!d.is_removed) {
            ++m_live;
            m_title_total += d.title_len;
            m_body_total += d.body_len;
            if (d.date != kNoDate) {
                if (m_min_date == kNoDate || d.date < m_min_date) m_min_date = d.date;
                if (m_max_date == kNoDate || d.date > m_max_date) m_max_date = d.date;
            }
        }
    }
    uint64_t nterms = 0;
    if (!get_varint(data, size, pos, nterms) || nterms > size) return fail("bad term count");
    std::string prev;
    for (uint64_t t = 0; t < nterms; ++t) {
        uint64_t shared, len;
        if (!get_varint(data, size, pos, shared) || !get_varint(data, size, pos, len) ||
            shared > prev.size() || len > size - pos || shared + len > kMaxTermBytes * 4) {
            return fail("bad term");
        }
        std::string term = prev.substr(0, shared);
        term.append(reinterpret_cast<const char*>(data + pos), len);
        pos += len;
        if (t > 0 && !(prev < term)) return fail("terms out of order");
        if (pos >= size) return fail("truncated term");
        uint32_t id = intern(term);
        TermPostings& p = m_postings[id];
        p.is_surface = data[pos++] != 0;
        uint64_t df, last, dlen, plen;
        if (!get_varint(data, size, pos, df) || !get_varint(data, size, pos, last) ||
            !get_varint(data, size, pos, dlen) || dlen > size - pos) {
            return fail("bad postings header");
        }
        p.docs.assign(data + pos, data + pos + dlen);
        pos += dlen;
        if (!get_varint(data, size, pos, plen) || plen > size - pos) return fail("bad positions header");
        p.positions.assign(data + pos, data + pos + plen);
        pos += plen;
        // Validate so that queries may decode without bounds checks.
        size_t dp = 0, pp = 0;
        uint64_t doc = 0, count = 0;
        while (dp < p.docs.size()) {
            uint64_t delta, ttf, btf, x;
            // At most 5 bytes each: the query path decodes them as 32-bit values.
            auto get32 = [](const std::vector<uint8_t>& b, size_t& at, uint64_t& out) {
                size_t from = at;
                return get_varint(b.data(), b.size(), at, out) && at - from <= 5 && out <= UINT32_MAX;
            };
            if (!get32(p.docs, dp, delta) || !get32(p.docs, dp, ttf) || !get32(p.docs, dp, btf)) {
                return fail("corrupt postings");
            }
            if (count > 0 && delta == 0) return fail("postings out of order");
            doc += delta;
            if (doc >= ndocs || m_docs[doc].is_removed || ttf + btf == 0 || ttf + btf > p.positions.size()) {
                return fail("posting names a missing article");
            }
            for (uint64_t n = 0; n < ttf + btf; ++n) {
                if (!get32(p.positions, pp, x)) {
                    return fail("corrupt positions");
                }
            }
            ++count;
        }
        if (pp != p.positions.size() || count != df || (count > 0 && doc != last)) {
            return fail("postings do not match their header");
        }
        p.df = static_cast<uint32_t>(df);
        p.last_doc = static_cast<uint32_t>(last);
        prev = std::move(term);
    }
    if (pos != size) return fail("trailing bytes");
    m_sorted.resize(m_terms.size());
    for (uint32_t i = 0; i < m_sorted.size(); ++i) m_sorted[i] = i;
    refresh_norms();
    return true;
}

}  // namespace broadsheet::search
