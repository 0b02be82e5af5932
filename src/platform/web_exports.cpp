// Every C entry point JavaScript calls (web/broadsheet.js wraps them as
// window.broadsheet). Only ints, pointers and lengths cross; results are
// JSON text in a buffer that stays valid until the next call.
#include "app/url_state.h"
#include "core/article_json.h"
#include "core/text/thai_words.h"
#include "platform/web_a11y.h"
#include "platform/web_host.h"
#include "platform/web_text_layer.h"
#include "ui/settings_json.h"

#include <imgui.h>

#include <emscripten.h>

#include <cfloat>
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
            {"date", app.date_label(id)},
            {"key", app.library().key_of(id)},
            {"read", app.is_read(id)},
            {"starred", app.is_starred(id)}};
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

// 1 when an article has Thai and no Thai dictionary is installed yet: the
// page then fetches it (web/bridge.js). Scans only articles added since the last call.
EMSCRIPTEN_KEEPALIVE int bs_wants_thai_dictionary() {
    static broadsheet::ArticleId scanned_up_to = 0;
    static bool has_thai = false;
    const auto& lib = broadsheet::web_host().app.library();
    for (; !has_thai && scanned_up_to < lib.size(); ++scanned_up_to) {
        const broadsheet::Article& a = lib.article(scanned_up_to);
        has_thai = broadsheet::text::has_thai(a.title);
        for (const auto& p : a.paragraphs) has_thai = has_thai || broadsheet::text::has_thai(p.text);
    }
    return has_thai && !broadsheet::text::installed_thai_dictionary() ? 1 : 0;
}

// Installs the Thai word list (UTF-8, one word a line) and re-indexes every
// article with it. Returns the number of words.
EMSCRIPTEN_KEEPALIVE int bs_set_thai_dictionary(const unsigned char* bytes, int size) {
    auto dictionary = std::make_shared<const broadsheet::text::ThaiDictionary>(
        std::string_view(reinterpret_cast<const char*>(bytes), static_cast<size_t>(size)));
    int words = static_cast<int>(dictionary->size());
    broadsheet::text::install_thai_dictionary(std::move(dictionary));
    broadsheet::web_host().app.reindex();
    broadsheet::request_frames();
    return words;
}

EMSCRIPTEN_KEEPALIVE const char* bs_stats() {
    const auto& lib = broadsheet::web_host().app.library();
    const auto& ui = broadsheet::web_host().ui;
    bool is_typing = ImGui::GetIO().WantTextInput || ui.field(broadsheet::TextField::Search).is_focused ||
                     ui.field(broadsheet::TextField::Find).is_focused;
    return reply({{"articles", lib.size()},
                  {"sources", lib.source_counts().size()},
                  {"errors", lib.errors().size()},
                  {"listed", broadsheet::web_host().app.listed().size()},
                  {"last_query_ms", broadsheet::web_host().last_query_ms},
                  {"typing", is_typing}});
}

