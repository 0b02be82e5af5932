// Issue 13: no article is refused for a field it can do without.
#include "app/app.h"
#include "core/parse/file_title.h"
#include "core/parse/html_article.h"
#include "core/parse/markdown_article.h"
#include "core/parse/parse_file.h"
#include "core/parse/text_format.h"
#include "fixture_util.h"

#include <catch2/catch.hpp>

using namespace broadsheet;
using broadsheet::test::read_fixture;

TEST_CASE("a title from the file name: folder and extensions dropped") {
    CHECK(title_from_file_name("crawl/story 12.txt") == "story 12");
    CHECK(title_from_file_name("a.b.html.gz") == "a.b");
    CHECK(title_from_file_name("news.tar/x/page.htm") == "page");
    CHECK(title_from_file_name("README") == "README");
    CHECK(title_from_file_name("dir/.html") == "Untitled");
    CHECK(title_from_file_name("") == "Untitled");
}

TEST_CASE("an HTML page without <title> takes its <h1>") {
    ParseResult r = parse_file("untitled/no-title-h1.html", read_fixture("identity/untitled/no-title-h1.html"));
    CHECK(r.errors.empty());
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].title == "Bridge reopens after repairs");
    REQUIRE_FALSE(r.articles[0].paragraphs.empty());
    CHECK(r.articles[0].paragraphs[0].text.rfind("The old river bridge", 0) == 0);
}

TEST_CASE("an HTML page without any headline is named after its file") {
    ParseResult r = parse_file("untitled/saved-page.html", read_fixture("identity/untitled/saved-page.html"));
    CHECK(r.errors.empty());
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].title == "saved-page");
    CHECK(r.articles[0].paragraphs.size() == 2);
}

TEST_CASE("an HTML page with no text at all is still an error naming the file") {
    ParseResult r = parse_html_article("no-text.html", read_fixture("html/no-text.html"));
    CHECK(r.articles.empty());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].file == "no-text.html");
}

TEST_CASE("a text file with only a title line is an article with no text") {
    ParseResult r = parse_file("untitled/title-only.txt", read_fixture("identity/untitled/title-only.txt"));
    CHECK(r.errors.empty());
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].title == "Headline saved without its text");
    CHECK(r.articles[0].paragraphs.empty());
    CHECK_FALSE(r.articles[0].is_truncated);

    ParseResult with_header = parse_text_article("h.txt", "Title\n\nhttps://a.example/x\n\nPublish Date: 2024-01-01\n");
    REQUIRE(with_header.articles.size() == 1);
    CHECK(with_header.articles[0].url == "https://a.example/x");
    CHECK(with_header.articles[0].paragraphs.empty());

    App app;
    auto outcome = app.load_file("title-only.txt", read_fixture("identity/untitled/title-only.txt"));
    CHECK(outcome.added == 1);
    app.set_query("headline");
    CHECK(app.listed().size() == 1);
}

TEST_CASE("a text file that starts with its URL line is named after the file") {
    ParseResult r = parse_file("untitled/url-first.txt", read_fixture("identity/untitled/url-first.txt"));
    CHECK(r.errors.empty());
    REQUIRE(r.articles.size() == 1);
    const Article& a = r.articles[0];
    CHECK(a.title == "url-first");
    CHECK(a.url == "https://www.Example.org/news/ferry-strike/?utm_source=rss");
    REQUIRE(a.published);
    REQUIRE(a.paragraphs.size() == 1);
    CHECK(a.paragraphs[0].text == "The ferry crews walked out at dawn over a pay dispute.");
}

TEST_CASE("only input with no recognisable article is an error, naming the file and line") {
    ParseResult header_only = parse_file("untitled/header-only.txt", read_fixture("identity/untitled/header-only.txt"));
    CHECK(header_only.articles.empty());
    REQUIRE(header_only.errors.size() == 1);
    CHECK_THAT(header_only.errors[0].to_string(), Catch::StartsWith("untitled/header-only.txt: line 1: no article"));
    CHECK(parse_text_article("b.txt", "\n \n\t\n").errors.size() == 1);

    ParseResult empty_note = parse_markdown_article("n.md", "---\nauthor: X\n---\n");
    CHECK(empty_note.articles.empty());
    CHECK(empty_note.errors.size() == 1);
}

TEST_CASE("a Markdown note without a heading is named after its file; a heading alone is an article") {
    ParseResult r = parse_markdown_article("notes/no-title.md", read_fixture("markdown/no-title.md"));
    CHECK(r.errors.empty());
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].title == "no-title");
    ParseResult heading = parse_markdown_article("h.md", "# Only a heading\n");
    REQUIRE(heading.articles.size() == 1);
    CHECK(heading.articles[0].title == "Only a heading");
    CHECK(heading.articles[0].paragraphs.empty());
}
