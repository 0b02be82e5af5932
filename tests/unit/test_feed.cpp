#include "core/parse/decode_text.h"
#include "core/parse/feed_parse.h"
#include "fixture_util.h"

#include <catch2/catch.hpp>

using namespace broadsheet;
using broadsheet::test::read_fixture;

TEST_CASE("RSS 2.0: every item is an article") {
    ParseResult r = parse_feed("rss2.xml", read_fixture("feeds/rss2.xml"));
    REQUIRE(r.errors.empty());
    REQUIRE(r.articles.size() == 3);
    SECTION("content:encoded goes through the HTML reader; description becomes the summary") {
        const Article& a = r.articles[0];
        CHECK(a.title == "School roof repaired before term");
        CHECK(a.url == "https://valley-gazette.example/school-roof");
        CHECK(a.source == "Valley Gazette");
        REQUIRE(a.published);
        CHECK(format_iso8601(*a.published) == "2025-09-01T07:30:00+01:00");
        CHECK(a.authors == std::vector<std::string>{"Priya Nair"});
        CHECK(a.description == "The roof is fixed.");
        REQUIRE(a.paragraphs.size() == 3);
        CHECK(a.paragraphs[1].text == "Cost");
        CHECK(a.paragraphs[1].is_heading);
        CHECK(a.paragraphs[2].text == "The work cost \xC2\xA3" "80,000.");
        CHECK(a.file == "rss2.xml");
    }
    SECTION("entities in titles, a permalink guid as the link, 'mail (Name)' authors, escaped HTML descriptions") {
        const Article& a = r.articles[1];
        CHECK(a.title == "Ben & Jerry\xE2\x80\x99s opens in the high street");
        CHECK(a.url == "https://valley-gazette.example/ice-cream");
        REQUIRE(a.published);
        CHECK(format_iso8601(*a.published) == "2025-09-02T16:00:00Z");
        CHECK(a.authors == std::vector<std::string>{"Tom Reid"});
        REQUIRE(a.paragraphs.size() == 2);
        CHECK(a.paragraphs[1].text == "Queues formed early.");
    }
    SECTION("a relative link and an unreadable date are left out, the item stays") {
        const Article& a = r.articles[2];
        CHECK(a.url.empty());
        CHECK_FALSE(a.published);
        REQUIRE(a.paragraphs.size() == 1);
    }
}

TEST_CASE("Atom: entries with html, xhtml and text content") {
    ParseResult r = parse_feed("atom.xml", read_fixture("feeds/atom.xml"));
    REQUIRE(r.errors.empty());
    REQUIRE(r.articles.size() == 3);
    const Article& a = r.articles[0];
    CHECK(a.title == "Spring planting notes");
    CHECK(a.url == "https://hillside.example/spring");
    CHECK(a.source == "Hillside Blog");
    REQUIRE(a.published);
    CHECK(format_iso8601(*a.published) == "2025-04-01T08:00:00+02:00");
    CHECK(a.authors == std::vector<std::string>{"Rosa Marin", "Ken Ito"});
    CHECK(a.description == "What we planted this week.");
    REQUIRE(a.paragraphs.size() == 3);
    CHECK(a.paragraphs[1].text == "\xE2\x80\xA2 Beans");

    const Article& b = r.articles[1];
    CHECK(b.title == "Tools we use");
    CHECK(b.url == "https://hillside.example/tools");
    REQUIRE(b.published);
    CHECK(format_iso8601(*b.published) == "2025-03-20T12:00:00Z");
    REQUIRE(b.paragraphs.size() == 2);
    CHECK(b.paragraphs[0].text == "A spade, a fork and patience.");

    const Article& c = r.articles[2];
    REQUIRE(c.paragraphs.size() == 1);
    CHECK(c.paragraphs[0].text == "Less-than signs like 1 < 2 stay as text.");
}

