#include "ui/text_draw.h"

#include "core/text/complex_text.h"

#include <cmath>

namespace broadsheet {

float font_ascent(ImFont* font, float px) {
    ImFontBaked* baked = font->GetFontBaked(px);
    return baked ? baked->Ascent : px * 0.93f;
}

namespace {

void place_image(ImDrawList* draw, const UiHost::ShapedImage& image, ImVec2 pos) {
    // Whole device pixels: the image was drawn at device resolution, so it
    // must land on the pixel grid to stay crisp.
    float dpr = ImGui::GetIO().DisplayFramebufferScale.x > 0 ? ImGui::GetIO().DisplayFramebufferScale.x : 1.0f;
    float x = std::round((pos.x + image.x) * dpr) / dpr, y = std::round((pos.y + image.y) * dpr) / dpr;
    draw->AddImage(ImTextureRef(static_cast<ImTextureID>(image.texture)), ImVec2(x, y),
                   ImVec2(x + image.w, y + image.h));
}

}  // namespace

bool draw_shaped_line(ImDrawList* draw, UiHost& host, ImFont* font, ImVec2 pos, std::string_view text, float px,
                      ImU32 colour, bool is_rtl) {
    UiHost::ShapedImage image;
    if (!host.shaped_line_image(text, px, font_ascent(font, px), colour, is_rtl, image)) return false;
    place_image(draw, image, pos);
    return true;
}

void draw_text_line(ImDrawList* draw, UiHost& host, ImFont* font, ImVec2 pos, std::string_view text, float px,
                     ImU32 colour, float max_width) {
    ImVec4 clip(pos.x, pos.y - px, pos.x + max_width, pos.y + px * 2.0f);
    if (needs_shaping(text)) {
        bool is_rtl = paragraph_direction(text) == TextDirection::RightToLeft;
        UiHost::ShapedImage image;
        if (host.shaped_line_image(text, px, font_ascent(font, px), colour, is_rtl, image)) {
            float x = is_rtl ? pos.x + max_width - image.text_width : pos.x;
            draw->PushClipRect(ImVec2(clip.x, clip.y), ImVec2(clip.z, clip.w), true);
            place_image(draw, image, ImVec2(x, pos.y));
            draw->PopClipRect();
            return;
        }
    }
    draw->AddText(font, px, pos, colour, text.data(), text.data() + text.size(), 0.0f, &clip);
}

}  // namespace broadsheet
