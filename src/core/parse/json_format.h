// JSON article files (records as read by json_record.h):
//   - a JSON document: one record, an array of records, or an object that
//     wraps the array ({"articles": [...]} as NewsAPI sends, also "items",
//     "results", "data", "records", "entries", "documents", "posts", found up
//     to three levels down, e.g. {"response": {"results": [...]}});
//   - JSON Lines (.jsonl / .ndjson): one record (or array of records) per
//     line, parsed line by line so memory stays proportional to the longest
//     line plus the articles, not to a DOM of the whole file.
// A top-level array is read record by record (one record's DOM at a time),
// so its memory also stays near the input plus the articles; a syntax error
// keeps the records before it.
// A bad record or line is one error with its number; the rest still load.
// A document with no recognisable article is one error that says so. After
// kMaxErrorsPerFile errors, one summary error counts the rest.
// Input must already be UTF-8 (see decode_text.h).
// Not handled: several pretty-printed objects one after another (only one
// object per line), JSON5 / comments, nested content-block bodies.
#pragma once

#include "core/parse/parse_result.h"

#include <string>
#include <string_view>

namespace broadsheet {

constexpr size_t kMaxErrorsPerFile = 100;

ParseResult parse_json_document(std::string_view file_name, std::string_view utf8);
ParseResult parse_json_lines(std::string_view file_name, std::string_view utf8);

// Why `text` is not valid JSON: "syntax error at line 1, column 5: ...", or ""
// when it is valid.
std::string json_syntax_error(std::string_view text);

}  // namespace broadsheet
