// What a parser returns: the articles it could read and one error per thing
// it could not. Bad input is normal here, so nothing throws.
#pragma once

#include "core/article.h"

#include <string>
#include <vector>

namespace broadsheet {

struct ParseError {
    std::string file;     // the file name as the user gave it
    int line = 0;         // 1-based line (or record) number, 0 when it is the whole file
    std::string message;  // a sentence a person can act on

    // "feed.jsonl: line 3: unterminated string" / "photo.png: not a text article"
    std::string to_string() const;
};

struct ParseResult {
    std::vector<Article> articles;
    std::vector<ParseError> errors;
};

}  // namespace broadsheet
