#include "core/parse/feed_item.h"

#include "core/parse/decode_text.h"
#include "core/parse/html_blocks.h"
#include "core/parse/html_dom.h"
#include "core/parse/rfc822_date.h"
#include "core/parse/text_util.h"
#include "core/parse/url.h"

#include <cstring>

namespace broadsheet {
namespace {

// pugixml decodes character references as given, so "&#xD800;" becomes
// bytes that are not UTF-8; every field leaves here valid.
void make_valid(std::string& s) {
    if (is_valid_utf8(s)) return;
    std::string fixed;
    repair_utf8(s, fixed);
    s = std::move(fixed);
}

pugi::xml_node child(const pugi::xml_node& parent, std::string_view local) {
    for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
        if (c.type() == pugi::node_element && local_name(c.name()) == local) return c;
    }
    return {};
}

// Plain text of a title-like element; entities and stray tags
// ("Ben &amp; Jerry&#8217;s", "<b>x</b>" escaped as HTML) are decoded.
std::string plain_text(const std::string& raw) {
    std::string_view t = trim_space(raw);
    if (t.find('<') == std::string_view::npos && t.find('&') == std::string_view::npos) {
        std::string out;
        append_collapsed(out, t);
        return std::string(trim_space(out));
    }
    HtmlDocument doc(t);
    return inner_text(doc.body());
}

// pugixml's output into a string (its ostream overload would pull iostreams into the wasm).
struct StringWriter : pugi::xml_writer {
    std::string text;
    void write(const void* data, size_t size) override { text.append(static_cast<const char*>(data), size); }
};

// The serialised children of an Atom type="xhtml" element: real markup, not text.
std::string inner_xml(const pugi::xml_node& node) {
    StringWriter out;
    for (pugi::xml_node c = node.first_child(); c; c = c.next_sibling()) {
        c.print(out, "", pugi::format_raw);
    }
    return out.text;
}

// The HTML of an Atom text construct (type text, html or xhtml) or an RSS element.
std::string content_html(const pugi::xml_node& node) {
    std::string_view type = node.attribute("type").value();
    if (type == "xhtml") return inner_xml(node);
    std::string text = node_text(node);
    if (type == "text") {
        // Plain text: escape it so the HTML reader keeps "<" literally.
        std::string out;
        for (char c : text) {
            if (c == '<') out += "&lt;";
            else if (c == '&') out += "&amp;";
            else if (c == '\n') out += "<br>";
            else out += c;
        }
        return out;
    }
    return text;
}

// "jane@example.com (Jane Doe)" -> "Jane Doe"; "Jane Doe" stays.
std::string author_name(std::string_view raw) {
    std::string text = plain_text(std::string(raw));
    size_t open = text.find('(');
    size_t close = text.rfind(')');
    if (text.find('@') != std::string::npos && open != std::string::npos && close != std::string::npos &&
        close > open + 1) {
        return std::string(trim_space(std::string_view(text).substr(open + 1, close - open - 1)));
    }
    return text;
}

std::string link_of(const pugi::xml_node& item) {
    // Atom: <link rel="alternate" href="..."/>; the first without rel counts as alternate.
    std::string first_href;
    for (pugi::xml_node c = item.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element || local_name(c.name()) != "link") continue;
        const char* href = c.attribute("href").value();
        if (*href) {
            std::string_view rel = c.attribute("rel").value();
            if (rel.empty() || rel == "alternate") return std::string(trim_space(href));
            if (first_href.empty()) first_href = std::string(trim_space(href));
        } else {
            std::string text(trim_space(node_text(c)));
            if (!text.empty()) return text;
        }
    }
    pugi::xml_node guid = child(item, "guid");
    if (guid && std::string_view(guid.attribute("isPermaLink").value()) != "false") {
        std::string text(trim_space(node_text(guid)));
        if (is_web_url(text)) return text;
    }
    pugi::xml_node id = child(item, "id");
    if (id) {
        std::string text(trim_space(node_text(id)));
        if (is_web_url(text)) return text;
    }
    return first_href;
}

}  // namespace

