// Widget-local state of the interface: what the user is typing, pane sizes,
// reader settings, cached layouts. Owned by the platform layer and passed
// to every draw function. Nothing here is a copy of the app's data.
#pragma once

#include "core/library.h"
#include "ui/reader_layout.h"

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

struct ImFont;

namespace broadsheet {

enum class Theme { System, Light, Dark, Sepia };
enum class NarrowPane { Filters, List, Reader };

// What a person can set and expects to find again after a reload.
struct ReaderSettings {
    Theme theme = Theme::System;
    float font_size = 17.0f;       // body text, CSS pixels
    float line_height = 1.5f;      // multiple of the font size
    float list_width = 440.0f;
    float filters_width = 230.0f;
    bool show_filters = true;
};

struct FindMatch {
    uint32_t paragraph;
    uint32_t begin;
    uint32_t end;
};

// Where the reader drew its parts in the last frame, for the page's text
// layer (src/platform/web_text_layer.cpp). Set by draw_reader.
struct ReaderView {
    int frame = -1;                       // ImGui frame it was drawn in; an older one means not on screen
    float x = 0, y = 0, w = 0, h = 0;     // the scrolled body's visible area, scrollbar excluded (screen px)
    float scroll_y = 0, scroll_max_y = 0;
    float title_top = 0, meta_top = 0, link_top = -1, body_top = 0;  // content y (0 = top at scroll 0)
    float body_left = 0;                  // the measure's left edge, from x
    float measure = 0;
};

// Where the article list drew its rows in the last frame (screen px), for the
// page's accessible mirror of the list. Set by draw_article_list.
struct ListView {
    int frame = -1;
    float x = 0, y = 0, w = 0, h = 0;  // the rows' visible area
    float scroll_y = 0;
    float row_stride = 1, row_h = 0;   // row r's top is y + r * row_stride - scroll_y
};

// A text field the browser edits: a real <input dir="auto"> (web/text-inputs.js)
// lies exactly over the slot the UI reserves, so IME composition, dead keys,
// the emoji picker, RTL, context-menu paste and phone keyboards all work.
// The UI draws the frame and says where it is; the platform carries the
// person's edits back here. The field's text lives beside it in UiState.
enum class TextField { Search = 0, Find = 1, From = 2, To = 3 };
constexpr int kTextFieldCount = 4;

struct TextFieldSlot {
    // UI -> platform: written each frame the field is drawn (CSS px, canvas-relative).
    bool is_shown = false;          // drawn this frame (the platform clears it before each frame)
    float x = 0, y = 0, width = 0, height = 0;  // the frame
    float clip_x0 = 0, clip_y0 = 0, clip_x1 = 0, clip_y1 = 0;  // the window's visible part
    float font_size = 0;
    float padding_x = 0;
    unsigned int host_root_id = 0;  // the ImGui root window it is drawn in (windows in front of it hide it)
    bool wants_focus = false;       // give it the keyboard, its text selected (Ctrl+F)
    // platform -> UI
    bool is_focused = false;        // the input has the keyboard
    bool is_occluded = false;       // an ImGui window (popup, help) lies over it: the input is hidden
    bool is_edited = false;         // new committed text arrived from the input
    int enter_presses = 0;          // Enter (+1) / Shift+Enter (-1) typed in it since the UI last looked
    bool escape_pressed = false;
};

struct UiState {
    ImFont* font = nullptr;            // the one TTF; sizes are chosen per use (ImGui 1.92 dynamic fonts)
    ReaderSettings settings;
    bool is_system_dark = false;       // prefers-color-scheme, from the page
    int64_t today = 0;                 // days since 1970-01-01, from the page's clock
    Theme applied_theme = Theme::System;
    bool is_theme_applied = false;

    TextFieldSlot text_fields[kTextFieldCount];
    TextFieldSlot& field(TextField f) { return text_fields[static_cast<int>(f)]; }
    const TextFieldSlot& field(TextField f) const { return text_fields[static_cast<int>(f)]; }

    std::string search_text;           // the search box's text (edited in the browser's input)
    bool is_search_text_synced = false;  // false: copy the app's query into the box once

    NarrowPane narrow_pane = NarrowPane::List;
    bool show_help = false;
    bool show_errors = false;
    size_t errors_seen = 0;            // error count when the panel was last opened

    // Imports (draw_imports.cpp): the panel, the drop report and the confirmation.
    bool show_imports = false;
    bool confirm_remove_all = false;   // "Remove everything imported" asks first
    uint32_t imports_detail = 0;       // the import whose errors and duplicates are listed (0: none)
    uint64_t reported_finishes = 0;    // App::finished_imports() when the last drop report opened
    uint32_t report_import = 0;        // the import the drop report tells about (0: no report)
    // Where the imports UI drew its buttons last frame (CSS px), so the browser
    // tests can press them with real pointer events.
    struct ButtonRect {
        std::string label;
        float x = 0, y = 0, w = 0, h = 0;
        int frame = -1;
    };
    std::vector<ButtonRect> import_buttons;
    void note_button(const std::string& label, int frame);  // the last ImGui item, as `label`

    // The list scrolls to the open article when it changes by keyboard.
    bool scroll_list_to_current = false;

    // Timeline drag selection, in days.
    std::optional<int64_t> timeline_drag_start;
    std::string custom_from, custom_to;  // the custom range fields (YYYY-MM-DD), browser inputs

    // Reader.
    ReaderLayout layout;
    std::optional<ArticleId> reader_shown;  // to reset scroll when another article opens
    float reader_scroll_to = -1.0f;         // pending scroll (find next, saved position)
    float reader_scroll_pages = 0.0f;       // pending Space / Shift+Space paging
    bool show_find = false;
    bool focus_find = false;
    std::string find_text;
    std::optional<ArticleId> find_article;
    std::vector<FindMatch> find_matches;
    int find_index = -1;
    bool jump_to_first_match = false;

    std::vector<std::string> find_words;    // what find_matches were computed for
    // Reading position per article key: the scroll offset as a fraction of the article.
    std::unordered_map<std::string, float> reading_positions;
    bool positions_changed = false;         // the platform saves positions when set

    bool settings_changed = false;          // the platform saves settings when set

    ReaderView reader_view;
    ListView list_view;
    // A scroll offset (px) the page asked for (its text layer scrolled by wheel,
    // touch or the browser's find); applied as the reader's body begins.
    float reader_scroll_px = -1.0f;
};

}  // namespace broadsheet
