// The accessible mirror's data (see web_a11y.h). The version is a counter
// bumped when the tuple of what the mirror shows changes; comparing that
// tuple each frame costs a few loads, the JSON is made only on request.
#include "platform/web_a11y.h"

#include "core/article_text.h"
#include "platform/web_host.h"

#include <imgui.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <tuple>

namespace broadsheet {
namespace {

using MirrorKey = std::tuple<uint64_t, uint64_t, int64_t, size_t, size_t, float, float, float, float, float, bool, size_t,
                             int, float, bool>;
MirrorKey g_key;
uint32_t g_version = 0;

// Rows [first, last) of the list that are on screen.
std::pair<size_t, size_t> visible_rows(const WebHost& host) {
    const ListView& v = host.ui.list_view;
    size_t n = host.app.listed().size();
    if (v.frame != ImGui::GetFrameCount() || v.row_stride <= 0) return {0, 0};
    auto first = static_cast<size_t>(std::max(0.0f, std::floor(v.scroll_y / v.row_stride)));
    auto last = static_cast<size_t>(std::max(0.0f, std::ceil((v.scroll_y + v.h) / v.row_stride)));
    return {std::min(first, n), std::min(last, n)};
}

const char* mark_name(MarkFilter m) {
    switch (m) {
        case MarkFilter::Unread: return "unread";
        case MarkFilter::Read: return "read";
        case MarkFilter::Starred: return "starred";
        default: return "all";
    }
}

}  // namespace

uint32_t a11y_version(const WebHost& host) {
    const UiState& ui = host.ui;
    auto [first, last] = visible_rows(host);
    auto current = host.app.current();
    const ListView& v = ui.list_view;
    // The rows' places (they sit over the canvas rows), what they say, and the find state.
    MirrorKey key{host.app.version(), host.app.marks_version(), current ? static_cast<int64_t>(*current) : -1,
                  first, last, v.scroll_y, v.x, v.y, v.w, v.h,
                  ui.show_find, ui.find_matches.size(), ui.find_index, ui.settings.font_size,
                  ui.reader_view.frame == ImGui::GetFrameCount()};
    if (key != g_key) {
        g_key = key;
        ++g_version;
    }
    return g_version;
}

std::string a11y_json(const WebHost& host) {
    const App& app = host.app;
    const ListView& v = host.ui.list_view;
    auto [first, last] = visible_rows(host);
    auto current = app.current();
    nlohmann::json rows = nlohmann::json::array();
    auto row_json = [&](size_t r) {
        ArticleId id = app.listed()[r];
        const Article& a = app.library().article(id);
        float top = v.y + static_cast<float>(r) * v.row_stride - v.scroll_y;
        return nlohmann::json{{"id", id}, {"pos", r + 1}, {"title", a.title},
                              {"source", a.source.empty() ? "unknown source" : a.source},
                              {"date", app.date_label(id)}, {"read", app.is_read(id)},
                              {"starred", app.is_starred(id)}, {"selected", current == id},
                              {"x", v.x}, {"y", top}, {"w", v.w}, {"h", v.row_h}};
    };
    for (size_t r = first; r < last; ++r) rows.push_back(row_json(r));
    // The open article's row is always in the mirror, so aria-selected can name it.
    if (auto row = app.current_row(); row && (*row < first || *row >= last)) rows.push_back(row_json(*row));

    nlohmann::json sources = nlohmann::json::array();
    for (const auto& [name, count] : app.source_counts()) {
        if (sources.size() == 500) break;  // a crawl's thousands of sites: the first 500 by name
        sources.push_back({{"name", name}, {"count", count}, {"checked", app.view().sources.count(name) != 0}});
    }
    nlohmann::json article = nullptr;
    if (current) {
        const Article& a = app.library().article(*current);
        article = {{"id", *current}, {"title", a.title}, {"starred", app.is_starred(*current)},
                   {"read", app.is_read(*current)}, {"url", a.url}};
    }
    const UiState& ui = host.ui;
    nlohmann::json j = {{"version", g_version},
                        {"query", app.view().query},
                        {"listed", app.listed().size()},
                        {"rows", std::move(rows)},
                        {"marks", mark_name(app.view().marks)},
                        {"sources", std::move(sources)},
                        {"article", std::move(article)},
                        {"find", {{"open", ui.show_find}, {"text", ui.find_text},
                                  {"matches", ui.find_matches.size()}, {"index", ui.find_index + 1}}}};
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

int a11y_command(WebHost& host, const std::string& what, const std::string& arg) {
    App& app = host.app;
    UiState& ui = host.ui;
    if (what == "open") {
        long id = std::strtol(arg.c_str(), nullptr, 10);
        if (id < 0 || static_cast<size_t>(id) >= app.library().size()) return 0;
        app.open(static_cast<ArticleId>(id));
        return 1;
    }
    if (what == "source") {
        app.toggle_source(arg);
        return 1;
    }
    if (what == "marks") {
        MarkFilter f = arg == "unread" ? MarkFilter::Unread : arg == "read" ? MarkFilter::Read
                     : arg == "starred" ? MarkFilter::Starred : MarkFilter::All;
        app.set_mark_filter(f);
        return 1;
    }
    auto current = app.current();
    if (!current) return 0;
    ArticleId id = *current;
    const Article& a = app.library().article(id);
    if (what == "star") app.set_starred(id, !app.is_starred(id));
    else if (what == "read") app.set_read(id, !app.is_read(id));
    else if (what == "copy") host.services.copy_text(article_as_text(a));
    else if (what == "link" && !a.url.empty()) host.services.copy_text(a.url);
    else if (what == "original" && !a.url.empty()) host.services.open_url(a.url);
    else if (what == "smaller" || what == "larger") {
        ui.settings.font_size = std::clamp(ui.settings.font_size + (what == "larger" ? 1.0f : -1.0f), 12.0f, 32.0f);
        ui.settings_changed = true;
    } else if (what == "find") {
        ui.show_find = true;
        ui.focus_find = true;
    } else {
        return 0;
    }
    return 1;
}

}  // namespace broadsheet
