// Inside: the flat node table with per-subtree counts;
// paragraph scoring; choosing the top candidate and its siblings; the
// conditional clean-up; the retry loop. Follows Readability.js (Apache-2.0)
// in structure and constants so its test pages measure us fairly.
#include "core/parse/html_extract.h"

#include "core/parse/html_blocks.h"
#include "core/parse/html_byline.h"
#include "core/parse/html_metadata.h"
#include "core/parse/html_patterns.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace broadsheet {
namespace {

bool is_heading(GumboTag t) {
    return t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 || t == GUMBO_TAG_H4 ||
           t == GUMBO_TAG_H5 || t == GUMBO_TAG_H6;
}

// Readability's DIV_TO_P_ELEMS: a div holding none of these reads as a paragraph.
bool is_div_block(GumboTag t) {
    return t == GUMBO_TAG_BLOCKQUOTE || t == GUMBO_TAG_DL || t == GUMBO_TAG_DIV || t == GUMBO_TAG_IMG ||
           t == GUMBO_TAG_OL || t == GUMBO_TAG_P || t == GUMBO_TAG_PRE || t == GUMBO_TAG_TABLE ||
           t == GUMBO_TAG_UL;
}

struct Flags {
    bool strip_unlikely = true;
    bool weight_classes = true;
    bool clean_conditionally = true;
};

// Counts over a node's visible subtree; subtracted from the ancestors when
// the clean-up removes a node.
struct Counts {
    double text = 0;          // characters, white space runs counted once
    double link = 0;          // characters inside links (same-page "#" links count 0.3)
    double commas = 0;
    double heading_text = 0;
    double li_text = 0;
    int p = 0, img = 0, li = 0, input = 0, embed = 0;
    void add(const Counts& o, int sign) {
        text += sign * o.text; link += sign * o.link; commas += sign * o.commas;
        heading_text += sign * o.heading_text; li_text += sign * o.li_text;
        p += sign * o.p; img += sign * o.img; li += sign * o.li; input += sign * o.input; embed += sign * o.embed;
    }
};

struct Node {
    const GumboNode* g = nullptr;
    int parent = -1;
    int end = 0;  // one past the last descendant in the table (pre-order)
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    int weight = 0;
    Counts c;
    bool has_div_block = false;  // a DIV_TO_P_ELEMS descendant
    double child_block_text = 0; // text inside element children that are blocks
    double score = 0;
    bool is_scored = false;
    bool is_removed = false;
    std::string match;  // lower-cased "class id"
};

class Extractor {
public:
    Extractor(const HtmlDocument& doc, std::string_view title, Flags flags, Byline& byline)
        : m_doc(doc), m_title(title), m_flags(flags), m_byline(byline) {}

    std::vector<Paragraph> run() {
        build(m_doc.body(), -1, 0, 0.0);
        if (m_nodes.empty()) return {};
        score_paragraphs();
        std::vector<int> roots = pick_content();
        if (m_flags.clean_conditionally) clean(roots);
        mark_title_duplicate(roots);
        std::vector<Paragraph> out;
        HtmlSkip skip = [this](const GumboNode* g) {
            auto it = m_index.find(g);
            return it == m_index.end() || m_nodes[it->second].is_removed;
        };
        for (int r : roots) html_to_paragraphs(m_nodes[r].g, skip, out);
        return out;
    }

private:
    static double text_length(std::string_view s) {
        double n = 0;
        bool space = true;  // leading white space is not counted
        for (size_t i = 0; i < s.size(); ++i) {
            unsigned char c = static_cast<unsigned char>(s[i]);
            bool sp = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
            if (sp) {
                if (!space) n += 1;
                space = true;
            } else {
                if ((c & 0xC0) != 0x80) n += 1;
                space = false;
            }
        }
        return n;
    }

    static double comma_count(std::string_view s) {
        double n = 0;
        for (size_t i = 0; i < s.size(); ++i) {
            if (s[i] == ',') ++n;
            else if (s.compare(i, 3, "\xEF\xBC\x8C") == 0 || s.compare(i, 3, "\xE3\x80\x81") == 0) ++n;
        }
        return n;
    }

