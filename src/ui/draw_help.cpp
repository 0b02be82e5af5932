#include "ui/draw_app.h"

#include <imgui.h>

namespace broadsheet {

void draw_help(UiState& ui) {
    if (ui.show_help) ImGui::OpenPopup("Keyboard keys");
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("Keyboard keys", &ui.show_help, ImGuiWindowFlags_AlwaysAutoResize)) return;
    static const char* const kKeys[][2] = {
        {"j  /  \xE2\x86\x93", "next article"},
        {"k  /  \xE2\x86\x91", "previous article"},
        {"PageDown / PageUp", "ten articles on / back"},
        {"Enter  /  o", "open the first article"},
        {"Space  /  Shift+Space", "scroll the article a page down / up"},
        {"/", "search"},
        {"Esc", "close the article, leave or clear the search"},
        {"s", "star or unstar"},
        {"m", "mark read or unread"},
        {"v", "open the original page in a new tab"},
        {"Ctrl+F", "find in the article"},
        {"Ctrl +  /  Ctrl \xE2\x88\x92", "zoom the page (the browser's)"},
        {"?", "this list"},
    };
    if (ImGui::BeginTable("keys", 2, ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit)) {
        for (const auto& row : kKeys) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row[0]);
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(row[1]);
        }
        ImGui::EndTable();
    }
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        ui.show_help = false;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace broadsheet
