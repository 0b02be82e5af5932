#include "ui/draw_app.h"

#include <imgui.h>

namespace broadsheet {

// Every file or record that could not be read, with the reason; the
// articles that could be read were added all the same.
void draw_errors(const App& app, UiState& ui) {
    if (!ui.show_errors) return;
    ImGui::SetNextWindowSize(ImVec2(620, 320), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_FirstUseEver, ImVec2(0.5f, 0.5f));
    if (ImGui::Begin("Files that could not be read", &ui.show_errors, ImGuiWindowFlags_NoSavedSettings)) {
        const auto& errors = app.library().errors();
        ImGui::TextDisabled("%zu problem%s; everything else was added.", errors.size(), errors.size() == 1 ? "" : "s");
        ImGui::Separator();
        ImGui::BeginChild("error_rows");
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(errors.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                ImGui::TextWrapped("%s", errors[i].to_string().c_str());
            }
        }
        ImGui::EndChild();
    }
    ImGui::End();
}

}  // namespace broadsheet
