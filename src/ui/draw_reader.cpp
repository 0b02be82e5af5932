// The reader: a toolbar (star, read, copy, open, text size, find), then the
// title block and the body. The body is laid out once (reader_layout.h) and
// only the lines on screen are drawn, so long articles scroll smoothly.
#include "core/article_text.h"
#include "ui/draw_app.h"
#include "ui/find_in_article.h"
#include "ui/text_draw.h"
#include "ui/text_field.h"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace broadsheet {
namespace {

constexpr float kMeasureEm = 34.0f;  // ~75 characters of DejaVu Sans per line

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

// About 265 words a minute; CJK text has no spaces, so its characters count (~500 a minute).
int reading_minutes(const Article& a) {
    size_t words = 0, cjk = 0;
    for (const Paragraph& p : a.paragraphs) {
        bool in_word = false;
        const std::string& t = p.text;
        for (size_t i = 0; i < t.size(); ++i) {
            unsigned char c = static_cast<unsigned char>(t[i]);
            if (c >= 0xE3 && c <= 0xED && i + 2 < t.size()) {  // U+3000..U+DFFF: kana, CJK ideographs, hangul
                ++cjk;
                i += 2;
                in_word = false;
                continue;
            }
            bool space = c == ' ' || c == '\t';
            if (!space && !in_word && (c & 0xC0) != 0x80) ++words;
            in_word = !space;
        }
    }
    double minutes = static_cast<double>(words) / 265.0 + static_cast<double>(cjk) / 500.0;
    return std::max(1, static_cast<int>(std::lround(minutes)));
}

void update_find(const Article& article, ArticleId id, UiState& ui) {
    std::vector<std::string> words = words_of_query(ui.find_text);
    if (ui.find_article == id && words == ui.find_words) return;
    ui.find_article = id;
    ui.find_words = words;
    ui.find_matches = find_in_article(article, words);
    ui.find_index = ui.find_matches.empty() ? -1 : 0;
    if (!ui.find_matches.empty()) ui.jump_to_first_match = true;
}

void draw_toolbar_row(const App& app, ArticleId id, const Article& a, UiState& ui, Commands& commands, UiHost& host) {
    bool starred = app.is_starred(id);
    if (ImGui::Button(starred ? "\xE2\x98\x85 Starred" : "\xE2\x98\x86 Star")) {
        commands.push([id, starred](App& x) { x.set_starred(id, !starred); });
    }
    bool read = app.is_read(id);
    const char* read_label = read ? "Mark unread" : "Mark read";
    same_line_if_fits(button_width(read_label));
    if (ImGui::Button(read_label)) commands.push([id, read](App& x) { x.set_read(id, !read); });
    same_line_if_fits(button_width("Copy text"));
    if (ImGui::Button("Copy text")) host.copy_text(article_as_text(a));
    if (!a.url.empty()) {
        same_line_if_fits(button_width("Copy link"));
        if (ImGui::Button("Copy link")) host.copy_text(a.url);
        same_line_if_fits(button_width("Open original"));
        if (ImGui::Button("Open original")) host.open_url(a.url);
    }
    same_line_if_fits(button_width("A\xE2\x88\x92"));
    if (ImGui::Button("A\xE2\x88\x92")) {
        ui.settings.font_size = std::max(12.0f, ui.settings.font_size - 1.0f);
        ui.settings_changed = true;
    }
    same_line_if_fits(button_width("A+"));
    if (ImGui::Button("A+")) {
        ui.settings.font_size = std::min(32.0f, ui.settings.font_size + 1.0f);
        ui.settings_changed = true;
    }
    same_line_if_fits(button_width("Find"));
    if (ImGui::Button("Find")) {
        ui.show_find = true;
        ui.focus_find = true;
    }
}

// The find box is a real <input> over its slot (TextFieldSlot): it edits
// ui.find_text (update_find follows it) and reports Enter / Esc typed in it.
void draw_find_bar(UiState& ui) {
    TextFieldSlot& field = ui.field(TextField::Find);
    if (!ui.show_find) {
        field.enter_presses = 0;
        field.escape_pressed = false;
        return;
    }
    if (ui.focus_find) {
        field.wants_focus = true;
        ui.focus_find = false;
    }
    field.is_edited = false;
    int n = static_cast<int>(ui.find_matches.size());
    auto step = [&](int delta) {
        if (n == 0) return;
        ui.find_index = ((ui.find_index + delta) % n + n) % n;
        ui.jump_to_first_match = true;
    };
    // Enter: next match, Shift+Enter: previous (each press counted, even several in one frame).
    if (field.enter_presses != 0) {
        step(field.enter_presses);
        field.enter_presses = 0;
    }
    draw_text_field("##find", field, ui.find_text, "Find in article", 220);
    ImGui::SameLine();
    if (ImGui::ArrowButton("##prev", ImGuiDir_Up)) step(-1);
    ImGui::SameLine();
    if (ImGui::ArrowButton("##next", ImGuiDir_Down)) step(+1);
    ImGui::SameLine();
    ImGui::AlignTextToFramePadding();
    if (ui.find_text.empty()) ImGui::TextDisabled(" ");
    else if (n == 0) ImGui::TextDisabled("no matches");
    else ImGui::TextDisabled("%d of %d", ui.find_index + 1, n);
    ImGui::SameLine();
    if (ImGui::SmallButton("Close") || field.escape_pressed) {
        field.escape_pressed = false;
        ui.show_find = false;
        ui.find_text.clear();
    }
}

// A find highlight's x range on a shaped line, approximated by the advance
// of the text before the match (exact for one direction; a mixed-direction
// line may put an embedded run's match elsewhere).
void shaped_match_span(UiHost& host, const LayoutLine& line, const std::string& para, uint32_t b, uint32_t e, float size,
                       float& x0, float& x1) {
    std::string_view text(para);
    float before = host.measure_shaped_text(text.substr(line.begin, b - line.begin), size);
    float through = host.measure_shaped_text(text.substr(line.begin, e - line.begin), size);
    if (line.is_rtl) {
        x0 = line.x + line.width - through;
        x1 = line.x + line.width - before;
    } else {
        x0 = line.x + before;
        x1 = line.x + through;
    }
}

void draw_body(const Article& a, UiState& ui, ImVec2 origin, UiHost& host) {
    const ReaderLayout& layout = ui.layout;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    ImU32 hit = ImGui::GetColorU32(ImGuiCol_TextSelectedBg);
    ImU32 current_hit = IM_COL32(255, 170, 0, 170);
    // The visible band, in body coordinates.
    float view_top = ImGui::GetWindowPos().y - origin.y;
    float view_bottom = view_top + ImGui::GetWindowHeight();
    for (size_t i = first_visible_line(layout, view_top); i < layout.lines.size(); ++i) {
        const LayoutLine& line = layout.lines[i];
        if (line.y > view_bottom) break;
        const std::string& para = a.paragraphs[line.paragraph].text;
        const char* begin = para.c_str() + line.begin;
        const char* end = para.c_str() + line.end;
        float size = line.is_heading ? layout.font_size * 1.2f : layout.font_size;
        ImVec2 pos(origin.x, origin.y + line.y);
        // Highlights under the text: matches overlapping this line.
        auto first = std::lower_bound(ui.find_matches.begin(), ui.find_matches.end(), line.paragraph,
                                      [](const FindMatch& m, uint32_t p) { return m.paragraph < p; });
        for (auto m = first; m != ui.find_matches.end() && m->paragraph == line.paragraph; ++m) {
            if (m->end <= line.begin || m->begin >= line.end) continue;
            uint32_t b = std::max(m->begin, line.begin), e = std::min(m->end, line.end);
            float x0, x1;
            if (line.is_shaped) {
                shaped_match_span(host, line, para, b, e, size, x0, x1);
            } else {
                x0 = ui.font->CalcTextSizeA(size, FLT_MAX, 0, begin, para.c_str() + b).x;
                x1 = ui.font->CalcTextSizeA(size, FLT_MAX, 0, begin, para.c_str() + e).x;
            }
            bool is_current = (m - ui.find_matches.begin()) == ui.find_index;
            draw->AddRectFilled(ImVec2(pos.x + x0 - 1, pos.y), ImVec2(pos.x + x1 + 1, pos.y + size * 1.2f),
                                is_current ? current_hit : hit, 2.0f);
        }
        if (line.is_shaped &&
            draw_shaped_line(draw, host, ui.font, ImVec2(pos.x + line.x, pos.y), std::string_view(begin, end - begin),
                             size, text, line.is_rtl)) {
            continue;
        }
        draw->AddText(ui.font, size, pos, text, begin, end);
    }
}

// The title: ImGui wraps it, unless it needs shaping; then the layout holds its lines.
void draw_title(const Article& a, const UiState& ui, UiHost& host, float font_size) {
    const ReaderLayout& layout = ui.layout;
    if (layout.title_lines.empty()) {
        ImGui::PushFont(nullptr, font_size * 1.55f);
        ImGui::TextWrapped("%s", a.title.c_str());
        ImGui::PopFont();
        return;
    }
    ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    ImU32 colour = ImGui::GetColorU32(ImGuiCol_Text);
    for (const LayoutLine& line : layout.title_lines) {
        std::string_view text(a.title.data() + line.begin, line.end - line.begin);
        ImVec2 pos(origin.x + line.x, origin.y + line.y);
        if (!draw_shaped_line(draw, host, ui.font, pos, text, layout.title_size, colour, line.is_rtl)) {
            draw->AddText(ui.font, layout.title_size, pos, colour, text.data(), text.data() + text.size());
        }
    }
    ImGui::Dummy(ImVec2(layout.width, layout.title_height));
}

}  // namespace

