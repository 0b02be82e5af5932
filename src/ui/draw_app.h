// The whole window: filters, article list and reader side by side (one at a
// time on a narrow screen). Draw functions read the App and write intents
// into Commands only; widget state lives in UiState.
#pragma once

#include "app/app.h"
#include "ui/ui_state.h"

namespace broadsheet {

// Host services the UI may ask for (clipboard, links, files); implemented by
// the platform layer, so the UI never knows it runs in a browser.
struct UiHost {
    virtual ~UiHost() = default;
    virtual void copy_text(const std::string& text) = 0;
    virtual void open_url(const std::string& url) = 0;          // http(s) only
    virtual void pick_files() = 0;                              // the file-picker dialog
    virtual void export_listed(const App& app) = 0;             // download the list as JSON Lines
    virtual void remove_imported() = 0;                         // forget dropped files and marks
};

void draw_app(const App& app, UiState& ui, Commands& commands, UiHost& host);

// Panels, one file each.
void draw_toolbar(const App& app, UiState& ui, Commands& commands, UiHost& host);
void draw_filters(const App& app, UiState& ui, Commands& commands);
void draw_article_list(const App& app, UiState& ui, Commands& commands);
void draw_reader(const App& app, UiState& ui, Commands& commands, UiHost& host);
void draw_help(UiState& ui);
void draw_errors(const App& app, UiState& ui);

// The feed-reader keys (j/k, o, s, m, v, ?, Ctrl+F, Ctrl +/-; "/" is the platform's, see keyboard.cpp).
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
