#include "core/search/query_parser.h"

#include <catch2/catch.hpp>

using namespace broadsheet::search;

TEST_CASE("query parser splits words, phrases, exclusions and OR groups") {
    ParsedQuery q = parse_query("oil \"crude prices\" -opec gold OR silver");
    REQUIRE(q.groups.size() == 4);
    CHECK(q.groups[0].alternatives[0].text == "oil");
    CHECK(q.groups[1].alternatives[0].kind == ClauseKind::Phrase);
    CHECK(q.groups[1].alternatives[0].text == "crude prices");
    CHECK(q.groups[2].alternatives[0].is_excluded);
    REQUIRE(q.groups[3].alternatives.size() == 2);
    CHECK(q.groups[3].alternatives[1].text == "silver");
    CHECK(q.groups[3].alternatives[1].ends_query);
}

TEST_CASE("query parser reads field filters and dates") {
    ParsedQuery q = parse_query("title:budget source:bbc.co.uk author:\"Sam Smith\" date:2024-05 after:2024 before:2024-02-03");
    REQUIRE(q.groups.size() == 6);
    CHECK(q.groups[0].alternatives[0].is_title_only);
    CHECK(q.groups[1].alternatives[0].kind == ClauseKind::Source);
    CHECK(q.groups[2].alternatives[0].kind == ClauseKind::Author);
    CHECK(q.groups[2].alternatives[0].text == "Sam Smith");
    const Clause& d = q.groups[3].alternatives[0];
    CHECK(d.kind == ClauseKind::DateRange);
    CHECK(d.date_to - d.date_from == 31 * 86400);
    CHECK(q.groups[4].alternatives[0].date_from == 1704067200);
    CHECK(q.groups[5].alternatives[0].date_to == 1706918400);
}

TEST_CASE("query parser answers malformed queries sensibly") {
    SECTION("unclosed quote runs to the end") {
        ParsedQuery q = parse_query("a \"b c");
        REQUIRE(q.groups.size() == 2);
        CHECK(q.groups[1].alternatives[0].text == "b c");
    }
    SECTION("bad dates are ignored and reported") {
        ParsedQuery q = parse_query("x after:yesterday date:2024-13");
        CHECK(q.groups.size() == 1);
        CHECK(q.ignored.size() == 2);
    }
    SECTION("unknown fields are plain words") {
        ParsedQuery q = parse_query("foo:bar");
        REQUIRE(q.groups.size() == 1);
        CHECK(q.groups[0].alternatives[0].text == "foo:bar");
    }
    SECTION("stray OR, dash and empty quotes") {
        CHECK(parse_query("OR").groups.size() == 1);
        CHECK(parse_query("a OR").groups.size() == 1);
        CHECK(parse_query("-").groups.size() == 1);
        CHECK(parse_query("\"\"").groups.empty());
        CHECK(parse_query("").groups.empty());
        CHECK(parse_query("   ").groups.empty());
    }
    SECTION("a word followed by a space does not end the query") {
        ParsedQuery q = parse_query("abc ");
        CHECK_FALSE(q.groups[0].alternatives[0].ends_query);
    }
}

TEST_CASE("query parser and search survive arbitrary bytes") {
    // A small deterministic fuzz: random mixes of syntax characters, UTF-8
    // fragments and words must parse and evaluate without crashing.
    const char* pieces[] = {"\"", "-", ":", "title:", "source:", "after:", "date:2024-0", "OR", " ", "  ",
                            "oil", "pri", "\xE2\x80", "\xC3\xA9", "\xFF", "東京", "-\"", "3.5%", "$", "covid-19"};
    uint32_t state = 12345;
    for (int n = 0; n < 500; ++n) {
        std::string q;
        int len = 1 + static_cast<int>(state % 8);
        for (int i = 0; i < len; ++i) {
            state = state * 1664525u + 1013904223u;
            q += pieces[(state >> 16) % (sizeof pieces / sizeof *pieces)];
        }
        ParsedQuery p = parse_query(q);
        for (const ClauseGroup& g : p.groups) {
            CHECK_FALSE(g.alternatives.empty());
            for (const Clause& c : g.alternatives) CHECK(c.end <= q.size());
        }
    }
}
