#include "core/parse/html_byline.h"

#include "core/parse/html_metadata.h"
#include "core/parse/html_patterns.h"

namespace broadsheet {
namespace {

bool is_byline_element(const GumboNode* g) {
    if (attribute(g, "rel") == "author" || attribute(g, "itemprop").find("author") != std::string_view::npos) {
        return true;
    }
    std::string match = ascii_lower(attribute(g, "class"));
    match += ' ';
    match += ascii_lower(attribute(g, "id"));
    return is_byline_name(match);
}

// The first itemprop="name" inside a byline element: the name without "By",
// dates or share links around it.
const GumboNode* find_itemprop_name(const GumboNode* g, int depth) {
    if (depth > kHtmlMaxDepth || !is_element(g)) return nullptr;
    const GumboVector& kids = g->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
        auto* k = static_cast<const GumboNode*>(kids.data[i]);
        if (!is_element(k)) continue;
        if (attribute(k, "itemprop").find("name") != std::string_view::npos) return k;
        if (const GumboNode* found = find_itemprop_name(k, depth + 1)) return found;
    }
    return nullptr;
}

bool find_byline_at(const GumboNode* g, Byline& out, bool strip_unlikely, int depth) {
    if (depth > kHtmlMaxDepth || !is_element(g)) return false;
    GumboTag t = g->v.element.tag;
    if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_NOSCRIPT || t == GUMBO_TAG_TEMPLATE ||
        t == GUMBO_TAG_HEAD || t == GUMBO_TAG_SVG) {
        return false;
    }
    if (has_attribute(g, "hidden") || attribute(g, "aria-hidden") == "true") return false;
    if (strip_unlikely && t != GUMBO_TAG_BODY && t != GUMBO_TAG_A) {
        std::string match = ascii_lower(attribute(g, "class"));
        match += ' ';
        match += ascii_lower(attribute(g, "id"));
        if (!is_byline_name(match) && ((is_unlikely(match) && !is_maybe_candidate(match)) ||
                                       is_unlikely_role(attribute(g, "role")))) {
            return false;
        }
    }
    if (t != GUMBO_TAG_BODY && is_byline_element(g)) {
        std::string text = inner_text_limited(g, 400);
        if (!text.empty() && utf8_length(text) < 100) {
            const GumboNode* name = find_itemprop_name(g, 0);
            std::string name_text = name ? inner_text(name) : std::string();
            out.text = clean_byline(name_text.empty() ? text : name_text);
            out.node = g;
            return true;
        }
    }
    const GumboVector& kids = g->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
        if (find_byline_at(static_cast<const GumboNode*>(kids.data[i]), out, strip_unlikely, depth + 1)) return true;
    }
    return false;
}

}  // namespace

bool find_byline(const GumboNode* root, Byline& out, bool strip_unlikely) {
    return find_byline_at(root, out, strip_unlikely, 0);
}

}  // namespace broadsheet
