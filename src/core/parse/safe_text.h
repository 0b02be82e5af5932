// Showing untrusted names safely: file names, tar member names and URLs reach
// the terminal (CLI) and the screen (error list, reader). Control characters
// there can move the cursor or recolour the terminal, and bidi overrides or
// zero-width marks can make "evil.txt\u202Egpj.exe" read as something else.
// Input is UTF-8 (repair it first, decode_text.h); invalid bytes are escaped too.
#pragma once

#include <string>
#include <string_view>

namespace broadsheet {

// The code point is invisible formatting that can spoof the order or the
// joining of what is shown: U+061C, U+200B-U+200F, U+202A-U+202E,
// U+2060-U+2069, U+FEFF.
bool is_invisible_format_char(char32_t cp);

// Whether `utf8` holds a control character (C0, DEL, C1) or an invisible
// formatting character.
bool has_unsafe_display_chars(std::string_view utf8);

// `utf8` with every control character, invisible formatting character and
// invalid byte replaced by a visible escape: "\x1B", "\u202E", "\xFF".
// Backslashes are left alone (Windows paths stay readable). Tab is escaped
// too: a name is one line.
std::string escape_for_display(std::string_view utf8);

}  // namespace broadsheet
