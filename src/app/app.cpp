#include "app/app.h"

#include "core/parse/parse_file.h"
#include "core/simple_filter.h"

#include <algorithm>

namespace broadsheet {

LoadOutcome App::load_file(std::string_view file_name, std::string_view bytes) {
    ParseResult result = parse_file(file_name, bytes);
    LoadOutcome outcome;
    outcome.errors = result.errors;
    size_t first_new = m_library.size();
    AddSummary summary = m_library.add(std::move(result));
    outcome.added = summary.added;
    outcome.duplicates = summary.duplicates;
    for (ArticleId id = static_cast<ArticleId>(first_new); id < m_library.size(); ++id) {
        const Article& a = m_library.article(id);
        m_date_labels.push_back(a.published ? format_date(*a.published) : std::string());
    }
    if (summary.added > 0) refresh_listed();
    ++m_version;
    return outcome;
}

void App::set_query(std::string query) {
    if (query == m_query) return;
    m_query = std::move(query);
    refresh_listed();
    ++m_version;
}

void App::open(ArticleId id) {
    if (id >= m_library.size()) return;
    m_current = id;
    ++m_version;
}

void App::apply(Commands&& commands) {
    if (commands.set_query) set_query(std::move(*commands.set_query));
    if (commands.open) open(*commands.open);
}

void App::refresh_listed() {
    m_listed = filter_articles(m_library, m_query);
    // Newest first; undated articles after dated ones; ties keep load order.
    std::stable_sort(m_listed.begin(), m_listed.end(), [&](ArticleId a, ArticleId b) {
        const auto& pa = m_library.article(a).published;
        const auto& pb = m_library.article(b).published;
        if (pa.has_value() != pb.has_value()) return pa.has_value();
        return pa && pa->epoch_seconds > pb->epoch_seconds;
    });
}

}  // namespace broadsheet
