// A Markdown note (CommonMark + GitHub tables, read with md4c) as one
// article. Front matter (markdown_front_matter.h) gives the fields; without
// a title there, the first "# heading" is the title (and leaves the text),
// else a short first line followed by more text.
// Body: each paragraph, list item ("• " / "1. "), quote paragraph, code block
// and table row is a paragraph; ## headings are subheadings. Inline markup
// is dropped (emphasis; links keep their text; images are left out);
// entities are decoded; raw HTML blocks go through the HTML block reader.
// Not handled: footnotes, reference-style link definitions as text, math.
#pragma once

#include "core/parse/parse_result.h"

#include <string_view>

namespace broadsheet {

// `utf8` uses "\n" line ends. A note without a title is named after its file
// (file_title.h); a title alone is an article with no text; only a note with
// neither gives one error and no article.
ParseResult parse_markdown_article(std::string_view file_name, std::string_view utf8);

}  // namespace broadsheet
