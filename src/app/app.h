// The application state and the only code that changes it. Platform code
// (the bridge, dropped files, the URL hash) and the UI (through Commands)
// ask for changes; derived data (the listed ids, counts, the timeline) is
// refreshed here once per change, never per frame. No ImGui, no Emscripten.
#pragma once

#include "app/imports.h"
#include "app/marks.h"
#include "app/view_state.h"
#include "core/library.h"
#include "core/search/search_index.h"

#include <functional>
#include <unordered_map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace broadsheet {

class App;

// What the UI asks for while drawing; applied in order after the frame.
struct Commands {
    std::vector<std::function<void(App&)>> queue;
    void push(std::function<void(App&)> command) { queue.push_back(std::move(command)); }
};

struct LoadOutcome {
    size_t added = 0;
    size_t duplicates = 0;
    std::vector<ParseError> errors;
    std::vector<DuplicateSkip> duplicate_list;  // every skipped duplicate, with what it duplicated
};

struct DayCount {
    int64_t day;     // days since 1970-01-01
    uint32_t count;
};

class App {
public:
    // Parses one file's bytes and adds its articles; nothing already loaded is lost.
    // With an import id (begin_import first), the articles and counts belong to
    // that import; a removed import's late files are ignored.
    LoadOutcome load_file(std::string_view file_name, std::string_view bytes, ImportId import = kNoImport);

    // ---- imports (app/imports.h): what each drop brought, removable one by one ----
    // Starts the record of a drop of `files` files (name and clock from the page).
    void begin_import(ImportId id, std::string name, double when_ms, size_t files);
    // A record kept from an earlier visit: its files load again with its id and
    // its counts and errors stay as recorded then (until finish_import).
    void restore_import(ImportRecord record);
    // Every file of the drop was handed over (a restored one: every kept file).
    void finish_import(ImportId id);
    // A problem outside parsing (a file that could not be read) joins the drop's errors.
    void add_import_error(ImportId id, ParseError error);
    // What storage kept of the drop, as the page found out.
    void set_import_storage(ImportId id, size_t files_kept, std::string problem);
    void dismiss_import_errors(ImportId id);
    // Removes the import's articles, their marks and its record. The library
    // and search index are rebuilt from the articles kept (ids change); the
    // query and filters stay, the open article stays open if it was not removed.
    bool remove_import(ImportId id);
    void remove_all_imports();
    const std::vector<ImportRecord>& imports() const { return m_imports; }
    const ImportRecord* find_import(ImportId id) const;
    ImportId import_of(ArticleId id) const { return m_import_of[id]; }
    // Errors of loads outside any import (the bundled articles).
    const std::vector<ParseError>& loose_errors() const { return m_loose_errors; }
    // Loose errors plus those of every import whose errors are not dismissed.
    size_t shown_error_count() const;
    // The last drop that finished this visit (not a restored one), for the drop report; 0 if none.
    ImportId last_finished_import() const { return m_last_finished; }
    uint64_t finished_imports() const { return m_finished_count; }
    // For storage (the platform drains these after each frame): imports removed,
    // records changed, and keys of removed articles (their reading positions go too).
    std::vector<ImportId> take_removed_imports() { return std::exchange(m_removed_imports, {}); }
    std::vector<ImportId> take_changed_imports() { return std::exchange(m_changed_imports, {}); }
    std::vector<std::string> take_removed_keys() { return std::exchange(m_removed_keys, {}); }

    // Builds the search index again from every article: after the Thai
    // dictionary arrives (core/text/thai_words.h), so Thai is indexed as words.
    void reindex();

    // ---- the view: query, filters, sort, open article ----
    const ViewState& view() const { return m_view; }
    void set_view(ViewState view);       // e.g. from the URL hash; unknown article keys are kept pending
    void set_query(std::string query);
    void toggle_source(const std::string& source);
    void clear_sources();
    void set_days(DayRange days);
    void set_mark_filter(MarkFilter filter);
    void set_sort(SortOrder sort);
    void open(ArticleId id);             // ignored for an unknown id; marks the article read
    void close();
    void open_next(int step);            // +1 / -1 through the list (j / k)

