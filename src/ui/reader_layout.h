// The reader's paragraphs broken into lines once per (article, width, font
// size, line height), so drawing a 20,000-paragraph article only touches the
// lines on screen. Lines refer to the article by paragraph and byte range.
#pragma once

#include "core/article.h"

#include <cstdint>
#include <vector>

struct ImFont;

namespace broadsheet {

struct UiHost;

struct LayoutLine {
    uint32_t paragraph;
    uint32_t begin;       // byte range inside the paragraph's text
    uint32_t end;
    float y;              // top, relative to the start of the body
    bool is_heading;
    // Lines of paragraphs that need shaping (core/text/complex_text.h) come from
    // the host and are drawn as images: x from the left of the measure (a
    // right-to-left line is right-aligned), their advance, their direction.
    float x = 0;
    float width = 0;
    bool is_rtl = false;
    bool is_shaped = false;
};

struct ReaderLayout {
    // The inputs the lines were made for; a change to any means relayout.
    uint64_t article_id = UINT64_MAX;
    float width = 0, font_size = 0, line_height = 0;
    int shaping_generation = 0;   // the host's fonts the shaped lines were measured with

    std::vector<LayoutLine> lines;
    std::vector<uint32_t> first_line_of_paragraph;
    float height = 0;
    int reading_minutes = 1;   // of the whole article, set with the lines (it changes only with the article)
    // The title when it needs shaping (else empty: ImGui wraps it), at title_size.
    std::vector<LayoutLine> title_lines;
    float title_size = 0, title_height = 0;

    bool is_valid_for(uint64_t id, float w, float size, float lh, int generation = 0) const {
        return article_id == id && width == w && font_size == size && line_height == lh &&
               shaping_generation == generation;
    }
};

// Lays out every paragraph of `article`; headings at 1.2x the font size.
// Paragraphs that need shaping get their lines from `host` (may be null:
// ImGui's breaks); so does the title, at `title_size`.
void layout_article(ReaderLayout& layout, uint64_t article_id, const Article& article, ImFont* font, UiHost* host,
                    float width, float font_size, float line_height, float title_size = 0);

// Index of the first line whose bottom is below `y` (binary search).
size_t first_visible_line(const ReaderLayout& layout, float y);

}  // namespace broadsheet
