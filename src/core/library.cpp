#include "core/library.h"

#include "core/parse/url_identity.h"

namespace broadsheet {
namespace {

constexpr uint64_t kFnvOffset = 1469598103934665603ull;
const std::string kNoSource;

// FNV-1a: tiny, stable across platforms and versions, and plenty for naming
// articles within one person's collection.
uint64_t fnv1a(std::string_view text, uint64_t h = kFnvOffset) {
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return h;
}

std::string hex16(uint64_t h) {
    static const char* const kHex = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, h >>= 4) out[i] = kHex[h & 15];
    return out;
}

std::string short_hash(const std::string& text) { return hex16(fnv1a(text)); }

// The body text, hashed paragraph by paragraph with a separator so that
// ["ab", "c"] and ["a", "bc"] differ.
std::string body_hash(const Article& a) {
    uint64_t h = kFnvOffset;
    for (const Paragraph& p : a.paragraphs) {
        h = fnv1a(p.text, h);
        h = fnv1a("\n", h);
    }
    return hex16(h);
}

}  // namespace

std::optional<ArticleId> Library::find_key(std::string_view key) const {
    std::string k(key);
    auto it = m_id_by_key.find(k);
    if (it != m_id_by_key.end()) return it->second;
    if (key.size() != 16) return std::nullopt;
    uint64_t number = 0;
    for (char c : key) {
        int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
        if (digit < 0) return std::nullopt;
        number = number << 4 | static_cast<uint64_t>(digit);
    }
    auto older = m_id_by_older_key.find(number);
    if (older != m_id_by_older_key.end()) return older->second;
    return std::nullopt;
}

std::string Library::identity_of(const Article& a) {
    if (!a.url.empty()) return "u\x1f" + normalize_url_identity(a.url);
    std::string id = "b\x1f" + a.title + '\x1f';
    if (a.published) id += std::to_string(a.published->epoch_seconds);
    id += '\x1f';
    id += body_hash(a);
    return id;
}

std::string Library::key_text_of(const Article& a, const std::string& identity) {
    // The URL as given, not normalised: see key_of() in the header.
    if (!a.url.empty()) return "u\x1f" + a.url;
    return identity;
}

AddSummary Library::add(ParseResult&& result) {
    AddSummary summary;
    for (Article& a : result.articles) {
        std::string identity = identity_of(a);
        auto [seen, is_new] = m_id_by_identity.emplace(identity, static_cast<ArticleId>(m_articles.size()));
        if (!is_new) {
            ++summary.duplicates;
            if (summary.duplicate_list.size() < AddSummary::kMaxDuplicatesListed) {
                summary.duplicate_list.push_back({a.file, a.title, seen->second});
            }
            continue;
        }
        std::string key = short_hash(key_text_of(a, identity));
        m_id_by_key.emplace(key, static_cast<ArticleId>(m_articles.size()));
        if (a.url.empty()) {
            // The key before body hashing: title, source and date. The source
            // was "" where source_fallback.h now fills one in, so both forms.
            std::string date = a.published ? std::to_string(a.published->epoch_seconds) : std::string();
            for (const std::string& source : {a.source, kNoSource}) {
                m_id_by_older_key.emplace(fnv1a("t\x1f" + a.title + '\x1f' + source + '\x1f' + date),
                                          static_cast<ArticleId>(m_articles.size()));
            }
        }
        m_keys.push_back(std::move(key));
        ++m_source_counts[a.source];
        m_articles.push_back(std::move(a));
        ++summary.added;
    }
    summary.errors = result.errors.size();
    for (ParseError& e : result.errors) m_errors.push_back(std::move(e));
    ++m_version;
    return summary;
}

}  // namespace broadsheet
