// The whole window: filters, article list and reader side by side (one at a
// time on a narrow screen). Draw functions read the App and write intents
// into Commands only; widget state lives in UiState.
#pragma once

#include "app/app.h"
#include "ui/ui_state.h"

#include <cstdint>
#include <string_view>
#include <vector>

namespace broadsheet {

// Host services the UI may ask for (clipboard, links, files); implemented by
// the platform layer, so the UI never knows it runs in a browser.
struct UiHost {
    virtual ~UiHost() = default;
    virtual void copy_text(const std::string& text) = 0;
    virtual void open_url(const std::string& url) = 0;          // http(s) only
    virtual void pick_files() = 0;                              // the file-picker dialog
    virtual void export_listed(const App& app) = 0;             // download the list as JSON Lines
    virtual void remove_imported() = 0;                         // clear the stored imports (App removes the articles)

    // Shaped text: lines core/text/complex_text.h's needs_shaping() flags are laid
    // out and drawn whole by the host's text engine (shaping, bidi, per-script
    // line breaks); src/ui/text_draw.h is the one caller. The defaults say
    // "cannot", and callers fall back to ImGui's glyphs.
    struct ShapedLine {
        uint32_t begin, end;   // byte range of the line in the paragraph (trailing spaces left out)
        float width;           // CSS px
    };
    // Breaks `text` into lines at most `width` px wide at font size `px`;
    // `language` (BCP 47, may be empty) guides the word breaks. Empty: cannot.
    virtual std::vector<ShapedLine> layout_shaped_paragraph(std::string_view text, std::string_view language, float px,
                                                            float width) { return {}; }
    struct ShapedImage {
        uint64_t texture = 0;              // an ImTextureID
        float x = 0, y = 0, w = 0, h = 0;  // the image relative to the line's start and top, CSS px
        float text_width = 0;              // the line's advance, CSS px
    };
    // The image of one line of `text` at `px` in `colour` (ImU32), its baseline
    // `ascent` px below the top, laid out in `is_rtl` base direction. Cached by
    // the host; valid for this frame. False: cannot.
    virtual bool shaped_line_image(std::string_view text, float px, float ascent, uint32_t colour, bool is_rtl,
                                   ShapedImage& out) { return false; }
    // The advance of `text` at `px` as the host's engine shapes it.
    virtual float measure_shaped_text(std::string_view text, float px) { return 0.0f; }
    // Changes when the host's fonts change (a web font arrived): shaped layouts made before are stale.
    virtual int shaping_generation() { return 0; }
};

void draw_app(const App& app, UiState& ui, Commands& commands, UiHost& host);

// Panels, one file each.
void draw_toolbar(const App& app, UiState& ui, Commands& commands, UiHost& host);
void draw_filters(const App& app, UiState& ui, Commands& commands);
void draw_article_list(const App& app, UiState& ui, Commands& commands, UiHost& host);
void draw_reader(const App& app, UiState& ui, Commands& commands, UiHost& host);
void draw_help(UiState& ui);
void draw_errors(const App& app, UiState& ui, Commands& commands);
void draw_imports(const App& app, UiState& ui, Commands& commands, UiHost& host);

// The feed-reader keys (j/k, o, s, m, v, ?, Ctrl+F; "/" is the platform's, see keyboard.cpp).
void handle_keyboard(const App& app, UiState& ui, Commands& commands, UiHost& host);

// SameLine() when an item `width` wide still fits on this line, else a new line:
// button rows wrap instead of running off a narrow pane.
void same_line_if_fits(float width);
// The width of a button labelled `label`.
float button_width(const char* label);

// Light / dark / sepia colours; applied when the setting or the system changes.
void apply_theme(UiState& ui);
// The background colour of the current theme, for clearing the canvas.
void theme_background(const UiState& ui, float rgba[4]);

}  // namespace broadsheet
