#include "app/app.h"

#include "app/excerpt.h"
#include "core/parse/parse_file.h"
#include "core/search/stemmer.h"

#include <algorithm>

namespace broadsheet {
namespace {

std::optional<int64_t> day_of(const Article& a) {
    if (!a.published) return std::nullopt;
    return local_day(*a.published);
}

}  // namespace

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
        m_excerpts.push_back(make_excerpt(a));
        m_days.push_back(day_of(a));
        auto [it, is_new] = m_source_ids.emplace(a.source, static_cast<uint32_t>(m_source_names.size()));
        if (is_new) m_source_names.push_back(a.source);
        m_source_of.push_back(it->second);
    }
    // A link may name an article that only now arrived (restored from storage).
    if (summary.added > 0) m_index.add(m_library, static_cast<ArticleId>(first_new));
    if (!m_current && !m_view.open_key.empty()) {
        if (auto id = m_library.find_key(m_view.open_key)) {
            m_current = id;
            refresh_current_matches();
        }
    }
    if (summary.added > 0) refresh_listed();
    ++m_version;
    return outcome;
}

void App::reindex() {
    m_index.clear();
    m_index.add(m_library, 0);
    m_matches_library_version = ~0ull;   // the same query may now match other articles
    refresh_listed();
    refresh_current_matches();
    ++m_version;
}

void App::view_changed() {
    refresh_listed();
    ++m_version;
    ++m_view_version;
}

void App::set_view(ViewState view) {
    if (view == m_view) return;
    m_view = std::move(view);
    m_current = m_view.open_key.empty() ? std::nullopt : m_library.find_key(m_view.open_key);
    view_changed();
    refresh_current_matches();
}

void App::set_query(std::string query) {
    if (query == m_view.query) return;
    bool was_searching = !m_view.query.empty();
    m_view.query = std::move(query);
    // Typing a search sorts by relevance; clearing it goes back to newest.
    if (!was_searching && !m_view.query.empty() && m_view.sort == SortOrder::Newest) m_view.sort = SortOrder::Relevance;
    if (m_view.query.empty() && m_view.sort == SortOrder::Relevance) m_view.sort = SortOrder::Newest;
    view_changed();
    refresh_current_matches();
}

void App::toggle_source(const std::string& source) {
    if (!m_view.sources.erase(source)) m_view.sources.insert(source);
    view_changed();
}

void App::clear_sources() {
    if (m_view.sources.empty()) return;
    m_view.sources.clear();
    view_changed();
}

void App::set_days(DayRange days) {
    if (days == m_view.days) return;
    m_view.days = days;
    view_changed();
}

void App::set_mark_filter(MarkFilter filter) {
    if (filter == m_view.marks) return;
    m_view.marks = filter;
    view_changed();
}

void App::set_sort(SortOrder sort) {
    if (sort == m_view.sort) return;
    m_view.sort = sort;
    view_changed();
}

void App::open(ArticleId id) {
    if (id >= m_library.size()) return;
    m_current = id;
    m_view.open_key = m_library.key_of(id);
    refresh_current_matches();
    if (!is_read(id)) {
        // Marked read without re-filtering: the open article must not vanish
        // from an "unread" list under the reader's eyes.
        m_marks.set_read(m_library.key_of(id), true);
        ++m_marks_version;
    }
    ++m_version;
    ++m_view_version;
}

void App::close() {
    if (!m_current) return;
    m_current.reset();
    m_view.open_key.clear();
    ++m_version;
    ++m_view_version;
}

std::optional<size_t> App::current_row() const {
    if (!m_current) return std::nullopt;
    auto it = std::find(m_listed.begin(), m_listed.end(), *m_current);
    if (it == m_listed.end()) return std::nullopt;
    return static_cast<size_t>(it - m_listed.begin());
}

void App::open_next(int step) {
    if (m_listed.empty()) return;
    auto row = current_row();
    long next = row ? static_cast<long>(*row) + step : (step > 0 ? 0 : static_cast<long>(m_listed.size()) - 1);
    next = std::clamp(next, 0L, static_cast<long>(m_listed.size()) - 1);
    open(m_listed[static_cast<size_t>(next)]);
}

void App::set_read(ArticleId id, bool read) {
    if (id >= m_library.size() || is_read(id) == read) return;
    m_marks.set_read(m_library.key_of(id), read);
    ++m_marks_version;
    ++m_version;
}

void App::set_starred(ArticleId id, bool starred) {
    if (id >= m_library.size() || is_starred(id) == starred) return;
    m_marks.set_starred(m_library.key_of(id), starred);
    ++m_marks_version;
    if (m_view.marks == MarkFilter::Starred) refresh_listed();
    ++m_version;
}

void App::restore_marks(std::string_view json) {
    m_marks.from_json(json);
    refresh_listed();
    ++m_version;
}

