// Finds the main content of a web page the way Mozilla Readability does:
// paragraphs score their ancestors by length and commas, class/id names like
// "article"/"content" add weight and "comment"/"sidebar"/"share" subtract it,
// link-heavy blocks lose; the best-scoring container and its related siblings
// are kept, then boilerplate inside them (share bars, related-link lists,
// forms, short link-heavy boxes) is removed. When that leaves under 500
// characters the search is retried with fewer filters.
// Not handled: multi-page articles ("next page" links), lazy-loaded text that
// only exists in scripts, sites whose whole text is in an <iframe>.
#pragma once

#include "core/article.h"
#include "core/parse/html_dom.h"

#include <string>
#include <string_view>
#include <vector>

namespace broadsheet {

struct ExtractedContent {
    std::vector<Paragraph> paragraphs;  // in document order, headings flagged
    std::string byline;                 // a "by ..." element found in the page, else ""
};

// `title` is the article's title: a heading repeating it is not kept in the text.
ExtractedContent extract_main_content(const HtmlDocument& doc, std::string_view title);

}  // namespace broadsheet
