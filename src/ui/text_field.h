// The slot of a field the browser edits (see TextFieldSlot in ui_state.h):
// ImGui keeps the layout and draws the frame; a real <input> lies over it.
#pragma once

#include "ui/ui_state.h"

#include <string>

namespace broadsheet {

// Reserves a field `width` wide and one frame high at the cursor, draws its
// frame (a focus ring while the input has the keyboard) and records where it
// is in `slot` for the platform. ImGui draws `text` (or `hint`) itself only
// while the input is hidden behind an ImGui window. A click on the slot (the
// input not placed yet) asks for the keyboard.
void draw_text_field(const char* id, TextFieldSlot& slot, const std::string& text, const char* hint, float width);

}  // namespace broadsheet
