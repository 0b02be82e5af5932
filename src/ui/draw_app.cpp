#include "ui/draw_app.h"

#include <imgui.h>

#include <algorithm>

namespace broadsheet {
namespace {

constexpr float kNarrowWidth = 760.0f;  // below this, one pane at a time (phones)

// A vertical splitter that resizes the pane before it.
void splitter(const char* id, float& width, float min_width, float max_width, UiState& ui) {
    ImGui::SameLine(0, 0);
    ImGui::InvisibleButton(id, ImVec2(8.0f, ImGui::GetContentRegionAvail().y));
    if (ImGui::IsItemHovered() || ImGui::IsItemActive()) ImGui::SetMouseCursor(ImGuiMouseCursor_ResizeEW);
    if (ImGui::IsItemActive() && ImGui::GetIO().MouseDelta.x != 0.0f) {
        width = std::clamp(width + ImGui::GetIO().MouseDelta.x, min_width, max_width);
        ui.settings_changed = true;
    }
    ImGui::SameLine(0, 0);
}

void draw_wide(const App& app, UiState& ui, Commands& commands, UiHost& host) {
    ReaderSettings& s = ui.settings;
    float avail = ImGui::GetContentRegionAvail().x;
    if (s.show_filters) {
        s.filters_width = std::clamp(s.filters_width, 160.0f, std::max(160.0f, avail * 0.35f));
        ImGui::BeginChild("filters_pane", ImVec2(s.filters_width, 0), ImGuiChildFlags_Borders);
        draw_filters(app, ui, commands);
        ImGui::EndChild();
        splitter("##split_filters", s.filters_width, 160.0f, avail * 0.35f, ui);
        avail = ImGui::GetContentRegionAvail().x;
    }
    s.list_width = std::clamp(s.list_width, 220.0f, std::max(220.0f, avail - 300.0f));
    ImGui::BeginChild("list_pane", ImVec2(s.list_width, 0), ImGuiChildFlags_Borders);
    draw_article_list(app, ui, commands, host);
    ImGui::EndChild();
    splitter("##split_list", s.list_width, 220.0f, std::max(220.0f, avail - 300.0f), ui);
    ImGui::BeginChild("reader_pane", ImVec2(0, 0), ImGuiChildFlags_Borders);
    draw_reader(app, ui, commands, host);
    ImGui::EndChild();
}

void draw_narrow(const App& app, UiState& ui, Commands& commands, UiHost& host) {
    // Opening an article shows the reader; closing it goes back to the list.
    if (ui.narrow_pane == NarrowPane::Reader && !app.current()) ui.narrow_pane = NarrowPane::List;
    if (ui.narrow_pane != NarrowPane::Reader && app.current() && ui.reader_shown != app.current()) {
        ui.narrow_pane = NarrowPane::Reader;
    }
    switch (ui.narrow_pane) {
        case NarrowPane::Filters:
            if (ImGui::Button("\xE2\x80\xB9 Articles")) ui.narrow_pane = NarrowPane::List;
            ImGui::BeginChild("filters_pane", ImVec2(0, 0));
            draw_filters(app, ui, commands);
            ImGui::EndChild();
            break;
        case NarrowPane::List:
            if (ImGui::Button("Filters")) ui.narrow_pane = NarrowPane::Filters;
            ImGui::BeginChild("list_pane", ImVec2(0, 0));
            draw_article_list(app, ui, commands, host);
            ImGui::EndChild();
            break;
        case NarrowPane::Reader:
            if (ImGui::Button("\xE2\x80\xB9 Articles")) {
                ui.narrow_pane = NarrowPane::List;
                commands.push([](App& a) { a.close(); });
            }
            ImGui::BeginChild("reader_pane", ImVec2(0, 0));
            draw_reader(app, ui, commands, host);
            ImGui::EndChild();
            break;
    }
}

}  // namespace

float button_width(const char* label) {
    return ImGui::CalcTextSize(label, nullptr, true).x + ImGui::GetStyle().FramePadding.x * 2.0f;
}

void same_line_if_fits(float width) {
    float spacing = ImGui::GetStyle().ItemSpacing.x;
    float last_right = ImGui::GetItemRectMax().x;
    // The cursor is at the start of the next line here, so this is the right edge.
    float limit = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    if (last_right + spacing + width <= limit) ImGui::SameLine();
}

void draw_app(const App& app, UiState& ui, Commands& commands, UiHost& host) {
    apply_theme(ui);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->WorkPos);
    ImGui::SetNextWindowSize(viewport->WorkSize);
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                             ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 0.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin("Broadsheet", nullptr, flags);
    ImGui::PopStyleVar(2);

    handle_keyboard(app, ui, commands, host);
    draw_toolbar(app, ui, commands, host);
    if (viewport->WorkSize.x < kNarrowWidth) {
        draw_narrow(app, ui, commands, host);
    } else {
        draw_wide(app, ui, commands, host);
    }
    ImGui::End();

    draw_help(ui);
    draw_errors(app, ui, commands);
    draw_imports(app, ui, commands, host);
}

}  // namespace broadsheet
