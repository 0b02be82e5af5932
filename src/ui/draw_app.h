// The whole window: search bar, article list and reader side by side.
// Draw functions read the App and write intents into Commands only.
#pragma once

#include "app/app.h"
#include "ui/ui_state.h"

namespace broadsheet {

void draw_app(const App& app, UiState& ui, Commands& commands);

// Panels, one file each.
void draw_search_bar(const App& app, UiState& ui, Commands& commands);
void draw_article_list(const App& app, UiState& ui, Commands& commands);
void draw_reader(const App& app, UiState& ui, Commands& commands);

}  // namespace broadsheet