// Sets the search box to `query` and returns what the list then shows, in order.
EMSCRIPTEN_KEEPALIVE const char* bs_search(const char* query) {
    auto& host = broadsheet::web_host();
    double started = emscripten_get_now();
    host.app.set_query(query);
    host.last_query_ms = emscripten_get_now() - started;
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
    nlohmann::json j = article_summary(app, *app.current());
    // How far the reader has scrolled through it (0..1), as saved for the next visit.
    const auto& positions = broadsheet::web_host().ui.reading_positions;
    auto it = positions.find(app.library().key_of(*app.current()));
    j["position"] = it == positions.end() ? 0.0f : it->second;
    return reply(j);
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

// The URL hash changed (load, Back/Forward, a pasted link): show that view.
EMSCRIPTEN_KEEPALIVE void bs_set_hash(const char* hash) {
    auto& host = broadsheet::web_host();
    host.app.set_view(broadsheet::decode_view_state(hash));
    // What the hash says is already published; don't push it back as a new entry.
    host.published_view_version = host.app.view_version();
    host.published_open_key = host.app.view().open_key;
    host.ui.is_search_text_synced = false;
    broadsheet::request_frames();
}

// The current view as the hash encodes it (without '#').
EMSCRIPTEN_KEEPALIVE const char* bs_get_hash() {
    g_reply = broadsheet::encode_view_state(broadsheet::web_host().app.view());
    return g_reply.c_str();
}

// Restores what storage kept: kind is "marks", "settings" or "positions".
EMSCRIPTEN_KEEPALIVE void bs_restore(const char* kind, const char* json) {
    auto& host = broadsheet::web_host();
    std::string_view k(kind);
    if (k == "marks") {
        host.app.restore_marks(json);
        host.saved_marks_version = host.app.marks_version();
    } else if (k == "settings") {
        host.ui.settings = broadsheet::settings_from_json(json);
    } else if (k == "positions") {
        host.ui.reading_positions = broadsheet::positions_from_json(json);
    }
    broadsheet::request_frames();
}

// Today (days since 1970-01-01 in the user's time zone) and the system theme.
EMSCRIPTEN_KEEPALIVE void bs_set_environment(int today, int is_dark) {
    auto& ui = broadsheet::web_host().ui;
    // Called every minute: only a real change (a new day, a theme switch) draws.
    if (ui.today == today && ui.is_system_dark == (is_dark != 0)) return;
    ui.today = today;
    ui.is_system_dark = is_dark != 0;
    broadsheet::request_frames();
}

// Text from the browser's paste event, when no page input has the keyboard:
// an active ImGui text field (none today: ours are page inputs) takes it and this returns 1;
// otherwise 0, and the page makes it a search (web/text-inputs.js).
EMSCRIPTEN_KEEPALIVE int bs_paste(const char* text) {
    if (!ImGui::GetIO().WantTextInput) return 0;
    ImGui::GetIO().AddInputCharactersUTF8(text);
    broadsheet::request_frames();
    return 1;
}

// Marks for the scripting bridge: what = "read" or "starred".
EMSCRIPTEN_KEEPALIVE int bs_mark(int id, const char* what, int on) {
    auto& app = broadsheet::web_host().app;
    if (id < 0 || static_cast<size_t>(id) >= app.library().size()) return 0;
    auto aid = static_cast<broadsheet::ArticleId>(id);
    if (std::string_view(what) == "read") app.set_read(aid, on != 0);
    else if (std::string_view(what) == "starred") app.set_starred(aid, on != 0);
    else return 0;
    broadsheet::request_frames();
    return 1;
}

// What the reader's find shows: {"text", "matches", "index"} (index is 1-based, 0 when none).
EMSCRIPTEN_KEEPALIVE const char* bs_find_state() {
    const auto& ui = broadsheet::web_host().ui;
    return reply({{"open", ui.show_find},
                  {"text", ui.find_text},
                  {"matches", ui.find_matches.size()},
                  {"index", ui.find_index + 1}});
}

// The reader's laid-out lines of the open article, for tests of line
// breaking: {"width", "lines": [[paragraph, begin, end, measured width], ...]}.
EMSCRIPTEN_KEEPALIVE const char* bs_reader_lines() {
    const auto& ui = broadsheet::web_host().ui;
    const auto& app = broadsheet::web_host().app;
    nlohmann::json lines = nlohmann::json::array();
    if (app.current() && ui.font) {
        const broadsheet::Article& a = app.library().article(*app.current());
        for (const broadsheet::LayoutLine& l : ui.layout.lines) {
            if (l.paragraph >= a.paragraphs.size()) continue;
            const std::string& t = a.paragraphs[l.paragraph].text;
            float size = ui.layout.font_size * (l.is_heading ? 1.2f : 1.0f);
            float w = ui.font->CalcTextSizeA(size, FLT_MAX, 0.0f, t.data() + l.begin, t.data() + l.end).x;
            lines.push_back({l.paragraph, l.begin, l.end, w});
        }
    }
    return reply({{"width", ui.layout.width}, {"lines", lines}});
}

EMSCRIPTEN_KEEPALIVE double bs_frames_drawn() {
    return static_cast<double>(broadsheet::web_host().frames_drawn);
}

// The Export button's path: downloads the listed articles as JSON Lines; returns how many.
EMSCRIPTEN_KEEPALIVE int bs_export() {
    auto& host = broadsheet::web_host();
    host.services.export_listed(host.app);
    return static_cast<int>(host.app.listed().size());
}

EMSCRIPTEN_KEEPALIVE double bs_last_ui_ms() { return broadsheet::web_host().last_ui_ms; }

EMSCRIPTEN_KEEPALIVE void bs_request_frames() { broadsheet::request_frames(); }

// ---- the page's text inputs over the search and find fields (web/text-inputs.js);
// field: 0 search, 1 find, 2 and 3 the date range (TextField).

// Committed text of an input: typing, a finished IME composition, a paste.
EMSCRIPTEN_KEEPALIVE void bs_text_field_input(int field, const char* text) {
    auto& host = broadsheet::web_host();
    host.text_inputs.receive_text(host.ui, field, text);
}

// A key the field's owner acts on: 1 Enter, 2 Shift+Enter, 3 Escape.
EMSCRIPTEN_KEEPALIVE void bs_text_field_key(int field, int key) {
    auto& host = broadsheet::web_host();
    host.text_inputs.receive_key(host.ui, field, key);
}

EMSCRIPTEN_KEEPALIVE void bs_text_field_focus(int field, int is_focused) {
    auto& host = broadsheet::web_host();
    host.text_inputs.receive_focus(host.ui, field, is_focused != 0);
}

// Where the UI drew each field last frame, in CSS px from the canvas's top
// left: [{"shown", "x", "y", "width", "height", "focused"}] (tests check the inputs lie on them).
EMSCRIPTEN_KEEPALIVE const char* bs_text_fields() {
    nlohmann::json fields = nlohmann::json::array();
    for (const broadsheet::TextFieldSlot& slot : broadsheet::web_host().ui.text_fields) {
        fields.push_back({{"shown", slot.is_shown && !slot.is_occluded},
                          {"x", slot.x},
                          {"y", slot.y},
                          {"width", slot.width},
                          {"height", slot.height},
                          {"focused", slot.is_focused}});
    }
    return reply(fields);
}

}  // extern "C"

