// RSS 2.0, RSS 1.0 (RDF) and Atom feed files: every item / entry becomes an
// article (feed_item.h); the feed's title (else its link's host) is each
// article's source.
// A broken item does not lose the others: an item that is not well-formed
// XML, or has no title, link or text, gives one error naming its line
// ("feed.rss: line 42: item 3 is not well-formed XML (...); the other 9
// items were added") and the rest are still returned.
// Not handled: RSS 0.9x <textinput>/<image> (ignored), enclosures (ignored),
// xml:base resolution of relative links (relative links are dropped).
#pragma once

#include "core/parse/parse_result.h"

#include <string_view>

namespace broadsheet {

// `utf8` is the feed as UTF-8. Never throws.
ParseResult parse_feed(std::string_view file_name, std::string_view utf8);

}  // namespace broadsheet
