// Reads the RFC 822 / RFC 2822 dates of RSS feeds and e-mail-style headers:
//   "Mon, 02 Feb 2026 07:00:00 +0100", "2 Feb 26 07:00 GMT", "Mon, 2 February 2026 07:00:00 EST".
// Lenient as feeds need: the weekday is optional and not checked, month names
// may be full, seconds are optional, two-digit years mean 19xx/20xx (< 50 -> 20xx).
// Zones: +hhmm/-hhmm, +hh:mm, GMT/UT/UTC/Z and the US zones (EST..PDT); an unknown
// or missing zone gives has_offset = false. Anything else gives std::nullopt.
// Not handled: comments in parentheses other than a trailing "(zone name)",
// military one-letter zones other than Z.
#pragma once

#include "core/article.h"

#include <optional>
#include <string_view>

namespace broadsheet {

std::optional<Timestamp> parse_rfc822_date(std::string_view text);

// RFC 3339 / ISO 8601 first (parse_date), then RFC 822: what feeds and
// HTML meta tags carry.
std::optional<Timestamp> parse_any_date(std::string_view text);

}  // namespace broadsheet
