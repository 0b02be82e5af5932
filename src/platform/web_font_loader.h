// Glyphs the bundled TTF lacks (CJK, Hangul, Indic, Thai, Arabic, Hebrew,
// colour emoji, ...) drawn by the browser: a second font source merged into
// the app's font whose ImFontLoader asks Canvas2D (web/glyphs.js) to draw
// each missing code point at device-pixel size and copies the pixels into
// ImGui's atlas. Nothing is downloaded: the browser uses the system's fonts.
//
// Not handled here: shaping (Arabic joining, Indic conjuncts and reordering)
// and bidi; glyphs are drawn one code point at a time, so ZWJ emoji
// sequences and flags show as their parts. Whole complex-script lines are
// another layer's job.
#pragma once

#include <imgui.h>

#include <string_view>

namespace broadsheet {

// Code points whose default look is a colour emoji (Unicode's
// Emoji_Presentation, e.g. U+2614 umbrella with rain) and the emoji planes:
// the TTF must leave them to the browser source, or DejaVu's outline
// versions would win and emoji would come out grey. An ImGui range list
// (pairs, zero-terminated) for ImFontConfig::GlyphExcludeRanges.
const ImWchar* emoji_presentation_ranges();

// CSS em per ImGui size for `font`'s TTF: ImGui sizes a TTF by pixel height
// (hhea ascent - descent), CSS by the em; unitsPerEm / (ascent - descent)
// from the font's own tables (1 when they are missing or odd). Page text
// that must land on the canvas's glyphs uses it (web_text_layer.cpp).
float em_per_pixel_height(const ImFont* font);

// Merges the browser source into `font`, after its TTF source (which keeps
// every code point it has). Call once, right after adding the TTF.
void add_browser_glyph_source(ImFontAtlas* atlas, ImFont* font);

// Draws every code point of `text` that the TTF lacks at `size` (CSS px)
// and `density` (device pixels per CSS px) in one browser call and one
// readback, so opening an article costs one batch instead of a call per
// glyph. Code points already baked cost nothing. Call outside a frame or
// inside one (the atlas must not be locked).
void prewarm_browser_glyphs(ImFont* font, float size, float density, std::string_view text);

}  // namespace broadsheet
