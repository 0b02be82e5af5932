// The browser platform layer for Dear ImGui over <emscripten/html5.h>:
// a WebGL2 context on our canvas, mouse / wheel / key / text / focus /
// resize callbacks feeding ImGuiIO, a canvas backing store of CSS size x
// devicePixelRatio for crisp text, and a frame loop that renders only when
// something changed (idle tabs should cost nothing).
// Emscripten 3.1.6's GLFW emulation has no HiDPI and no clipboard, which is
// why this exists (the same route as Tracy's BackendEmscripten.cpp).
#include "app/url_state.h"
#include "platform/web_font_loader.h"
#include "platform/web_imports.h"
#include "platform/web_host.h"
#include "platform/web_keys.h"
#include "platform/web_text_layer.h"
#include "ui/draw_app.h"
#include "ui/settings_json.h"

#include <emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include <GLES3/gl3.h>

#include <cmath>
#include <cstring>
#include <memory>

namespace broadsheet {
namespace {

std::unique_ptr<WebHost> g_host;  // the single instance the C entry points reach
EMSCRIPTEN_WEBGL_CONTEXT_HANDLE g_gl = 0;

// The canvas's CSS size and the device pixel ratio define everything:
// ImGui works in CSS pixels, the backing store has dpr times as many.
void update_canvas_size() {
    double css_w = 0, css_h = 0;
    emscripten_get_element_css_size(g_host->canvas_selector.c_str(), &css_w, &css_h);
    double dpr = emscripten_get_device_pixel_ratio();
    if (dpr <= 0) dpr = 1;
    int fb_w = static_cast<int>(std::lround(css_w * dpr));
    int fb_h = static_cast<int>(std::lround(css_h * dpr));
    int cur_w = 0, cur_h = 0;
    emscripten_get_canvas_element_size(g_host->canvas_selector.c_str(), &cur_w, &cur_h);
    if (cur_w != fb_w || cur_h != fb_h) {
        emscripten_set_canvas_element_size(g_host->canvas_selector.c_str(), fb_w, fb_h);
    }
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(css_w), static_cast<float>(css_h));
    io.DisplayFramebufferScale = ImVec2(static_cast<float>(dpr), static_cast<float>(dpr));
}

EM_BOOL on_resize(int, const EmscriptenUiEvent*, void*) {
    request_frames();
    return EM_FALSE;
}

void add_modifiers(bool ctrl, bool shift, bool alt, bool meta) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, ctrl);
    io.AddKeyEvent(ImGuiMod_Shift, shift);
    io.AddKeyEvent(ImGuiMod_Alt, alt);
    io.AddKeyEvent(ImGuiMod_Super, meta);
}

