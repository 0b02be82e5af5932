// One place that decides how a line of text is drawn: ImGui's glyphs for
// text ImGui can draw code point by code point, the host's shaped image
// (UiHost::shaped_line_image) for complex scripts and right-to-left text
// (core/text/complex_text.h). Right-to-left lines sit at the right of their box.
#pragma once

#include "ui/draw_app.h"

#include <imgui.h>

#include <string_view>

namespace broadsheet {

// Draws `text` as one line with its top-left at `pos` inside a box
// `max_width` wide (clipped to it): a right-to-left line (by its first strong
// character) is right-aligned in the box. `colour` is an ImU32.
void draw_text_line(ImDrawList* draw, UiHost& host, ImFont* font, ImVec2 pos, std::string_view text, float px,
                     ImU32 colour, float max_width);

// Draws one line the host shaped: its start (left for LTR, right edge at
// pos.x + width for RTL is the caller's business) at `pos`. Returns false
// when the host cannot (draw with ImGui instead).
bool draw_shaped_line(ImDrawList* draw, UiHost& host, ImFont* font, ImVec2 pos, std::string_view text, float px,
                      ImU32 colour, bool is_rtl);

// The baseline of `font` at `px` below a line's top, as ImGui draws it.
float font_ascent(ImFont* font, float px);

}  // namespace broadsheet
