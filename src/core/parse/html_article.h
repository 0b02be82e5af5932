// `broadsheet parse page.html`: a saved web page as one article. The text is
// the main content (html_extract.h), the fields come from the page's metadata
// (html_metadata.h); the source is og:site_name / JSON-LD publisher, else the
// canonical URL's host.
#pragma once

#include "core/parse/parse_result.h"

#include <string_view>

namespace broadsheet {

// `utf8` is the page as UTF-8 (the caller decodes other charsets). The title
// is the metadata's (html_metadata.h: JSON-LD, og:title, <title>, else the
// first <h1>), else the file name without extension. A page with no text
// gives no article and one error naming `file_name`.
ParseResult parse_html_article(std::string_view file_name, std::string_view utf8);

}  // namespace broadsheet