    // Builds the table; returns the index of the node or -1 when it is dropped.
    int build(const GumboNode* g, int parent, int depth, double link_coef) {
        if (depth > kHtmlMaxDepth || !is_element(g) || is_never_shown(g)) return -1;
        std::string match = ascii_lower(attribute(g, "class"));
        std::string_view id = attribute(g, "id");
        if (!id.empty()) {
            match += ' ';
            match += ascii_lower(id);
        }
        GumboTag tag = g->v.element.tag;
        // A byline element is read and removed (Readability's _checkByline).
        if (g == m_byline.node) return -1;
        if (m_flags.strip_unlikely && tag != GUMBO_TAG_BODY && tag != GUMBO_TAG_A && !m_in_table_or_code) {
            if (is_unlikely(match) && !is_maybe_candidate(match)) return -1;
            if (is_unlikely_role(attribute(g, "role"))) return -1;
        }
        int index = static_cast<int>(m_nodes.size());
        m_nodes.emplace_back();
        m_index[g] = index;
        {
            Node& n = m_nodes.back();
            n.g = g;
            n.parent = parent;
            n.tag = tag;
            n.match = std::move(match);
            if (m_flags.weight_classes) n.weight = class_weight(g);
        }
        if (tag == GUMBO_TAG_A) {
            std::string_view href = attribute(g, "href");
            link_coef = !href.empty() && href[0] == '#' ? 0.3 : 1.0;
        }
        bool table_or_code = tag == GUMBO_TAG_TABLE || tag == GUMBO_TAG_CODE;
        bool saved = m_in_table_or_code;
        if (table_or_code) m_in_table_or_code = true;
        Counts own;
        bool has_div_block = false;
        double child_block_text = 0;
        const GumboVector& kids = g->v.element.children;
        for (unsigned i = 0; i < kids.length; ++i) {
            auto* k = static_cast<const GumboNode*>(kids.data[i]);
            if (k->type == GUMBO_NODE_TEXT || k->type == GUMBO_NODE_CDATA || k->type == GUMBO_NODE_WHITESPACE) {
                std::string_view text = k->v.text.text;
                double len = text_length(text);
                own.text += len;
                own.link += len * link_coef;
                own.commas += comma_count(text);
                continue;
            }
            int child = build(k, index, depth + 1, link_coef);
            if (child < 0) continue;
            const Node& cn = m_nodes[child];
            own.add(cn.c, 1);
            if (is_div_block(cn.tag) || cn.has_div_block) has_div_block = true;
            if (is_div_block(cn.tag) || is_heading(cn.tag) || cn.tag == GUMBO_TAG_SECTION ||
                cn.tag == GUMBO_TAG_ARTICLE || cn.tag == GUMBO_TAG_LI) {
                child_block_text += cn.c.text;
            }
        }
        m_in_table_or_code = saved;
        if (tag == GUMBO_TAG_P) own.p += 1;
        if (tag == GUMBO_TAG_IMG) own.img += 1;
        if (tag == GUMBO_TAG_LI) {
            own.li += 1;
            own.li_text = own.text;  // nested items are not counted twice
        }
        if (tag == GUMBO_TAG_INPUT) own.input += 1;
        if (tag == GUMBO_TAG_OBJECT || tag == GUMBO_TAG_EMBED || tag == GUMBO_TAG_IFRAME) own.embed += 1;
        if (is_heading(tag)) own.heading_text = own.text;
        Node& n = m_nodes[index];
        n.c = own;
        n.has_div_block = has_div_block;
        n.child_block_text = child_block_text;
        n.end = static_cast<int>(m_nodes.size());
        return index;
    }

    static int class_weight(const GumboNode* g) {
        int w = 0;
        for (const char* name : {"class", "id"}) {
            std::string v = ascii_lower(attribute(g, name));
            if (v.empty()) continue;
            if (is_negative(v)) w -= 25;
            if (is_positive(v)) w += 25;
        }
        return w;
    }

    double link_density(const Node& n) const { return n.c.text > 0 ? n.c.link / n.c.text : 0; }

