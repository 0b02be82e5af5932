#include "ui/draw_app.h"
#include "ui/text_field.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace broadsheet {
namespace {

void draw_settings_popup(UiState& ui) {
    if (!ImGui::BeginPopup("settings")) return;
    ReaderSettings& s = ui.settings;
    ImGui::SeparatorText("Theme");
    const char* names[] = {"System", "Light", "Dark", "Sepia"};
    for (int i = 0; i < 4; ++i) {
        if (ImGui::RadioButton(names[i], s.theme == static_cast<Theme>(i))) {
            s.theme = static_cast<Theme>(i);
            ui.settings_changed = true;
        }
        if (i < 3) ImGui::SameLine();
    }
    ImGui::SeparatorText("Text");
    ImGui::SetNextItemWidth(200);
    if (ImGui::SliderFloat("Font size", &s.font_size, 12.0f, 32.0f, "%.0f px")) ui.settings_changed = true;
    ImGui::SetNextItemWidth(200);
    if (ImGui::SliderFloat("Line height", &s.line_height, 1.2f, 2.0f, "%.2f")) ui.settings_changed = true;
    ImGui::SeparatorText("Imported articles");
    ImGui::TextWrapped("Articles you dropped are kept in this browser, with your read and starred marks.");
    if (ImGui::Button("Imports\xE2\x80\xA6")) {
        ui.show_imports = true;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Remove everything imported\xE2\x80\xA6")) {
        ui.confirm_remove_all = true;  // draw_imports asks first
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

}  // namespace

void draw_toolbar(const App& app, UiState& ui, Commands& commands, UiHost& host) {
    if (!ui.is_search_text_synced) {
        // The query changed from outside (the bridge, a link, Back): show it.
        ui.search_text = app.view().query;
        ui.is_search_text_synced = true;
    }
    const ImGuiStyle& style = ImGui::GetStyle();
    bool is_narrow = ImGui::GetContentRegionAvail().x < 760.0f;

    if (!is_narrow) {
        if (ImGui::Button(ui.settings.show_filters ? "\xE2\x97\x80 Filters" : "\xE2\x96\xB6 Filters")) {
            ui.settings.show_filters = !ui.settings.show_filters;
            ui.settings_changed = true;
        }
        ImGui::SameLine();
    }

    char counts[64];
    std::snprintf(counts, sizeof counts, "%zu of %zu", app.listed().size(), app.library().size());
    size_t error_count = app.shown_error_count();
    char errors_label[48];
    std::snprintf(errors_label, sizeof errors_label, "%zu error%s###errors", error_count, error_count == 1 ? "" : "s");

    // Right-hand buttons: measure them so the search box takes the rest.
    float right = ImGui::CalcTextSize(counts).x + style.ItemSpacing.x;
    const char* add_label = is_narrow ? "+" : "Add files\xE2\x80\xA6";
    right += ImGui::CalcTextSize(add_label).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
    const char* imports_label = "Imports\xE2\x80\xA6";
    if (!is_narrow) {
        right += ImGui::CalcTextSize("Export").x + style.FramePadding.x * 2 + style.ItemSpacing.x;
        right += ImGui::CalcTextSize(imports_label).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
    }
    if (error_count) right += ImGui::CalcTextSize(errors_label).x + style.FramePadding.x * 2 + style.ItemSpacing.x;
    right += (ImGui::CalcTextSize("Aa").x + ImGui::CalcTextSize("?").x + style.FramePadding.x * 4 +
              style.ItemSpacing.x * 2);

    // The search box is a real <input> over this slot (TextFieldSlot): it
    // edits ui.search_text, and each committed change runs the query once here.
    TextFieldSlot& search = ui.field(TextField::Search);
    if (search.is_edited) {
        search.is_edited = false;
        std::string query = ui.search_text;
        commands.push([query](App& a) { a.set_query(query); });
    }
    draw_text_field("##search", search, ui.search_text, "Search  ( / )",
                    std::max(120.0f, ImGui::GetContentRegionAvail().x - right));
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("%s", counts);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("articles shown of all loaded");
    ImGui::SameLine();
    if (ImGui::Button(add_label)) host.pick_files();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Add article files (or drop files and folders anywhere)");
    if (!is_narrow) {
        ImGui::SameLine();
        if (ImGui::Button("Export")) host.export_listed(app);
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("Download the listed articles as JSON Lines");
        ImGui::SameLine();
        if (ImGui::Button(imports_label)) ui.show_imports = !ui.show_imports;
        ui.note_button("imports", ImGui::GetFrameCount());
        if (ImGui::IsItemHovered()) ImGui::SetTooltip("What each drop added; remove an import with its articles");
    }
    if (error_count) {
        ImGui::SameLine();
        bool has_new = error_count > ui.errors_seen;
        if (has_new) ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0.85f, 0.35f, 0.3f, 0.85f));
        if (ImGui::Button(errors_label)) {
            ui.show_errors = true;
            ui.errors_seen = error_count;
        }
        ui.note_button("errors", ImGui::GetFrameCount());
        if (has_new) ImGui::PopStyleColor();
    }
    ImGui::SameLine();
    if (ImGui::Button("Aa")) ImGui::OpenPopup("settings");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Theme, text size, imported articles");
    draw_settings_popup(ui);
    ImGui::SameLine();
    if (ImGui::Button("?")) ui.show_help = true;
}

}  // namespace broadsheet
