// The article as one JSON object: the record shape of `broadsheet parse`
// and of exports. Fields: file, title, alternate_titles, url, published,
// source, authors, description, language, image_url, paragraphs,
// heading_indexes, truncated. Missing values are null, never "".
#pragma once

#include "core/article.h"

#include <nlohmann/json.hpp>

namespace broadsheet {

nlohmann::json article_to_json(const Article& a);

}  // namespace broadsheet
