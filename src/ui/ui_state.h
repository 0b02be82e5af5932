// Widget-local state of the interface: what the user is typing, pane sizes,
// fonts. Owned by the platform layer, passed to every draw function.
// Nothing here is a copy of the app's data.
#pragma once

#include "core/library.h"

#include <optional>
#include <string>

struct ImFont;

namespace broadsheet {

struct UiFonts {
    ImFont* text = nullptr;       // the one TTF; sizes are chosen per use (ImGui 1.92 dynamic fonts)
    float body_size = 17.0f;
    float title_size = 26.0f;
    float heading_size = 20.0f;
    float small_size = 14.0f;
};

struct UiState {
    UiFonts fonts;
    std::string search_text;       // the search box's buffer
    bool is_search_text_synced = false;  // false: copy the app's query into the box once
    float list_width = 420.0f;     // the list pane; the reader takes the rest
    std::optional<ArticleId> reader_shown;  // to reset the reader's scroll when another article opens
    bool focus_search = false;
};

}  // namespace broadsheet
