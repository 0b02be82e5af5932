#include "ui/draw_app.h"

#include <imgui.h>

namespace broadsheet {
namespace {

Theme resolve(const UiState& ui) {
    if (ui.settings.theme != Theme::System) return ui.settings.theme;
    return ui.is_system_dark ? Theme::Dark : Theme::Light;
}

void set_shape(ImGuiStyle& style) {
    style.WindowPadding = ImVec2(10, 10);
    style.FramePadding = ImVec2(8, 5);
    style.ItemSpacing = ImVec2(8, 6);
    style.ScrollbarSize = 14;
    style.FrameRounding = 4;
    style.GrabRounding = 4;
    style.PopupRounding = 6;
    style.ChildRounding = 0;
}

}  // namespace

void theme_background(const UiState& ui, float rgba[4]) {
    ImVec4 c = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    rgba[0] = c.x;
    rgba[1] = c.y;
    rgba[2] = c.z;
    rgba[3] = 1.0f;
}

void apply_theme(UiState& ui) {
    Theme theme = resolve(ui);
    if (ui.is_theme_applied && theme == ui.applied_theme) return;
    ui.is_theme_applied = true;
    ui.applied_theme = theme;
    ImGuiStyle& style = ImGui::GetStyle();
    ImVec4* c = style.Colors;
    switch (theme) {
        case Theme::Dark:
            ImGui::StyleColorsDark(&style);
            c[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.11f, 0.12f, 1.0f);
            c[ImGuiCol_ChildBg] = ImVec4(0.13f, 0.13f, 0.14f, 1.0f);
            c[ImGuiCol_Text] = ImVec4(0.88f, 0.87f, 0.85f, 1.0f);
            c[ImGuiCol_PlotHistogram] = ImVec4(0.45f, 0.62f, 0.85f, 1.0f);
            break;
        case Theme::Sepia:
            ImGui::StyleColorsLight(&style);
            c[ImGuiCol_WindowBg] = ImVec4(0.96f, 0.93f, 0.86f, 1.0f);
            c[ImGuiCol_ChildBg] = ImVec4(0.98f, 0.95f, 0.88f, 1.0f);
            c[ImGuiCol_Text] = ImVec4(0.26f, 0.20f, 0.13f, 1.0f);
            c[ImGuiCol_TextDisabled] = ImVec4(0.50f, 0.43f, 0.35f, 1.0f);
            c[ImGuiCol_FrameBg] = ImVec4(0.92f, 0.88f, 0.79f, 1.0f);
            c[ImGuiCol_Button] = ImVec4(0.90f, 0.85f, 0.74f, 1.0f);
            c[ImGuiCol_Header] = ImVec4(0.88f, 0.80f, 0.64f, 1.0f);
            c[ImGuiCol_PlotHistogram] = ImVec4(0.62f, 0.45f, 0.25f, 1.0f);
            break;
        case Theme::Light:
        case Theme::System:
            ImGui::StyleColorsLight(&style);
            c[ImGuiCol_WindowBg] = ImVec4(0.98f, 0.98f, 0.97f, 1.0f);
            c[ImGuiCol_ChildBg] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
            c[ImGuiCol_TextDisabled] = ImVec4(0.45f, 0.45f, 0.45f, 1.0f);
            c[ImGuiCol_FrameBg] = ImVec4(0.90f, 0.90f, 0.89f, 1.0f);
            c[ImGuiCol_FrameBgHovered] = ImVec4(0.84f, 0.87f, 0.92f, 1.0f);
            c[ImGuiCol_PlotHistogram] = ImVec4(0.26f, 0.47f, 0.73f, 1.0f);
            break;
    }
    set_shape(style);
}

}  // namespace broadsheet
