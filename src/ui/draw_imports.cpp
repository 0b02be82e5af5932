// The imports: the "Imports" window (what each drop or picked set brought,
// each removable with its articles, marks and reading positions), the drop
// report that tells each finished drop's result on screen, and the
// confirmation "Remove everything imported" asks first.
// Inside: note_button, the detail lists, the report, the window, the confirmation.
#include "ui/draw_app.h"

#include "core/civil_time.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace broadsheet {

void UiState::note_button(const std::string& label, int frame) {
    ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
    for (ButtonRect& b : import_buttons) {
        if (b.label == label) {
            b = {label, min.x, min.y, max.x - min.x, max.y - min.y, frame};
            return;
        }
    }
    import_buttons.push_back({label, min.x, min.y, max.x - min.x, max.y - min.y, frame});
}

namespace {

// "2026-12-02 13:05 UTC": the core has no time zones, and the page's clock
// only says which day it is.
std::string when_label(double when_ms) {
    if (when_ms <= 0) return "earlier";
    CivilTime c = civil_from_epoch(static_cast<int64_t>(when_ms / 1000.0));
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02d-%02d %02d:%02d UTC", c.year, c.month, c.day, c.hour, c.minute);
    return text;
}

bool tracked_button(UiState& ui, const char* label, const std::string& name) {
    bool pressed = ImGui::Button(label);
    ui.note_button(name, ImGui::GetFrameCount());
    return pressed;
}

// The errors and duplicates of one import, each a clipped list (a drop may have thousands).
void draw_details(const App& app, const ImportRecord& r) {
    if (!r.storage_problem.empty()) ImGui::TextWrapped("Storage: %s", r.storage_problem.c_str());
    if (!r.errors.empty()) {
        ImGui::SeparatorText(("Errors (" + with_thousands(r.errors.size()) + ")").c_str());
        float height = std::min(ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(r.errors.size()) + 8.0f,
                                160.0f);
        ImGui::BeginChild("errors", ImVec2(0, height), ImGuiChildFlags_Borders);
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(r.errors.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                ImGui::TextUnformatted(r.errors[static_cast<size_t>(i)].to_string().c_str());
            }
        }
        ImGui::EndChild();
    }
    if (!r.duplicate_list.empty()) {
        ImGui::SeparatorText(("Duplicates skipped (" + with_thousands(r.duplicate_list.size()) + ")").c_str());
        float height = std::min(
            ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(r.duplicate_list.size()) + 8.0f, 180.0f);
        ImGui::BeginChild("duplicates", ImVec2(0, height), ImGuiChildFlags_Borders);
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(r.duplicate_list.size()));
        while (clipper.Step()) {
            for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
                const SkippedDuplicate& d = r.duplicate_list[static_cast<size_t>(i)];
                auto of = app.library().find_key(d.duplicate_of_key);
                const char* of_title = of ? app.library().article(*of).title.c_str() : "an article already loaded";
                ImGui::Text("%s: \"%s\" repeats \"%s\"", d.file.c_str(), d.title.c_str(), of_title);
            }
        }
        ImGui::EndChild();
    } else if (r.duplicates > 0) {
        ImGui::TextDisabled("%s duplicate%s skipped (not listed).", with_thousands(r.duplicates).c_str(),
                            r.duplicates == 1 ? "" : "s");
    }
}

// A finished drop's result, on screen until closed.
void draw_report(const App& app, UiState& ui) {
    if (app.finished_imports() != ui.reported_finishes) {
        ui.reported_finishes = app.finished_imports();
        ui.report_import = app.last_finished_import();
    }
    if (ui.report_import == 0) return;
    const ImportRecord* r = app.find_import(ui.report_import);
    if (!r) {
        ui.report_import = 0;
        return;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(ImVec2(viewport->WorkPos.x + viewport->WorkSize.x * 0.5f,
                                   viewport->WorkPos.y + viewport->WorkSize.y - 16.0f),
                            ImGuiCond_Always, ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.97f);
    bool is_open = true;
    ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoMove;
    if (ImGui::Begin("Added###drop_report", &is_open, flags)) {
        ImGui::Text("%s", r->name.c_str());
        ImGui::TextUnformatted(r->summary().c_str());
        if (!r->storage_problem.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.85f, 0.35f, 0.3f, 1.0f));
            ImGui::TextUnformatted(r->storage_problem.c_str());
            ImGui::PopStyleColor();
        }
        if (!r->errors.empty() || r->duplicates > 0 || !r->storage_problem.empty()) {
            if (tracked_button(ui, "Details\xE2\x80\xA6", "report details")) {
                ui.show_imports = true;
                ui.imports_detail = r->id;
                is_open = false;
            }
        }
    }
    ImGui::End();
    if (!is_open) ui.report_import = 0;
}