EM_BOOL on_mouse(int type, const EmscriptenMouseEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    add_modifiers(e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
    if (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) {
        // DOM buttons: 0 left, 1 middle, 2 right; ImGui: 0 left, 1 right, 2 middle.
        static const int kMap[] = {0, 2, 1};
        if (e->button < 3) io.AddMouseButtonEvent(kMap[e->button], type == EMSCRIPTEN_EVENT_MOUSEDOWN);
    }
    request_frames();
    // Hover tooltips appear after ImGui's hover delay (~0.4 s) with no new
    // input, so keep drawing a little after the pointer moves.
    g_host->render_until_ms = emscripten_get_now() + 700.0;
    return type == EMSCRIPTEN_EVENT_MOUSEDOWN ? EM_FALSE : EM_TRUE;
}

// Mouse-up and move outside the canvas still end a drag (splitter, scrollbar).
EM_BOOL on_document_mouse(int type, const EmscriptenMouseEvent* e, void* user) {
    if (type == EMSCRIPTEN_EVENT_MOUSEUP) return on_mouse(type, e, user);
    if (ImGui::GetIO().MouseDown[0]) return on_mouse(type, e, user);
    return EM_FALSE;
}

EM_BOOL on_mouse_leave(int, const EmscriptenMouseEvent*, void*) {
    ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    request_frames();
    return EM_FALSE;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
    // Pixel deltas (trackpads, most mice in Chrome) are ~100 per notch;
    // line deltas are ~3 per notch. ImGui wants about 1 per notch.
    double scale = e->deltaMode == DOM_DELTA_PIXEL ? 1.0 / 100.0 : e->deltaMode == DOM_DELTA_LINE ? 1.0 / 3.0 : 1.0;
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-e->deltaX * scale), static_cast<float>(-e->deltaY * scale));
    request_frames();
    return EM_TRUE;
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    ImGuiKey key = imgui_key_from_dom(e->code, e->key);
    bool is_command = e->ctrlKey || e->metaKey;
    // A key pressed in a browser text field (the search and find inputs, or
    // any other) is the field's: its default must run (text, caret, IME, dead
    // keys) and ImGui must not also act on it (j/k would walk the list).
    // Only Ctrl+F is ours there, as everywhere. Key-ups still reach ImGui, so
    // a key pressed on the canvas and released in a field is not held forever.
    bool is_ctrl_f = is_command && key == ImGuiKey_F;
    if (down && !is_ctrl_f && is_dom_text_focused()) return EM_FALSE;
    add_modifiers(e->ctrlKey, e->shiftKey, e->altKey, e->metaKey);
    // "/" focuses the search input within its own keydown, so the next
    // keystroke already lands there (a frame later it could be lost). By the
    // character, not the key's position: "/" is Shift+7 on a German keyboard.
    if (down && !is_command && !e->altKey && std::strcmp(e->key, "/") == 0 && !io.WantTextInput &&
        !ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel)) {
        g_host->text_inputs.focus_search_now();
        request_frames();
        return EM_TRUE;
    }
    // Ctrl+V is left to the browser: its paste event brings the text, which a
    // keydown cannot read (web/bridge.js).
    bool is_paste = is_command && key == ImGuiKey_V;
    if (key != ImGuiKey_None && !is_paste) io.AddKeyEvent(key, down);
    request_frames();
    // Text comes from `key` (full UTF-8, after the layout and dead keys), not
    // `code`, for an ImGui text field if one is active (ours are all page inputs now).
    if (down && !is_command && is_printable_key(e->key)) {
        io.AddInputCharactersUTF8(e->key);
        return EM_TRUE;
    }
    // Ctrl+F opens our find while an article is open; otherwise the browser's.
    if (is_ctrl_f) return g_host->app.current() ? EM_TRUE : EM_FALSE;
    // Let the browser keep its own shortcuts (copy, paste, reload, zoom) so
    // the clipboard and paste events still fire; swallow keys it would use to
    // scroll or move focus away from the canvas.
    if (is_command) return EM_FALSE;
    return key == ImGuiKey_Tab || key == ImGuiKey_Backspace || key == ImGuiKey_Space ||
           key == ImGuiKey_UpArrow || key == ImGuiKey_DownArrow || key == ImGuiKey_LeftArrow ||
           key == ImGuiKey_RightArrow || key == ImGuiKey_PageUp || key == ImGuiKey_PageDown ||
           key == ImGuiKey_Home || key == ImGuiKey_End || key == ImGuiKey_Enter || key == ImGuiKey_Escape;
}

EM_BOOL on_focus(int type, const EmscriptenFocusEvent*, void*) {
    ImGui::GetIO().AddFocusEvent(type == EMSCRIPTEN_EVENT_FOCUS);
    request_frames();
    return EM_FALSE;
}

bool open_in_browser(ImGuiContext*, const char* url) {
    g_host->services.open_url(url);
    return true;
}

void set_clipboard(ImGuiContext*, const char* text) { g_host->services.copy_text(text); }

// Touch: a drag scrolls what is under the finger (as the wheel would), a tap clicks.
EM_BOOL on_touch(int type, const EmscriptenTouchEvent* e, void*) {
    if (e->numTouches < 1) return EM_FALSE;
    const EmscriptenTouchPoint& t = e->touches[0];
    float x = static_cast<float>(t.targetX), y = static_cast<float>(t.targetY);
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    WebHost& h = *g_host;
    switch (type) {
        case EMSCRIPTEN_EVENT_TOUCHSTART:
            h.touch_start_x = h.touch_last_x = x;
            h.touch_start_y = h.touch_last_y = y;
            h.is_touch_scrolling = false;
            io.AddMousePosEvent(x, y);
            break;
        case EMSCRIPTEN_EVENT_TOUCHMOVE: {
            float dx = x - h.touch_start_x, dy = y - h.touch_start_y;
            if (!h.is_touch_scrolling && dx * dx + dy * dy > 64.0f) h.is_touch_scrolling = true;
            if (h.is_touch_scrolling) {
                // One wheel unit scrolls about two lines (ImGui: 2 x font size).
                float unit = 2.0f * h.ui.settings.font_size;
                io.AddMouseWheelEvent((x - h.touch_last_x) / unit, (y - h.touch_last_y) / unit);
            }
            h.touch_last_x = x;
            h.touch_last_y = y;
            break;
        }
        case EMSCRIPTEN_EVENT_TOUCHEND:
            if (!h.is_touch_scrolling) {
                io.AddMousePosEvent(x, y);
                io.AddMouseButtonEvent(0, true);
                io.AddMouseButtonEvent(0, false);
            }
            h.is_touch_scrolling = false;
            break;
        default:
            break;
    }
    request_frames();
    return EM_TRUE;
}

