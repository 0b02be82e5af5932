#include "ui/draw_app.h"

#include <imgui.h>
#include <imgui_stdlib.h>

namespace broadsheet {

void draw_search_bar(const App& app, UiState& ui, Commands& commands) {
    if (!ui.is_search_text_synced) {
        // The query changed from outside (the bridge, a link): show it.
        ui.search_text = app.query();
        ui.is_search_text_synced = true;
    }
    if (ui.focus_search) {
        ImGui::SetKeyboardFocusHere();
        ui.focus_search = false;
    }
    char counts[64];
    std::snprintf(counts, sizeof counts, "%zu of %zu articles", app.listed().size(), app.library().size());
    float counts_width = ImGui::CalcTextSize(counts).x;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - counts_width - ImGui::GetStyle().ItemSpacing.x);
    if (ImGui::InputTextWithHint("##search", "Search titles, sources and text  ( / )", &ui.search_text,
                                 ImGuiInputTextFlags_EscapeClearsAll)) {
        commands.set_query = ui.search_text;
    }
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", counts);
}

}  // namespace broadsheet
