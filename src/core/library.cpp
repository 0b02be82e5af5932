#include "core/library.h"

namespace broadsheet {

std::string Library::dedupe_key(const Article& a) const {
    if (!a.url.empty()) return "u\x1f" + a.url;
    std::string key = "t\x1f" + a.title + '\x1f' + a.source + '\x1f';
    if (a.published) key += std::to_string(a.published->epoch_seconds);
    return key;
}

AddSummary Library::add(ParseResult&& result) {
    AddSummary summary;
    for (Article& a : result.articles) {
        if (!m_seen.insert(dedupe_key(a)).second) {
            ++summary.duplicates;
            continue;
        }
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
