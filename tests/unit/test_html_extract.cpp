#include "core/parse/html_article.h"
#include "core/parse/html_blocks.h"
#include "core/parse/html_dom.h"
#include "core/parse/html_prescan.h"
#include "core/parse/html_extract.h"
#include "fixture_util.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

using namespace broadsheet;
using broadsheet::test::read_fixture;

namespace {

std::string all_text(const Article& a) {
    std::string out;
    for (const Paragraph& p : a.paragraphs) out += p.text + "\n";
    return out;
}

bool starts_with(const std::string& text, const std::string& start) {
    return text.compare(0, start.size(), start) == 0;
}

bool has_paragraph(const Article& a, const std::string& start) {
    return std::any_of(a.paragraphs.begin(), a.paragraphs.end(),
                       [&](const Paragraph& p) { return starts_with(p.text, start); });
}

std::string filler(int sentences) {
    std::string out;
    for (int i = 0; i < sentences; ++i) out += "This sentence is part of the story, and it carries some words. ";
    return out;
}

}  // namespace

TEST_CASE("a news page gives the story's text in order, without the page around it") {
    ParseResult r = parse_html_article("news-article.html", read_fixture("html/news-article.html"));
    REQUIRE(r.errors.empty());
    REQUIRE(r.articles.size() == 1);
    const Article& a = r.articles[0];
    std::string text = all_text(a);

    SECTION("paragraphs, subheadings, list items and quotes stay, in document order") {
        REQUIRE(a.paragraphs.size() == 8);
        CHECK(starts_with(a.paragraphs[0].text, "The harbour bridge reopened to"));
        CHECK(a.paragraphs[2].text == "What changes for drivers");
        CHECK(a.paragraphs[2].is_heading);
        CHECK_FALSE(a.paragraphs[3].is_heading);
        CHECK(a.paragraphs[4].text == "\xE2\x80\xA2 Buses run every ten minutes again.");
        CHECK(a.paragraphs[5].text == "\xE2\x80\xA2 The cycle lane is now separated from the road.");
        CHECK(starts_with(a.paragraphs[6].text, "\xE2\x80\x9CIt is good to have our bridge"));
        CHECK(starts_with(a.paragraphs[7].text, "The council will publish"));
    }
    SECTION("entities are decoded") {
        CHECK(text.find("six o'clock") != std::string::npos);
        CHECK(text.find("\xC2\xA3" "14 million, & came") != std::string::npos);
        CHECK(text.find("port\xE2\x80\x99s operators") != std::string::npos);
    }
    SECTION("navigation, forms, share bars, related links, comments, footer, scripts and styles are dropped") {
        for (const char* junk : {"Home", "Search", "Share on", "Related stories", "Ferry fares", "Great news",
                                 "All rights reserved", "not text", "nope", "margin"}) {
            INFO(junk);
            CHECK(text.find(junk) == std::string::npos);
        }
    }
    SECTION("hidden elements are dropped") { CHECK(text.find("Hidden text") == std::string::npos); }
    SECTION("the heading repeating the title and the byline line are not in the text") {
        CHECK_FALSE(has_paragraph(a, "Harbour bridge reopens"));
        CHECK_FALSE(has_paragraph(a, "By Ana Lima"));
    }
}

TEST_CASE("the byline element is used when the page has no author metadata") {
    std::string html = "<html><head><title>Quiet street gets a new park today</title></head><body><div class=story>"
                       "<span class=\"byline\">By Jo Park</span><p>" + filler(6) + "</p><p>" + filler(5) +
                       "</p></div></body></html>";
    ParseResult r = parse_html_article("p.html", html);
    REQUIRE(r.articles.size() == 1);
    REQUIRE(r.articles[0].authors.size() == 1);
    CHECK(r.articles[0].authors[0] == "Jo Park");
    CHECK_FALSE(has_paragraph(r.articles[0], "By Jo Park"));
}

TEST_CASE("the densest block wins over link lists and short teasers") {
    std::string links;
    for (int i = 0; i < 30; ++i) links += "<li><a href=\"/x" + std::to_string(i) + "\">Another story headline number</a></li>";
    std::string html = "<html><body><div id=menu-ish><ul>" + links + "</ul></div>"
                       "<div class=teaser><p>Short teaser.</p></div>"
                       "<div id=story><p>" + filler(4) + "</p><p>" + filler(3) + "</p><p>" + filler(5) +
                       "</p></div></body></html>";
    HtmlDocument doc(html);
    ExtractedContent c = extract_main_content(doc, "");
    REQUIRE(c.paragraphs.size() == 3);
    for (const Paragraph& p : c.paragraphs) CHECK(starts_with(p.text, "This sentence"));
}

TEST_CASE("text split across sibling blocks is kept together") {
    std::string html = "<html><body><div class=wrap><div class=part><p>" + filler(4) + "</p></div>"
                       "<div class=part><p>" + filler(4) + "</p></div><p>A closing line of the story that ends here, "
                       "long enough to count as part of the article text.</p></div></body></html>";
    HtmlDocument doc(html);
    ExtractedContent c = extract_main_content(doc, "");
    CHECK(c.paragraphs.size() == 3);
}

TEST_CASE("a page without text is an error, not an empty article") {
    ParseResult r = parse_html_article("no-text.html", read_fixture("html/no-text.html"));
    CHECK(r.articles.empty());
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].file == "no-text.html");
    CHECK(r.errors[0].message.find("no article text") != std::string::npos);
}

TEST_CASE("hostile HTML does not crash or hang") {
    SECTION("deep nesting") {
        std::string deep;
        for (int i = 0; i < 5000; ++i) deep += "<div>";
        deep += "text";
        ParseResult r = parse_html_article("deep.html", deep);
        CHECK(r.articles.size() + r.errors.size() >= 1);
    }
    SECTION("unterminated constructs") {
        for (const char* s : {"<script>", "<style", "<!--", "<title>", "<a href='", "<", "&#xFFFFFFFF;", "\xFF\xFE<p>",
                              "<table><td><table><td>x"}) {
            ParseResult r = parse_html_article("bad.html", s);
            CHECK(r.articles.size() + r.errors.size() >= 1);
        }
    }
}
