// Publishes the reader to the page's text layer (web/text-layer.js).
// Per frame this only copies a few floats and compares them with the last
// published ones; the article's text crosses as JSON only when its layout
// changed, so scrolling a 20,000-line article costs no JSON at all.
#include "platform/web_text_layer.h"

#include "platform/web_a11y.h"
#include "platform/web_font_loader.h"
#include "platform/web_host.h"

#include <imgui.h>
#include <imgui_internal.h>
#include <nlohmann/json.hpp>

#include <emscripten.h>

#include <cstring>

namespace broadsheet {
namespace {

float g_geometry[kSlotCount];   // what the page reads
float g_published[kSlotCount];  // what it was last told about
bool g_has_published = false;
const ImFont* g_measured_font = nullptr;  // the font g_em_per_size was read from
float g_em_per_size = 0;

// What the layer's content was built from; a change bumps the content version.
struct ContentKey {
    uint64_t article = UINT64_MAX;
    float width = 0, font_size = 0, line_height = 0, height = 0;
    size_t lines = 0;
    bool operator==(const ContentKey& o) const {
        return article == o.article && width == o.width && font_size == o.font_size &&
               line_height == o.line_height && height == o.height && lines == o.lines;
    }
};
ContentKey g_content_key;
float g_content_version = 0;

// Root ImGui windows other than the main one (help, errors, popups, tooltips):
// where they cover the reader, the page's layer must let the mouse through.
int collect_overlays(float* out) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    int n = 0;
    for (ImGuiWindow* w : g.Windows) {
        if (!w->WasActive || w->Hidden || (w->Flags & ImGuiWindowFlags_ChildWindow)) continue;
        if (std::strcmp(w->Name, "Broadsheet") == 0) continue;
        if (n == kMaxOverlays) break;
        out[4 * n + 0] = w->Pos.x;
        out[4 * n + 1] = w->Pos.y;
        out[4 * n + 2] = w->Size.x;
        out[4 * n + 3] = w->Size.y;
        ++n;
    }
    return n;
}

std::string byline(const App& app, ArticleId id, int minutes) {
    const Article& a = app.library().article(id);
    std::string meta = a.source.empty() ? std::string("unknown source") : a.source;
    if (!app.date_label(id).empty()) meta += " \xC2\xB7 " + app.date_label(id);
    for (size_t i = 0; i < a.authors.size(); ++i) meta += (i ? ", " : " \xC2\xB7 ") + a.authors[i];
    meta += " \xC2\xB7 " + std::to_string(minutes) + " min read";
    return meta;
}

// UTF-16 length of UTF-8 bytes [from, to): JavaScript strings count in UTF-16.
uint32_t utf16_length(const std::string& s, size_t from, size_t to) {
    uint32_t n = 0;
    for (size_t i = from; i < to && i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) == 0x80) continue;
        n += c >= 0xF0 ? 2 : 1;  // 4-byte sequences are surrogate pairs
    }
    return n;
}

}  // namespace

const float* text_layer_geometry() { return g_geometry; }

void publish_text_layer(WebHost& host) {
    const UiState& ui = host.ui;
    const ReaderView& v = ui.reader_view;
    const ReaderLayout& layout = ui.layout;
    bool is_shown = v.frame == ImGui::GetFrameCount() && host.app.current() &&
                    layout.article_id == *host.app.current();

    ContentKey key;
    if (is_shown) {
        key = {layout.article_id, layout.width, layout.font_size, layout.line_height, layout.height, layout.lines.size()};
    }
    if (!(key == g_content_key)) {
        g_content_key = key;
        g_content_version += 1;
    }
    float* g = g_geometry;
    std::memset(g, 0, sizeof g_geometry);
    g[kSlotContentVersion] = g_content_version;
    g[kSlotShown] = is_shown ? 1.0f : 0.0f;
    if (is_shown) {
        g[kSlotX] = v.x;
        g[kSlotY] = v.y;
        g[kSlotW] = v.w;
        g[kSlotH] = v.h;
        g[kSlotScrollY] = v.scroll_y;
        g[kSlotScrollMaxY] = v.scroll_max_y;
        g[kSlotBodyLeft] = v.body_left;
        g[kSlotBodyTop] = v.body_top;
        g[kSlotTitleTop] = v.title_top;
        g[kSlotMetaTop] = v.meta_top;
        g[kSlotLinkTop] = v.link_top;
        g[kSlotFontSize] = layout.font_size;
        // The font never changes in a session: read its tables once.
        if (g_measured_font != ui.font) {
            g_measured_font = ui.font;
            g_em_per_size = em_per_pixel_height(ui.font);
        }
        g[kSlotEmPerSize] = g_em_per_size;
        g[kSlotMeasure] = v.measure;
    }
    ImGuiContext& ctx = *ImGui::GetCurrentContext();
    bool is_dragging = ctx.ActiveId != 0 && ImGui::GetIO().MouseDown[0];
    bool is_popup_open = ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel);
    g[kSlotBlocked] = (is_dragging || is_popup_open) ? 1.0f : 0.0f;
    g[kSlotA11yVersion] = static_cast<float>(a11y_version(host));
    g[kSlotOverlayCount] = static_cast<float>(collect_overlays(g + kSlotOverlays));

    if (g_has_published && std::memcmp(g_published, g_geometry, sizeof g_geometry) == 0) return;
    std::memcpy(g_published, g_geometry, sizeof g_geometry);
    g_has_published = true;
    EM_ASM({
        if (Module.bsTextLayer) Module.bsTextLayer.changed();
        if (Module.bsA11y) Module.bsA11y.changed();
    });
}