// ---- the page's text layer and accessible mirror (web/text-layer.js, web/a11y.js) ----
extern "C" {

// Address of the text layer's geometry slots (web_text_layer.h), read as a Float32Array.
EMSCRIPTEN_KEEPALIVE const float* bs_text_layer_geometry() { return broadsheet::text_layer_geometry(); }

// The open article as the layer shows it; pulled only when the content version changed.
EMSCRIPTEN_KEEPALIVE const char* bs_text_layer_content() {
    g_reply = broadsheet::text_layer_content_json(broadsheet::web_host());
    return g_reply.c_str();
}

// The visible lines' rectangles as the canvas draws them (tests check the layer against them).
EMSCRIPTEN_KEEPALIVE const char* bs_text_layer_line_rects() {
    g_reply = broadsheet::text_layer_line_rects_json(broadsheet::web_host());
    return g_reply.c_str();
}

// Scrolls the reader's body to `y` CSS px (the layer scrolled by wheel, touch or the browser's find).
EMSCRIPTEN_KEEPALIVE void bs_set_reader_scroll(float y) {
    broadsheet::web_host().ui.reader_scroll_px = y < 0 ? 0 : y;
    broadsheet::request_frames();
}

// The accessible mirror's JSON (web_a11y.h); pulled only when its version changed.
EMSCRIPTEN_KEEPALIVE const char* bs_a11y_state() {
    g_reply = broadsheet::a11y_json(broadsheet::web_host());
    return g_reply.c_str();
}

// A mirror control was used: the same command the canvas would send (web_a11y.h).
EMSCRIPTEN_KEEPALIVE int bs_a11y_command(const char* what, const char* arg) {
    int done = broadsheet::a11y_command(broadsheet::web_host(), what, arg);
    broadsheet::request_frames();
    return done;
}

}  // extern "C"
