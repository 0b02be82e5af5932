// The one-line excerpt shown under a title in the list: the start of the
// first body paragraph, cut at a word boundary. Computed once per article.
#pragma once

#include "core/article.h"

#include <string>

namespace broadsheet {

std::string make_excerpt(const Article& article, size_t max_bytes = 180);

}  // namespace broadsheet