    void init_score(Node& n) {
        if (n.is_scored) return;
        n.is_scored = true;
        double s = 0;
        switch (n.tag) {
            case GUMBO_TAG_DIV: s = 5; break;
            case GUMBO_TAG_PRE: case GUMBO_TAG_TD: case GUMBO_TAG_BLOCKQUOTE: s = 3; break;
            case GUMBO_TAG_ADDRESS: case GUMBO_TAG_OL: case GUMBO_TAG_UL: case GUMBO_TAG_DL:
            case GUMBO_TAG_DD: case GUMBO_TAG_DT: case GUMBO_TAG_LI: case GUMBO_TAG_FORM: s = -3; break;
            case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
            case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_TH: s = -5; break;
            default: break;
        }
        n.score = s + n.weight;
        m_candidates.push_back(static_cast<int>(&n - m_nodes.data()));
    }

    // Adds a paragraph's score to up to five ancestors, starting at `first`.
    void credit(int first, double text, double commas) {
        if (text < 25 || first < 0) return;
        double score = 2 + commas + std::min(std::floor(text / 100), 3.0);
        int level = 0;
        for (int a = first; a >= 0 && level < 5; a = m_nodes[a].parent, ++level) {
            Node& n = m_nodes[a];
            init_score(n);
            double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
            n.score += score / divider;
        }
    }

    void score_paragraphs() {
        for (size_t i = 0; i < m_nodes.size(); ++i) {
            const Node& n = m_nodes[i];
            GumboTag t = n.tag;
            bool scores = t == GUMBO_TAG_P || t == GUMBO_TAG_PRE || t == GUMBO_TAG_TD ||
                          t == GUMBO_TAG_SECTION || (is_heading(t) && t != GUMBO_TAG_H1);
            if (t == GUMBO_TAG_DIV && !n.has_div_block) scores = true;
            if (scores) {
                credit(n.parent, n.c.text, n.c.commas);
            } else if (t == GUMBO_TAG_DIV) {
                // Loose text beside blocks: Readability wraps it in a <p> inside this div.
                double loose = n.c.text - n.child_block_text;
                if (loose >= 25) credit(static_cast<int>(i), loose, 0);
            }
        }
        for (int c : m_candidates) {
            Node& n = m_nodes[c];
            n.score *= 1 - link_density(n);
        }
    }

    bool is_body(int i) const { return i < 0 || m_nodes[i].tag == GUMBO_TAG_BODY || m_nodes[i].parent < 0; }

    std::vector<int> element_children(int i) const {
        std::vector<int> out;
        for (int k = i + 1; k < m_nodes[i].end; k = m_nodes[k].end) out.push_back(k);
        return out;
    }

    std::vector<int> pick_content() {
        std::vector<int> top = m_candidates;
        std::sort(top.begin(), top.end(), [this](int a, int b) {
            if (m_nodes[a].score != m_nodes[b].score) return m_nodes[a].score > m_nodes[b].score;
            return a < b;
        });
        if (top.size() > 5) top.resize(5);
        if (top.empty() || is_body(top[0])) return {0};
        int best = top[0];
        // Several near-best candidates under one ancestor: the article spans them.
        std::vector<std::vector<int>> alternatives;
        for (size_t i = 1; i < top.size(); ++i) {
            if (m_nodes[top[i]].score / m_nodes[best].score >= 0.75) {
                std::vector<int> chain;
                for (int a = m_nodes[top[i]].parent; a >= 0; a = m_nodes[a].parent) chain.push_back(a);
                alternatives.push_back(std::move(chain));
            }
        }
        if (alternatives.size() >= 3) {
            for (int p = m_nodes[best].parent; p >= 0 && !is_body(p); p = m_nodes[p].parent) {
                int lists = 0;
                for (const auto& chain : alternatives) {
                    if (std::find(chain.begin(), chain.end(), p) != chain.end()) ++lists;
                }
                if (lists >= 3) {
                    best = p;
                    break;
                }
            }
        }
        init_score(m_nodes[best]);
        // Climb while the parent scores about as well (the text is split across children).
        double last = m_nodes[best].score;
        double threshold = last / 3;
        for (int p = m_nodes[best].parent; p >= 0 && !is_body(p); p = m_nodes[p].parent) {
            if (!m_nodes[p].is_scored) continue;
            if (m_nodes[p].score < threshold) break;
            if (m_nodes[p].score > last) {
                best = p;
                break;
            }
            last = m_nodes[p].score;
        }
        for (int p = m_nodes[best].parent; p >= 0 && !is_body(p) && element_children(p).size() == 1;
             p = m_nodes[p].parent) {
            best = p;
        }
        init_score(m_nodes[best]);
        int parent = m_nodes[best].parent;
        if (parent < 0) return {best};
        // Siblings that look like part of the article join it.
        const Node& b = m_nodes[best];
        double sibling_threshold = std::max(10.0, b.score * 0.2);
        std::string best_class(attribute(b.g, "class"));
        std::vector<int> roots;
        for (int s : element_children(parent)) {
            const Node& n = m_nodes[s];
            bool append = s == best;
            if (!append) {
                double bonus = !best_class.empty() && attribute(n.g, "class") == best_class ? b.score * 0.2 : 0;
                if (n.is_scored && n.score + bonus >= sibling_threshold) {
                    append = true;
                } else if (n.tag == GUMBO_TAG_P || (n.tag == GUMBO_TAG_DIV && !n.has_div_block)) {
                    double ld = link_density(n);
                    if (n.c.text > 80 && ld < 0.25) {
                        append = true;
                    } else if (n.c.text < 80 && n.c.text > 0 && ld == 0) {
                        std::string text = inner_text(n.g);
                        append = text.find(". ") != std::string::npos || (!text.empty() && text.back() == '.');
                    }
                }
            }
            if (append) roots.push_back(s);
        }
        return roots;
    }