void draw_reader(const App& app, UiState& ui, Commands& commands, UiHost& host) {
    auto current = app.current();
    if (!current) {
        ImGui::TextDisabled("Select an article to read it (j / k, or click).");
        return;
    }
    ArticleId id = *current;
    const Article& a = app.library().article(id);
    const std::string& key = app.library().key_of(id);
    bool is_new_article = ui.reader_shown != current;
    if (is_new_article) {
        ui.reader_shown = current;
        // Coming from a search, show the engine's matches (stemmed, accent-folded);
        // otherwise keep what the find box says.
        auto words = words_of_query(app.view().query);
        if (!words.empty() && !app.current_matches().empty()) {
            ui.find_text.clear();
            for (const std::string& w : words) ui.find_text += (ui.find_text.empty() ? "" : " ") + w;
            ui.find_words = words_of_query(ui.find_text);
            ui.find_article = id;
            ui.find_matches.clear();
            for (const search::MatchPosition& m : app.current_matches()) {
                if (m.paragraph >= 0) ui.find_matches.push_back({static_cast<uint32_t>(m.paragraph), m.range.begin, m.range.end});
            }
            ui.find_index = ui.find_matches.empty() ? -1 : 0;
            ui.jump_to_first_match = !ui.find_matches.empty();
            ui.show_find = true;
        }
        auto saved = ui.reading_positions.find(key);
        ui.reader_scroll_to = saved != ui.reading_positions.end() && words.empty() ? saved->second : 0.0f;
    }
    update_find(a, id, ui);

    draw_toolbar_row(app, id, a, ui, commands, host);
    draw_find_bar(ui);
    ImGui::Separator();

    if (ui.reader_scroll_px >= 0.0f) {  // the page's text layer scrolled: follow it this frame
        ImGui::SetNextWindowScroll(ImVec2(-1.0f, ui.reader_scroll_px));
        ui.reader_scroll_px = -1.0f;
    }
    ImGui::BeginChild("reader_scroll", ImVec2(0, 0), ImGuiChildFlags_None, ImGuiWindowFlags_NoNav);
    float font_size = ui.settings.font_size;
    float avail = ImGui::GetContentRegionAvail().x;
    float measure = std::min(avail - 8.0f, font_size * kMeasureEm);
    float indent = std::max(0.0f, (avail - measure) * 0.5f);
    ReaderView& view = ui.reader_view;
    view.frame = ImGui::GetFrameCount();
    view.x = ImGui::GetWindowPos().x;
    view.y = ImGui::GetWindowPos().y;
    view.w = ImGui::GetCursorScreenPos().x + avail - view.x;
    view.h = ImGui::GetWindowHeight();
    view.scroll_y = ImGui::GetScrollY();
    view.scroll_max_y = ImGui::GetScrollMaxY();
    view.measure = measure;
    if (!ui.layout.is_valid_for(id, measure, font_size, ui.settings.line_height, host.shaping_generation())) {
        layout_article(ui.layout, id, a, ui.font, &host, measure, font_size, ui.settings.line_height, font_size * 1.55f);
        ui.layout.reading_minutes = reading_minutes(a);
    }

    ImGui::Indent(indent);
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + measure);
    ImGui::Dummy(ImVec2(0, 8));
    view.title_top = ImGui::GetCursorPosY();
    draw_title(a, ui, host, font_size);

    ImGui::PushFont(nullptr, font_size * 0.82f);
    std::string meta = a.source.empty() ? std::string("unknown source") : a.source;
    if (!app.date_label(id).empty()) meta += "  \xC2\xB7  " + app.date_label(id);
    if (!a.authors.empty()) {
        meta += "  \xC2\xB7  ";
        for (size_t i = 0; i < a.authors.size(); ++i) meta += (i ? ", " : "") + a.authors[i];
    }
    char minutes[48];
    std::snprintf(minutes, sizeof minutes, "  \xC2\xB7  %d min read", ui.layout.reading_minutes);
    meta += minutes;
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    view.meta_top = ImGui::GetCursorPosY();
    ImGui::TextWrapped("%s", meta.c_str());
    ImGui::PopStyleColor();
    view.link_top = a.url.empty() ? -1.0f : ImGui::GetCursorPosY();
    if (!a.url.empty()) ImGui::TextLinkOpenURL(fit_link_label(a.url, measure).c_str(), a.url.c_str());
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(0, font_size * 0.6f));

    ImVec2 origin = ImGui::GetCursorScreenPos();
    float body_top = ImGui::GetCursorPosY();
    view.body_top = body_top;
    view.body_left = origin.x - view.x;
    ImGui::Dummy(ImVec2(measure, ui.layout.height));
    draw_body(a, ui, origin, host);

    ImGui::PushFont(nullptr, font_size * 0.85f);
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    // A headline saved without its text is still loaded (text_format.h); say
    // so rather than show a blank page.
    if (a.paragraphs.empty()) ImGui::TextWrapped("This article has no text: only its title was saved.");
    ImGui::PopStyleColor();
    ImGui::PopFont();

    if (a.is_truncated) {
        ImGui::PushFont(nullptr, font_size * 0.85f);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::TextWrapped("The scraped text stops here: the rest of the article was not captured.");
        ImGui::PopStyleColor();
        if (!a.url.empty()) ImGui::TextLinkOpenURL("Read the rest at the original", a.url.c_str());
        ImGui::PopFont();
    }
    // Where it came from, so a reader can find the file (and line) again.
    std::string origin_line = describe_origin(a);
    if (!origin_line.empty()) {
        ImGui::PushFont(nullptr, font_size * 0.8f);
        ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
        ImGui::Dummy(ImVec2(0, font_size * 0.5f));
        ImGui::TextWrapped("From %s", origin_line.c_str());
        ImGui::PopStyleColor();
        ImGui::PopFont();
    }
    ImGui::Dummy(ImVec2(0, 48));
    ImGui::PopTextWrapPos();
    ImGui::Unindent(indent);

    // Scrolling: a pending jump (find, saved position), else remember where we are.
    float scroll_max = ImGui::GetScrollMaxY();
    if (ui.jump_to_first_match && ui.find_index >= 0 && ui.find_index < static_cast<int>(ui.find_matches.size())) {
        const FindMatch& m = ui.find_matches[ui.find_index];
        size_t line = ui.layout.first_line_of_paragraph[m.paragraph];
        while (line + 1 < ui.layout.lines.size() && ui.layout.lines[line + 1].paragraph == m.paragraph &&
               ui.layout.lines[line + 1].begin <= m.begin) {
            ++line;
        }
        ImGui::SetScrollY(std::max(0.0f, body_top + ui.layout.lines[line].y - ImGui::GetWindowHeight() * 0.3f));
        ui.jump_to_first_match = false;
        ui.reader_scroll_to = -1.0f;
    } else if (ui.reader_scroll_pages != 0.0f) {
        ImGui::SetScrollY(std::clamp(ImGui::GetScrollY() + ui.reader_scroll_pages * ImGui::GetWindowHeight(), 0.0f, scroll_max));
        ui.reader_scroll_pages = 0.0f;
    } else if (ui.reader_scroll_to >= 0.0f) {
        ImGui::SetScrollY(ui.reader_scroll_to * (body_top + ui.layout.height));
        ui.reader_scroll_to = -1.0f;
    } else if (!is_new_article) {
        float fraction = scroll_max > 0 ? ImGui::GetScrollY() / (body_top + ui.layout.height) : 0.0f;
        float& saved = ui.reading_positions[key];
        if (std::fabs(saved - fraction) > 0.002f) {
            saved = fraction;
            ui.positions_changed = true;
        }
    }
    ImGui::EndChild();
}

}  // namespace broadsheet
