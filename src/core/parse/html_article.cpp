#include "core/parse/html_article.h"

#include "core/parse/file_title.h"
#include "core/parse/html_extract.h"
#include "core/parse/html_metadata.h"
#include "core/parse/url.h"

namespace broadsheet {

ParseResult parse_html_article(std::string_view file_name, std::string_view utf8) {
    ParseResult result;
    HtmlDocument doc(utf8);
    HtmlMetadata meta = read_html_metadata(doc);
    ExtractedContent content = extract_main_content(doc, meta.title);

    Article a;
    a.file = std::string(file_name);
    a.title = meta.title;
    if (a.title.empty() && !content.paragraphs.empty() && content.paragraphs.front().is_heading) {
        a.title = content.paragraphs.front().text;
    }
    std::string page_title(trim_space(meta.page_title));
    if (!page_title.empty() && page_title != a.title) a.alternate_titles.push_back(page_title);
    a.url = meta.url;
    a.source = !meta.site_name.empty() ? meta.site_name : url_host(meta.url);
    a.published = meta.published;
    a.authors = meta.authors;
    if (a.authors.empty() && !content.byline.empty()) a.authors.push_back(content.byline);
    a.description = meta.description;
    a.language = meta.language;
    a.image_url = meta.image_url;
    a.paragraphs = std::move(content.paragraphs);
    if (!a.paragraphs.empty()) {
        const std::string& last = a.paragraphs.back().text;
        a.is_truncated = (last.size() >= 3 && last.compare(last.size() - 3, 3, "...") == 0) ||
                         (last.size() >= 3 && last.compare(last.size() - 3, 3, "\xE2\x80\xA6") == 0);
    }

    if (a.paragraphs.empty()) {
        result.errors.push_back({std::string(file_name), 0,
                                 "no article text found in this web page (it may load its text with scripts)"});
        return result;
    }
    // A page with text but no headline anywhere is still an article: it is
    // named after its file, as a browser names a tab.
    if (a.title.empty()) a.title = title_from_file_name(file_name);
    result.articles.push_back(std::move(a));
    return result;
}

}  // namespace broadsheet