void App::refresh_query_matches() {
    if (m_matches_query == m_view.query && m_matches_library_version == m_library.version()) return;
    m_matches_query = m_view.query;
    m_matches_library_version = m_library.version();
    m_snippets.clear();
    m_query_matches.clear();
    m_corrected_query.clear();
    m_terms = {};
    if (m_view.query.find_first_not_of(" \t") == std::string::npos) {
        m_query_matches.resize(m_library.size());
        for (ArticleId id = 0; id < m_library.size(); ++id) m_query_matches[id] = id;
        return;
    }
    SearchOptions options;
    options.limit = 0;
    options.is_typing = true;  // the list follows the box as the user types
    options.with_snippets = false;
    SearchResult result = m_index.search(m_library, m_view.query, options);
    m_query_matches.reserve(result.hits.size());
    for (const Hit& h : result.hits) m_query_matches.push_back(h.id);
    m_terms = std::move(result.terms);
    m_corrected_query = std::move(result.corrected_query);
}

void App::refresh_current_matches() {
    m_current_matches.clear();
    if (!m_current || m_terms.empty()) return;
    search::Stemmer stemmer;
    search::TermMatcher matcher(m_terms, stemmer);
    m_current_matches = search::find_matches(m_library.article(*m_current), matcher);
}

const search::Snippet* App::snippet(ArticleId id) const {
    auto it = m_snippets.find(id);
    return it == m_snippets.end() ? nullptr : &it->second;
}

void App::ensure_snippets(size_t first_row, size_t last_row) {
    if (m_terms.empty()) return;
    search::Stemmer stemmer;
    search::TermMatcher matcher(m_terms, stemmer);
    bool made = false;
    for (size_t row = first_row; row < last_row && row < m_listed.size(); ++row) {
        ArticleId id = m_listed[row];
        if (m_snippets.count(id)) continue;
        m_snippets.emplace(id, search::make_snippet(m_library.article(id), matcher));
        made = true;
    }
    if (made) ++m_version;
}

void App::refresh_listed() {
    refresh_query_matches();
    const std::vector<ArticleId>& matches = m_query_matches;

    // Source counts follow the query (so they say what a click would show),
    // the timeline follows everything but the dates (so a range can be moved).
    // Counted by small integer ids: this runs on every keystroke over up to
    // every article, so no string map lookups per article.
    std::vector<uint32_t> per_source(m_source_names.size(), 0);
    std::vector<char> is_source_selected(m_source_names.size(), 0);
    for (const std::string& name : m_view.sources) {
        auto it = m_source_ids.find(name);
        if (it != m_source_ids.end()) is_source_selected[it->second] = 1;
    }
    std::unordered_map<int64_t, uint32_t> per_day;
    m_listed.clear();
    for (ArticleId id : matches) {
        uint32_t source = m_source_of[id];
        ++per_source[source];
        if (!m_view.sources.empty() && !is_source_selected[source]) continue;
        const std::string& key = m_library.key_of(id);
        bool keep = true;
        switch (m_view.marks) {
            case MarkFilter::All: break;
            case MarkFilter::Unread: keep = !m_marks.is_read(key) || m_current == id; break;
            case MarkFilter::Read: keep = m_marks.is_read(key); break;
            case MarkFilter::Starred: keep = m_marks.is_starred(key); break;
        }
        if (!keep) continue;
        if (m_days[id]) ++per_day[*m_days[id]];
        if (!m_view.days.is_all() && (!m_days[id] || !m_view.days.contains(*m_days[id]))) continue;
        m_listed.push_back(id);
    }
    m_source_counts.clear();
    for (uint32_t i = 0; i < per_source.size(); ++i) {
        if (per_source[i] > 0) m_source_counts.emplace_back(m_source_names[i], per_source[i]);
    }
    std::sort(m_source_counts.begin(), m_source_counts.end());
    m_timeline.clear();
    for (const auto& [day, count] : per_day) m_timeline.push_back({day, count});
    std::sort(m_timeline.begin(), m_timeline.end(), [](const DayCount& a, const DayCount& b) { return a.day < b.day; });

    auto newest_first = [&](ArticleId a, ArticleId b) {
        const auto& da = m_library.article(a).published;
        const auto& db = m_library.article(b).published;
        if (da.has_value() != db.has_value()) return da.has_value();  // undated last
        return da && da->epoch_seconds > db->epoch_seconds;
    };
    switch (m_view.sort) {
        case SortOrder::Relevance:
            if (!m_view.query.empty()) break;  // matches come in relevance order
            [[fallthrough]];
        case SortOrder::Newest:
            std::stable_sort(m_listed.begin(), m_listed.end(), newest_first);
            break;
        case SortOrder::Oldest:
            std::stable_sort(m_listed.begin(), m_listed.end(), [&](ArticleId a, ArticleId b) {
                const auto& da = m_library.article(a).published;
                const auto& db = m_library.article(b).published;
                if (da.has_value() != db.has_value()) return da.has_value();
                return da && da->epoch_seconds < db->epoch_seconds;
            });
            break;
        case SortOrder::Title:
            std::stable_sort(m_listed.begin(), m_listed.end(), [&](ArticleId a, ArticleId b) {
                return m_library.article(a).title < m_library.article(b).title;
            });
            break;
        case SortOrder::Source:
            std::stable_sort(m_listed.begin(), m_listed.end(), [&](ArticleId a, ArticleId b) {
                const Article& x = m_library.article(a);
                const Article& y = m_library.article(b);
                if (x.source != y.source) return x.source < y.source;
                return newest_first(a, b);
            });
            break;
    }
}

}  // namespace broadsheet
