#include "core/parse/feed_parse.h"

#include "core/parse/feed_item.h"

#include <pugixml.hpp>

#include <string>
#include <vector>

namespace broadsheet {
namespace {

constexpr unsigned kXmlOptions = pugi::parse_default;

int line_at(std::string_view text, size_t offset) {
    int line = 1;
    for (size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') ++line;
    }
    return line;
}

// Line numbers for offsets that only grow (items in file order), in linear total time.
class LineCounter {
public:
    explicit LineCounter(std::string_view text) : m_text(text) {}
    int at(size_t offset) {
        if (offset < m_offset) {
            m_offset = 0;
            m_line = 1;
        }
        for (; m_offset < offset && m_offset < m_text.size(); ++m_offset) {
            if (m_text[m_offset] == '\n') ++m_line;
        }
        return m_line;
    }

private:
    std::string_view m_text;
    size_t m_offset = 0;
    int m_line = 1;
};

struct FeedShape {
    pugi::xml_node info;   // where the feed title and link are
    pugi::xml_node items;  // whose children are the items
    const char* item_name = "item";
};

FeedShape find_shape(const pugi::xml_document& doc) {
    FeedShape s;
    pugi::xml_node root = doc.document_element();
    std::string_view name = local_name(root.name());
    if (name == "rss") {
        for (pugi::xml_node c = root.first_child(); c; c = c.next_sibling()) {
            if (local_name(c.name()) == "channel") {
                s.info = s.items = c;
                break;
            }
        }
    } else if (name == "RDF") {
        s.items = root;
        for (pugi::xml_node c = root.first_child(); c; c = c.next_sibling()) {
            if (local_name(c.name()) == "channel") s.info = c;
        }
    } else if (name == "feed") {
        s.info = s.items = root;
        s.item_name = "entry";
    } else if (name == "channel") {  // a bare channel, seen in hand-made files
        s.info = s.items = root;
    }
    return s;
}

// Where an item's start tag ("<item>", "<item ...>", "<atom:entry>") begins at or after `from`.
size_t find_item_start(std::string_view text, size_t from, std::string_view item) {
    while (from < text.size()) {
        size_t lt = text.find('<', from);
        if (lt == std::string_view::npos) return lt;
        if (text.compare(lt, 9, "<![CDATA[") == 0) {
            size_t end = text.find("]]>", lt);
            if (end == std::string_view::npos) return end;
            from = end + 3;
            continue;
        }
        size_t name_start = lt + 1;
        size_t name_end = name_start;
        while (name_end < text.size() && text[name_end] != '>' && text[name_end] != ' ' &&
               text[name_end] != '\t' && text[name_end] != '\n' && text[name_end] != '/') {
            ++name_end;
        }
        std::string_view name = text.substr(name_start, name_end - name_start);
        size_t colon = name.rfind(':');
        if (colon != std::string_view::npos) name = name.substr(colon + 1);
        if (name == item) return lt;
        from = lt + 1;
    }
    return std::string_view::npos;
}

std::string plural_items(size_t n, const char* item) {
    return std::to_string(n) + " " + item + (n == 1 ? "" : "s");
}

}  // namespace

ParseResult parse_feed(std::string_view file_name, std::string_view utf8) {
    ParseResult result;
    std::string name(file_name);
    pugi::xml_document doc;
    pugi::xml_parse_result parsed = doc.load_buffer(utf8.data(), utf8.size(), kXmlOptions, pugi::encoding_utf8);
    FeedShape shape = find_shape(doc);
    if (!shape.items) {
        std::string why = parsed ? "this XML file is not an RSS or Atom feed (no <rss>, <rdf:RDF> or <feed> root)"
                                 : std::string("this feed is not well-formed XML (") + parsed.description() + ")";
        result.errors.push_back({name, parsed ? 0 : line_at(utf8, static_cast<size_t>(parsed.offset)), why});
        return result;
    }
    FeedInfo info = shape.info ? read_feed_info(shape.info) : FeedInfo{};
    const char* item_word = shape.item_name;

    struct Failure {
        int line;
        size_t index;
        std::string reason;
    };
    std::vector<Failure> failures;
    size_t index = 0;
    LineCounter lines(utf8);

    auto add_item = [&](const pugi::xml_node& item, int line) {
        ++index;
        Article a;
        a.file = name;
        a.line = line;
        std::string why = read_feed_item(item, info, a);
        if (why.empty()) {
            result.articles.push_back(std::move(a));
        } else {
            failures.push_back({line, index, why});
        }
    };

    if (parsed) {
        for (pugi::xml_node c = shape.items.first_child(); c; c = c.next_sibling()) {
            if (c.type() == pugi::node_element && local_name(c.name()) == item_word) {
                add_item(c, lines.at(static_cast<size_t>(c.offset_debug() < 0 ? 0 : c.offset_debug())));
            }
        }
    } else {
        // Not well-formed: read each item on its own so one bad item loses only itself.
        size_t pos = find_item_start(utf8, 0, item_word);
        while (pos != std::string_view::npos) {
            size_t next = find_item_start(utf8, pos + 1, item_word);
            size_t end = next == std::string_view::npos ? utf8.size() : next;
            // Trim the chunk after its own closing tag (drops "</channel></rss>" from the last one).
            std::string_view chunk = utf8.substr(pos, end - pos);
            size_t closing = chunk.rfind(std::string("</"));
            while (closing != std::string_view::npos) {
                std::string_view tag = chunk.substr(closing + 2);
                size_t gt = tag.find('>');
                std::string_view tag_name = tag.substr(0, gt);
                size_t colon = tag_name.rfind(':');
                if (colon != std::string_view::npos) tag_name = tag_name.substr(colon + 1);
                if (tag_name == item_word && gt != std::string_view::npos) {
                    chunk = chunk.substr(0, closing + 2 + gt + 1);
                    break;
                }
                closing = closing == 0 ? std::string_view::npos : chunk.rfind("</", closing - 1);
            }
            int line = lines.at(pos);
            pugi::xml_document item_doc;
            pugi::xml_parse_result r = item_doc.load_buffer(chunk.data(), chunk.size(), kXmlOptions,
                                                            pugi::encoding_utf8);
            if (r) {
                add_item(item_doc.document_element(), line);
            } else {
                ++index;
                failures.push_back({lines.at(pos + static_cast<size_t>(r.offset)), index,
                                    std::string("it is not well-formed XML (") + r.description() + ")"});
            }
            pos = next;
        }
        if (index == 0) {
            result.errors.push_back({name, line_at(utf8, static_cast<size_t>(parsed.offset)),
                                     std::string("this feed is not well-formed XML (") + parsed.description() +
                                         ") and no item could be read"});
            return result;
        }
    }

    for (const Failure& f : failures) {
        result.errors.push_back({name, f.line,
                                 std::string(item_word) + " " + std::to_string(f.index) + " was skipped: " +
                                     f.reason + "; the other " +
                                     plural_items(result.articles.size(), item_word) +
                                     (result.articles.size() == 1 ? " was added" : " were added")});
    }
    if (index == 0) {
        result.errors.push_back({name, 0, std::string("this feed has no ") + item_word + "s"});
    }
    return result;
}

}  // namespace broadsheet
