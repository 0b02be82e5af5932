// Small URL helpers for article links (not a general URL parser).
#pragma once

#include <string>
#include <string_view>

namespace broadsheet {

// True for an absolute http:// or https:// URL with a host (case-insensitive scheme).
bool is_web_url(std::string_view url);

// The lower-cased host of an http(s) URL, without port or credentials; "" otherwise.
std::string url_host(std::string_view url);

}  // namespace broadsheet
