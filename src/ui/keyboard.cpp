// The feed-reader keys. They act only when no text field has the keyboard,
// so typing "j" in the search box types a "j" (the search and find boxes are
// browser inputs whose keys never reach ImGui; see web_platform.cpp on_key).
// "/" is not here: it focuses the browser's search input during its keydown
// (web_platform.cpp), so the keystroke right after it already lands there.
#include "ui/draw_app.h"

#include <imgui.h>

namespace broadsheet {

void handle_keyboard(const App& app, UiState& ui, Commands& commands, UiHost& host) {
    const ImGuiIO& io = ImGui::GetIO();
    bool ctrl = io.KeyCtrl || io.KeySuper;

    // Work even while typing.
    if (ctrl && ImGui::IsKeyPressed(ImGuiKey_F, false)) {
        ui.show_find = true;
        ui.focus_find = true;
        return;
    }
    // Ctrl +/- is the browser's zoom, which the page follows crisply (the
    // canvas tracks devicePixelRatio); the reader's own text size is A-/A+.
    if (io.WantTextInput || ctrl || io.KeyAlt) return;
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;

    auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(key, true); };
    if (pressed(ImGuiKey_J) || pressed(ImGuiKey_DownArrow)) {
        commands.push([](App& a) { a.open_next(+1); });
        ui.scroll_list_to_current = true;
    }
    if (pressed(ImGuiKey_K) || pressed(ImGuiKey_UpArrow)) {
        commands.push([](App& a) { a.open_next(-1); });
        ui.scroll_list_to_current = true;
    }
    if (pressed(ImGuiKey_PageDown) || pressed(ImGuiKey_PageUp)) {
        int step = pressed(ImGuiKey_PageDown) ? 10 : -10;
        commands.push([step](App& a) { a.open_next(step); });
        ui.scroll_list_to_current = true;
    }
    if ((ImGui::IsKeyPressed(ImGuiKey_Enter, false) || ImGui::IsKeyPressed(ImGuiKey_O, false)) && !app.current()) {
        commands.push([](App& a) { a.open_next(+1); });
    }
    if (app.current() && ImGui::IsKeyPressed(ImGuiKey_Space)) ui.reader_scroll_pages += io.KeyShift ? -0.9f : 0.9f;
    if ((ImGui::IsKeyPressed(ImGuiKey_Slash, false) && io.KeyShift) || ImGui::IsKeyPressed(ImGuiKey_F1, false)) {
        ui.show_help = !ui.show_help;
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Escape, false)) {
        if (ui.show_help) ui.show_help = false;
        else if (ui.show_find) ui.show_find = false;
        else if (app.current()) commands.push([](App& a) { a.close(); });
        else if (!app.view().query.empty()) {
            commands.push([](App& a) { a.set_query(""); });
            ui.is_search_text_synced = false;
        }
    }
    if (auto id = app.current()) {
        ArticleId open = *id;
        if (ImGui::IsKeyPressed(ImGuiKey_S, false)) {
            bool starred = app.is_starred(open);
            commands.push([open, starred](App& a) { a.set_starred(open, !starred); });
        }
        if (ImGui::IsKeyPressed(ImGuiKey_M, false)) {
            bool read = app.is_read(open);
            commands.push([open, read](App& a) { a.set_read(open, !read); });
        }
        if (ImGui::IsKeyPressed(ImGuiKey_V, false) && !app.library().article(open).url.empty()) {
            host.open_url(app.library().article(open).url);
        }
    }
}

}  // namespace broadsheet
