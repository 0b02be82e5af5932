// One RSS or Atom item/entry (a pugixml node) as an Article. Names are
// matched by local name, so "content:encoded", "dc:creator" and prefixed
// Atom ("atom:entry") all work whatever prefix the feed declared.
//   RSS 2.0 / 1.0: title, link (else a permalink guid), pubDate / dc:date,
//                  author ("mail (Name)" gives Name) / dc:creator,
//                  content:encoded, else description
//   Atom:          title, link rel=alternate, published / updated,
//                  author/name, content (html, xhtml or text), else summary
// HTML content goes through the HTML block reader (html_blocks.h).
#pragma once

#include "core/article.h"

#include <pugixml.hpp>

#include <string>
#include <string_view>

namespace broadsheet {

struct FeedInfo {
    std::string title;  // the channel / feed title, "" when absent
    std::string host;   // the host of the channel / feed link, "" when absent
};

// The local part of an XML name: "content:encoded" -> "encoded".
std::string_view local_name(const char* qualified_name);

// All text inside `node` (PCDATA and CDATA, descendants included).
std::string node_text(const pugi::xml_node& node);

// The channel title and link host of an <rss>/<channel>, <rdf:RDF> or <feed> node.
FeedInfo read_feed_info(const pugi::xml_node& feed_or_channel);

// Fills `out` from an item/entry. Returns "" on success or a reason why the
// item is unusable ("it has no title, no link and no text").
std::string read_feed_item(const pugi::xml_node& item, const FeedInfo& feed, Article& out);

}  // namespace broadsheet
