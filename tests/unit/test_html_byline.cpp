#include "core/parse/html_byline.h"

#include <catch2/catch.hpp>

using namespace broadsheet;

TEST_CASE("the first short byline element is the byline") {
    HtmlDocument doc("<body><div class=byline>By Jo Park</div><p class=author>Someone else</p></body>");
    Byline b;
    REQUIRE(find_byline(doc.body(), b, true));
    CHECK(b.text == "Jo Park");
    CHECK(b.node != nullptr);
}

TEST_CASE("an itemprop=name inside the byline element gives the bare name") {
    HtmlDocument doc("<body><p itemprop=author>Written by <span itemprop=name>Ana Lima</span> on Monday</p></body>");
    Byline b;
    REQUIRE(find_byline(doc.body(), b, true));
    CHECK(b.text == "Ana Lima");
}

TEST_CASE("long author boxes are not bylines; rel=author links are") {
    std::string bio(150, 'x');
    HtmlDocument doc("<body><div class=author-bio>" + bio + "</div><a rel=author href=/a>Kim Lee</a></body>");
    Byline b;
    REQUIRE(find_byline(doc.body(), b, true));
    CHECK(b.text == "Kim Lee");
}

TEST_CASE("bylines inside unlikely boxes count only when those boxes are kept") {
    HtmlDocument doc("<body><div class=comments><span class=author>Commenter</span></div></body>");
    Byline strict;
    CHECK_FALSE(find_byline(doc.body(), strict, true));
    Byline loose;
    REQUIRE(find_byline(doc.body(), loose, false));
    CHECK(loose.text == "Commenter");
}

TEST_CASE("hidden elements are never the byline") {
    HtmlDocument doc("<body><span class=byline hidden>Ghost</span><span class=byline>Real Name</span></body>");
    Byline b;
    REQUIRE(find_byline(doc.body(), b, true));
    CHECK(b.text == "Real Name");
}
