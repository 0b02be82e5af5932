// The application state and the only code that changes it. Platform code
// (the bridge, dropped files) and the UI (through Commands) ask for changes;
// derived data (the listed ids, row labels) is refreshed here once per
// change, never per frame. No ImGui and no Emscripten in here.
#pragma once

#include "core/library.h"

#include <optional>
#include <string>
#include <vector>

namespace broadsheet {

// What the UI asks for while drawing; applied after the frame.
struct Commands {
    std::optional<std::string> set_query;
    std::optional<ArticleId> open;
};

struct LoadOutcome {
    size_t added = 0;
    size_t duplicates = 0;
    std::vector<ParseError> errors;
};

class App {
public:
    // Parses one file's bytes and adds its articles; nothing already loaded is lost.
    LoadOutcome load_file(std::string_view file_name, std::string_view bytes);

    void set_query(std::string query);
    void open(ArticleId id);             // ignored for an unknown id
    void apply(Commands&& commands);

    const Library& library() const { return m_library; }
    const std::string& query() const { return m_query; }
    const std::vector<ArticleId>& listed() const { return m_listed; }
    std::optional<ArticleId> current() const { return m_current; }
    // "YYYY-MM-DD" or "" for each article, computed once when it is added.
    const std::string& date_label(ArticleId id) const { return m_date_labels[id]; }
    // Bumped whenever anything the UI shows may have changed.
    uint64_t version() const { return m_version; }

private:
    void refresh_listed();

    Library m_library;
    std::string m_query;
    std::vector<ArticleId> m_listed;
    std::vector<std::string> m_date_labels;
    std::optional<ArticleId> m_current;
    uint64_t m_version = 0;
};

}  // namespace broadsheet
