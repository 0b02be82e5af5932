// What a parser returns: the articles it could read and one error per thing
// it could not. Bad input is normal here, so nothing throws.
#pragma once

#include "core/article.h"

#include <string>
#include <vector>

namespace broadsheet {

struct ParseError {
    std::string file;     // the file name as the user gave it
    int line = 0;         // 1-based line number, 0 when not about one line
    std::string message;  // a sentence a person can act on
    int record = 0;       // 1-based record of a JSON array, 0 when not about one record

    // "feed.jsonl: line 3: unterminated string" / "photo.png: not a text article"
    // / "dump.json: record 2: no title"
    std::string to_string() const;
};

struct ParseResult {
    std::vector<Article> articles;
    std::vector<ParseError> errors;
    // Things that did not stop an article from loading but that the user
    // should know about (e.g. invalid bytes replaced by U+FFFD).
    std::vector<ParseError> warnings;
};

}  // namespace broadsheet