void update_mouse_cursor() {
    int cursor = ImGui::GetMouseCursor();
    if (cursor == g_host->last_cursor) return;
    g_host->last_cursor = cursor;
    const char* css = "default";
    switch (cursor) {
        case ImGuiMouseCursor_TextInput: css = "text"; break;
        case ImGuiMouseCursor_ResizeEW: css = "ew-resize"; break;
        case ImGuiMouseCursor_ResizeNS: css = "ns-resize"; break;
        case ImGuiMouseCursor_Hand: css = "pointer"; break;
        case ImGuiMouseCursor_NotAllowed: css = "not-allowed"; break;
        default: break;
    }
    EM_ASM({ document.querySelector(UTF8ToString($0)).style.cursor = UTF8ToString($1); },
           g_host->canvas_selector.c_str(), css);
}

// After each frame: the URL hash follows the view, and marks, settings and
// reading positions go to storage when they changed.
void publish_state() {
    WebHost& h = *g_host;
    App& app = h.app;
    if (app.view_version() != h.published_view_version) {
        h.published_view_version = app.view_version();
        std::string hash = encode_view_state(app.view());
        // Opening another article is a step Back can undo; typing is not.
        bool is_new_entry = app.view().open_key != h.published_open_key;
        h.published_open_key = app.view().open_key;
        EM_ASM({ Module.bsHost.setHash(UTF8ToString($0), $1); }, hash.c_str(), is_new_entry ? 1 : 0);
    }
    if (app.marks_version() != h.saved_marks_version) {
        h.saved_marks_version = app.marks_version();
        std::string json = app.marks().to_json();
        EM_ASM({ Module.bsHost.save('marks', UTF8ToString($0)); }, json.c_str());
    }
    if (h.ui.settings_changed) {
        h.ui.settings_changed = false;
        std::string json = settings_to_json(h.ui.settings);
        EM_ASM({ Module.bsHost.save('settings', UTF8ToString($0)); }, json.c_str());
    }
    double now = emscripten_get_now();
    if (h.ui.positions_changed && now - h.positions_saved_at > 1000.0) {
        h.ui.positions_changed = false;
        h.positions_saved_at = now;
        std::string json = positions_to_json(h.ui.reading_positions);
        EM_ASM({ Module.bsHost.save('positions', UTF8ToString($0)); }, json.c_str());
    }
    if (h.ui.positions_changed) request_frames(2);  // come back to save them
    sync_import_storage(h);
}

// An article just opened: draw every glyph of its title and body the TTF
// lacks in one browser batch, instead of one browser call per glyph as the
// reader meets them (sizes as draw_reader uses them; headings, rarer, load lazily).
void prewarm_open_article_glyphs() {
    WebHost& h = *g_host;
    auto current = h.app.current();
    if (!current) return;
    float size = h.ui.settings.font_size;
    float density = ImGui::GetIO().DisplayFramebufferScale.x;
    auto article = static_cast<int64_t>(*current);
    if (article == h.prewarmed_article && size == h.prewarmed_size && density == h.prewarmed_density) return;
    h.prewarmed_article = article;
    h.prewarmed_size = size;
    h.prewarmed_density = density;
    const Article& a = h.app.library().article(*current);
    prewarm_browser_glyphs(h.ui.font, std::round(size * 1.55f), density, a.title);
    std::string body;
    for (const Paragraph& p : a.paragraphs) body += p.text;
    prewarm_browser_glyphs(h.ui.font, size, density, body);
}

