// A source for every article: when a parser found no source domain, the
// article is filed under its URL's host, else under the collection it came
// in, so the source facet and `source:` queries work on every corpus.
// Applied once, by parse_file(), to every article it returns.
#pragma once

#include "core/article.h"

#include <string>
#include <string_view>
#include <vector>

namespace broadsheet {

// The collection a file belongs to, from its path as given ("crawl/a.txt",
// "news.tar.gz/2024/a.txt", "feed.jsonl"):
//  - a file of many records (JSON, JSON Lines, a feed): its own name;
//  - a file inside a tar archive: the archive's name;
//  - a file in a folder (a dropped folder, a CLI path): the folder's name;
//  - a lone file: its own name.
std::string collection_name(std::string_view file_path, bool is_record_file);

// Sets `source` of every article that has none: the URL's host, else
// collection_name(article.file, is_record_file).
void fill_missing_sources(std::vector<Article>& articles, bool is_record_file);

}  // namespace broadsheet
