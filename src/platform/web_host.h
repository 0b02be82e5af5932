// The one instance that ties the browser to the app: the App, the UI state
// and the frame scheduling. Created by bs_init (web_exports.cpp); the
// Emscripten callbacks in web_platform.cpp feed it input.
#pragma once

#include "app/app.h"
#include "ui/ui_state.h"

#include <cstdint>
#include <string>

namespace broadsheet {

struct WebHost {
    App app;
    UiState ui;
    std::string canvas_selector;   // e.g. "#canvas"
    int frames_pending = 0;        // render while > 0; input and changes add to it
    uint64_t frames_drawn = 0;
    uint64_t drawn_app_version = ~0ull;
    int last_cursor = -1;
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