TEST_CASE("a broken item is reported and the other items are kept") {
    ParseResult r = parse_feed("broken-item.rss", read_fixture("feeds/broken-item.rss"));
    REQUIRE(r.articles.size() == 2);
    CHECK(r.articles[0].title == "First good item");
    CHECK(r.articles[1].title == "Third good item");
    CHECK(r.articles[1].source == "Broken Feed Times");
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].file == "broken-item.rss");
    CHECK(r.errors[0].line == 14);
    CHECK(r.errors[0].message.find("item 2 was skipped: it is not well-formed XML") == 0);
    CHECK(r.errors[0].message.find("the other 2 items were added") != std::string::npos);
    CHECK(r.errors[1].line == 21);
    CHECK(r.errors[1].message.find("item 4 was skipped: it has no title and no text") == 0);
}

TEST_CASE("RSS 1.0 (RDF) items are siblings of the channel") {
    ParseResult r = parse_feed("rdf.rdf", read_fixture("feeds/rdf.rdf"));
    REQUIRE(r.errors.empty());
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].source == "Old Style News");
    CHECK(r.articles[0].authors == std::vector<std::string>{"Old Timer"});
    REQUIRE(r.articles[0].published);
}

TEST_CASE("a feed without a title uses its link's host as the source") {
    ParseResult r = parse_feed("f.xml", "<rss><channel><link>https://www.host.example/</link><item><title>T</title>"
                                        "<description>x</description></item></channel></rss>");
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].source == "www.host.example");
}

TEST_CASE("what is not a feed gives one error") {
    SECTION("other XML") {
        ParseResult r = parse_feed("x.xml", "<svg><g/></svg>");
        CHECK(r.articles.empty());
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].message.find("not an RSS or Atom feed") != std::string::npos);
    }
    SECTION("broken XML with no items") {
        ParseResult r = parse_feed("x.rss", "<rss><channel><title>a</chan");
        CHECK(r.articles.empty());
        REQUIRE(r.errors.size() == 1);
    }
    SECTION("an empty feed") {
        ParseResult r = parse_feed("x.rss", "<rss><channel><title>a</title></channel></rss>");
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].message == "this feed has no items");
    }
}

TEST_CASE("character references that are not Unicode scalar values leave valid UTF-8") {
    ParseResult r = parse_feed("f.rss", "<rss><channel><title>Feed &#xD800;</title><item><title>Bad &#xDFFF; ref</title>"
                                        "<author>&#xD800;</author><description>x</description></item></channel></rss>");
    REQUIRE(r.articles.size() == 1);
    const Article& a = r.articles[0];
    CHECK(is_valid_utf8(a.title));
    CHECK(is_valid_utf8(a.source));
    for (const std::string& name : a.authors) CHECK(is_valid_utf8(name));
}

TEST_CASE("an untitled item takes the start of its text, cut at a word and a character boundary") {
    std::string words;
    for (int i = 0; i < 40; ++i) words += "\xC3\xA9t\xC3\xA9 ";
    ParseResult r = parse_feed("f.rss", "<rss><channel><item><description>" + words + "</description></item></channel></rss>");
    REQUIRE(r.articles.size() == 1);
    CHECK(is_valid_utf8(r.articles[0].title));
    CHECK(r.articles[0].title.size() <= 104);
    CHECK(r.articles[0].title.compare(r.articles[0].title.size() - 3, 3, "\xE2\x80\xA6") == 0);
}

TEST_CASE("a malformed Atom entry is skipped, the entries around it are kept") {
    ParseResult r = parse_feed("a.atom",
                               "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>F</title>\n"
                               "<entry><title>One</title><content>1</content></entry>\n"
                               "<entry><title>Two</title><content><p>2</content></entry>\n"
                               "<entry><title>Three</title><content>3</content></entry>\n</feed>");
    REQUIRE(r.articles.size() == 2);
    CHECK(r.articles[0].title == "One");
    CHECK(r.articles[1].title == "Three");
    CHECK(r.articles[1].source == "F");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].line == 3);
    CHECK(r.errors[0].message.find("entry 2 was skipped") == 0);
}
