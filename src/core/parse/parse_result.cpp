#include "core/parse/parse_result.h"

namespace broadsheet {

std::string ParseError::to_string() const {
    std::string out = file;
    if (line > 0) out += ": line " + std::to_string(line);
    if (record > 0) out += ": record " + std::to_string(record);
    out += ": ";
    out += message;
    return out;
}

}  // namespace broadsheet
