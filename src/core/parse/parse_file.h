// The one entry point for bytes from a file: detects the format from the
// name and the content, decodes the text, and runs the matching parser.
// Used by the app's drop path, the bridge's load(), and the CLI.
#pragma once

#include "core/parse/parse_result.h"

#include <string_view>

namespace broadsheet {

// Never throws; every failure is a ParseError naming `file_name`.
ParseResult parse_file(std::string_view file_name, std::string_view bytes);

}  // namespace broadsheet
