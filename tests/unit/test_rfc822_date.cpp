#include "core/parse/rfc822_date.h"

#include <catch2/catch.hpp>

using namespace broadsheet;

namespace {

std::string iso(std::string_view s) {
    auto ts = parse_rfc822_date(s);
    return ts ? format_iso8601(*ts) : "none";
}

}  // namespace

TEST_CASE("RFC 822 dates as feeds write them") {
    CHECK(iso("Mon, 02 Feb 2026 07:00:00 +0100") == "2026-02-02T07:00:00+01:00");
    CHECK(iso("Mon, 02 Feb 2026 07:00:00 GMT") == "2026-02-02T07:00:00Z");
    CHECK(iso("2 Feb 2026 07:00 -0500") == "2026-02-02T07:00:00-05:00");
    CHECK(iso("Tue, 10 Jun 2003 04:00:00 EST") == "2003-06-10T04:00:00-05:00");
    CHECK(iso("Tue, 10 Jun 2003 04:00:00 PDT") == "2003-06-10T04:00:00-07:00");
    CHECK(iso("Sunday, 1 February 2026 23:59:59 UT") == "2026-02-01T23:59:59Z");
    CHECK(iso("01 Jan 99 00:00:00 GMT") == "1999-01-01T00:00:00Z");
    CHECK(iso("01 Jan 26 00:00:00 +05:30") == "2026-01-01T00:00:00+05:30");
    CHECK(iso("Feb 02 2026 07:00:00 GMT") == "2026-02-02T07:00:00Z");
    CHECK(iso("Mon, 02 Feb 2026") == "2026-02-02");
}

TEST_CASE("RFC 822 epoch seconds follow the offset") {
    auto a = parse_rfc822_date("Mon, 02 Feb 2026 08:00:00 +0100");
    auto b = parse_rfc822_date("Mon, 02 Feb 2026 07:00:00 GMT");
    REQUIRE(a);
    REQUIRE(b);
    CHECK(a->epoch_seconds == b->epoch_seconds);
}

TEST_CASE("an unknown zone keeps the wall-clock time without an offset") {
    auto ts = parse_rfc822_date("Mon, 02 Feb 2026 07:00:00 CEST");
    REQUIRE(ts);
    CHECK_FALSE(ts->has_offset);
    CHECK(format_iso8601(*ts) == "2026-02-02T07:00:00");
}

TEST_CASE("what is not an RFC 822 date gives nothing") {
    for (const char* s : {"", "None", "yesterday", "31 Feb 2026 07:00 GMT", "02 Foo 2026 07:00 GMT",
                          "02 Feb 2026 25:00 GMT", "02 Feb 2026 07:00 +9999", "02 Feb 2026 07:00 GMT extra",
                          "2026-02-02", "Mon,", "02 Feb 202 07:00 GMT"}) {
        INFO(s);
        CHECK_FALSE(parse_rfc822_date(s));
    }
}

TEST_CASE("parse_any_date reads ISO 8601 first, then RFC 822") {
    REQUIRE(parse_any_date("2026-02-02T07:00:00Z"));
    CHECK(format_iso8601(*parse_any_date("2026-02-02T07:00:00Z")) == "2026-02-02T07:00:00Z");
    REQUIRE(parse_any_date("Mon, 02 Feb 2026 07:00:00 GMT"));
    CHECK_FALSE(parse_any_date("soon"));
}
