#include "core/parse/html_blocks.h"

#include <string>

namespace broadsheet {
namespace {

bool is_block_tag(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_BODY: case GUMBO_TAG_CAPTION: case GUMBO_TAG_CENTER: case GUMBO_TAG_DD:
        case GUMBO_TAG_DETAILS: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
        case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE:
        case GUMBO_TAG_FORM: case GUMBO_TAG_HEADER: case GUMBO_TAG_HR: case GUMBO_TAG_HTML:
        case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_OL: case GUMBO_TAG_P:
        case GUMBO_TAG_PRE: case GUMBO_TAG_SECTION: case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TABLE:
        case GUMBO_TAG_TBODY: case GUMBO_TAG_TFOOT:
        case GUMBO_TAG_THEAD: case GUMBO_TAG_TR: case GUMBO_TAG_UL: case GUMBO_TAG_IMG:
        case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO:
            return true;
        default:
            return false;
    }
}

bool is_heading_tag(GumboTag t) {
    return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 ||
           t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
}

class BlockWriter {
public:
    BlockWriter(const HtmlSkip& skip, std::vector<Paragraph>& out) : m_skip(skip), m_out(out) {}

    void walk(const GumboNode* node, int depth) {
        if (depth > kHtmlMaxDepth) return;
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_CDATA ||
            node->type == GUMBO_NODE_WHITESPACE) {
            std::string_view text = node->v.text.text;
            if (node->type != GUMBO_NODE_WHITESPACE) m_br_run = 0;
            if (m_cell_pending && !trim_space(text).empty()) {
                while (!m_cur.empty() && m_cur.back() == ' ') m_cur.pop_back();
                if (!m_cur.empty()) m_cur += " | ";
                m_cell_pending = false;
            }
            append_collapsed(m_cur, text);
            return;
        }
        if (!is_element(node) || is_never_shown(node) || (m_skip && m_skip(node))) return;
        GumboTag t = node->v.element.tag;
        if (t == GUMBO_TAG_BR) {
            if (++m_br_run >= 2) {
                flush();
            } else if (!m_cur.empty() && m_cur.back() != ' ') {
                m_cur += ' ';
            }
            return;
        }
        if (is_heading_tag(t)) {
            flush();
            walk_children(node, depth);
            flush(true);
            return;
        }
        if (t == GUMBO_TAG_LI) {
            flush();
            const GumboNode* list = node->parent;
            if (has_tag(list, GUMBO_TAG_OL)) {
                m_prefix = std::to_string(++m_item_number.back()) + ". ";
            } else {
                m_prefix = "\xE2\x80\xA2 ";  // "• "
            }
            walk_children(node, depth);
            flush();
            m_prefix.clear();
            return;
        }
        if (t == GUMBO_TAG_TD || t == GUMBO_TAG_TH) {
            // Cells of a row share one paragraph, " | " between them; a cell
            // holding blocks (a layout table) still splits where they do.
            if (!trim_space(m_cur).empty()) m_cell_pending = true;
            walk_children(node, depth);
            return;
        }
        if (t == GUMBO_TAG_OL || t == GUMBO_TAG_UL) {
            flush();
            m_item_number.push_back(0);
            walk_children(node, depth);
            m_item_number.pop_back();
            flush();
            return;
        }
        if (is_block_tag(t)) {
            flush();
            walk_children(node, depth);
            flush();
            return;
        }
        walk_children(node, depth);  // inline: its text joins the paragraph around it
    }

    void flush(bool is_heading = false) {
        m_br_run = 0;
        m_cell_pending = false;
        std::string_view text = trim_space(m_cur);
        if (!text.empty()) {
            Paragraph p;
            p.text = m_prefix + std::string(text);
            p.is_heading = is_heading;
            m_out.push_back(std::move(p));
            m_prefix.clear();  // only the item's first paragraph carries the bullet
        }
        m_cur.clear();
    }

private:
    void walk_children(const GumboNode* node, int depth) {
        const GumboVector& kids = node->v.element.children;
        for (unsigned i = 0; i < kids.length; ++i) walk(static_cast<const GumboNode*>(kids.data[i]), depth + 1);
    }

    const HtmlSkip& m_skip;
    std::vector<Paragraph>& m_out;
    std::string m_cur;
    std::string m_prefix;
    std::vector<int> m_item_number{0};
    int m_br_run = 0;
    bool m_cell_pending = false;  // a new cell began: " | " goes before its first text
};

bool style_hides(std::string_view style) {
    std::string s;
    for (char c : style) {
        if (c != ' ' && c != '\t' && c != '\n') s += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return s.find("display:none") != std::string::npos || s.find("visibility:hidden") != std::string::npos;
}

}  // namespace

bool is_never_shown(const GumboNode* node) {
    if (!is_element(node)) return false;
    switch (node->v.element.tag) {
        case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
        case GUMBO_TAG_HEAD: case GUMBO_TAG_TITLE: case GUMBO_TAG_META: case GUMBO_TAG_LINK:
        case GUMBO_TAG_SVG: case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_OBJECT:
        case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS: case GUMBO_TAG_BUTTON: case GUMBO_TAG_INPUT:
        case GUMBO_TAG_SELECT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OPTION: case GUMBO_TAG_NAV:
        case GUMBO_TAG_ASIDE: case GUMBO_TAG_FOOTER: case GUMBO_TAG_MENU:
        case GUMBO_TAG_LABEL:
            return true;
        default:
            break;
    }
    if (has_attribute(node, "hidden")) return true;
    if (attribute(node, "aria-hidden") == "true" &&
        attribute(node, "class").find("fallback-image") == std::string_view::npos) {
        return true;
    }
    std::string_view style = attribute(node, "style");
    return !style.empty() && style_hides(style);
}

void html_to_paragraphs(const GumboNode* node, const HtmlSkip& skip, std::vector<Paragraph>& out) {
    BlockWriter writer(skip, out);
    writer.walk(node, 0);
    writer.flush();
}

std::vector<Paragraph> html_fragment_paragraphs(std::string_view html) {
    HtmlDocument doc(html);
    std::vector<Paragraph> out;
    html_to_paragraphs(doc.body(), nullptr, out);
    return out;
}

}  // namespace broadsheet
