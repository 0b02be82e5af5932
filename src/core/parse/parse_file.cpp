#include "core/parse/parse_file.h"

#include "core/parse/text_format.h"

#include <string>

namespace broadsheet {
namespace {

// NUL bytes do not occur in text; a few of them early on mean an image,
// archive or other binary was dropped by mistake.
bool looks_binary(std::string_view bytes) {
    size_t probe = bytes.size() < 4096 ? bytes.size() : 4096;
    for (size_t i = 0; i < probe; ++i) {
        if (bytes[i] == '\0') return true;
    }
    return false;
}

// Strips a UTF-8 BOM and turns CRLF and lone CR into LF.
std::string normalise_newlines(std::string_view bytes) {
    if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) bytes.remove_prefix(3);
    std::string out;
    out.reserve(bytes.size());
    for (size_t i = 0; i < bytes.size(); ++i) {
        char c = bytes[i];
        if (c == '\r') {
            out += '\n';
            if (i + 1 < bytes.size() && bytes[i + 1] == '\n') ++i;
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace

ParseResult parse_file(std::string_view file_name, std::string_view bytes) {
    if (bytes.empty()) {
        return {{}, {{std::string(file_name), 0, "the file is empty"}}};
    }
    if (looks_binary(bytes)) {
        return {{}, {{std::string(file_name), 0, "this is binary data, not a text or JSON article"}}};
    }
    return parse_text_article(file_name, normalise_newlines(bytes));
}

}  // namespace broadsheet
