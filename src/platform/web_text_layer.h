// The reader's text as page text: the page (web/text-layer.js) keeps a
// transparent DOM copy of the open article over the canvas, line for line,
// so the browser can select, copy, find and read it aloud. This side
// publishes where the reader is and, only when the layout changed, what it
// holds; the page pulls the text as JSON then (see web_exports.cpp).
#pragma once

#include <string>

namespace broadsheet {

struct WebHost;

// Geometry slots the page reads straight from wasm memory (Float32Array).
enum TextLayerSlot : int {
    kSlotContentVersion = 0,  // bumps when the article or its line breaks changed
    kSlotShown,               // 1 when the reader body is on screen this frame
    kSlotX, kSlotY, kSlotW, kSlotH,     // the body's visible area (CSS px), scrollbar excluded
    kSlotScrollY, kSlotScrollMaxY,
    kSlotBodyLeft, kSlotBodyTop, kSlotTitleTop, kSlotMetaTop, kSlotLinkTop,  // content coordinates
    kSlotFontSize,            // body font size as ImGui means it (pixel height of ascent - descent)
    kSlotEmPerSize,           // CSS font-size = ImGui size * this (unitsPerEm / (ascent - descent))
    kSlotMeasure,
    kSlotBlocked,             // 1 while a popup is open or ImGui drags: the page must not take the mouse
    kSlotA11yVersion,         // bumps when the list, filters or toolbar the mirror shows changed
    kSlotOverlayCount,        // other ImGui windows drawn above the reader (help, menus, tooltips)
    kSlotOverlays,            // then 4 floats each (x, y, w, h)
    kMaxOverlays = 8,
    kSlotCount = kSlotOverlays + 4 * kMaxOverlays,
};

// After each frame: fills the geometry slots and tells the page when any changed.
void publish_text_layer(WebHost& host);

// The slots (kSlotCount floats, valid for the whole session).
const float* text_layer_geometry();

// The open article for the layer: title, byline, link and each paragraph's
// text with its lines (UTF-16 offsets, y and height in body pixels).
std::string text_layer_content_json(const WebHost& host);

// The visible lines' rectangles as the canvas draws them (screen CSS px), for tests.
std::string text_layer_line_rects_json(const WebHost& host);

}  // namespace broadsheet
