#include "core/parse/html_dom.h"

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

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool starts_with_nocase(std::string_view s, size_t pos, std::string_view lower_word) {
    if (pos + lower_word.size() > s.size()) return false;
    for (size_t i = 0; i < lower_word.size(); ++i) {
        char c = s[pos + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != lower_word[i]) return false;
    }
    return true;
}

// Position of the "</name" that ends a raw-text element, or npos.
size_t find_end_tag(std::string_view s, size_t from, std::string_view lower_name) {
    for (size_t pos = s.find("</", from); pos != std::string_view::npos; pos = s.find("</", pos + 2)) {
        size_t after = pos + 2 + lower_name.size();
        if (starts_with_nocase(s, pos + 2, lower_name) &&
            (after >= s.size() || s[after] == '>' || s[after] == '/' || s[after] == ' ' || s[after] == '\t' ||
             s[after] == '\n' || s[after] == '\r' || s[after] == '\f')) {
            return pos;
        }
    }
    return std::string_view::npos;
}

// The attributes anything in src/core/parse reads; the others (data-*, srcset,
// on*, inline JSON...) are dropped before parsing, since gumbo allocates every one.
bool is_kept_attribute(std::string_view lower_name) {
    static const char* const kKept[] = {"id", "class", "style", "hidden", "aria-hidden", "rel", "itemprop",
                                        "href", "role", "property", "name", "content", "type", "datetime",
                                        "lang", "summary", "datatable", "charset", "http-equiv"};
    for (const char* k : kKept) {
        if (lower_name == k) return true;
    }
    return false;
}

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Reads a start tag's attributes from `pos` (just after the tag name) the way
// the HTML tokenizer does (quotes only delimit a value they open), appends the
// kept ones and the closing ">" to `out`, and returns the position after '>'.
// Returns npos when the tag never ends; `out` is then left unfinished.
size_t copy_start_tag_rest(std::string_view s, size_t pos, std::string& out) {
    size_t n = s.size();
    while (pos < n) {
        char c = s[pos];
        if (is_html_space(c)) { ++pos; continue; }
        if (c == '>') { out += '>'; return pos + 1; }
        if (c == '/') {
            if (pos + 1 < n && s[pos + 1] == '>') { out += "/>"; return pos + 2; }
            ++pos;
            continue;
        }
        size_t name_start = pos++;
        while (pos < n && !is_html_space(s[pos]) && s[pos] != '/' && s[pos] != '>' && s[pos] != '=') ++pos;
        std::string_view name = s.substr(name_start, pos - name_start);
        size_t after_name = pos;
        while (pos < n && is_html_space(s[pos])) ++pos;
        std::string_view value;
        bool has_value = false;
        if (pos < n && s[pos] == '=') {
            ++pos;
            while (pos < n && is_html_space(s[pos])) ++pos;
            if (pos >= n) return std::string_view::npos;
            size_t value_start = pos;
            if (s[pos] == '"' || s[pos] == '\'') {
                size_t close = s.find(s[pos], pos + 1);
                if (close == std::string_view::npos) return std::string_view::npos;
                pos = close + 1;
            } else {
                while (pos < n && !is_html_space(s[pos]) && s[pos] != '>') ++pos;
            }
            value = s.substr(value_start, pos - value_start);
            has_value = true;
        } else {
            pos = after_name;
        }
        if (name.size() <= 11 && is_kept_attribute(ascii_lower(name))) {
            out += ' ';
            out.append(name);
            if (has_value) {
                out += '=';
                out.append(value);
            }
        }
    }
    return std::string_view::npos;
}

// Elements that never hold children or whose end tag is optional: they do
// not deepen the tree the way an unclosed <div> does.
bool is_flat_element(std::string_view lower_name) {
    static const char* const kFlat[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                        "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd",
                                        "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
                                        "rb", "rt", "rp", "colgroup", "caption", "html", "head", "body",
                                        "image", "keygen", "frame", "basefont", "bgsound"};
    for (const char* k : kFlat) {
        if (lower_name == k) return true;
    }
    return false;
}

}  // namespace

std::string strip_scripts_and_styles(std::string_view s) {
    std::string out;
    out.reserve(s.size() / 2);
    size_t pos = 0;
    // gumbo's tree building is quadratic in nesting depth (100k nested <div>
    // take a minute), so start tags past kMaxOpen open elements are dropped,
    // with their end tags; their text stays.
    constexpr int kMaxOpen = 1000;
    int open = 0;
    int dropped = 0;
    while (pos < s.size()) {
        size_t lt = s.find('<', pos);
        if (lt == std::string_view::npos) break;
        if (s.compare(lt, 4, "<!--") == 0) {
            size_t end = s.find("-->", lt + 4);
            out.append(s.substr(pos, lt - pos));
            pos = end == std::string_view::npos ? s.size() : end + 3;
            continue;
        }
        if (lt + 2 < s.size() && s[lt + 1] == '/' && is_ascii_alpha(s[lt + 2])) {
            size_t gt = s.find('>', lt + 2);
            if (gt == std::string_view::npos) break;
            size_t name_end = lt + 2;
            while (name_end < gt && !is_html_space(s[name_end]) && s[name_end] != '/') ++name_end;
            std::string name = ascii_lower(s.substr(lt + 2, name_end - lt - 2));
            out.append(s.substr(pos, lt - pos));
            if (!is_flat_element(name) && dropped > 0) {
                --dropped;
            } else {
                if (!is_flat_element(name) && open > 0) --open;
                out.append(s.substr(lt, gt + 1 - lt));
            }
            pos = gt + 1;
            continue;
        }
        if (lt + 1 >= s.size() || !is_ascii_alpha(s[lt + 1])) {
            out.append(s.substr(pos, lt + 1 - pos));
            pos = lt + 1;
            continue;
        }
        size_t name_end = lt + 1;
        while (name_end < s.size() && !is_html_space(s[name_end]) && s[name_end] != '/' && s[name_end] != '>') {
            ++name_end;
        }
        std::string name = ascii_lower(s.substr(lt + 1, name_end - lt - 1));
        out.append(s.substr(pos, name_end - pos));
        size_t tag_start = out.size();
        size_t after = copy_start_tag_rest(s, name_end, out);
        if (after == std::string_view::npos) {
            // An unfinished tag: the parser sees the rest as it is.
            out.resize(tag_start);
            out.append(s.substr(name_end));
            return out;
        }
        pos = after;
        bool is_script = name == "script", is_style = name == "style" || name == "svg";
        bool is_kept_raw = name == "title" || name == "textarea" || name == "xmp";
        bool is_raw = is_script || is_style || is_kept_raw;
        bool is_self_closed = out.size() >= 2 && out.compare(out.size() - 2, 2, "/>") == 0;
        if (!is_flat_element(name) && !is_self_closed) {
            if (open >= kMaxOpen && !is_raw) {
                out.resize(tag_start - (name_end - lt));  // drop "<name ...>"
                ++dropped;
                continue;
            }
            ++open;
        }
        if (!is_raw) continue;
        size_t end = find_end_tag(s, pos, name);
        if (end == std::string_view::npos) end = s.size();
        std::string tag = ascii_lower(std::string_view(out).substr(tag_start));
        bool keep = is_kept_raw || (is_script && tag.find("ld+json") != std::string::npos);
        if (keep) out.append(s.substr(pos, end - pos));
        pos = end;
    }
    if (pos < s.size()) out.append(s.substr(pos));
    return out;
}

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
