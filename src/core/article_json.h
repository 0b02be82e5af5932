// The article as one JSON object: the record shape of `broadsheet parse`,
// of the bridge's article() and of exports, and its exact inverse for
// importing an export again.
//
// Fields: "broadsheet" (the shape's version, 1), file, title,
// alternate_titles, url, published, source, authors, description, language,
// image_url, paragraphs (strings), heading_indexes (which paragraphs are
// headings), truncated. Missing values are null, never "". "published" is
// ISO 8601 (format_iso8601); when that string would not read back as the
// same Timestamp (e.g. a bare date that carries an offset), "published_exact"
// {"epoch_seconds", "offset_minutes", "has_offset", "has_time"} is added too.
//
// Why this shape rather than news-please's: it is the one the CLI already
// prints and tests read (paragraphs stay a plain string array any JSON tool
// can use), and news-please has no place for headings, alternate titles
// beyond two, truncation, the file of origin or a time offset distinct from
// "no offset". The "broadsheet" key is the marker that tells the importer to
// read the record exactly (article_from_json) instead of through the
// heuristics meant for other people's files (json_record.h).
#pragma once

#include "core/article.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace broadsheet {

constexpr int kArticleJsonVersion = 1;

nlohmann::json article_to_json(const Article& a);

// The record as one line of JSON Lines (invalid UTF-8 replaced, never throws), with '\n'.
void append_json_line(std::string& out, const nlohmann::json& record);

// True when `value` is an object carrying {"broadsheet": 1}: a record that
// article_to_json wrote.
bool is_article_json(const nlohmann::json& value);

struct ArticleJsonResult {
    std::optional<Article> article;
    std::string error;  // set when there is no article
};

// The inverse of article_to_json: every field read back as written, no
// trimming or guessing. A value of the wrong type counts as missing; a URL
// that is not http(s) is dropped (as every parser drops it); "file" empty or
// missing falls back to `fallback_file`. Needs a non-empty title. Never throws.
ArticleJsonResult article_from_json(const nlohmann::json& value, const std::string& fallback_file);

}  // namespace broadsheet
