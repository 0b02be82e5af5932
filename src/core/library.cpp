#include "core/library.h"

namespace broadsheet {
namespace {

// FNV-1a: tiny, stable across platforms and versions, and plenty for naming
// articles within one person's collection.
std::string short_hash(const std::string& text) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text) {
        h ^= c;
        h *= 1099511628211ull;
    }
    static const char* const kHex = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, h >>= 4) out[i] = kHex[h & 15];
    return out;
}

}  // namespace

std::optional<ArticleId> Library::find_key(std::string_view key) const {
    auto it = m_id_by_key.find(std::string(key));
    if (it == m_id_by_key.end()) return std::nullopt;
    return it->second;
}

std::string Library::dedupe_key(const Article& a) const {
    if (!a.url.empty()) return "u\x1f" + a.url;
    std::string key = "t\x1f" + a.title + '\x1f' + a.source + '\x1f';
    if (a.published) key += std::to_string(a.published->epoch_seconds);
    return key;
}

AddSummary Library::add(ParseResult&& result) {
    AddSummary summary;
    for (Article& a : result.articles) {
        std::string dedupe = dedupe_key(a);
        if (!m_seen.insert(dedupe).second) {
            ++summary.duplicates;
            continue;
        }
        std::string key = short_hash(dedupe);
        m_id_by_key.emplace(key, static_cast<ArticleId>(m_articles.size()));
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