void render_frame() {
    update_canvas_size();
    ImGui_ImplOpenGL3_NewFrame();
    double started = emscripten_get_now();
    ImGui::NewFrame();
    prewarm_open_article_glyphs();
    Commands commands;
    g_host->text_inputs.begin_frame(g_host->ui);
    ImGui::PushFont(g_host->ui.font, g_host->ui.settings.font_size * 0.9f);
    draw_app(g_host->app, g_host->ui, commands, g_host->services);
    ImGui::PopFont();
    ImGui::Render();
    g_host->last_ui_ms = emscripten_get_now() - started;

    ImGuiIO& io = ImGui::GetIO();
    glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
               static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
    float bg[4];
    theme_background(g_host->ui, bg);
    glClearColor(bg[0], bg[1], bg[2], bg[3]);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    update_mouse_cursor();
    if (g_host->text_inputs.publish(g_host->ui)) request_frames();

    if (!commands.queue.empty()) request_frames();
    for (auto& command : commands.queue) command(g_host->app);
    publish_state();
    publish_text_layer(*g_host);
    ++g_host->frames_drawn;
}

EM_BOOL on_animation_frame(double, void*) {
    if (g_host->app.version() != g_host->drawn_app_version) {
        g_host->drawn_app_version = g_host->app.version();
        request_frames();
    }
    if (g_host->frames_pending > 0 || emscripten_get_now() < g_host->render_until_ms) {
        if (g_host->frames_pending > 0) --g_host->frames_pending;
        render_frame();
    }
    return EM_TRUE;
}

}  // namespace

WebHost& web_host() { return *g_host; }

void request_frames(int count) {
    if (g_host && g_host->frames_pending < count) g_host->frames_pending = count;
}

bool web_platform_start(const char* canvas_selector, const unsigned char* font, int font_size) {
    g_host = std::make_unique<WebHost>();
    g_host->canvas_selector = canvas_selector;

    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = EM_FALSE;
    attrs.antialias = EM_FALSE;
    attrs.depth = EM_FALSE;
    attrs.stencil = EM_FALSE;
    g_gl = emscripten_webgl_create_context(canvas_selector, &attrs);
    if (g_gl <= 0) return false;
    emscripten_webgl_make_context_current(g_gl);

    IMGUI_CHECKVERSION();
    static_assert(IMGUI_VERSION_NUM >= 19200, "Broadsheet needs Dear ImGui 1.92 or newer (dynamic fonts)");
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout is not persisted through imgui.ini (no file system)
    io.ConfigInputTextCursorBlink = false;  // a blinking caret would mean drawing forever
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    io.BackendPlatformName = "broadsheet_web";
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    ImGui::GetPlatformIO().Platform_OpenInShellFn = open_in_browser;
    ImGui::GetPlatformIO().Platform_SetClipboardTextFn = set_clipboard;

    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes belong to the caller for the whole session
    cfg.GlyphExcludeRanges = emoji_presentation_ranges();  // colour emoji come from the browser
    g_host->ui.font = io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(font), font_size, 0.0f, &cfg);
    // Every code point DejaVu lacks comes from the browser's fonts (web_font_loader.h).
    add_browser_glyph_source(io.Fonts, g_host->ui.font);
    ImGui_ImplOpenGL3_Init("#version 300 es");

    const char* target = canvas_selector;
    emscripten_set_mousedown_callback(target, nullptr, EM_TRUE, on_mouse);
    emscripten_set_mousemove_callback(target, nullptr, EM_TRUE, on_mouse);
    emscripten_set_mouseup_callback(target, nullptr, EM_TRUE, on_mouse);
    emscripten_set_mouseleave_callback(target, nullptr, EM_TRUE, on_mouse_leave);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_DOCUMENT, nullptr, EM_TRUE, on_document_mouse);
    emscripten_set_wheel_callback(target, nullptr, EM_TRUE, on_wheel);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_key);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_key);
    emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_focus);
    emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_focus);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_TRUE, on_resize);
    emscripten_set_touchstart_callback(target, nullptr, EM_TRUE, on_touch);
    emscripten_set_touchmove_callback(target, nullptr, EM_TRUE, on_touch);
    emscripten_set_touchend_callback(target, nullptr, EM_TRUE, on_touch);
    emscripten_set_touchcancel_callback(target, nullptr, EM_TRUE, on_touch);

    request_frames();
    emscripten_request_animation_frame_loop(on_animation_frame, nullptr);
    return true;
}

}  // namespace broadsheet
