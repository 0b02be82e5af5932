// The scraped-article text layout (see assets/articles/*.txt):
//   title (up to three times: title, page title, feed title; blank-separated)
//   URL
//   Publish Date: YYYY-MM-DD HH:MM:SS
//   Source Domain: host
//   body paragraphs separated by blank lines
//   Source                      (a lone trailing line, dropped)
// Any of the URL, date and domain lines may be missing.
// Input must already be UTF-8 with "\n" line ends (see decode_text.h).
#pragma once

#include "core/parse/parse_result.h"

#include <string_view>

namespace broadsheet {

// Parses one article. On failure (no title, no text) returns no article and
// one error naming `file_name`.
ParseResult parse_text_article(std::string_view file_name, std::string_view utf8_text);

}  // namespace broadsheet
