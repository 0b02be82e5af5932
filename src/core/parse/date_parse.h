// Reads the date spellings scraped articles carry: "2026-02-02 07:00:00",
// "2026-02-02", ISO 8601 with "T", fractional seconds, "Z" or "+hh:mm".
// "None", "" and anything unreadable give no date (std::nullopt).
// Not handled here: RFC 822 ("Mon, 02 Feb 2026 ...") and month names.
#pragma once

#include "core/article.h"

#include <optional>
#include <string_view>

namespace broadsheet {

std::optional<Timestamp> parse_date(std::string_view text);

}  // namespace broadsheet
