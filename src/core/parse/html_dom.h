// A thin layer over gumbo-parser (the HTML5 parser): an owning document and
// the few read-only queries the extractor and the metadata reader need.
// gumbo always builds a tree, whatever the bytes (it never fails and never
// throws); invalid UTF-8 is replaced by U+FFFD. The tree is read, never changed.
#pragma once

#include <gumbo.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace broadsheet {

// Our walks stop this deep; gumbo itself nests unboundedly on hostile input.
constexpr int kHtmlMaxDepth = 400;

class HtmlDocument {
public:
    // Parses a whole document or a fragment (gumbo wraps a fragment in html/body),
    // after strip_scripts_and_styles() (html_prescan.h).
    explicit HtmlDocument(std::string_view utf8_html);
    ~HtmlDocument();
    HtmlDocument(const HtmlDocument&) = delete;
    HtmlDocument& operator=(const HtmlDocument&) = delete;

    const GumboNode* root() const;  // the <html> element, never null
    const GumboNode* body() const;  // <body>, or root() if gumbo made none

    size_t arena_bytes() const { return m_arena.total; }  // memory the tree took

    // gumbo allocates every node, attribute and string separately; a bump
    // arena freed in one go makes parsing ~20% faster and destruction free.
    struct Arena {
        std::vector<std::unique_ptr<char[]>> blocks;
        size_t used = 0;      // bytes used in blocks.back()
        size_t capacity = 0;  // size of blocks.back()
        size_t total = 0;
    };

private:
    std::string m_bytes;  // gumbo's string pieces point into this
    Arena m_arena;
    GumboOutput* m_output = nullptr;
};

bool is_element(const GumboNode* node);
bool has_tag(const GumboNode* node, GumboTag tag);

// Lower-case tag name, also for tags gumbo does not know ("amp-img").
std::string tag_name(const GumboNode* node);

// The attribute's value, or "" when absent (gumbo decodes entities in it).
std::string_view attribute(const GumboNode* node, const char* name);
bool has_attribute(const GumboNode* node, const char* name);

// The text of the node and its descendants, skipping script/style/template,
// with runs of white space collapsed to one space and the ends trimmed.
std::string inner_text(const GumboNode* node);

// Like inner_text, but stops once the text is longer than `max_bytes`
// (for "is this short?" checks on elements that may hold a whole page).
std::string inner_text_limited(const GumboNode* node, size_t max_bytes);

// Appends `text` to `out`, collapsing white space runs to one space; `out`
// never gets a leading space or two spaces in a row.
void append_collapsed(std::string& out, std::string_view text);

// Trims ASCII white space (and NBSP) at both ends.
std::string_view trim_space(std::string_view text);

// Number of Unicode code points in UTF-8 text.
size_t utf8_length(std::string_view text);

// ASCII lower-case copy.
std::string ascii_lower(std::string_view text);

}  // namespace broadsheet
