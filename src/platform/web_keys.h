// DOM KeyboardEvent -> ImGui key translation.
#pragma once

#include <imgui.h>

namespace broadsheet {

// By physical `code` ("KeyA", "ArrowLeft") for layout-independent shortcuts,
// falling back to `key` for keys whose code is unusual.
ImGuiKey imgui_key_from_dom(const char* code, const char* key);

// True when `key` is one character of text (not "Enter", "Shift", "Dead").
bool is_printable_key(const char* key);

}  // namespace broadsheet
