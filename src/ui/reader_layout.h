// The reader's paragraphs broken into lines once per (article, width, font
// size, line height), so drawing a 20,000-paragraph article only touches the
// lines on screen. Lines refer to the article by paragraph and byte range.
#pragma once

#include "core/article.h"

#include <cstdint>
#include <vector>

struct ImFont;

namespace broadsheet {

struct LayoutLine {
    uint32_t paragraph;
    uint32_t begin;       // byte range inside the paragraph's text
    uint32_t end;
    float y;              // top, relative to the start of the body
    bool is_heading;
};

struct ReaderLayout {
    // The inputs the lines were made for; a change to any means relayout.
    uint64_t article_id = UINT64_MAX;
    float width = 0, font_size = 0, line_height = 0;

    std::vector<LayoutLine> lines;
    std::vector<uint32_t> first_line_of_paragraph;
    float height = 0;
    int reading_minutes = 1;   // of the whole article, set with the lines (it changes only with the article)

    bool is_valid_for(uint64_t id, float w, float size, float lh) const {
        return article_id == id && width == w && font_size == size && line_height == lh;
    }
};

// Lays out every paragraph of `article`; headings at 1.2x the font size.
void layout_article(ReaderLayout& layout, uint64_t article_id, const Article& article, ImFont* font,
                    float width, float font_size, float line_height);

// Index of the first line whose bottom is below `y` (binary search).
size_t first_visible_line(const ReaderLayout& layout, float y);

}  // namespace broadsheet