    // ---- marks ----
    bool is_read(ArticleId id) const { return m_marks.is_read(m_library.key_of(id)); }
    bool is_starred(ArticleId id) const { return m_marks.is_starred(m_library.key_of(id)); }
    void set_read(ArticleId id, bool is_read);
    void set_starred(ArticleId id, bool is_starred);
    const Marks& marks() const { return m_marks; }
    void restore_marks(std::string_view json);
    // Forgets the marks of articles not in the library; returns how many went.
    // Call once everything stored has loaded, or marks of the rest are lost.
    size_t prune_marks();

    // ---- read-only state for the UI and the bridge ----
    const Library& library() const { return m_library; }
    const std::vector<ArticleId>& listed() const { return m_listed; }
    std::optional<ArticleId> current() const { return m_current; }
    // Position of the open article in listed(), if it is listed.
    std::optional<size_t> current_row() const;
    const std::string& date_label(ArticleId id) const { return m_date_labels[id]; }
    const std::string& excerpt(ArticleId id) const { return m_excerpts[id]; }
    // Articles per day for the current query and every filter but the dates, by day.
    const std::vector<DayCount>& timeline() const { return m_timeline; }
    // Articles per source for the current query, by source name.
    const std::vector<std::pair<std::string, uint32_t>>& source_counts() const { return m_source_counts; }

    // ---- search ----
    // "showing results for ..." when the engine corrected a word, else "".
    const std::string& corrected_query() const { return m_corrected_query; }
    // The snippet of a listed article for the current query, once made (see ensure_snippets).
    const search::Snippet* snippet(ArticleId id) const;
    // Makes the snippets of listed rows [first, last) that are missing (the UI asks for the visible rows).
    void ensure_snippets(size_t first_row, size_t last_row);
    // Where the query's words are in the open article (body paragraphs and title), in reading order.
    const std::vector<search::MatchPosition>& current_matches() const { return m_current_matches; }
    const SearchIndex& search_index() const { return m_index; }

    // Bumped whenever anything the UI shows may have changed.
    uint64_t version() const { return m_version; }
    // Bumped when the view (what the URL hash encodes) changed.
    uint64_t view_version() const { return m_view_version; }
    // Bumped when the marks changed (they are saved to storage then).
    uint64_t marks_version() const { return m_marks_version; }

private:
    void refresh_listed();
    void view_changed();
    void refresh_query_matches();
    void refresh_current_matches();
    void append_derived(ArticleId first_new);
    void rebuild_without(ImportId removed);
    ImportRecord* import_record(ImportId id);
    void import_changed(ImportId id);

    Library m_library;
    SearchIndex m_index;
    // The query's matches in relevance order, kept until the query or the library changes.
    std::vector<ArticleId> m_query_matches;
    std::string m_matches_query;
    uint64_t m_matches_library_version = ~0ull;
    search::MatchTerms m_terms;
    std::string m_corrected_query;
    std::unordered_map<ArticleId, search::Snippet> m_snippets;
    std::vector<search::MatchPosition> m_current_matches;
    Marks m_marks;
    ViewState m_view;
    std::vector<ArticleId> m_listed;
    std::vector<std::string> m_date_labels;
    std::vector<std::string> m_excerpts;
    std::vector<std::optional<int64_t>> m_days;
    std::vector<uint32_t> m_source_of;                       // per article: index into m_source_names
    std::vector<std::string> m_source_names;
    std::unordered_map<std::string, uint32_t> m_source_ids;
    std::vector<DayCount> m_timeline;
    std::vector<std::pair<std::string, uint32_t>> m_source_counts;
    std::optional<ArticleId> m_current;
    std::vector<ImportId> m_import_of;                       // per article
    std::vector<ImportRecord> m_imports;                     // in the order they began
    std::vector<ImportId> m_restoring;                       // restored imports still loading
    std::vector<ParseError> m_loose_errors;
    std::vector<ImportId> m_removed_imports;
    std::vector<ImportId> m_changed_imports;
    std::vector<std::string> m_removed_keys;
    ImportId m_last_finished = kNoImport;
    uint64_t m_finished_count = 0;
    uint64_t m_version = 0;
    uint64_t m_view_version = 0;
    uint64_t m_marks_version = 0;
};

}  // namespace broadsheet
