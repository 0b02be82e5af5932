#include "ui/reader_layout.h"

#include "core/text/line_breaks.h"
#include "core/text/complex_text.h"
#include "ui/draw_app.h"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

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
        const std::string& str = para.text;
        if (str.empty()) {
            layout.lines.push_back({p, 0, 0, y, para.is_heading});
            y += step;
        }
        // Greedy fill between the script's break opportunities (core/text/
        // line_breaks.h: kinsoku for CJK, clusters for Thai, spaces elsewhere).
        // Each piece is measured once; trailing spaces hang past the measure.
        auto measure = [&](uint32_t b, uint32_t e) {
            return b < e ? font->CalcTextSizeA(size, FLT_MAX, 0.0f, str.data() + b, str.data() + e).x : 0.0f;
        };
        auto trim_end = [&](uint32_t from, uint32_t to) {
            while (to > from && (str[to - 1] == ' ' || str[to - 1] == '\t' || str[to - 1] == '\n' ||
                                 str[to - 1] == '\r')) {
                --to;
            }
            return to;
        };
        std::vector<uint32_t> breaks = text::line_break_opportunities(str);
        size_t k = 0;
        uint32_t s = 0;
        while (s < str.size()) {
            while (k < breaks.size() && breaks[k] <= s) ++k;
            float used = 0;   // width of the pieces taken, their spaces included
            uint32_t from = s, line_end = s, next = s;
            for (size_t m = k; m < breaks.size(); ++m) {
                uint32_t visible = trim_end(from, breaks[m]);
                float word = measure(from, visible);
                if (used + word > width) break;
                line_end = visible;
                next = breaks[m];
                used += word + measure(visible, breaks[m]);
                from = breaks[m];
                if (text::is_mandatory_break(str, breaks[m])) break;
            }
            if (next == s) {
                // The first piece is wider than the line: cut it at grapheme
                // boundaries, at least one grapheme per line.
                next = text::next_grapheme_break(str, s);
                float w = measure(s, next);
                while (next < str.size() && (k >= breaks.size() || next < breaks[k])) {
                    uint32_t after = text::next_grapheme_break(str, next);
                    float g = measure(next, after);
                    if (w + g > width) break;
                    w += g;
                    next = after;
                }
                line_end = trim_end(s, next);
            }
            layout.lines.push_back({p, s, line_end, y, para.is_heading});
            y += step;
            s = next;
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
