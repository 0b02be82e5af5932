// Small URL helpers for article links (not a general URL parser).
#pragma once

#include <string>
#include <string_view>

namespace broadsheet {

// True for an absolute http:// or https:// URL with a host (case-insensitive
// scheme: "HTTPS://A.COM" is one). This is the one gate for every link the
// app shows or opens, so it refuses what could hide or change the target:
// any other scheme (javascript:, data:, vbscript:, file:), a control
// character anywhere (a NUL would truncate the URL in C strings), white
// space, and invisible formatting such as the bidi override U+202E
// (safe_text.h) that can make a link read as another.
bool is_web_url(std::string_view url);

// The lower-cased host of an http(s) URL, without port or credentials; "" otherwise.
std::string url_host(std::string_view url);

}  // namespace broadsheet
