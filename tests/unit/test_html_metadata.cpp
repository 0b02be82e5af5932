#include "core/parse/html_article.h"
#include "core/parse/html_metadata.h"
#include "fixture_util.h"

#include <catch2/catch.hpp>

using namespace broadsheet;
using broadsheet::test::read_fixture;

namespace {

HtmlMetadata meta_of(const std::string& head, const std::string& body = "") {
    HtmlDocument doc("<html><head>" + head + "</head><body>" + body + "</body></html>");
    return read_html_metadata(doc);
}

}  // namespace

TEST_CASE("JSON-LD NewsArticle comes first, then OpenGraph") {
    ParseResult r = parse_html_article("news-article.html", read_fixture("html/news-article.html"));
    REQUIRE(r.articles.size() == 1);
    const Article& a = r.articles[0];
    CHECK(a.title == "Harbour bridge reopens after repairs");
    CHECK(a.authors == std::vector<std::string>{"Ana Lima", "Tom Berg"});
    REQUIRE(a.published);
    CHECK(format_iso8601(*a.published) == "2025-03-01T08:15:00+01:00");
    CHECK(a.source == "Coastal Courier Media");
    CHECK(a.url == "https://news.coastal-courier.example/2025/harbour-bridge-reopens");
    CHECK(a.language == "en-GB");
    CHECK(a.description == "The bridge is open again after eight months.");
    CHECK(a.image_url == "https://img.coastal-courier.example/bridge.jpg");
    REQUIRE(a.alternate_titles.size() == 1);
    CHECK(a.alternate_titles[0] == "Harbour bridge reopens after repairs | The Coastal Courier");
}

TEST_CASE("OpenGraph, article:* and name=author without JSON-LD") {
    ParseResult r = parse_html_article("og-only.html", read_fixture("html/og-only.html"));
    REQUIRE(r.articles.size() == 1);
    const Article& a = r.articles[0];
    CHECK(a.title == "Les vendanges commencent t\xC3\xB4t cette ann\xC3\xA9" "e");
    CHECK(a.source == "Le Journal du Vin");
    CHECK(a.url == "https://www.journal-du-vin.example/vendanges-2025");
    CHECK(a.authors == std::vector<std::string>{"Claire Dubois"});
    REQUIRE(a.published);
    CHECK(format_iso8601(*a.published) == "2025-08-19T07:30:00+02:00");
    CHECK(a.language == "fr");
    CHECK(a.paragraphs.size() == 4);  // the sidebar's newsletter box is not one of them
}

TEST_CASE("only a <title>: the site suffix goes, <time datetime> gives the date") {
    ParseResult r = parse_html_article("title-only.html", read_fixture("html/title-only.html"));
    REQUIRE(r.articles.size() == 1);
    const Article& a = r.articles[0];
    CHECK(a.title == "Library extends its opening hours");
    REQUIRE(a.published);
    CHECK(format_iso8601(*a.published) == "2024-11-05");
    CHECK(a.source.empty());
    CHECK(a.url.empty());
    CHECK(a.paragraphs.size() == 3);
}

TEST_CASE("title clean-up follows Readability") {
    HtmlDocument doc("<html><body><h1>Real headline of the story here</h1></body></html>");
    SECTION("the last ' | part' goes") {
        CHECK(clean_page_title(doc.root(), "A long enough headline for us | Site") == "A long enough headline for us");
    }
    SECTION("when that leaves under three words the first part goes instead") {
        CHECK(clean_page_title(doc.root(), "Site | A long enough headline here") == "A long enough headline here");
    }
    SECTION("four words or fewer after a plain separator: the whole title stays") {
        CHECK(clean_page_title(doc.root(), "A long enough headline | Site") == "A long enough headline | Site");
        CHECK(clean_page_title(doc.root(), "Short | Site") == "Short | Site");
    }
    SECTION("a hierarchical separator ('/', '>', '\xC2\xBB') may leave a short title") {
        CHECK(clean_page_title(doc.root(), "Bridge reopens today \xC2\xBB News") == "Bridge reopens today");
    }
    SECTION("'Site: headline' keeps the part after the colon") {
        CHECK(clean_page_title(doc.root(), "Site name: the headline of this story") == "the headline of this story");
    }
    SECTION("a very short title gives way to the only <h1>") {
        CHECK(clean_page_title(doc.root(), "Tiny") == "Real headline of the story here");
    }
}

TEST_CASE("the canonical host is the source when no site name is given") {
    HtmlDocument doc("<html><head><title>A headline with enough words</title>"
                     "<link rel=canonical href=\"https://www.example.org/a\"></head><body><p>" +
                     std::string(600, 'x') + "</p></body></html>");
    HtmlMetadata m = read_html_metadata(doc);
    CHECK(m.site_name.empty());
    CHECK(m.url == "https://www.example.org/a");
}

TEST_CASE("JSON-LD variants") {
    SECTION("@graph holding the article") {
        HtmlMetadata m = meta_of(R"(<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"WebSite","name":"Site"},{"@type":"NewsArticle","headline":"From the graph","author":{"name":"A B"}}]}</script>)");
        CHECK(m.title == "From the graph");
        CHECK(m.authors == std::vector<std::string>{"A B"});
    }
    SECTION("a top-level array") {
        HtmlMetadata m = meta_of(R"(<script type="application/ld+json">[{"@context":"http://schema.org","@type":"BlogPosting","headline":"In an array"}]</script>)");
        CHECK(m.title == "In an array");
    }
    SECTION("broken JSON and wrong types are ignored, the meta tags still count") {
        HtmlMetadata m = meta_of(R"(<script type="application/ld+json">{"@context": "https://schema.org", "@type": </script>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":7,"author":"x","publisher":[1]}</script>
            <meta property="og:title" content="OG title">)");
        CHECK(m.title == "OG title");
        CHECK(m.authors.empty());
    }
    SECTION("not schema.org") {
        HtmlMetadata m = meta_of(R"(<script type="application/ld+json">{"@context":"https://example.org","@type":"NewsArticle","headline":"No"}</script><title>Yes this is the title</title>)");
        CHECK(m.title == "Yes this is the title");
    }
}

TEST_CASE("meta properties may list several names, article:author URLs are not names") {
    HtmlMetadata m = meta_of(R"(<meta property="og:title twitter:title" content="Shared title">
        <meta property="article:author" content="https://facebook.example/someone">)");
    CHECK(m.title == "Shared title");
    CHECK(m.authors.empty());
}

TEST_CASE("bylines lose their 'By'") {
    CHECK(clean_byline("  By   Jane  Doe ") == "Jane Doe");
    CHECK(clean_byline("by: Jane Doe") == "Jane Doe");
    CHECK(clean_byline("Bylines Inc") == "Bylines Inc");
}
