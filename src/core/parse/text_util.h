// Small UTF-8 string helpers shared by the parsers.
#pragma once

#include <string>
#include <string_view>

namespace broadsheet {

// At most `max_bytes` of `s`, cut back to a code point boundary, with "…"
// appended when something was cut. For quoting input inside error messages.
std::string clip_utf8(std::string_view s, size_t max_bytes);

}  // namespace broadsheet
