#include "ui/draw_app.h"

#include <imgui.h>

namespace broadsheet {

void draw_article_list(const App& app, UiState& ui, Commands& commands) {
    const auto& listed = app.listed();
    if (listed.empty()) {
        ImGui::TextDisabled(app.library().size() == 0 ? "No articles yet: drop files here."
                                                      : "No article matches the search.");
        return;
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    float title_h = ImGui::GetFontSize();
    float meta_h = ui.fonts.small_size;
    float row_h = title_h + meta_h + style.ItemSpacing.y * 2 + style.FramePadding.y;

    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(listed.size()), row_h);
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            ArticleId id = listed[row];
            const Article& a = app.library().article(id);
            ImGui::PushID(static_cast<int>(id));
            ImVec2 top = ImGui::GetCursorScreenPos();
            bool is_selected = app.current() == id;
            if (ImGui::Selectable("##row", is_selected, ImGuiSelectableFlags_None,
                                  ImVec2(0, row_h - style.ItemSpacing.y))) {
                commands.open = id;
            }
            ImDrawList* draw = ImGui::GetWindowDrawList();
            float width = ImGui::GetContentRegionAvail().x;
            ImVec4 clip(top.x, top.y, top.x + width - 4.0f, top.y + row_h);
            draw->AddText(ui.fonts.text, title_h, ImVec2(top.x + 4, top.y + 2),
                          ImGui::GetColorU32(ImGuiCol_Text), a.title.c_str(), nullptr, 0.0f, &clip);
            std::string meta = a.source.empty() ? std::string("unknown source") : a.source;
            const std::string& date = app.date_label(id);
            if (!date.empty()) meta += "  \xC2\xB7  " + date;
            draw->AddText(ui.fonts.text, meta_h, ImVec2(top.x + 4, top.y + 4 + title_h),
                          ImGui::GetColorU32(ImGuiCol_TextDisabled), meta.c_str(), nullptr, 0.0f, &clip);
            ImGui::PopID();
        }
    }
}

}  // namespace broadsheet
