#include "ui/draw_app.h"

#include "core/text/complex_text.h"
#include "ui/text_draw.h"

#include <imgui.h>

#include <algorithm>

namespace broadsheet {
namespace {

void draw_sort_combo(const App& app, Commands& commands) {
    const SortOrder orders[] = {SortOrder::Relevance, SortOrder::Newest, SortOrder::Oldest, SortOrder::Title,
                                SortOrder::Source};
    const char* labels[] = {"Relevance", "Newest first", "Oldest first", "Title", "Source"};
    int current = 1;
    for (int i = 0; i < 5; ++i) {
        if (orders[i] == app.view().sort) current = i;
    }
    ImGui::AlignTextToFramePadding();
    ImGui::TextDisabled("Sort");
    ImGui::SameLine();
    ImGui::SetNextItemWidth(150);
    if (ImGui::BeginCombo("##sort", labels[current])) {
        for (int i = 0; i < 5; ++i) {
            if (orders[i] == SortOrder::Relevance && app.view().query.empty()) continue;  // only while searching
            if (ImGui::Selectable(labels[i], i == current)) {
                SortOrder o = orders[i];
                commands.push([o](App& a) { a.set_sort(o); });
            }
        }
        ImGui::EndCombo();
    }
}

// The search snippet on one line, its matched words on a highlight.
// Shaped snippets (complex scripts, right to left) are drawn without the highlights.
void draw_snippet(const search::Snippet& snippet, const UiState& ui, UiHost& host, float size, ImVec2 pos, ImU32 color,
                  const ImVec4& clip) {
    ImDrawList* draw = ImGui::GetWindowDrawList();
    if (needs_shaping(snippet.text)) {
        draw_text_line(draw, host, ui.font, pos, snippet.text, size, color, clip.z - pos.x);
        return;
    }
    const char* text = snippet.text.c_str();
    ImU32 mark = ImGui::GetColorU32(ImGuiCol_TextSelectedBg);
    for (const search::ByteRange& r : snippet.highlights) {
        if (r.end > snippet.text.size()) continue;
        float x0 = pos.x + ui.font->CalcTextSizeA(size, FLT_MAX, 0, text, text + r.begin).x;
        if (x0 > clip.z) break;
        float x1 = pos.x + ui.font->CalcTextSizeA(size, FLT_MAX, 0, text, text + r.end).x;
        draw->AddRectFilled(ImVec2(x0 - 1, pos.y), ImVec2(std::min(x1 + 1, clip.z), pos.y + size * 1.15f), mark, 2.0f);
    }
    draw->AddText(ui.font, size, pos, color, text, text + snippet.text.size(), 0.0f, &clip);
}

}  // namespace

void draw_article_list(const App& app, UiState& ui, Commands& commands, UiHost& host) {
    draw_sort_combo(app, commands);
    ImGui::Separator();

    const auto& listed = app.listed();
    if (listed.empty()) {
        ImGui::TextDisabled(app.library().size() == 0 ? "No articles yet: drop files here."
                                                      : "No article matches the search and filters.");
        return;
    }
    if (!app.corrected_query().empty()) {
        ImGui::TextWrapped("Showing results for: %s", app.corrected_query().c_str());
    }
    ImGui::BeginChild("rows");
    const ImGuiStyle& style = ImGui::GetStyle();
    float title_size = ui.settings.font_size;
    float small = ui.settings.font_size * 0.8f;
    float row_h = title_size * 1.25f + small * 1.3f * 2 + style.FramePadding.y * 2;
    // current_row() searches the list: only when a key moved the selection.
    auto current_row = ui.scroll_list_to_current ? app.current_row() : std::nullopt;
    if (current_row) {
        float y = static_cast<float>(*current_row) * (row_h + style.ItemSpacing.y);
        float top = ImGui::GetScrollY(), bottom = top + ImGui::GetWindowHeight();
        if (y < top) ImGui::SetScrollY(y);
        else if (y + row_h > bottom) ImGui::SetScrollY(y + row_h - ImGui::GetWindowHeight());
    }
    ui.scroll_list_to_current = false;
    ui.list_view = {ImGui::GetFrameCount(), ImGui::GetWindowPos().x, ImGui::GetWindowPos().y, ImGui::GetWindowWidth(),
                    ImGui::GetWindowHeight(), ImGui::GetScrollY(), row_h + style.ItemSpacing.y, row_h};

    ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    ImU32 muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    ImU32 star = IM_COL32(230, 160, 20, 255);
    bool has_missing_snippets = false;
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(listed.size()), row_h + style.ItemSpacing.y);
    while (clipper.Step()) {
        for (int row = clipper.DisplayStart; row < clipper.DisplayEnd; ++row) {
            ArticleId id = listed[row];
            const Article& a = app.library().article(id);
            ImGui::PushID(static_cast<int>(id));
            ImVec2 top = ImGui::GetCursorScreenPos();
            float width = ImGui::GetContentRegionAvail().x;
            if (ImGui::Selectable("##row", app.current() == id, ImGuiSelectableFlags_None, ImVec2(0, row_h))) {
                commands.push([id](App& app_) { app_.open(id); });
            }
            ImDrawList* draw = ImGui::GetWindowDrawList();
            ImVec4 clip(top.x, top.y, top.x + width - 6.0f, top.y + row_h);
            float x = top.x + 6.0f, y = top.y + style.FramePadding.y;
            bool is_read = app.is_read(id);
            if (!is_read) draw->AddCircleFilled(ImVec2(top.x + 1.5f, y + title_size * 0.6f), 3.0f, ImGui::GetColorU32(ImGuiCol_CheckMark));
            draw_text_line(draw, host, ui.font, ImVec2(x, y), a.title, title_size, is_read ? muted : text, clip.z - x);
            y += title_size * 1.25f;
            std::string meta = a.source.empty() ? std::string("unknown source") : a.source;
            if (!app.date_label(id).empty()) meta += "  \xC2\xB7  " + app.date_label(id);
            if (app.is_starred(id)) {
                draw->AddText(ui.font, small, ImVec2(x, y), star, "\xE2\x98\x85");
                draw->AddText(ui.font, small, ImVec2(x + small * 1.1f, y), muted, meta.c_str(), nullptr, 0.0f, &clip);
            } else {
                draw->AddText(ui.font, small, ImVec2(x, y), muted, meta.c_str(), nullptr, 0.0f, &clip);
            }
            y += small * 1.3f;
            if (const search::Snippet* snippet = app.snippet(id)) {
                draw_snippet(*snippet, ui, host, small, ImVec2(x, y), muted, clip);
            } else {
                if (!app.view().query.empty()) has_missing_snippets = true;
                draw_text_line(draw, host, ui.font, ImVec2(x, y), app.excerpt(id), small, muted, clip.z - x);
            }
            ImGui::PopID();
        }
        if (has_missing_snippets) {
            size_t first = static_cast<size_t>(clipper.DisplayStart), last = static_cast<size_t>(clipper.DisplayEnd);
            commands.push([first, last](App& a) { a.ensure_snippets(first, last); });
        }
    }
    ImGui::EndChild();
}

}  // namespace broadsheet
