#include "core/parse/markdown_article.h"
#include "core/parse/markdown_front_matter.h"
#include "fixture_util.h"

#include <catch2/catch.hpp>

using namespace broadsheet;
using broadsheet::test::read_fixture;

TEST_CASE("a Markdown note with front matter") {
    ParseResult r = parse_markdown_article("front-matter.md", read_fixture("markdown/front-matter.md"));
    REQUIRE(r.errors.empty());
    REQUIRE(r.articles.size() == 1);
    const Article& a = r.articles[0];
    SECTION("front matter gives the fields") {
        CHECK(a.title == "Night trains return to the coast line");
        REQUIRE(a.published);
        CHECK(format_iso8601(*a.published) == "2025-05-10T06:00:00+02:00");
        CHECK(a.url == "https://rail-news.example/night-trains");
        CHECK(a.source == "Rail News");
        CHECK(a.authors == std::vector<std::string>{"Sam Okoro", "Lena Fischer"});
        CHECK(a.description == "Sleeper services restart in June.");
        CHECK(a.file == "front-matter.md");
    }
    SECTION("the body becomes paragraphs, inline markup is dropped, soft breaks are spaces") {
        REQUIRE(a.paragraphs.size() >= 1);
        CHECK(a.paragraphs[0].text ==
              "The first night train in twelve years will leave the capital on 2 June, the operator said on its website.");
    }
    SECTION("subheadings, list items, quotes, tables and code keep their order") {
        REQUIRE(a.paragraphs.size() == 11);
        CHECK(a.paragraphs[1].text == "Timetable");
        CHECK(a.paragraphs[1].is_heading);
        CHECK(a.paragraphs[2].text == "\xE2\x80\xA2 Departs 22:10 from the central station.");
        CHECK(a.paragraphs[4].text == "\"We have waited a long time for this,\" said a passenger group & its chair.");
        CHECK(a.paragraphs[5].text == "1. Book online.");
        CHECK(a.paragraphs[6].text == "2. Pick up tickets at the station.");
        CHECK(a.paragraphs[7].text == "Class | Price");
        CHECK(a.paragraphs[8].text == "Seat | \xE2\x82\xAC" "39");
        CHECK(a.paragraphs[10].text == "code stays as text");
    }
}

TEST_CASE("without front matter the first # heading is the title") {
    ParseResult r = parse_markdown_article("heading-title.md", read_fixture("markdown/heading-title.md"));
    REQUIRE(r.articles.size() == 1);
    const Article& a = r.articles[0];
    CHECK(a.title == "Harvest festival moves to the old market");
    REQUIRE(a.paragraphs.size() == 4);
    CHECK_FALSE(a.paragraphs[0].is_heading);
    CHECK(a.paragraphs[1].text == "Parking");
    CHECK(a.paragraphs[1].is_heading);
    CHECK(a.paragraphs[2].text.find("stadium\xE2\x80\x94" "buses run every ten minutes") != std::string::npos);
    CHECK(a.paragraphs[3].text == "Raw HTML blocks are read too.");
    CHECK(a.url.empty());
    CHECK_FALSE(a.published);
}

TEST_CASE("a note with neither title nor text is an error naming the file") {
    ParseResult r = parse_markdown_article("empty.md", "---\ntitle: \"\"\n---\n\n");
    CHECK(r.articles.empty());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].to_string().rfind("empty.md: ", 0) == 0);
}

TEST_CASE("front matter reader") {
    SECTION("quoted scalars, flow lists, comments, link instead of url") {
        FrontMatter fm = read_front_matter(
            "---\ntitle: 'It''s here'\nauthor: [\"Doe, Jane\", Bob]\nlink: https://x.example/a # the page\n"
            "date: \"Mon, 02 Feb 2026 07:00:00 GMT\"\n---\nBody\n");
        CHECK(fm.is_present);
        CHECK(fm.title == "It's here");
        CHECK(fm.authors == std::vector<std::string>{"Doe, Jane", "Bob"});
        CHECK(fm.url == "https://x.example/a");
        CHECK(fm.date == "Mon, 02 Feb 2026 07:00:00 GMT");
        CHECK(fm.body == "Body\n");
    }
    SECTION("an unclosed block is not front matter") {
        FrontMatter fm = read_front_matter("---\ntitle: x\n\nno end\n");
        CHECK_FALSE(fm.is_present);
        CHECK(fm.body == "---\ntitle: x\n\nno end\n");
    }
    SECTION("a thematic break later in the text is not front matter") {
        FrontMatter fm = read_front_matter("# T\n---\n");
        CHECK_FALSE(fm.is_present);
    }
}

TEST_CASE("an RFC 822 front matter date is read") {
    ParseResult r = parse_markdown_article("d.md", "---\ntitle: T\ndate: Mon, 02 Feb 2026 07:00:00 GMT\n---\ntext\n");
    REQUIRE(r.articles.size() == 1);
    REQUIRE(r.articles[0].published);
    CHECK(format_iso8601(*r.articles[0].published) == "2026-02-02T07:00:00Z");
}

TEST_CASE("odd Markdown does not crash") {
    for (const char* s : {"", "---", "---\n---", "# ", "```", "<div>", "&#0;", "| a |\n|-|\n| b", "> > > >", "* * *",
                          "[x]: <", "\x00\x01"}) {
        ParseResult r = parse_markdown_article("odd.md", s);
        CHECK(r.articles.size() + r.errors.size() >= 1);
    }
}

TEST_CASE("images are left out, an image-only paragraph leaves nothing") {
    ParseResult r = parse_markdown_article("i.md", "# T\n\n![a diagram](d.png)\n\nText with ![icon](i.png) inside.\n");
    REQUIRE(r.articles.size() == 1);
    REQUIRE(r.articles[0].paragraphs.size() == 1);
    CHECK(r.articles[0].paragraphs[0].text == "Text with inside.");
}

TEST_CASE("a short plain first line followed by text is the title") {
    ParseResult r = parse_markdown_article("n.md", "Shopping list for the trip\n\nBread, cheese and apples.\n");
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].title == "Shopping list for the trip");
    REQUIRE(r.articles[0].paragraphs.size() == 1);
}
