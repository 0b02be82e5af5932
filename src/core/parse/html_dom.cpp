#include "core/parse/html_dom.h"

#include "core/parse/html_prescan.h"

#include <algorithm>
#include <cstddef>

namespace broadsheet {
namespace {

bool is_space(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

void collect_text(const GumboNode* node, std::string& out, int depth, size_t max_bytes) {
    if (depth > kHtmlMaxDepth || out.size() > max_bytes) return;
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
        node->type == GUMBO_NODE_WHITESPACE) {
        append_collapsed(out, node->v.text.text);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE) return;
    GumboTag t = node->v.element.tag;
    if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_TEMPLATE ||
        t == GUMBO_TAG_NOSCRIPT) {
        return;
    }
    const GumboVector& kids = node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
        collect_text(static_cast<const GumboNode*>(kids.data[i]), out, depth + 1, max_bytes);
    }
}

}  // namespace

namespace {

void* arena_allocate(void* userdata, size_t size) {
    auto* arena = static_cast<HtmlDocument::Arena*>(userdata);
    constexpr size_t kAlign = alignof(std::max_align_t);
    size = (size + kAlign - 1) / kAlign * kAlign;
    if (size == 0) size = kAlign;
    arena->total += size;
    // Blocks start small (feed items parse many tiny fragments) and double up to 1 MB.
    size_t block_size = arena->capacity == 0 ? 8 * 1024 : std::min<size_t>(arena->capacity * 2, 1024 * 1024);
    if (size > block_size / 4) {
        // A big buffer gets a block of its own, inserted before the current one.
        std::unique_ptr<char[]> block(new char[size]);
        char* p = block.get();
        arena->blocks.insert(arena->blocks.end() - (arena->blocks.empty() ? 0 : 1), std::move(block));
        return p;
    }
    if (arena->blocks.empty() || arena->used + size > arena->capacity) {
        arena->blocks.push_back(std::unique_ptr<char[]>(new char[block_size]));  // not zeroed
        arena->used = 0;
        arena->capacity = block_size;
    }
    char* p = arena->blocks.back().get() + arena->used;
    arena->used += size;
    return p;
}

void arena_deallocate(void*, void*) {}  // everything goes with the arena

}  // namespace

HtmlDocument::HtmlDocument(std::string_view utf8_html) : m_bytes(strip_scripts_and_styles(utf8_html)) {
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0;  // we never read parse errors; recording them costs time
    options.allocator = &arena_allocate;
    options.deallocator = &arena_deallocate;
    options.userdata = &m_arena;
    m_output = gumbo_parse_with_options(&options, m_bytes.data(), m_bytes.size());
}

// The arena owns every byte of the tree, so there is nothing to destroy.
HtmlDocument::~HtmlDocument() = default;

const GumboNode* HtmlDocument::root() const { return m_output->root; }

const GumboNode* HtmlDocument::body() const {
    const GumboNode* html = m_output->root;
    const GumboVector& kids = html->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
        auto* kid = static_cast<const GumboNode*>(kids.data[i]);
        if (has_tag(kid, GUMBO_TAG_BODY)) return kid;
    }
    return html;
}

bool is_element(const GumboNode* node) {
    return node && (node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE);
}

bool has_tag(const GumboNode* node, GumboTag tag) {
    return is_element(node) && node->v.element.tag == tag;
}

std::string tag_name(const GumboNode* node) {
    if (!is_element(node)) return {};
    if (node->v.element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(node->v.element.tag);
    GumboStringPiece piece = node->v.element.original_tag;
    gumbo_tag_from_original_text(&piece);
    return ascii_lower(std::string_view(piece.data ? piece.data : "", piece.data ? piece.length : 0));
}

std::string_view attribute(const GumboNode* node, const char* name) {
    if (!is_element(node)) return {};
    const GumboAttribute* a = gumbo_get_attribute(&node->v.element.attributes, name);
    return a && a->value ? std::string_view(a->value) : std::string_view();
}

bool has_attribute(const GumboNode* node, const char* name) {
    return is_element(node) && gumbo_get_attribute(&node->v.element.attributes, name) != nullptr;
}

std::string inner_text(const GumboNode* node) {
    std::string out;
    collect_text(node, out, 0, std::string::npos);
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string inner_text_limited(const GumboNode* node, size_t max_bytes) {
    std::string out;
    collect_text(node, out, 0, max_bytes);
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

void append_collapsed(std::string& out, std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        // U+00A0 NO-BREAK SPACE counts as white space here (Readability normalises it too).
        bool nbsp = c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xA0;
        if (is_space(c) || nbsp) {
            if (nbsp) ++i;
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += static_cast<char>(c);
        }
    }
}

std::string_view trim_space(std::string_view text) {
    for (;;) {
        if (!text.empty() && is_space(static_cast<unsigned char>(text.front()))) {
            text.remove_prefix(1);
        } else if (text.size() >= 2 && text.compare(0, 2, "\xC2\xA0") == 0) {
            text.remove_prefix(2);
        } else {
            break;
        }
    }
    for (;;) {
        if (!text.empty() && is_space(static_cast<unsigned char>(text.back()))) {
            text.remove_suffix(1);
        } else if (text.size() >= 2 && text.compare(text.size() - 2, 2, "\xC2\xA0") == 0) {
            text.remove_suffix(2);
        } else {
            break;
        }
    }
    return text;
}

size_t utf8_length(std::string_view text) {
    size_t n = 0;
    for (char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    }
    return n;
}

std::string ascii_lower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

}  // namespace broadsheet
