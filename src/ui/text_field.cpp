#include "ui/text_field.h"

#include <imgui.h>
#include <imgui_internal.h>  // the host root window's id, to tell which windows lie in front

namespace broadsheet {

void draw_text_field(const char* id, TextFieldSlot& slot, const std::string& text, const char* hint, float width) {
    const ImGuiStyle& style = ImGui::GetStyle();
    ImVec2 min = ImGui::GetCursorScreenPos();
    ImVec2 size(width, ImGui::GetFrameHeight());
    // A button, not a dummy: before the page has placed the input (first
    // frame) a click still reaches the field.
    if (ImGui::InvisibleButton(id, size)) slot.wants_focus = true;
    ImVec2 max(min.x + size.x, min.y + size.y);

    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(min, max, ImGui::GetColorU32(ImGuiCol_FrameBg), style.FrameRounding);
    if (style.FrameBorderSize > 0.0f) {
        draw->AddRect(min, max, ImGui::GetColorU32(ImGuiCol_Border), style.FrameRounding, 0, style.FrameBorderSize);
    }
    if (slot.is_focused) draw->AddRect(min, max, ImGui::GetColorU32(ImGuiCol_NavCursor), style.FrameRounding, 0, 1.5f);
    if (slot.is_occluded) {
        // The input is hidden under a popup or window: show what it holds.
        ImVec2 at(min.x + style.FramePadding.x, min.y + style.FramePadding.y);
        ImVec4 clip(min.x, min.y, max.x - style.FramePadding.x, max.y);
        bool is_empty = text.empty();
        draw->AddText(nullptr, 0.0f, at, ImGui::GetColorU32(is_empty ? ImGuiCol_TextDisabled : ImGuiCol_Text),
                      is_empty ? hint : text.c_str(), nullptr, 0.0f, &clip);
    }

    slot.is_shown = ImGui::IsItemVisible();
    slot.x = min.x;
    slot.y = min.y;
    slot.width = size.x;
    slot.height = size.y;
    ImVec2 clip_min = draw->GetClipRectMin(), clip_max = draw->GetClipRectMax();
    slot.clip_x0 = clip_min.x;
    slot.clip_y0 = clip_min.y;
    slot.clip_x1 = clip_max.x;
    slot.clip_y1 = clip_max.y;
    slot.font_size = ImGui::GetFontSize();
    slot.padding_x = style.FramePadding.x;
    slot.host_root_id = ImGui::GetCurrentWindowRead()->RootWindow->ID;
}

}  // namespace broadsheet
