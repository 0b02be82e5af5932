#include "ui/draw_app.h"

#include <imgui.h>

#include <string>

namespace broadsheet {
namespace {

void draw_error_rows(const std::vector<ParseError>& errors) {
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(errors.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            ImGui::TextWrapped("%s", errors[static_cast<size_t>(i)].to_string().c_str());
        }
    }
}

}  // namespace

// Every file or record that could not be read, with the reason, grouped by
// the drop it came with; the articles that could be read were added all the
// same. A drop's errors stay (across reloads) until dismissed here.
void draw_errors(const App& app, UiState& ui, Commands& commands) {
    if (!ui.show_errors) return;
    ImGui::SetNextWindowSize(ImVec2(620, 320), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_FirstUseEver, ImVec2(0.5f, 0.5f));
    if (ImGui::Begin("Files that could not be read", &ui.show_errors, ImGuiWindowFlags_NoSavedSettings)) {
        size_t shown = app.shown_error_count();
        ImGui::TextDisabled("%zu problem%s; everything else was added.", shown, shown == 1 ? "" : "s");
        ImGui::Separator();
        ImGui::BeginChild("error_rows");
        if (!app.loose_errors().empty()) {
            ImGui::SeparatorText("Bundled articles and this page");
            draw_error_rows(app.loose_errors());
        }
        for (const ImportRecord& r : app.imports()) {
            if (r.errors.empty() || r.are_errors_dismissed) continue;
            ImGui::PushID(static_cast<int>(r.id));
            ImGui::SeparatorText(r.name.c_str());
            ImGui::TextDisabled("%s", r.summary().c_str());
            ImGui::SameLine();
            if (ImGui::SmallButton("Dismiss")) {
                ImportId id = r.id;
                commands.push([id](App& a) { a.dismiss_import_errors(id); });
            }
            ui.note_button("dismiss " + std::to_string(r.id), ImGui::GetFrameCount());
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Stop showing these errors (the import stays)");
            draw_error_rows(r.errors);
            ImGui::PopID();
        }
        ImGui::EndChild();
    }
    ImGui::End();
}

}  // namespace broadsheet
