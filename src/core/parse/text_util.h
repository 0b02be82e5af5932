// Small UTF-8 string helpers shared by the parsers.
#pragma once

#include <string>
#include <string_view>

namespace broadsheet {

// At most `max_bytes` of `s`, cut back to a code point boundary, with "…"
// appended when something was cut. For quoting input inside error messages.
// Whether `s` ends with `lower_suffix` (ASCII, given in lower case), ignoring ASCII case.
bool ends_with_nocase(std::string_view s, std::string_view lower_suffix);

std::string clip_utf8(std::string_view s, size_t max_bytes);

}  // namespace broadsheet

namespace broadsheet {

// True when `s` has a tab, CR, LF or two spaces in a row: the cases where
// whitespace must be collapsed. Branch-free so the compiler vectorises it;
// most lines have none and are copied whole.
bool has_messy_spaces(std::string_view s);

}  // namespace broadsheet
