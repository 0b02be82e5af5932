// Reads an HTML page's article metadata, in the order a reader trusts it
// (the same order as Mozilla Readability):
//   title:     JSON-LD (NewsArticle & co.) name/headline, dc:title, og:title,
//              twitter:title, then <title> with the site suffix removed
//   byline:    JSON-LD author(s), dc:creator, meta name=author, article:author
//              (unless a URL), parsely-author
//   published: JSON-LD datePublished, article:published_time, parsely-pub-date,
//              itemprop=datePublished, then the first <time datetime>
//   site:      JSON-LD publisher.name, og:site_name (the caller falls back to the host)
//   url:       <link rel=canonical>, og:url (http(s) only)
//   language:  <html lang>; description: JSON-LD, og/dc/twitter description.
// Bad JSON-LD is skipped, never thrown on. Not handled: microdata beyond
// itemprop=datePublished/author, RDFa, <meta http-equiv=content-language>.
#pragma once

#include "core/article.h"
#include "core/parse/html_dom.h"

#include <optional>
#include <string>
#include <vector>

namespace broadsheet {

struct HtmlMetadata {
    std::string title;                 // best title, "" when the page has none
    std::string page_title;            // the <title> text as given
    std::vector<std::string> authors;  // "By " removed; one entry per JSON-LD author
    std::optional<Timestamp> published;
    std::string site_name;
    std::string url;
    std::string language;
    std::string description;
    std::string image_url;
};

HtmlMetadata read_html_metadata(const HtmlDocument& doc);

// Readability's title heuristic on a <title> text: drops a " | Site" / " - Site"
// suffix (or prefix), or the "Site: " before a colon, unless that leaves too few
// words; uses the single <h1> when the title is very short or long.
std::string clean_page_title(const GumboNode* root, std::string_view page_title);

// Share of b's words that also occur in a (Readability's textSimilarity), 0..1.
double text_similarity(std::string_view a, std::string_view b);

// "By Jane Doe" -> "Jane Doe"; trims and collapses white space.
std::string clean_byline(std::string_view byline);

}  // namespace broadsheet
