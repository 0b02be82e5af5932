// The scraped-article text layout (the seed article, the Reuters corpus):
//   title                       (up to three times: title, page title, feed
//                                title; blank-separated; differing ones are
//                                kept as Article::alternate_titles)
//   URL                         (kept only when http(s); other schemes dropped)
//   Publish Date: YYYY-MM-DD HH:MM:SS   (any date_parse.h spelling; "None" = no date)
//   Source Domain: host         (missing or "None" -> the URL's host)
//   body paragraphs separated by blank lines
//   Source                      (a lone trailing line, dropped only at the very end)
// Any of the URL, date and domain lines may be missing, and they may sit in
// one block without blank lines between them. When a header line follows the
// title within three blocks, every block before it is a title variant;
// without one, only blocks that repeat or contain the title are.
// Body: lines inside a paragraph join with one space (runs of spaces and tabs
// collapse); a short single-line block without end punctuation between two
// paragraphs, made of words rather than figures, is a subheading; a last
// paragraph ending in "...", "…", "[…]" marks the article truncated.
// Whitespace, NBSP, zero-width spaces and stray BOMs around lines are trimmed.
// Input must already be UTF-8 with "\n" line ends (decode_text.h does that).
// Not handled: Markdown or HTML markup inside the text (kept literally),
// bylines in the body (they stay a paragraph), several articles in one file.
#pragma once

#include "core/parse/parse_result.h"

#include <string_view>

namespace broadsheet {

// Parses one article. A title with no body is an article with no paragraphs;
// a file that starts with its URL / date lines is titled after the file
// name. Only a file with no title and no text (blank, or header lines only)
// gives no article and one error naming `file_name`; an unreadable date is a
// warning.
ParseResult parse_text_article(std::string_view file_name, std::string_view utf8_text);

}  // namespace broadsheet
