#include "core/parse/html_blocks.h"
#include "core/parse/html_dom.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace broadsheet;

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
