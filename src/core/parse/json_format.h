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
// A document or line nested deeper than kMaxJsonDepth is refused before it
// is parsed ("nested too deeply", with its line): no news record nests past
// a dozen levels, and the DOM's recursive walks (copies, dumps, record
// reading) would otherwise overflow the 1 MB wasm stack on a hostile file.
// Input must already be UTF-8 (see decode_text.h).
// Not handled: several pretty-printed objects one after another (only one
// object per line), JSON5 / comments, nested content-block bodies.
#pragma once

#include "core/parse/parse_result.h"

#include <string>
#include <string_view>

namespace broadsheet {

constexpr size_t kMaxErrorsPerFile = 100;
constexpr int kMaxJsonDepth = 256;

ParseResult parse_json_document(std::string_view file_name, std::string_view utf8);
ParseResult parse_json_lines(std::string_view file_name, std::string_view utf8);

// Why `text` is not valid JSON: "syntax error at line 1, column 5: ...", or ""
// when it is valid.
std::string json_syntax_error(std::string_view text);

// The 1-based line (counted from `text`'s start) where arrays and objects
// first nest deeper than `max_depth`, or 0 when they never do. A linear scan
// that skips strings; it does not check the syntax.
int json_too_deep_line(std::string_view text, int max_depth = kMaxJsonDepth);

}  // namespace broadsheet
