#include "core/parse/html_article.h"
#include "core/parse/html_blocks.h"
#include "core/parse/html_dom.h"
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

TEST_CASE("two <br> in a row split a paragraph, one <br> is a space") {
    HtmlDocument doc("<div>first line<br>same paragraph<br><br>second paragraph</div>");
    std::vector<Paragraph> out;
    html_to_paragraphs(doc.body(), nullptr, out);
    REQUIRE(out.size() == 2);
    CHECK(out[0].text == "first line same paragraph");
    CHECK(out[1].text == "second paragraph");
}

TEST_CASE("ordered lists are numbered, nested blocks in items keep their text") {
    std::vector<Paragraph> ps = html_fragment_paragraphs("<ol><li>one</li><li><p>two</p></li></ol><h3>Next</h3>");
    REQUIRE(ps.size() == 3);
    CHECK(ps[0].text == "1. one");
    CHECK(ps[1].text == "2. two");
    CHECK(ps[2].is_heading);
}

TEST_CASE("a table row is one paragraph with its cells separated, empty cells leave no separator") {
    std::vector<Paragraph> ps = html_fragment_paragraphs(
        "<table><tr><th>Year</th><th>Sales</th></tr><tr><td>2024</td><td></td><td> 12 </td></tr>"
        "<tr><td><p>Layout cell</p><p>with blocks</p></td></tr></table>");
    REQUIRE(ps.size() == 4);
    CHECK(ps[0].text == "Year | Sales");
    CHECK(ps[1].text == "2024 | 12");
    CHECK(ps[2].text == "Layout cell");
    CHECK(ps[3].text == "with blocks");
}

TEST_CASE("scripts, styles and comments are stripped before parsing, JSON-LD is kept") {
    std::string out = strip_scripts_and_styles(
        "<p>a<!-- note --></p><script>if (a < b) { x = '</p>'; }</script><STYLE>p{}</STYLE>"
        "<script type=\"application/ld+json\">{\"a\":1}</script><title>x<!--y--></title><svg><path d=1/></svg>");
    CHECK(out == "<p>a</p><script></script><STYLE></STYLE><script type=\"application/ld+json\">{\"a\":1}</script>"
                 "<title>x<!--y--></title><svg></svg>");
}

TEST_CASE("a '>' inside a quoted attribute does not end the tag early") {
    std::string out = strip_scripts_and_styles("<a class=\"x>y\">t</a><script type='a>b'>code</script>");
    CHECK(out == "<a class=\"x>y\">t</a><script type='a>b'></script>");
}

TEST_CASE("attributes nothing reads are dropped before parsing, the ones we read stay") {
    CHECK(strip_scripts_and_styles("<img data-src=\"a.jpg\" srcset='a 1x, b 2x' onload=go() class=pic hidden>") ==
          "<img class=pic hidden>");
    CHECK(strip_scripts_and_styles("<p id=a style=\"display:none\"/>x") == "<p id=a style=\"display:none\"/>x");
    SECTION("an unfinished tag is left for the parser") {
        CHECK(strip_scripts_and_styles("<p>a<a href=\"x") == "<p>a<a href=\"x");
    }
}

TEST_CASE("start tags nested past 1000 open elements are dropped before parsing, their text stays") {
    std::string deep;
    for (int i = 0; i < 1005; ++i) deep += "<div>";
    deep += "x";
    for (int i = 0; i < 1005; ++i) deep += "</div>";
    deep += "<p>after</p>";
    std::string out = strip_scripts_and_styles(deep);
    size_t opens = 0, closes = 0;
    for (size_t i = out.find("<div>"); i != std::string::npos; i = out.find("<div>", i + 1)) ++opens;
    for (size_t i = out.find("</div>"); i != std::string::npos; i = out.find("</div>", i + 1)) ++closes;
    CHECK(opens == 1000);
    CHECK(closes == 1000);
    CHECK(out.find("x</div>") != std::string::npos);
    CHECK(out.find("<p>after</p>") != std::string::npos);
    SECTION("unclosed <p>, <li> and void elements do not count as open") {
        std::string flat;
        for (int i = 0; i < 2000; ++i) flat += "<p>a<br><li>b<img src=x>";
        flat += "<div>end</div>";
        CHECK(strip_scripts_and_styles(flat).find("<div>end</div>") != std::string::npos);
    }
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
