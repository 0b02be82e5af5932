#include "ui/draw_app.h"

#include <imgui.h>

#include <algorithm>

namespace broadsheet {

void draw_app(const App& app, UiState& ui, Commands& commands) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin("Broadsheet", nullptr, flags);
    ImGui::PopStyleVar(2);

    draw_search_bar(app, ui, commands);

    float avail = ImGui::GetContentRegionAvail().x;
    float splitter = 6.0f;
    ui.list_width = std::clamp(ui.list_width, 200.0f, std::max(200.0f, avail - 260.0f));

    ImGui::BeginChild("list_pane", ImVec2(ui.list_width, 0), ImGuiChildFlags_Borders);
    draw_article_list(app, ui, commands);
    ImGui::EndChild();

    ImGui::SameLine(0, 0);
    ImGui::InvisibleButton("##splitter", ImVec2(splitter, ImGui::GetContentRegionAvail().y));
    if (ImGui::IsItemHovered() || ImGui::IsItemActive()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    if (ImGui::IsItemActive()) ui.list_width += ImGui::GetIO().MouseDelta.x;
    ImGui::SameLine(0, 0);

    ImGui::BeginChild("reader_pane", ImVec2(0, 0), ImGuiChildFlags_Borders);
    draw_reader(app, ui, commands);
    ImGui::EndChild();

    ImGui::End();
}

}  // namespace broadsheet