    bool has_ancestor(int i, GumboTag tag) const {
        for (int a = m_nodes[i].parent; a >= 0; a = m_nodes[a].parent) {
            if (m_nodes[a].tag == tag) return true;
        }
        return false;
    }

    bool is_data_table(int i) {
        auto cached = m_data_table.find(i);
        if (cached != m_data_table.end()) return cached->second;
        bool is_data = compute_is_data_table(i);
        m_data_table[i] = is_data;
        return is_data;
    }

    bool compute_is_data_table(int i) const {
        const GumboNode* g = m_nodes[i].g;
        if (attribute(g, "role") == "presentation" || attribute(g, "datatable") == "0") return false;
        if (has_attribute(g, "summary")) return true;
        int rows = 0, cols = 0, th = 0, nested = 0;
        for (int k = i + 1; k < m_nodes[i].end; ++k) {
            GumboTag t = m_nodes[k].tag;
            if (t == GUMBO_TAG_TR) {
                ++rows;
                int cells = 0;
                for (int c : element_children(k)) {
                    if (m_nodes[c].tag == GUMBO_TAG_TD || m_nodes[c].tag == GUMBO_TAG_TH) ++cells;
                }
                cols = std::max(cols, cells);
            }
            if (t == GUMBO_TAG_TH || t == GUMBO_TAG_THEAD || t == GUMBO_TAG_TFOOT || t == GUMBO_TAG_CAPTION ||
                t == GUMBO_TAG_COL || t == GUMBO_TAG_COLGROUP) {
                ++th;
            }
            if (t == GUMBO_TAG_TABLE) ++nested;
        }
        if (nested > 0) return false;
        if (th > 0) return true;
        return rows >= 10 || cols > 4 || rows * cols > 10;
    }

    void remove(int i) {
        Node& n = m_nodes[i];
        n.is_removed = true;
        for (int a = n.parent; a >= 0; a = m_nodes[a].parent) m_nodes[a].c.add(n.c, -1);
    }

