// The one instance that ties the browser to the app: the App, the UI state,
// the frame scheduling and what has been saved. Created by bs_init
// (web_exports.cpp); the callbacks in web_platform.cpp feed it input.
#pragma once

#include "app/app.h"
#include "platform/web_text_inputs.h"
#include "ui/draw_app.h"
#include "ui/ui_state.h"

#include <cstdint>
#include <string>
#include <unordered_map>

namespace broadsheet {

// The UiHost services, each a call into web/bridge.js (Module.bsHost).
class WebUiHost final : public UiHost {
public:
    void copy_text(const std::string& text) override;
    void open_url(const std::string& url) override;
    void pick_files() override;
    void export_listed(const App& app) override;
    void remove_imported() override;

    // Shaped text through web/shaping.js (web_text_shaping.cpp).
    std::vector<ShapedLine> layout_shaped_paragraph(std::string_view text, std::string_view language, float px,
                                                    float width) override;
    bool shaped_line_image(std::string_view text, float px, float ascent, uint32_t colour, bool is_rtl,
                           ShapedImage& out) override;
    float measure_shaped_text(std::string_view text, float px) override;
    int shaping_generation() override;

private:
    // Line images, one WebGL texture each, kept while they are used and
    // evicted least recently used first past a memory cap.
    struct CachedLine {
        std::string text;
        float px, ascent, dpr;
        uint32_t colour;
        bool is_rtl;
        ShapedImage image;
        size_t bytes;
        int last_used_frame;
    };
    std::unordered_map<uint64_t, CachedLine> m_lines;
    size_t m_line_bytes = 0;
    int m_generation = -1;
    int m_generation_frame = -1;
    void evict_lines(int frame);
    void clear_lines();
};

struct WebHost {
    App app;
    UiState ui;
    WebUiHost services;
    WebTextInputs text_inputs;     // the page's <input>s over the search and find fields
    std::string canvas_selector;   // e.g. "#canvas"
    int frames_pending = 0;        // render while > 0; input and changes add to it
    uint64_t frames_drawn = 0;
    double render_until_ms = 0;    // keep drawing until then (after pointer movement)
    double last_query_ms = 0;      // time of the last bridge search in the app (search + filters + sort)
    double last_ui_ms = 0;         // CPU time of the last frame's UI pass (NewFrame..Render), for benchmarks
    uint64_t drawn_app_version = ~0ull;
    uint64_t published_view_version = 0;   // what the URL hash shows
    std::string published_open_key;        // to tell "opened another article" (a history entry) from typing
    uint64_t saved_marks_version = 0;
    ImportId loading_import = kNoImport;   // the import bs_load adds to (bs_set_loading_import)
    double positions_saved_at = 0;         // ms, to save reading positions at most once a second
    // The article, text size and pixel density whose glyphs were last batch-drawn.
    int64_t prewarmed_article = -1;
    float prewarmed_size = 0, prewarmed_density = 0;
    int last_cursor = -1;
    float touch_start_x = 0, touch_start_y = 0, touch_last_y = 0, touch_last_x = 0;
    bool is_touch_scrolling = false;
};

// The instance; valid after web_platform_start().
WebHost& web_host();

// Creates the WebGL2 context, ImGui and the input callbacks, and starts the
// frame loop. `font` is a TTF that stays alive for the whole session.
// Returns false when WebGL2 is unavailable.
bool web_platform_start(const char* canvas_selector, const unsigned char* font, int font_size);

// Ask for a few frames to be drawn (after input or a state change).
void request_frames(int count = 3);

}  // namespace broadsheet
