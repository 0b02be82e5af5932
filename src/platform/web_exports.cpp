// Every C entry point JavaScript calls (web/broadsheet.js wraps them as
// window.broadsheet). Only ints, pointers and lengths cross; results are
// JSON text in a buffer that stays valid until the next call.
#include "core/article_json.h"
#include "platform/web_host.h"

#include <emscripten.h>

#include <string>

namespace {

std::string g_reply;  // the last JSON answer handed to JavaScript

const char* reply(const nlohmann::json& j) {
    g_reply = j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    return g_reply.c_str();
}

nlohmann::json article_summary(const broadsheet::App& app, broadsheet::ArticleId id) {
    const broadsheet::Article& a = app.library().article(id);
    return {{"id", id},
            {"title", a.title},
            {"url", a.url.empty() ? nlohmann::json(nullptr) : nlohmann::json(a.url)},
            {"source", a.source.empty() ? nlohmann::json(nullptr) : nlohmann::json(a.source)},
            {"published", a.published ? nlohmann::json(broadsheet::format_iso8601(*a.published))
                                      : nlohmann::json(nullptr)},
            {"date", app.date_label(id)}};
}

}  // namespace

extern "C" {

// Returns 1 when the app runs, 0 when WebGL2 is unavailable.
EMSCRIPTEN_KEEPALIVE int bs_init(const char* canvas_selector, const unsigned char* font, int font_size) {
    return broadsheet::web_platform_start(canvas_selector, font, font_size) ? 1 : 0;
}

// Parses and adds one file: {"added", "duplicates", "errors": ["file: reason", ...]}.
EMSCRIPTEN_KEEPALIVE const char* bs_load(const char* name, const unsigned char* bytes, int size) {
    auto outcome = broadsheet::web_host().app.load_file(
        name, std::string_view(reinterpret_cast<const char*>(bytes), static_cast<size_t>(size)));
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& e : outcome.errors) errors.push_back(e.to_string());
    broadsheet::request_frames();
    return reply({{"added", outcome.added}, {"duplicates", outcome.duplicates}, {"errors", errors}});
}

EMSCRIPTEN_KEEPALIVE const char* bs_stats() {
    const auto& lib = broadsheet::web_host().app.library();
    return reply({{"articles", lib.size()}, {"sources", lib.source_counts().size()}, {"errors", lib.errors().size()}});
}

// Sets the search box to `query` and returns what the list then shows, in order.
EMSCRIPTEN_KEEPALIVE const char* bs_search(const char* query) {
    auto& host = broadsheet::web_host();
    host.app.set_query(query);
    host.ui.is_search_text_synced = false;
    nlohmann::json rows = nlohmann::json::array();
    for (broadsheet::ArticleId id : host.app.listed()) {
        rows.push_back({{"id", id}, {"title", host.app.library().article(id).title}});
    }
    broadsheet::request_frames();
    return reply(rows);
}

EMSCRIPTEN_KEEPALIVE int bs_open(int id) {
    auto& app = broadsheet::web_host().app;
    if (id < 0 || static_cast<size_t>(id) >= app.library().size()) return 0;
    app.open(static_cast<broadsheet::ArticleId>(id));
    broadsheet::request_frames();
    return 1;
}

EMSCRIPTEN_KEEPALIVE const char* bs_current() {
    const auto& app = broadsheet::web_host().app;
    if (!app.current()) return reply(nullptr);
    return reply(article_summary(app, *app.current()));
}

// The article as the reader has it (all fields, paragraphs included).
EMSCRIPTEN_KEEPALIVE const char* bs_article(int id) {
    const auto& app = broadsheet::web_host().app;
    if (id < 0 || static_cast<size_t>(id) >= app.library().size()) return reply(nullptr);
    nlohmann::json j = broadsheet::article_to_json(app.library().article(static_cast<broadsheet::ArticleId>(id)));
    j["id"] = id;
    return reply(j);
}

EMSCRIPTEN_KEEPALIVE const char* bs_errors() {
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& e : broadsheet::web_host().app.library().errors()) errors.push_back(e.to_string());
    return reply(errors);
}

EMSCRIPTEN_KEEPALIVE double bs_frames_drawn() {
    return static_cast<double>(broadsheet::web_host().frames_drawn);
}

EMSCRIPTEN_KEEPALIVE void bs_request_frames() { broadsheet::request_frames(); }

}  // extern "C"
