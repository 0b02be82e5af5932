#include "ui/reader_layout.h"

#include <imgui.h>

#include <algorithm>

namespace broadsheet {

void layout_article(ReaderLayout& layout, uint64_t article_id, const Article& article, ImFont* font,
                    float width, float font_size, float line_height) {
    layout.article_id = article_id;
    layout.width = width;
    layout.font_size = font_size;
    layout.line_height = line_height;
    layout.lines.clear();
    layout.first_line_of_paragraph.clear();

    float y = 0;
    float paragraph_gap = font_size * 0.8f;
    for (uint32_t p = 0; p < article.paragraphs.size(); ++p) {
        const Paragraph& para = article.paragraphs[p];
        float size = para.is_heading ? font_size * 1.2f : font_size;
        float step = size * line_height;
        if (para.is_heading) y += paragraph_gap * 0.5f;
        layout.first_line_of_paragraph.push_back(static_cast<uint32_t>(layout.lines.size()));
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
