// Every C entry point JavaScript calls (web/bridge.js wraps them as
// window.broadsheet). Only ints, pointers and lengths cross; results are
// JSON text in a buffer that stays valid until the next call.
//
// Text arrives as (pointer, byte length) of UTF-8 on the heap
// (bridge.js callWithText), never through ccall's 'string', which copies it
// onto the 1 MB stack at up to 4 bytes a character: 262,000 characters
// overflowed it and corrupted memory.
#include "app/url_state.h"
#include "core/article_json.h"
#include "core/text/thai_words.h"
#include "platform/web_a11y.h"
#include "platform/web_host.h"
#include "platform/web_imports.h"
#include "platform/web_text_layer.h"
#include "ui/settings_json.h"

#include <imgui.h>

#include <emscripten.h>

#include <malloc.h>

#include <cfloat>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

namespace {

std::string g_reply;  // the last JSON answer handed to JavaScript

uint64_t g_memory_limit = 0;  // bs_set_memory_limit; 0: only the browser's and MAXIMUM_MEMORY's

std::string_view text_arg(const char* data, int size) {
    return data && size > 0 ? std::string_view(data, static_cast<size_t>(size)) : std::string_view();
}

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

// Parses and adds one file: {"added", "duplicates", "errors": ["file: reason", ...],
// "duplicateList": [{"file", "title", "duplicateOf": id, "duplicateOfTitle"}, ...]}.
// The list holds at most the first 1000 skips (a re-dropped 1 M-article file
// would otherwise answer with a 100 MB reply); "duplicates" is the full count.
// The articles belong to the import bs_set_loading_import named (0: none).
EMSCRIPTEN_KEEPALIVE const char* bs_load(const char* name, int name_size, const unsigned char* bytes, int size) {
    auto& host = broadsheet::web_host();
    auto& app = host.app;
    auto outcome = app.load_file(text_arg(name, name_size),
                                 std::string_view(reinterpret_cast<const char*>(bytes), static_cast<size_t>(size)),
                                 host.loading_import);
    nlohmann::json errors = nlohmann::json::array();
    for (const auto& e : outcome.errors) errors.push_back(e.to_string());
    constexpr size_t kMaxListed = 1000;
    nlohmann::json duplicate_list = nlohmann::json::array();
    for (size_t i = 0; i < outcome.duplicate_list.size() && i < kMaxListed; ++i) {
        const broadsheet::DuplicateSkip& d = outcome.duplicate_list[i];
        duplicate_list.push_back({{"file", d.file},
                                  {"title", d.title},
                                  {"duplicateOf", d.duplicate_of},
                                  {"duplicateOfTitle", app.library().article(d.duplicate_of).title}});
    }
    broadsheet::request_frames();
    return reply({{"added", outcome.added},
                  {"duplicates", outcome.duplicates},
                  {"errors", errors},
                  {"duplicateList", duplicate_list}});
}

// ---- imports (app/imports.h): web/bridge.js begins, loads, ends and stores them ----

// The import the next bs_load calls add to (0: none, e.g. the bundled articles).
EMSCRIPTEN_KEEPALIVE void bs_set_loading_import(int id) {
    broadsheet::web_host().loading_import = id > 0 ? static_cast<broadsheet::ImportId>(id) : 0;
}

// A drop or picked set of `files` files begins; `when_ms` is the page's clock.
EMSCRIPTEN_KEEPALIVE void bs_import_begin(int id, const char* name, double when_ms, int files) {
    if (id <= 0) return;
    broadsheet::web_host().app.begin_import(static_cast<broadsheet::ImportId>(id), name, when_ms,
                                            files > 0 ? static_cast<size_t>(files) : 0);
    broadsheet::request_frames();
}

// A stored record (its JSON, `length` bytes on the heap: a record with
// thousands of errors must not cross on the stack); its files load next.
// Returns its id, 0 for a malformed record.
EMSCRIPTEN_KEEPALIVE int bs_import_restore(const char* json, int length) {
    auto record = broadsheet::import_from_json(std::string_view(json, length > 0 ? static_cast<size_t>(length) : 0));
    if (!record) return 0;
    int id = static_cast<int>(record->id);
    broadsheet::web_host().app.restore_import(std::move(*record));
    broadsheet::request_frames();
    return id;
}

EMSCRIPTEN_KEEPALIVE void bs_import_end(int id) {
    broadsheet::web_host().app.finish_import(static_cast<broadsheet::ImportId>(id));
    broadsheet::request_frames();
}

// A problem the page met (a file that could not be read, storage): joins the
// import's errors, or the page's own when id is 0.
EMSCRIPTEN_KEEPALIVE void bs_import_error(int id, const char* file, const char* message) {
    broadsheet::ParseError error;
    error.file = file;
    error.message = message;
    broadsheet::web_host().app.add_import_error(id > 0 ? static_cast<broadsheet::ImportId>(id) : 0, std::move(error));
    broadsheet::request_frames();
}

// What storage kept of the import: files kept for the next visit, and why not all ("" when all).
EMSCRIPTEN_KEEPALIVE void bs_import_storage(int id, int files_kept, const char* problem) {
    broadsheet::web_host().app.set_import_storage(static_cast<broadsheet::ImportId>(id),
                                                  files_kept > 0 ? static_cast<size_t>(files_kept) : 0, problem);
    broadsheet::request_frames();
}

// One import as stored, plus "articlesNow" and "summary"; null when unknown.
EMSCRIPTEN_KEEPALIVE const char* bs_import(int id) {
    g_reply = broadsheet::import_json_for_bridge(broadsheet::web_host(), id > 0 ? static_cast<unsigned>(id) : 0);
    return g_reply.c_str();
}

// Every import, oldest first, as bs_import gives each.
EMSCRIPTEN_KEEPALIVE const char* bs_imports() {
    auto& host = broadsheet::web_host();
    nlohmann::json list = nlohmann::json::array();
    for (const auto& r : host.app.imports()) {
        list.push_back(nlohmann::json::parse(broadsheet::import_json_for_bridge(host, r.id), nullptr, false));
    }
    return reply(list);
}

// The same App commands the Imports window pushes; storage follows at once.
EMSCRIPTEN_KEEPALIVE int bs_remove_import(int id) {
    auto& host = broadsheet::web_host();
    bool done = id > 0 && host.app.remove_import(static_cast<broadsheet::ImportId>(id));
    broadsheet::sync_import_storage(host);
    broadsheet::request_frames();
    return done ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE void bs_remove_all_imports() {
    auto& host = broadsheet::web_host();
    host.app.remove_all_imports();
    broadsheet::sync_import_storage(host);
    broadsheet::request_frames();
}

EMSCRIPTEN_KEEPALIVE void bs_dismiss_import_errors(int id) {
    auto& host = broadsheet::web_host();
    host.app.dismiss_import_errors(static_cast<broadsheet::ImportId>(id));
    broadsheet::sync_import_storage(host);
    broadsheet::request_frames();
}

// Everything stored has loaded: forget marks and reading positions of
// articles that no longer exist. {"marks": n, "positions": n} forgotten.
EMSCRIPTEN_KEEPALIVE const char* bs_prune_storage() {
    auto& host = broadsheet::web_host();
    size_t marks = host.app.prune_marks();
    size_t positions = 0;
    auto& saved = host.ui.reading_positions;
    std::vector<std::pair<std::string, float>> moved;  // saved under an older key (library.h)
    for (auto it = saved.begin(); it != saved.end();) {
        auto id = host.app.library().find_key(it->first);
        if (id && host.app.library().key_of(*id) == it->first) {
            ++it;
            continue;
        }
        if (id) moved.emplace_back(host.app.library().key_of(*id), it->second);
        else ++positions;
        it = saved.erase(it);
    }
    for (auto& [key, position] : moved) saved.emplace(std::move(key), position);
    if (positions || !moved.empty()) {
        host.ui.positions_changed = true;
        host.positions_saved_at = 0;
    }
    broadsheet::request_frames();
    return reply({{"marks", marks}, {"positions", positions}});
}

// The imports UI as drawn last frame, for tests that press its buttons:
// {"buttons": {label: {x, y, w, h}}, "report": summary | null, "errors": shown count}.
EMSCRIPTEN_KEEPALIVE const char* bs_imports_ui() {
    const auto& host = broadsheet::web_host();
    int frame = ImGui::GetFrameCount();
    nlohmann::json buttons = nlohmann::json::object();
    for (const auto& b : host.ui.import_buttons) {
        if (b.frame == frame) buttons[b.label] = {{"x", b.x}, {"y", b.y}, {"w", b.w}, {"h", b.h}};
    }
    const broadsheet::ImportRecord* report = host.ui.report_import ? host.app.find_import(host.ui.report_import) : nullptr;
    return reply({{"buttons", buttons},
                  {"report", report ? nlohmann::json(report->summary()) : nlohmann::json(nullptr)},
                  {"reportStorage", report ? nlohmann::json(report->storage_problem) : nlohmann::json(nullptr)},
                  {"window", host.ui.show_imports},
                  {"errorsWindow", host.ui.show_errors},
                  {"shownErrors", host.app.shown_error_count()}});
}

// 1 when `bytes` more can be allocated now, else 0. The page asks before it
// hands over a file (its estimated parse and index peak), because a failed
// allocation in the C++ aborts the app (no exceptions): it is malloc'd and
// freed at once (ABORTING_MALLOC=0 makes malloc return null instead of
// aborting); growing the memory for it is not wasted, the load uses it.
EMSCRIPTEN_KEEPALIVE int bs_can_allocate(double bytes) {
    if (!(bytes >= 0) || bytes >= 4294967295.0) return 0;  // NaN too; wasm32 has 4 GB at most
    auto need = static_cast<uint64_t>(bytes);
    if (g_memory_limit && static_cast<uint64_t>(mallinfo().uordblks) + need > g_memory_limit) return 0;
    // Through a volatile pointer: clang folds a malloc/free pair whose result
    // does not escape to "succeeded" (measured: without it every probe passed).
    static void* volatile probe = nullptr;
    probe = std::malloc(static_cast<size_t>(need));
    if (!probe) return 0;
    std::free(probe);
    probe = nullptr;
    return 1;
}

// For tests: the heap in use may not pass `bytes` (0 lifts the limit).
EMSCRIPTEN_KEEPALIVE void bs_set_memory_limit(double bytes) {
    g_memory_limit = bytes > 0 ? static_cast<uint64_t>(bytes) : 0;
}

// For tests of the out-of-memory path: operator new of `bytes` (freed at
// once). Past what the memory can give it aborts, as any failed C++
// allocation does, and the page must say so (bridge.js reportAbort).
EMSCRIPTEN_KEEPALIVE int bs_allocate_for_tests(double bytes) {
    if (!(bytes > 0) || bytes >= 4294967295.0) bytes = 4294967295.0 - 65536;  // still fails: past MAXIMUM_MEMORY
    // Through a volatile pointer, so the compiler cannot elide the new/delete pair.
    static char* volatile block = nullptr;
    block = new char[static_cast<size_t>(bytes)];
    delete[] block;
    block = nullptr;
    return 1;
}

// Bytes of the heap in use now (for measurements of what a load costs).
EMSCRIPTEN_KEEPALIVE double bs_heap_in_use() { return static_cast<double>(mallinfo().uordblks); }

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
// A query past kMaxQueryChars is cut there (the page says so before it calls).
EMSCRIPTEN_KEEPALIVE const char* bs_search(const char* query, int size) {
    auto& host = broadsheet::web_host();
    double started = emscripten_get_now();
    host.app.set_query(broadsheet::clip_utf8(text_arg(query, size), broadsheet::kMaxQueryChars));
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
// Returns 1 when a cap cut part of it (url_state.h), so the page can say so;
// the address bar then gets the cut hash in place of the huge one.
EMSCRIPTEN_KEEPALIVE int bs_set_hash(const char* hash, int size) {
    auto& host = broadsheet::web_host();
    bool was_clipped = false;
    host.app.set_view(broadsheet::decode_view_state(text_arg(hash, size), &was_clipped));
    // What the hash says is already published; don't push it back as a new
    // entry (a cut hash replaces the current entry on the next frame).
    host.published_view_version = host.app.view_version() - (was_clipped ? 1 : 0);
    host.published_open_key = host.app.view().open_key;
    host.ui.is_search_text_synced = false;
    broadsheet::request_frames();
    return was_clipped ? 1 : 0;
}

// The longest query (and find text) in characters; the page caps its inputs there.
EMSCRIPTEN_KEEPALIVE int bs_max_query_chars() { return static_cast<int>(broadsheet::kMaxQueryChars); }

// The current view as the hash encodes it (without '#').
EMSCRIPTEN_KEEPALIVE const char* bs_get_hash() {
    g_reply = broadsheet::encode_view_state(broadsheet::web_host().app.view());
    return g_reply.c_str();
}

// Restores what storage kept: kind is "marks", "settings" or "positions".
EMSCRIPTEN_KEEPALIVE void bs_restore(const char* kind, int kind_size, const char* json_data, int json_size) {
    auto& host = broadsheet::web_host();
    std::string_view k = text_arg(kind, kind_size);
    std::string_view json = text_arg(json_data, json_size);
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
EMSCRIPTEN_KEEPALIVE int bs_paste(const char* text, int size) {
    if (!ImGui::GetIO().WantTextInput) return 0;
    ImGui::GetIO().AddInputCharactersUTF8(broadsheet::clip_utf8(text_arg(text, size), broadsheet::kMaxQueryChars).c_str());
    broadsheet::request_frames();
    return 1;
}

// Marks for the scripting bridge: what = "read" or "starred".
EMSCRIPTEN_KEEPALIVE int bs_mark(int id, const char* what_data, int what_size, int on) {
    std::string_view what = text_arg(what_data, what_size);
    auto& app = broadsheet::web_host().app;
    if (id < 0 || static_cast<size_t>(id) >= app.library().size()) return 0;
    auto aid = static_cast<broadsheet::ArticleId>(id);
    if (what == "read") app.set_read(aid, on != 0);
    else if (what == "starred") app.set_starred(aid, on != 0);
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

// The Export button's path: downloads app/export_listed.h's file of the listed articles; returns how many.
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
// Past kMaxQueryChars it is cut (the page's inputs have that maxlength).
EMSCRIPTEN_KEEPALIVE void bs_text_field_input(int field, const char* text, int size) {
    auto& host = broadsheet::web_host();
    host.text_inputs.receive_text(host.ui, field,
                                  broadsheet::clip_utf8(text_arg(text, size), broadsheet::kMaxQueryChars));
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
EMSCRIPTEN_KEEPALIVE int bs_a11y_command(const char* what, int what_size, const char* arg, int arg_size) {
    int done = broadsheet::a11y_command(broadsheet::web_host(), std::string(text_arg(what, what_size)),
                                        std::string(text_arg(arg, arg_size)));
    broadsheet::request_frames();
    return done;
}

}  // extern "C"
