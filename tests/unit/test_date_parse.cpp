#include "core/parse/date_parse.h"

#include <catch2/catch.hpp>

using namespace broadsheet;

namespace {
std::string iso(std::string_view s) {
    auto ts = parse_date(s);
    return ts ? format_iso8601(*ts) : "none";
}
}  // namespace

TEST_CASE("the common date spellings parse") {
    CHECK(iso("2026-02-02 07:00:00") == "2026-02-02T07:00:00");
    CHECK(iso("2026-02-02") == "2026-02-02");
    CHECK(iso("2026-02-02T07:00:00") == "2026-02-02T07:00:00");
    CHECK(iso("2026-02-02T07:00:00Z") == "2026-02-02T07:00:00Z");
    CHECK(iso("2026-02-02T07:00:00.123+01:00") == "2026-02-02T07:00:00+01:00");
    CHECK(iso("2026-02-02T07:00-0530") == "2026-02-02T07:00:00-05:30");
}

TEST_CASE("an offset is applied to the epoch value") {
    auto utc = parse_date("2026-02-02T06:00:00Z");
    auto paris = parse_date("2026-02-02T07:00:00+01:00");
    REQUIRE(utc);
    REQUIRE(paris);
    CHECK(utc->epoch_seconds == paris->epoch_seconds);
    CHECK(utc->epoch_seconds == 1770012000);
}

TEST_CASE("None, empty and impossible dates give no date") {
    CHECK(iso("None") == "none");
    CHECK(iso("") == "none");
    CHECK(iso("2026-02-30") == "none");
    CHECK(iso("2026-13-01") == "none");
    CHECK(iso("2026-02-02 25:00:00") == "none");
    CHECK(iso("2026-02-02 07:00:00 garbage") == "none");
}

TEST_CASE("dates before 1970 round-trip") {
    CHECK(iso("1969-07-20 20:17:40") == "1969-07-20T20:17:40");
    CHECK(iso("1900-02-28") == "1900-02-28");
}

TEST_CASE("more ISO 8601 spellings seen in scraped data") {
    CHECK(iso("2026-02-02T07:00:00.123456Z") == "2026-02-02T07:00:00Z");
    CHECK(iso("2026-02-02 07:00") == "2026-02-02T07:00:00");
    CHECK(iso("2026-02-02t07:00:00z") == "2026-02-02T07:00:00Z");
    CHECK(iso("2026-02-02 07:00:00 UTC") == "2026-02-02T07:00:00Z");
    CHECK(iso("2026-02-02T07:00:00+0100") == "2026-02-02T07:00:00+01:00");
    CHECK(iso("  2026-02-02  ") == "2026-02-02");
    CHECK(iso("2024-02-29") == "2024-02-29");
    CHECK(iso("2023-02-29") == "none");
    CHECK(iso("2026-02-02T07:00:00+15:00") == "none");
}
