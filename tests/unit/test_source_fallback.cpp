#include "app/app.h"
#include "core/parse/parse_file.h"
#include "core/parse/source_fallback.h"
#include "fixture_util.h"

#include <catch2/catch.hpp>

#include <set>

using namespace broadsheet;
using broadsheet::test::read_fixture;

TEST_CASE("the collection of a file: record files by name, tar members by archive, others by folder") {
    CHECK(collection_name("feed.jsonl", true) == "feed.jsonl");
    CHECK(collection_name("data/2024/feed.jsonl", true) == "feed.jsonl");
    CHECK(collection_name("crawl/a.txt", false) == "crawl");
    CHECK(collection_name("/home/me/corpus/crawl/a.txt", false) == "crawl");
    CHECK(collection_name("news.tar.gz/2024/05/a.txt", false) == "news.tar.gz");
    CHECK(collection_name("dump/news.TGZ/a.txt", false) == "news.TGZ");
    CHECK(collection_name("a.txt", false) == "a.txt");
    CHECK(collection_name("./a.txt", false) == "a.txt");
    CHECK(collection_name("../a.txt", false) == "a.txt");
}

TEST_CASE("an article without a source domain falls back to its URL's host, then its collection") {
    ParseResult r = parse_file("feeds/no-sources.jsonl", read_fixture("identity/no-sources.jsonl"));
    REQUIRE(r.articles.size() == 3);
    CHECK(r.articles[0].source == "no-sources.jsonl");        // no domain, no URL
    CHECK(r.articles[1].source == "www.townsville.example");  // the URL's host
    CHECK(r.articles[2].source == "harbour.example");         // its own domain is kept

    ParseResult text = parse_file("crawl/a.txt", read_fixture("identity/crawl/a.txt"));
    REQUIRE(text.articles.size() == 1);
    CHECK(text.articles[0].source == "crawl");

    ParseResult url_first = parse_file("untitled/url-first.txt", read_fixture("identity/untitled/url-first.txt"));
    REQUIRE(url_first.articles.size() == 1);
    CHECK(url_first.articles[0].source == "www.example.org");
}

// Regression (issue 13): a corpus without source domains had one facet
// "(no source)" and `source:` found nothing.
TEST_CASE("source: finds articles by their fallback source, and the facets name them") {
    App app;
    for (const char* name : {"a.txt", "b.txt", "c.txt", "d.txt"}) {
        std::string path = std::string("crawl/") + name;
        app.load_file(path, read_fixture("identity/" + path));
    }
    app.load_file("no-sources.jsonl", read_fixture("identity/no-sources.jsonl"));
    std::set<std::string> sources;
    for (const auto& [source, count] : app.library().source_counts()) sources.insert(source);
    CHECK(sources == std::set<std::string>{"crawl", "harbour.example", "no-sources.jsonl", "www.townsville.example"});
    CHECK(app.library().source_counts().at("crawl") == 4);

    app.set_query("source:crawl");
    CHECK(app.listed().size() == 4);
    app.set_query("source:townsville");
    REQUIRE(app.listed().size() == 1);
    CHECK(app.library().article(app.listed()[0]).title == "Library hours");
    app.set_query("source:no-sources");
    CHECK(app.listed().size() == 1);
}

TEST_CASE("the reader names where an article came from: file, and line or record") {
    ParseResult lines = parse_file("feed.jsonl", read_fixture("identity/no-sources.jsonl"));
    REQUIRE(lines.articles.size() == 3);
    CHECK(describe_origin(lines.articles[2]) == "feed.jsonl, line 3");

    ParseResult array = parse_file("dump.json", "[{\"title\":\"A\",\"text\":\"One.\"},{\"title\":\"B\",\"text\":\"Two.\"}]");
    REQUIRE(array.articles.size() == 2);
    CHECK(describe_origin(array.articles[1]) == "dump.json, record 2");

    ParseResult feed = parse_file("rss2.xml", read_fixture("feeds/rss2.xml"));
    REQUIRE_FALSE(feed.articles.empty());
    CHECK(feed.articles[0].line > 1);
    CHECK(describe_origin(feed.articles[0]) == "rss2.xml, line " + std::to_string(feed.articles[0].line));

    ParseResult text = parse_file("crawl/a.txt", read_fixture("identity/crawl/a.txt"));
    CHECK(describe_origin(text.articles.at(0)) == "crawl/a.txt");
}
