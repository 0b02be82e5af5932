#include "ui/reader_layout.h"

#include "core/text_script.h"
#include "ui/draw_app.h"

#include <imgui.h>

#include <algorithm>

namespace broadsheet {
namespace {

// Appends the host's lines for one paragraph (shaped, bidi, per-script
// breaks) starting at `y`; false when the host cannot lay it out.
bool layout_shaped(std::vector<LayoutLine>& lines, UiHost& host, const std::string& text, const std::string& language,
                   uint32_t paragraph, bool is_heading, float size, float width, float step, float& y) {
    std::vector<UiHost::ShapedLine> shaped = host.layout_shaped_paragraph(text, language, size, width);
    if (shaped.empty()) return false;
    bool is_rtl = paragraph_direction(text) == TextDirection::RightToLeft;
    for (const UiHost::ShapedLine& s : shaped) {
        LayoutLine line{paragraph, s.begin, s.end, y, is_heading};
        line.width = s.width;
        line.x = is_rtl ? width - s.width : 0.0f;
        line.is_rtl = is_rtl;
        line.is_shaped = true;
        lines.push_back(line);
        y += step;
    }
    return true;
}

}  // namespace

void layout_article(ReaderLayout& layout, uint64_t article_id, const Article& article, ImFont* font, UiHost* host,
                    float width, float font_size, float line_height, float title_size) {
    layout.article_id = article_id;
    layout.width = width;
    layout.font_size = font_size;
    layout.line_height = line_height;
    layout.shaping_generation = host ? host->shaping_generation() : 0;
    layout.lines.clear();
    layout.first_line_of_paragraph.clear();
    layout.title_lines.clear();
    layout.title_size = title_size;
    layout.title_height = 0;
    if (host && title_size > 0 && needs_shaping(article.title)) {
        layout_shaped(layout.title_lines, *host, article.title, article.language, UINT32_MAX, true, title_size, width,
                      title_size * 1.3f, layout.title_height);
    }

    float y = 0;
    float paragraph_gap = font_size * 0.8f;
    for (uint32_t p = 0; p < article.paragraphs.size(); ++p) {
        const Paragraph& para = article.paragraphs[p];
        float size = para.is_heading ? font_size * 1.2f : font_size;
        float step = size * line_height;
        if (para.is_heading) y += paragraph_gap * 0.5f;
        layout.first_line_of_paragraph.push_back(static_cast<uint32_t>(layout.lines.size()));
        if (host && needs_shaping(para.text) &&
            layout_shaped(layout.lines, *host, para.text, article.language, p, para.is_heading, size, width, step, y)) {
            y += paragraph_gap;
            continue;
        }
        const char* text = para.text.c_str();
        const char* end = text + para.text.size();
        const char* s = text;
        if (s == end) {
            layout.lines.push_back({p, 0, 0, y, para.is_heading});
            y += step;
        }
        while (s < end) {
            const char* wrap = font->CalcWordWrapPosition(size, s, end, width);
            if (wrap == s) wrap = s + 1;  // a glyph wider than the line still advances
            // Keep the cut on a UTF-8 boundary.
            while (wrap < end && (static_cast<unsigned char>(*wrap) & 0xC0) == 0x80) ++wrap;
            layout.lines.push_back({p, static_cast<uint32_t>(s - text), static_cast<uint32_t>(wrap - text), y,
                                    para.is_heading});
            y += step;
            s = wrap;
            while (s < end && (*s == ' ' || *s == '\t')) ++s;  // the space at a break is not drawn
        }
        y += paragraph_gap;
    }
    layout.height = y;
}

size_t first_visible_line(const ReaderLayout& layout, float y) {
    auto it = std::lower_bound(layout.lines.begin(), layout.lines.end(), y, [&](const LayoutLine& line, float top) {
        return line.y + layout.font_size * 2.0f * layout.line_height < top;
    });
    return static_cast<size_t>(it - layout.lines.begin());
}

}  // namespace broadsheet