std::string text_layer_content_json(const WebHost& host) {
    const UiState& ui = host.ui;
    const ReaderLayout& layout = ui.layout;
    auto current = host.app.current();
    if (!current || layout.article_id != *current) return "null";
    ArticleId id = *current;
    const Article& a = host.app.library().article(id);
    nlohmann::json paragraphs = nlohmann::json::array();
    size_t n = layout.first_line_of_paragraph.size();
    for (size_t p = 0; p < n; ++p) {
        size_t first = layout.first_line_of_paragraph[p];
        size_t last = p + 1 < n ? layout.first_line_of_paragraph[p + 1] : layout.lines.size();
        if (first >= last) continue;
        const std::string& text = a.paragraphs[p].text;
        float top = layout.lines[first].y;
        float bottom = last < layout.lines.size() ? layout.lines[last].y : layout.height;
        nlohmann::json begins = nlohmann::json::array(), ends = nlohmann::json::array();
        uint32_t at = 0;
        size_t at_byte = 0;
        for (size_t i = first; i < last; ++i) {
            const LayoutLine& line = layout.lines[i];
            at += utf16_length(text, at_byte, line.begin);
            begins.push_back(at);
            at += utf16_length(text, line.begin, line.end);
            ends.push_back(at);
            at_byte = line.end;
        }
        bool is_heading = layout.lines[first].is_heading;
        float size = is_heading ? layout.font_size * 1.2f : layout.font_size;
        paragraphs.push_back({{"y", top},
                              {"h", bottom - top},
                              {"size", size},
                              {"step", size * layout.line_height},
                              {"heading", is_heading},
                              {"text", text},
                              {"b", std::move(begins)},
                              {"e", std::move(ends)}});
    }
    nlohmann::json j = {{"id", id},
                        {"version", g_content_version},
                        {"title", a.title},
                        {"byline", byline(host.app, id, layout.reading_minutes)},
                        {"url", a.url},
                        {"fontSize", layout.font_size},
                        {"height", layout.height},
                        {"paragraphs", std::move(paragraphs)}};
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string text_layer_line_rects_json(const WebHost& host) {
    const UiState& ui = host.ui;
    const ReaderView& v = ui.reader_view;
    const ReaderLayout& layout = ui.layout;
    nlohmann::json rects = nlohmann::json::array();
    auto current = host.app.current();
    if (!current || layout.article_id != *current || !ui.font) return rects.dump();
    const Article& a = host.app.library().article(*current);
    float origin_x = v.x + v.body_left;
    float origin_y = v.y + v.body_top - v.scroll_y;
    for (size_t i = first_visible_line(layout, v.scroll_y - v.body_top); i < layout.lines.size(); ++i) {
        const LayoutLine& line = layout.lines[i];
        float y = origin_y + line.y;
        if (y > v.y + v.h) break;
        float size = line.is_heading ? layout.font_size * 1.2f : layout.font_size;
        if (y + size < v.y) continue;
        const std::string& text = a.paragraphs[line.paragraph].text;
        float w = ui.font->CalcTextSizeA(size, FLT_MAX, 0, text.c_str() + line.begin, text.c_str() + line.end).x;
        rects.push_back({{"line", i}, {"paragraph", line.paragraph}, {"x", origin_x}, {"y", y}, {"w", w}, {"h", size},
                         {"text", text.substr(line.begin, line.end - line.begin)}});
    }
    return rects.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace broadsheet
