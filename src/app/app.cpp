#include "app/app.h"

#include "app/excerpt.h"
#include "app/export_listed.h"
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

LoadOutcome App::load_file(std::string_view file_name, std::string_view bytes, ImportId import) {
    LoadOutcome outcome;
    ImportRecord* record = import == kNoImport ? nullptr : import_record(import);
    if (import != kNoImport && !record) return outcome;  // removed while its drop was loading
    ParseResult result = parse_file(file_name, bytes);
    outcome.errors = result.errors;
    size_t first_new = m_library.size();
    AddSummary summary = m_library.add(std::move(result));
    outcome.added = summary.added;
    outcome.duplicates = summary.duplicates;
    outcome.duplicate_list = std::move(summary.duplicate_list);
    m_import_of.resize(m_library.size(), import);
    append_derived(static_cast<ArticleId>(first_new));
    if (!record) {
        m_loose_errors.insert(m_loose_errors.end(), outcome.errors.begin(), outcome.errors.end());
    } else {
        record->articles_now += outcome.added;
        bool is_restoring = std::find(m_restoring.begin(), m_restoring.end(), import) != m_restoring.end();
        if (!is_restoring) {
            // A restored import keeps the counts of its drop: its files meet
            // the same duplicates again, and its errors are already recorded.
            ++record->files_loaded;
            record->added += outcome.added;
            record->duplicates += outcome.duplicates;
            record->errors.insert(record->errors.end(), outcome.errors.begin(), outcome.errors.end());
            for (const DuplicateSkip& d : outcome.duplicate_list) {
                std::string of = d.duplicate_of < m_library.size() ? m_library.key_of(d.duplicate_of) : std::string();
                record->duplicate_list.push_back({d.file, d.title, std::move(of)});
            }
            import_changed(import);
        }
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
    // An export of ours brings its read / starred marks back (export_listed.h).
    restore_exported_marks(*this, bytes);
    ++m_version;
    return outcome;
}

void App::append_derived(ArticleId first_new) {
    for (ArticleId id = first_new; id < m_library.size(); ++id) {
        const Article& a = m_library.article(id);
        m_date_labels.push_back(a.published ? format_date(*a.published) : std::string());
        m_excerpts.push_back(make_excerpt(a));
        m_days.push_back(day_of(a));
        auto [it, is_new] = m_source_ids.emplace(a.source, static_cast<uint32_t>(m_source_names.size()));
        if (is_new) m_source_names.push_back(a.source);
        m_source_of.push_back(it->second);
    }
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

// ---- imports ----

ImportRecord* App::import_record(ImportId id) {
    for (ImportRecord& r : m_imports) {
        if (r.id == id) return &r;
    }
    return nullptr;
}

const ImportRecord* App::find_import(ImportId id) const {
    for (const ImportRecord& r : m_imports) {
        if (r.id == id) return &r;
    }
    return nullptr;
}

void App::import_changed(ImportId id) {
    if (std::find(m_changed_imports.begin(), m_changed_imports.end(), id) == m_changed_imports.end()) {
        m_changed_imports.push_back(id);
    }
    ++m_version;
}

void App::begin_import(ImportId id, std::string name, double when_ms, size_t files) {
    if (id == kNoImport || find_import(id)) return;
    ImportRecord r;
    r.id = id;
    r.name = std::move(name);
    r.when_ms = when_ms;
    r.files = files;
    m_imports.push_back(std::move(r));
    import_changed(id);
}

void App::restore_import(ImportRecord record) {
    if (record.id == kNoImport || find_import(record.id)) return;
    record.articles_now = 0;
    m_restoring.push_back(record.id);
    m_imports.push_back(std::move(record));
    ++m_version;
}

void App::finish_import(ImportId id) {
    ImportRecord* r = import_record(id);
    if (!r) return;
    auto restoring = std::find(m_restoring.begin(), m_restoring.end(), id);
    if (restoring != m_restoring.end()) {
        m_restoring.erase(restoring);  // as it was stored: an unfinished drop stays unfinished
        ++m_version;
        return;
    }
    r->is_finished = true;
    m_last_finished = id;
    ++m_finished_count;
    import_changed(id);
}

void App::add_import_error(ImportId id, ParseError error) {
    if (ImportRecord* r = import_record(id)) {
        r->errors.push_back(std::move(error));
        import_changed(id);
    } else {
        m_loose_errors.push_back(std::move(error));
        ++m_version;
    }
}

void App::set_import_storage(ImportId id, size_t files_kept, std::string problem) {
    ImportRecord* r = import_record(id);
    if (!r || (r->files_kept == files_kept && r->storage_problem == problem)) return;
    r->files_kept = files_kept;
    r->storage_problem = std::move(problem);
    import_changed(id);
}

void App::dismiss_import_errors(ImportId id) {
    ImportRecord* r = import_record(id);
    if (!r || r->are_errors_dismissed) return;
    r->are_errors_dismissed = true;
    import_changed(id);
}

size_t App::shown_error_count() const {
    size_t n = m_loose_errors.size();
    for (const ImportRecord& r : m_imports) {
        if (!r.are_errors_dismissed) n += r.errors.size();
    }
    return n;
}

bool App::remove_import(ImportId id) {
    auto it = std::find_if(m_imports.begin(), m_imports.end(), [&](const ImportRecord& r) { return r.id == id; });
    if (it == m_imports.end()) return false;
    bool has_articles = it->articles_now > 0;
    m_imports.erase(it);
    m_restoring.erase(std::remove(m_restoring.begin(), m_restoring.end(), id), m_restoring.end());
    m_changed_imports.erase(std::remove(m_changed_imports.begin(), m_changed_imports.end(), id),
                            m_changed_imports.end());
    m_removed_imports.push_back(id);
    if (m_last_finished == id) m_last_finished = kNoImport;
    if (has_articles) rebuild_without(id);
    ++m_version;
    return true;
}

void App::remove_all_imports() {
    std::vector<ImportId> ids;
    for (const ImportRecord& r : m_imports) ids.push_back(r.id);
    for (ImportId id : ids) remove_import(id);
}

// Rebuilding is simpler and safer than holes in the dense ids every derived
// vector (and the search index) is keyed by; it costs about one re-index of
// what is kept.
void App::rebuild_without(ImportId removed) {
    std::unordered_map<std::string, ImportId> import_by_key;
    ParseResult kept;
    kept.articles.reserve(m_library.size());
    bool marks_changed = false;
    for (ArticleId id = 0; id < m_library.size(); ++id) {
        const std::string& key = m_library.key_of(id);
        if (m_import_of[id] == removed) {
            if (m_marks.is_read(key) || m_marks.is_starred(key)) marks_changed = true;
            m_marks.set_read(key, false);
            m_marks.set_starred(key, false);
            m_removed_keys.push_back(key);
            continue;
        }
        import_by_key.emplace(key, m_import_of[id]);
        kept.articles.push_back(m_library.article(id));
    }
    kept.errors = m_loose_errors;
    for (const ImportRecord& r : m_imports) kept.errors.insert(kept.errors.end(), r.errors.begin(), r.errors.end());

    m_library = Library();
    m_library.add(std::move(kept));
    m_import_of.assign(m_library.size(), kNoImport);
    for (ImportRecord& r : m_imports) r.articles_now = 0;
    for (ArticleId id = 0; id < m_library.size(); ++id) {
        auto it = import_by_key.find(m_library.key_of(id));
        if (it == import_by_key.end()) continue;
        m_import_of[id] = it->second;
        if (ImportRecord* r = import_record(it->second)) ++r->articles_now;
    }
    m_date_labels.clear();
    m_excerpts.clear();
    m_days.clear();
    m_source_of.clear();
    m_source_names.clear();
    m_source_ids.clear();
    append_derived(0);
    m_index = SearchIndex();
    m_index.add(m_library, 0);
    m_matches_library_version = ~0ull;  // the new library's versions start again
    m_snippets.clear();

    bool was_open = m_current.has_value();
    m_current.reset();
    if (!m_view.open_key.empty()) m_current = m_library.find_key(m_view.open_key);
    if (was_open && !m_current) {
        m_view.open_key.clear();  // the open article was removed: the reader closes
        ++m_view_version;
    }
    if (marks_changed) ++m_marks_version;
    refresh_listed();
    refresh_current_matches();
    ++m_version;
}

size_t App::prune_marks() {
    // Marks saved under an article's older key move to its key first.
    size_t moved = m_marks.rekey([&](const std::string& key) {
        auto id = m_library.find_key(key);
        return id ? m_library.key_of(*id) : std::string();
    });
    size_t pruned = m_marks.prune([&](const std::string& key) { return m_library.find_key(key).has_value(); });
    if (moved > 0 || pruned > 0) {
        ++m_marks_version;
        refresh_listed();
        ++m_version;
    }
    return pruned;
}

}  // namespace broadsheet