    bool should_remove_conditionally(int i) {
        const Node& n = m_nodes[i];
        if (n.tag == GUMBO_TAG_TABLE && is_data_table(i)) return false;
        for (int a = n.parent; a >= 0; a = m_nodes[a].parent) {
            if (m_nodes[a].tag == GUMBO_TAG_CODE) return false;
            if (m_nodes[a].tag == GUMBO_TAG_TABLE && is_data_table(a)) return false;
        }
        int weight = n.weight;
        if (weight < 0) return true;
        const Counts& c = n.c;
        if (c.commas >= 10) return false;
        bool is_list = n.tag == GUMBO_TAG_UL || n.tag == GUMBO_TAG_OL || (c.text > 0 && c.li_text / c.text > 0.9);
        double p = c.p, img = c.img, li = c.li - 100, input = c.input;
        double heading_density = c.text > 0 ? c.heading_text / c.text : 0;
        double ld = link_density(n);
        bool in_figure = has_ancestor(i, GUMBO_TAG_FIGURE);
        return (img > 1 && p / img < 0.5 && !in_figure) || (!is_list && li > p) ||
               (input > std::floor(p / 3)) ||
               (!is_list && heading_density < 0.9 && c.text < 25 && (img == 0 || img > 2) && !in_figure) ||
               (!is_list && weight < 25 && ld > 0.2) || (weight >= 25 && ld > 0.5) ||
               (c.embed == 1 && c.text < 75) || c.embed > 1;
    }

    void clean(const std::vector<int>& roots) {
        for (int r : roots) {
            // Deepest first, so a container is judged without the junk already removed inside it.
            for (int i = m_nodes[r].end - 1; i >= r; --i) {
                Node& n = m_nodes[i];
                if (n.is_removed) continue;
                bool removed_above = false;
                for (int a = n.parent; a >= r && a >= 0; a = m_nodes[a].parent) {
                    if (m_nodes[a].is_removed) removed_above = true;
                }
                if (removed_above) continue;
                if (i != r && is_share_name(n.match) && n.c.text < 500) {
                    remove(i);
                    continue;
                }
                if ((n.tag == GUMBO_TAG_H1 || n.tag == GUMBO_TAG_H2) && n.weight < 0) {
                    remove(i);
                    continue;
                }
                GumboTag t = n.tag;
                if ((t == GUMBO_TAG_FORM || t == GUMBO_TAG_FIELDSET || t == GUMBO_TAG_TABLE ||
                     t == GUMBO_TAG_UL || t == GUMBO_TAG_DIV) &&
                    i != r && should_remove_conditionally(i)) {
                    remove(i);
                }
            }
        }
    }

    // The first h1/h2 that repeats the title is not part of the text.
    void mark_title_duplicate(const std::vector<int>& roots) {
        if (m_title.empty()) return;
        for (int r : roots) {
            for (int i = r; i < m_nodes[r].end; ++i) {
                Node& n = m_nodes[i];
                if (n.is_removed || (n.tag != GUMBO_TAG_H1 && n.tag != GUMBO_TAG_H2)) continue;
                if (text_similarity(m_title, inner_text(n.g)) > 0.75) {
                    n.is_removed = true;
                    return;
                }
            }
        }
    }

    const HtmlDocument& m_doc;
    std::string_view m_title;
    Flags m_flags;
    Byline& m_byline;
    std::vector<Node> m_nodes;
    std::unordered_map<const GumboNode*, int> m_index;
    std::vector<int> m_candidates;
    std::unordered_map<int, bool> m_data_table;
    bool m_in_table_or_code = false;
};

size_t text_size(const std::vector<Paragraph>& ps) {
    size_t n = 0;
    for (const Paragraph& p : ps) n += utf8_length(p.text);
    return n;
}

}  // namespace

ExtractedContent extract_main_content(const HtmlDocument& doc, std::string_view title) {
    ExtractedContent out;
    static constexpr Flags kAttempts[] = {{true, true, true}, {false, true, true}, {false, false, true},
                                          {false, false, false}};
    std::vector<Paragraph> best;
    size_t best_size = 0;
    Byline byline;
    for (const Flags& flags : kAttempts) {
        // Like Readability, a pass that keeps unlikely candidates may find the byline the first missed.
        if (!byline.node) find_byline(doc.body(), byline, flags.strip_unlikely);
        out.byline = byline.text;
        Extractor ex(doc, title, flags, byline);
        std::vector<Paragraph> ps = ex.run();
        size_t size = text_size(ps);
        if (size >= 500) {
            out.paragraphs = std::move(ps);
            return out;
        }
        if (size > best_size || best.empty()) {
            best_size = size;
            best = std::move(ps);
        }
    }
    out.paragraphs = std::move(best);
    return out;
}

}  // namespace broadsheet
