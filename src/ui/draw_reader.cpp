#include "ui/draw_app.h"

#include <imgui.h>

#include <algorithm>

namespace broadsheet {
namespace {

void wrapped_text(ImFont* font, float size, const std::string& text, ImU32 color) {
    ImGui::PushFont(font, size);
    ImGui::PushStyleColor(ImGuiCol_Text, color);
    ImGui::TextWrapped("%s", text.c_str());
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

// The URL as a link label that fits `width`: cut at the end with "…" when too long.
std::string fit_link_label(const std::string& url, float width) {
    if (ImGui::CalcTextSize(url.c_str()).x <= width) return url;
    const char* ellipsis = "\xE2\x80\xA6";
    float budget = width - ImGui::CalcTextSize(ellipsis).x;
    size_t end = 0;
    float used = 0.0f;
    while (end < url.size()) {
        size_t next = end + 1;
        while (next < url.size() && (static_cast<unsigned char>(url[next]) & 0xC0) == 0x80) ++next;
        used += ImGui::CalcTextSize(url.c_str() + end, url.c_str() + next).x;
        if (used > budget) break;
        end = next;
    }
    return url.substr(0, end) + ellipsis;
}

}  // namespace

void draw_reader(const App& app, UiState& ui, Commands& commands) {
    auto current = app.current();
    if (!current) {
        ImGui::TextDisabled("Select an article to read it.");
        return;
    }
    if (ui.reader_shown != current) {
        ImGui::SetScrollY(0.0f);
        ui.reader_shown = current;
    }
    const Article& a = app.library().article(*current);
    // A comfortable measure: at most ~75 characters per line, centred.
    float measure = std::min(ImGui::GetContentRegionAvail().x, ui.fonts.body_size * 36.0f);
    float indent = std::max(0.0f, (ImGui::GetContentRegionAvail().x - measure) * 0.5f);
    ImGui::Indent(indent);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + measure);

    ImU32 text_color = ImGui::GetColorU32(ImGuiCol_Text);
    ImU32 muted = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    ImGui::Dummy(ImVec2(0, 8));
    wrapped_text(ui.fonts.text, ui.fonts.title_size, a.title, text_color);

    std::string meta = a.source.empty() ? std::string("unknown source") : a.source;
    const std::string& date = app.date_label(*current);
    if (!date.empty()) meta += "  \xC2\xB7  " + date;
    if (!a.authors.empty()) {
        meta += "  \xC2\xB7  ";
        for (size_t i = 0; i < a.authors.size(); ++i) meta += (i ? ", " : "") + a.authors[i];
    }
    wrapped_text(ui.fonts.text, ui.fonts.small_size, meta, muted);
    if (!a.url.empty()) {
        ImGui::PushFont(ui.fonts.text, ui.fonts.small_size);
        ImGui::TextLinkOpenURL(fit_link_label(a.url, measure).c_str(), a.url.c_str());
        ImGui::PopFont();
    }
    ImGui::Dummy(ImVec2(0, 10));

    for (const Paragraph& p : a.paragraphs) {
        if (p.is_heading) {
            ImGui::Dummy(ImVec2(0, 6));
            wrapped_text(ui.fonts.text, ui.fonts.heading_size, p.text, text_color);
        } else {
            wrapped_text(ui.fonts.text, ui.fonts.body_size, p.text, text_color);
        }
        ImGui::Dummy(ImVec2(0, ui.fonts.body_size * 0.6f));
    }
    if (a.is_truncated) {
        wrapped_text(ui.fonts.text, ui.fonts.small_size,
                     "The scraped text stops here: the rest of the article was not captured.", muted);
        if (!a.url.empty()) {
            ImGui::PushFont(ui.fonts.text, ui.fonts.small_size);
            ImGui::TextLinkOpenURL("Read the original", a.url.c_str());
            ImGui::PopFont();
        }
    }
    ImGui::Dummy(ImVec2(0, 40));
    ImGui::PopTextWrapPos();
    ImGui::Unindent(indent);
}

}  // namespace broadsheet
