// One JSON object -> one Article, for every record shape we know:
//   - news-please: title, maintext (older: text), url, date_publish,
//     source_domain, authors, description, language, image_url, title_page,
//     title_rss (a date of "None" means none; unknown keys are ignored);
//   - CC-News: title, text, domain, date, url, description, image_url;
//   - NewsAPI article: title, url, source {name}, author, publishedAt,
//     description, content (its "… [+1234 chars]" tail marks truncation),
//     urlToImage;
//   - common aliases: headline, link, body / content / articleBody,
//     published / publishedAt / pubDate / date, byline, summary, lang.
// A date may be a string (see date_parse.h) or a number of epoch seconds
// (numbers above 1e11 are read as milliseconds); strings in ISO 8601 or RFC 822
// (see rfc822_date.h).
// A record that article_to_json wrote ({"broadsheet": 1}, our export and
// `broadsheet parse` output) is read exactly by article_from_json instead.
// `maintext` and `text` (news-please, CC-News) give one paragraph per
// non-empty line, whatever mix of "\n", "\n\n" and "\r\n" they use;
// other body keys split on newlines, but when they have blank lines, on
// blank lines only, with the lines inside one paragraph joined by a space.
// Not handled: nested bodies (arrays of content blocks), HTML inside text
// fields (kept as-is), authors given as comma-separated names (kept whole).
#pragma once

#include "core/article.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace broadsheet {

// True when `value` is an object with at least one title or text key:
// the test that a JSON document holds articles at all.
bool looks_like_article_record(const nlohmann::json& value);

struct RecordResult {
    std::optional<Article> article;
    std::string error;  // set when there is no article: what is missing
    bool has_article_fields = false;  // a title or text key was there (see looks_like_article_record)
};

// Never throws, whatever the value's shape. `file` is stored in Article::file.
RecordResult article_from_record(const nlohmann::json& value, const std::string& file);

// Paragraphs from a plain-text body (see the rule above); trims each one and
// drops empty ones.
std::vector<Paragraph> split_body_text(std::string_view text);

// One paragraph per non-empty line ("\n", "\r\n" or a lone "\r" ends a
// line), trimmed, inner runs of spaces collapsed: the news-please rule.
std::vector<Paragraph> split_lines(std::string_view text);

}  // namespace broadsheet
