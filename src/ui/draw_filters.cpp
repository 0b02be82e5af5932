#include "ui/draw_app.h"
#include "ui/text_field.h"

#include "core/civil_time.h"
#include "core/parse/date_parse.h"

#include <imgui.h>

#include <algorithm>
#include <cstdio>

namespace broadsheet {
namespace {

std::optional<int64_t> parse_day(const std::string& text) {
    auto ts = parse_date(text);
    if (!ts) return std::nullopt;
    return day_from_epoch(ts->epoch_seconds);
}

void draw_date_presets(const App& app, UiState& ui, Commands& commands) {
    const DayRange& current = app.view().days;
    struct Preset {
        const char* label;
        int days;  // 0 = all
    };
    const Preset presets[] = {{"All", 0}, {"Today", 1}, {"7 days", 7}, {"30 days", 30}};
    bool is_first = true;
    for (const Preset& p : presets) {
        if (!is_first) same_line_if_fits(ImGui::CalcTextSize(p.label).x + ImGui::GetStyle().FramePadding.x * 2);
        is_first = false;
        DayRange range;
        if (p.days > 0) {
            range.first_day = ui.today - (p.days - 1);
            range.last_day = ui.today;
        }
        bool is_active = range == current;
        if (is_active) ImGui::PushStyleColor(ImGuiCol_Button, ImGui::GetStyleColorVec4(ImGuiCol_ButtonActive));
        if (ImGui::SmallButton(p.label)) commands.push([range](App& a) { a.set_days(range); });
        if (is_active) ImGui::PopStyleColor();
    }

    // Custom range: two browser inputs over ImGui slots (TextFieldSlot). They
    // follow the current filter until edited; Enter or leaving an edited field
    // applies the range, Esc drops the edit.
    TextFieldSlot& from = ui.field(TextField::From);
    TextFieldSlot& to = ui.field(TextField::To);
    bool is_applied = false;
    for (TextFieldSlot* slot : {&from, &to}) {
        if (slot->escape_pressed) slot->is_edited = false;
        if (slot->enter_presses != 0 || (slot->is_edited && !slot->is_focused)) is_applied = true;
        slot->escape_pressed = false;
        slot->enter_presses = 0;
    }
    if (is_applied) {
        DayRange range;
        range.first_day = parse_day(ui.custom_from);
        range.last_day = parse_day(ui.custom_to);
        commands.push([range](App& a) { a.set_days(range); });
        from.is_edited = to.is_edited = false;
    } else if (!from.is_focused && !to.is_focused && !from.is_edited && !to.is_edited) {
        ui.custom_from = current.first_day ? format_day(*current.first_day) : "";
        ui.custom_to = current.last_day ? format_day(*current.last_day) : "";
    }
    float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) * 0.5f;
    draw_text_field("##from", from, ui.custom_from, "from YYYY-MM-DD", half);
    ImGui::SameLine();
    draw_text_field("##to", to, ui.custom_to, "to YYYY-MM-DD", half);
}

// Articles per day as bars; click a bar for that day, drag across bars for a range.
void draw_timeline(const App& app, UiState& ui, Commands& commands) {
    const auto& timeline = app.timeline();
    if (timeline.empty()) {
        ImGui::TextDisabled("No dated articles.");
        return;
    }
    int64_t first = timeline.front().day;
    int64_t last = timeline.back().day;
    int64_t span = last - first + 1;
    uint32_t peak = 1;
    for (const DayCount& d : timeline) peak = std::max(peak, d.count);

    float width = ImGui::GetContentRegionAvail().x;
    float height = 56.0f;
    ImVec2 origin = ImGui::GetCursorScreenPos();
    ImGui::InvisibleButton("##timeline", ImVec2(width, height));
    bool is_hovered = ImGui::IsItemHovered();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), ImGui::GetColorU32(ImGuiCol_FrameBg), 3.0f);

    auto day_at = [&](float x) {
        float t = std::clamp((x - origin.x) / width, 0.0f, 0.9999f);
        return first + static_cast<int64_t>(t * static_cast<float>(span));
    };
    const DayRange& selected = app.view().days;
    ImU32 bar = ImGui::GetColorU32(ImGuiCol_PlotHistogram);
    ImU32 dim = ImGui::GetColorU32(ImGuiCol_PlotHistogram, 0.35f);
    float bar_w = std::max(1.0f, width / static_cast<float>(span));
    for (const DayCount& d : timeline) {
        float x = origin.x + static_cast<float>(d.day - first) / static_cast<float>(span) * width;
        float h = (height - 4.0f) * static_cast<float>(d.count) / static_cast<float>(peak);
        bool in_range = selected.contains(d.day);
        draw->AddRectFilled(ImVec2(x, origin.y + height - h), ImVec2(x + std::max(1.0f, bar_w - 1.0f), origin.y + height),
                            in_range ? bar : dim);
    }
    if (ImGui::IsItemActivated()) ui.timeline_drag_start = day_at(ImGui::GetIO().MousePos.x);
    if (ui.timeline_drag_start && ImGui::IsItemActive()) {
        int64_t a = *ui.timeline_drag_start, b = day_at(ImGui::GetIO().MousePos.x);
        float xa = origin.x + static_cast<float>(std::min(a, b) - first) / static_cast<float>(span) * width;
        float xb = origin.x + static_cast<float>(std::max(a, b) - first + 1) / static_cast<float>(span) * width;
        draw->AddRectFilled(ImVec2(xa, origin.y), ImVec2(xb, origin.y + height), ImGui::GetColorU32(ImGuiCol_TextSelectedBg));
    }
    if (ui.timeline_drag_start && ImGui::IsItemDeactivated()) {
        int64_t a = *ui.timeline_drag_start, b = day_at(ImGui::GetIO().MousePos.x);
        DayRange range;
        range.first_day = std::min(a, b);
        range.last_day = std::max(a, b);
        commands.push([range](App& app_) { app_.set_days(range); });
        ui.timeline_drag_start.reset();
    }
    if (is_hovered && !ImGui::IsItemActive()) {
        int64_t day = day_at(ImGui::GetIO().MousePos.x);
        auto it = std::lower_bound(timeline.begin(), timeline.end(), day,
                                   [](const DayCount& d, int64_t v) { return d.day < v; });
        uint32_t count = (it != timeline.end() && it->day == day) ? it->count : 0;
        ImGui::SetTooltip("%s: %u article%s\nclick for the day, drag for a range", format_day(day).c_str(), count,
                          count == 1 ? "" : "s");
    }
    ImGui::TextDisabled("%s", format_day(first).c_str());
    std::string last_text = format_day(last);
    ImGui::SameLine(std::max(0.0f, width - ImGui::CalcTextSize(last_text.c_str()).x));
    ImGui::TextDisabled("%s", last_text.c_str());
}

