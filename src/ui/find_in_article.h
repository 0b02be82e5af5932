// Find in the open article: every occurrence of any of the words,
// case-insensitive for ASCII and accent-insensitive for nothing (the search
// engine's folding is richer; this is what the reader highlights).
#pragma once

#include "core/article.h"
#include "ui/ui_state.h"

#include <string>
#include <string_view>
#include <vector>

namespace broadsheet {

// Matches in paragraph order; overlapping matches of different words are kept.
std::vector<FindMatch> find_in_article(const Article& article, const std::vector<std::string>& words);

// The plain words of a search query: operators, field filters, exclusions
// and OR are dropped, quotes removed ("tram line" -> tram, line).
std::vector<std::string> words_of_query(std::string_view query);

}  // namespace broadsheet