std::string_view local_name(const char* qualified_name) {
    std::string_view n = qualified_name ? qualified_name : "";
    size_t colon = n.rfind(':');
    return colon == std::string_view::npos ? n : n.substr(colon + 1);
}

// A loop over parent/sibling links, not recursion: pugixml nests as deep as
// the input does, and 200,000 nested elements overflowed the stack.
std::string node_text(const pugi::xml_node& node) {
    std::string out;
    pugi::xml_node c = node.first_child();
    while (c) {
        if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
        if (c.type() == pugi::node_element && c.first_child()) {
            c = c.first_child();
            continue;
        }
        while (c != node && !c.next_sibling()) c = c.parent();
        if (c == node) break;
        c = c.next_sibling();
    }
    return out;
}

FeedInfo read_feed_info(const pugi::xml_node& feed) {
    FeedInfo info;
    info.title = plain_text(node_text(child(feed, "title")));
    info.host = url_host(link_of(feed));
    return info;
}

std::string read_feed_item(const pugi::xml_node& item, const FeedInfo& feed, Article& a) {
    a.title = plain_text(node_text(child(item, "title")));
    std::string link = link_of(item);
    if (is_web_url(link)) a.url = link;
    a.source = !feed.title.empty() ? feed.title : !feed.host.empty() ? feed.host : url_host(a.url);
    if (!feed.title.empty() && feed.title != a.title) a.alternate_titles.push_back(feed.title);

    for (const char* name : {"pubDate", "published", "date", "issued", "updated", "modified"}) {
        pugi::xml_node d = child(item, name);
        if (!d) continue;
        if (auto ts = parse_any_date(trim_space(node_text(d)))) {
            a.published = ts;
            break;
        }
    }

    for (pugi::xml_node c = item.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        std::string_view n = local_name(c.name());
        std::string name;
        if (n == "author") {
            pugi::xml_node atom_name = child(c, "name");
            name = atom_name ? plain_text(node_text(atom_name)) : author_name(node_text(c));
        } else if (n == "creator") {
            name = plain_text(node_text(c));
        }
        if (!name.empty()) a.authors.push_back(name);
    }

    // The body: content:encoded / Atom content first, the summary / description otherwise.
    pugi::xml_node body, summary;
    for (pugi::xml_node c = item.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element) continue;
        std::string_view n = local_name(c.name());
        if ((n == "encoded" || n == "content") && !body) body = c;
        if ((n == "description" || n == "summary") && !summary) summary = c;
    }
    if (body) a.paragraphs = html_fragment_paragraphs(content_html(body));
    if (summary) {
        std::vector<Paragraph> ps = html_fragment_paragraphs(content_html(summary));
        if (a.paragraphs.empty()) {
            a.paragraphs = std::move(ps);
        } else {
            for (const Paragraph& p : ps) {
                if (!a.description.empty()) a.description += ' ';
                a.description += p.text;
            }
        }
    }
    if (a.title.empty() && !a.paragraphs.empty()) {
        // Untitled items (microblog feeds): the start of the text is the title.
        std::string_view first = a.paragraphs.front().text;
        size_t cut = first.size() <= 120 ? first.size() : first.rfind(' ', 100);
        a.title = cut == std::string_view::npos ? clip_utf8(first, 100) : clip_utf8(first.substr(0, cut), 120);
        if (cut < first.size()) a.title += "\xE2\x80\xA6";
    }
    make_valid(a.title);
    make_valid(a.url);
    make_valid(a.source);
    make_valid(a.description);
    for (std::string& t : a.alternate_titles) make_valid(t);
    for (std::string& name : a.authors) make_valid(name);
    if (a.title.empty()) {
        return a.url.empty() ? "it has no title, no link and no text" : "it has no title and no text";
    }
    return {};
}

}  // namespace broadsheet
