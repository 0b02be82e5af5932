// Stand-in search until the ranked engine lands: every whitespace-separated
// word of the query must occur (ASCII case-insensitive substring) in the
// title, source or body. Returns ids in library order. An empty query
// matches everything.
#pragma once

#include "core/library.h"

#include <string_view>
#include <vector>

namespace broadsheet {

std::vector<ArticleId> filter_articles(const Library& library, std::string_view query);

}  // namespace broadsheet