void draw_confirm_remove_all(const App& app, UiState& ui, Commands& commands, UiHost& host) {
    if (ui.confirm_remove_all) {
        ImGui::OpenPopup("Remove everything imported?");
        ui.confirm_remove_all = false;
    }
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    if (!ImGui::BeginPopupModal("Remove everything imported?", nullptr, ImGuiWindowFlags_AlwaysAutoResize)) return;
    size_t articles = 0;
    for (const ImportRecord& r : app.imports()) articles += r.articles_now;
    ImGui::Text("%zu import%s with %s article%s, their read and starred marks and reading positions",
                app.imports().size(), app.imports().size() == 1 ? "" : "s", with_thousands(articles).c_str(),
                articles == 1 ? "" : "s");
    ImGui::TextUnformatted("will be removed from this page and from this browser's storage.");
    ImGui::Spacing();
    if (tracked_button(ui, "Remove everything", "confirm remove all")) {
        commands.push([](App& a) { a.remove_all_imports(); });
        host.remove_imported();
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (tracked_button(ui, "Cancel", "cancel remove all") || ImGui::IsKeyPressed(ImGuiKey_Escape)) {
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void draw_imports_window(const App& app, UiState& ui, Commands& commands) {
    if (!ui.show_imports) return;
    ImGui::SetNextWindowSize(ImVec2(760, 420), ImGuiCond_FirstUseEver);
    ImGui::SetNextWindowPos(ImGui::GetMainViewport()->GetCenter(), ImGuiCond_FirstUseEver, ImVec2(0.5f, 0.5f));
    if (!ImGui::Begin("Imports###imports", &ui.show_imports, ImGuiWindowFlags_NoSavedSettings)) {
        ImGui::End();
        return;
    }
    const auto& imports = app.imports();
    if (imports.empty()) {
        ImGui::TextWrapped("Nothing imported. Drop files or folders anywhere, or use Add files\xE2\x80\xA6; "
                           "what each drop brings is listed here.");
    } else {
        ImGui::TextDisabled("Kept in this browser for the next visit. Removing an import removes its articles, "
                            "their marks and reading positions.");
    }
    ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingFixedFit |
                            ImGuiTableFlags_ScrollY;
    // The open import's errors and duplicates go below the table, full width.
    const ImportRecord* detail = ui.imports_detail ? app.find_import(ui.imports_detail) : nullptr;
    float footer = ImGui::GetFrameHeightWithSpacing() * 1.5f;
    float table_height = detail ? std::max(ImGui::GetContentRegionAvail().y * 0.4f, 90.0f) : -footer;
    if (!imports.empty() && ImGui::BeginTable("imports", 7, flags, ImVec2(0, table_height))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        ImGui::TableSetupColumn("Import", ImGuiTableColumnFlags_WidthStretch);
        ImGui::TableSetupColumn("When");
        ImGui::TableSetupColumn("Files");
        ImGui::TableSetupColumn("Added");
        ImGui::TableSetupColumn("Duplicates");
        ImGui::TableSetupColumn("Errors");
        ImGui::TableSetupColumn("");
        ImGui::TableHeadersRow();
        // Newest first: the drop just made is on top.
        for (size_t n = imports.size(); n-- > 0;) {
            const ImportRecord& r = imports[n];
            ImGui::PushID(static_cast<int>(r.id));
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(r.name.c_str());
            if (r.articles_now != r.added) {
                ImGui::TextDisabled("%s articles now", with_thousands(r.articles_now).c_str());
            }
            if (!r.is_finished && r.files_loaded < r.files) {
                ImGui::TextDisabled("cut short after %s of %s files", with_thousands(r.files_loaded).c_str(),
                                    with_thousands(r.files).c_str());
            }
            if (!r.storage_problem.empty()) ImGui::TextWrapped("%s", r.storage_problem.c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(when_label(r.when_ms).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(with_thousands(r.files).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(with_thousands(r.added).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(with_thousands(r.duplicates).c_str());
            ImGui::TableNextColumn();
            ImGui::TextUnformatted(with_thousands(r.errors.size()).c_str());
            if (!r.errors.empty() && r.are_errors_dismissed) ImGui::TextDisabled("dismissed");
            ImGui::TableNextColumn();
            std::string tag = std::to_string(r.id);
            bool has_details = !r.errors.empty() || r.duplicates > 0 || !r.storage_problem.empty();
            if (has_details) {
                bool is_shown = ui.imports_detail == r.id;
                if (tracked_button(ui, is_shown ? "Hide" : "Details", "details " + tag)) {
                    ui.imports_detail = is_shown ? 0 : r.id;
                }
                ImGui::SameLine();
            }
            if (tracked_button(ui, "Remove", "remove " + tag)) {
                ImportId id = r.id;
                commands.push([id](App& a) { a.remove_import(id); });
                if (ui.imports_detail == id) ui.imports_detail = 0;
            }
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove this import's articles, marks and reading positions");
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    if (detail) {
        ImGui::SeparatorText(detail->name.c_str());
        ImGui::BeginChild("detail", ImVec2(0, -footer));
        draw_details(app, *detail);
        ImGui::EndChild();
    }
    if (!imports.empty()) {
        if (tracked_button(ui, "Remove everything imported\xE2\x80\xA6", "remove all")) ui.confirm_remove_all = true;
    }
    ImGui::End();
}

}  // namespace

void draw_imports(const App& app, UiState& ui, Commands& commands, UiHost& host) {
    draw_report(app, ui);
    draw_imports_window(app, ui, commands);
    draw_confirm_remove_all(app, ui, commands, host);
}

}  // namespace broadsheet
