#include "core/parse/html_prescan.h"

#include <catch2/catch.hpp>

#include <string>

using namespace broadsheet;

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

TEST_CASE("white space runs are cut to their first character, JSON-LD and titles are copied as they are") {
    CHECK(strip_scripts_and_styles("<div>\n    <p>a  \t b</p>\n\n</div>") == "<div>\n<p>a b</p>\n</div>");
    CHECK(strip_scripts_and_styles("<script type=application/ld+json>{\"a\":  \"b  c\"}</script>") ==
          "<script type=application/ld+json>{\"a\":  \"b  c\"}</script>");
    CHECK(strip_scripts_and_styles("<title>A  B</title>") == "<title>A  B</title>");
}