void draw_sources(const App& app, Commands& commands) {
    const auto& selected = app.view().sources;
    if (!selected.empty() && ImGui::SmallButton("Show all sources")) {
        commands.push([](App& a) { a.clear_sources(); });
    }
    // Thousands of sites in a crawl: only the rows on screen are drawn.
    const auto& counts = app.source_counts();
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(counts.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const auto& [source, count] = counts[i];
            bool is_on = selected.count(source) != 0;
            ImGui::PushID(i);
            if (ImGui::Checkbox("##on", &is_on)) {
                std::string s = source;
                commands.push([s](App& a) { a.toggle_source(s); });
            }
            ImGui::SameLine();
            char number[16];
            std::snprintf(number, sizeof number, "%u", count);
            float number_w = ImGui::CalcTextSize(number).x;
            float right = ImGui::GetCursorPosX() + ImGui::GetContentRegionAvail().x;
            // The name is clipped so a long domain never covers its count.
            ImVec2 pos = ImGui::GetCursorScreenPos();
            ImGui::PushClipRect(pos, ImVec2(pos.x + ImGui::GetContentRegionAvail().x - number_w - 8.0f, pos.y + 100.0f), true);
            ImGui::TextUnformatted(source.empty() ? "(no source)" : source.c_str());
            ImGui::PopClipRect();
            ImGui::SameLine(std::max(0.0f, right - number_w));
            ImGui::TextDisabled("%s", number);
            ImGui::PopID();
        }
    }
}

}  // namespace

void draw_filters(const App& app, UiState& ui, Commands& commands) {
    ImGui::SeparatorText("Show");
    const MarkFilter filters[] = {MarkFilter::All, MarkFilter::Unread, MarkFilter::Starred, MarkFilter::Read};
    const char* labels[] = {"All", "Unread", "Starred", "Read"};
    for (int i = 0; i < 4; ++i) {
        if (ImGui::RadioButton(labels[i], app.view().marks == filters[i])) {
            MarkFilter f = filters[i];
            commands.push([f](App& a) { a.set_mark_filter(f); });
        }
        if (i % 2 == 0) ImGui::SameLine(ImGui::GetContentRegionAvail().x * 0.5f + ImGui::GetStyle().WindowPadding.x);
    }
    ImGui::SeparatorText("Dates");
    draw_date_presets(app, ui, commands);
    draw_timeline(app, ui, commands);
    ImGui::SeparatorText("Sources");
    draw_sources(app, commands);
}

}  // namespace broadsheet
