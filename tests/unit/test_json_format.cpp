#include "core/parse/decode_text.h"
#include "core/parse/json_format.h"
#include "core/parse/json_record.h"
#include "core/parse/parse_file.h"

#include "fixture_util.h"

#include <catch2/catch.hpp>

using namespace broadsheet;
using broadsheet::test::read_fixture;

namespace {
std::string iso(const Article& a) { return a.published ? format_iso8601(*a.published) : "none"; }
}  // namespace

TEST_CASE("a news-please record keeps every field") {
    ParseResult r = parse_file("river.json", read_fixture("json/news-please-full.json"));
    REQUIRE(r.errors.empty());
    REQUIRE(r.articles.size() == 1);
    const Article& a = r.articles[0];
    CHECK(a.title == "River floods the old town");
    REQUIRE(a.alternate_titles.size() == 1);
    CHECK(a.alternate_titles[0] == "River floods the old town | Example News");
    CHECK(a.url == "https://news.example.com/river");
    CHECK(iso(a) == "2024-03-01T18:30:00");
    CHECK(a.source == "news.example.com");
    CHECK(a.authors == std::vector<std::string>{"Jane Roe", "John Doe"});
    CHECK(a.description == "A short lead about the river.");
    CHECK(a.language == "de");
    CHECK(a.image_url == "https://news.example.com/img/river.jpg");
    SECTION("maintext splits into paragraphs on newlines") {
        REQUIRE(a.paragraphs.size() == 3);
        CHECK(a.paragraphs[1].text == "Residents moved to higher ground.");
    }
    CHECK_FALSE(a.is_truncated);
    CHECK(a.file == "river.json");
}

TEST_CASE("an older news-please record: text instead of maintext, date None, bad URL scheme") {
    ParseResult r = parse_file("old.json", read_fixture("json/news-please-old.json"));
    REQUIRE(r.articles.size() == 1);
    const Article& a = r.articles[0];
    CHECK(a.paragraphs.size() == 2);
    CHECK_FALSE(a.published);
    CHECK(a.url.empty());     // javascript: is not kept
    CHECK(a.source == "old.json");  // no domain and no URL: the collection (source_fallback.h)
    CHECK(a.language.empty());
}

TEST_CASE("a JSON array keeps good records and reports bad ones by record number") {
    ParseResult r = parse_file("dump.json", read_fixture("json/array.json"));
    REQUIRE(r.articles.size() == 2);
    CHECK(r.articles[0].title == "First");
    CHECK(r.articles[1].title == "Third");
    CHECK(iso(r.articles[1]) == "2020-01-02");
    REQUIRE(r.errors.size() == 2);
    CHECK_THAT(r.errors[0].to_string(), Catch::StartsWith("dump.json: record 2: no title"));
    CHECK_THAT(r.errors[1].to_string(), Catch::StartsWith("dump.json: record 4: not a JSON object"));
}

TEST_CASE("CC-News records: text, domain, date, description, image_url") {
    ParseResult r = parse_file("cc.jsonl", read_fixture("json/cc-news.jsonl"));
    REQUIRE(r.errors.empty());
    REQUIRE(r.articles.size() == 2);
    const Article& a = r.articles[0];
    CHECK(a.source == "cc.example.org");
    CHECK(iso(a) == "2017-01-01T00:00:00");
    CHECK(a.description == "Lead one");
    CHECK(a.image_url == "https://cc.example.org/1.jpg");
    SECTION("text is news-please's maintext: one paragraph per non-empty line, blank lines or not") {
        REQUIRE(a.paragraphs.size() == 3);
        CHECK(a.paragraphs[0].text == "Body one.");
        CHECK(a.paragraphs[1].text == "Second para");
        CHECK(a.paragraphs[2].text == "wrapped.");
    }
    CHECK(iso(r.articles[1]) == "2017-01-02T12:00:00Z");
    CHECK(r.articles[1].description.empty());
}

TEST_CASE("a NewsAPI response: articles, source.name, author, publishedAt, content") {
    ParseResult r = parse_file("top.json", read_fixture("json/newsapi.json"));
    REQUIRE(r.errors.empty());
    REQUIRE(r.articles.size() == 2);
    const Article& a = r.articles[0];
    CHECK(a.title == "Markets rally on rate hopes");
    CHECK(a.source == "BBC News");
    CHECK(a.authors == std::vector<std::string>{"A. Writer"});
    CHECK(iso(a) == "2024-05-06T07:08:09Z");
    CHECK(a.image_url == "https://www.bbc.example/img.jpg");
    SECTION("the [+N chars] tail is removed and marks the text truncated") {
        REQUIRE(a.paragraphs.size() == 1);
        CHECK(a.paragraphs[0].text == "Shares rose across Europe on Monday as investors bet on lower rates\xE2\x80\xA6");
        CHECK(a.is_truncated);
    }
    SECTION("a null content falls back to the description") {
        const Article& b = r.articles[1];
        CHECK(b.authors.empty());
        CHECK(iso(b) == "2024-05-06T10:00:00+02:00");
        REQUIRE(b.paragraphs.size() == 1);
        CHECK(b.paragraphs[0].text == "Longer hours from June.");
    }
}

TEST_CASE("the common aliases: headline, link, body, content, published, epoch numbers") {
    ParseResult r = parse_file("aliases.json", read_fixture("json/aliases.json"));
    REQUIRE(r.errors.empty());
    REQUIRE(r.articles.size() == 4);
    CHECK(r.articles[0].title == "Alias headline");
    CHECK(r.articles[0].url == "https://alias.example/a");
    CHECK(r.articles[0].source == "alias.example");
    CHECK(r.articles[0].paragraphs[0].text == "Alias body.");
    CHECK(iso(r.articles[0]) == "2022-02-02T02:02:02-05:00");
    CHECK(r.articles[0].authors == std::vector<std::string>{"By Someone"});
    CHECK(iso(r.articles[1]) == "2023-11-14T22:13:20Z");  // epoch seconds
    CHECK(iso(r.articles[2]) == "2023-11-14T22:13:20Z");  // epoch milliseconds
    CHECK(r.articles[3].authors == std::vector<std::string>{"Ann", "Bob"});
    CHECK(r.articles[3].language == "fr");
    SECTION("an RFC 822 date as feeds write it") {
        ParseResult rss = parse_file("r.json", R"({"title": "T", "text": "B", "pubDate": "Tue, 03 Mar 2026 10:00:00 GMT"})");
        REQUIRE(rss.articles.size() == 1);
        CHECK(iso(rss.articles[0]) == "2026-03-03T10:00:00Z");
    }
}

TEST_CASE("JSON Lines keeps every good line and reports the broken one by line number") {
    ParseResult r = parse_file("feed.jsonl", read_fixture("json/broken-line.jsonl"));
    REQUIRE(r.articles.size() == 3);
    CHECK(r.articles[2].title == "Good three");
    REQUIRE(r.errors.size() == 2);
    CHECK_THAT(r.errors[0].to_string(), Catch::StartsWith("feed.jsonl: line 2: not valid JSON"));
    CHECK_THAT(r.errors[1].to_string(), Catch::StartsWith("feed.jsonl: line 5: no article found"));
}

TEST_CASE("a JSON document with no recognisable article is an error that says so") {
    ParseResult r = parse_file("settings.json", read_fixture("json/no-article.json"));
    CHECK(r.articles.empty());
    REQUIRE(r.errors.size() == 1);
    CHECK_THAT(r.errors[0].to_string(), Catch::StartsWith("settings.json: no article found"));
    SECTION("nor does an empty array, a number or a string") {
        CHECK_THAT(parse_file("a.json", "[]").errors.at(0).message, Catch::Contains("empty"));
        CHECK_THAT(parse_file("a.json", "42").errors.at(0).message, Catch::Contains("no article found"));
        CHECK_THAT(parse_file("a.json", "\"x\"").errors.at(0).message, Catch::Contains("no article found"));
    }
}

TEST_CASE("invalid JSON in a .json file says where it broke") {
    ParseResult r = parse_file("bad.json", "{\"title\": \"x\",\n \"text\": tru}");
    REQUIRE(r.errors.size() == 1);
    CHECK_THAT(r.errors[0].message, Catch::StartsWith("not valid JSON: at line 2, column"));
}

TEST_CASE("records wrapped a few levels down are found") {
    ParseResult r = parse_file("api.json", read_fixture("json/wrapped.json"));
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].url == "https://deep.example/x");
}

TEST_CASE("an API error response is reported with its message") {
    ParseResult r = parse_file("resp.json", read_fixture("json/newsapi-error.json"));
    REQUIRE(r.errors.size() == 1);
    CHECK_THAT(r.errors[0].message, Catch::Contains("Your API key is invalid"));
}

TEST_CASE("a .json file holding JSON Lines is read as JSON Lines") {
    ParseResult r = parse_file("lines.json", read_fixture("json/jsonl-named.json"));
    REQUIRE(r.articles.size() == 1);
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].line == 1);  // a title but no text
}

TEST_CASE("after many errors one summary line counts the rest") {
    std::string lines;
    for (int i = 0; i < 150; ++i) lines += "oops\n";
    ParseResult r = parse_json_lines("x.jsonl", lines);
    REQUIRE(r.errors.size() == kMaxErrorsPerFile + 1);
    CHECK_THAT(r.errors.back().message, Catch::Contains("50 more"));
}

TEST_CASE("record fields of the wrong type are ignored, never thrown on") {
    auto v = nlohmann::json::parse(
        R"({"title": ["not", "a", "string"], "headline": "H", "maintext": 5, "text": "T",
            "date_publish": {"x": 1}, "date": "None", "authors": 7, "url": 3, "source": [1],
            "image_url": {"url": "https://img.example/a.png"}, "publishedAt": 1e300})");
    RecordResult r = article_from_record(v, "x.json");
    REQUIRE(r.article);
    CHECK(r.article->title == "H");
    CHECK(r.article->paragraphs.at(0).text == "T");
    CHECK_FALSE(r.article->published);
    CHECK(r.article->authors.empty());
    CHECK(r.article->image_url == "https://img.example/a.png");
}

TEST_CASE("body text splitting") {
    auto texts = [](std::string_view body) {
        std::vector<std::string> out;
        for (const Paragraph& p : split_body_text(body)) out.push_back(p.text);
        return out;
    };
    CHECK(texts("a\nb\n\n\nc") == std::vector<std::string>{"a b", "c"});
    CHECK(texts("a\nb\nc") == std::vector<std::string>{"a", "b", "c"});
    CHECK(texts("  spaced   out  \n") == std::vector<std::string>{"spaced out"});
    CHECK(texts("").empty());
}

TEST_CASE("deeply nested JSON is an error or no article, never a crash") {
    std::string deep(100000, '[');
    deep += std::string(100000, ']');
    ParseResult doc = parse_file("deep.json", deep);
    CHECK(doc.articles.empty());
    CHECK(doc.errors.size() == 1);
    ParseResult lines = parse_file("deep.jsonl", "{\"title\":\"T\",\"text\":\"B\"}\n" + deep + "\n");
    CHECK(lines.articles.size() == 1);
    CHECK(lines.errors.size() == 1);
    std::string objects;
    for (int i = 0; i < 50000; ++i) objects += "{\"a\":";
    objects += "1" + std::string(50000, '}');
    CHECK(parse_file("deep2.json", objects).errors.size() == 1);
}

TEST_CASE("syntax error messages stay valid UTF-8 when the bad token is cut mid-character") {
    ParseResult r = parse_file("x.json", "{\"title\": tru\xC3\xA9}");
    REQUIRE(r.errors.size() == 1);
    CHECK(is_valid_utf8(r.errors[0].message));
}

TEST_CASE("a JSON array with a syntax error keeps the records before it and says so") {
    ParseResult r = parse_file("cut.json", "[{\"title\":\"A\",\"text\":\"a\"},{\"title\":\"B\",\"text\":\"b\"},{\"title\":\"C\",\"te");
    REQUIRE(r.articles.size() == 2);
    REQUIRE(r.errors.size() == 1);
    CHECK_THAT(r.errors[0].message, Catch::StartsWith("not valid JSON: "));
    CHECK_THAT(r.errors[0].message, Catch::EndsWith("; the 2 records before it were added"));
}

TEST_CASE("a JSON array of non-articles is one error, nested arrays are records too") {
    ParseResult r = parse_file("n.json", "[1, 2, {\"a\": [3]}]");
    CHECK(r.articles.empty());
    REQUIRE(r.errors.size() == 1);
    CHECK_THAT(r.errors[0].message, Catch::StartsWith("no article found"));
    ParseResult nested = parse_file("m.json", "[[{\"title\":\"T\",\"text\":\"x\"}], {\"title\":\"U\",\"text\":\"y\"}]");
    REQUIRE(nested.articles.size() == 1);
    REQUIRE(nested.errors.size() == 1);
    CHECK(nested.errors[0].record == 1);
}

TEST_CASE("news-please maintext: one paragraph per non-empty line, whatever the separators") {
    auto paragraphs = [](const std::string& key, const std::string& body) {
        nlohmann::json record = {{"title", "T"}, {key, body}};
        RecordResult r = article_from_record(record, "np.json");
        std::vector<std::string> out;
        if (r.article) {
            for (const Paragraph& p : r.article->paragraphs) out.push_back(p.text);
        }
        return out;
    };
    const std::vector<std::string> abc{"A one.", "B two.", "C three."};
    CHECK(paragraphs("maintext", "A one.\nB two.\nC three.") == abc);
    CHECK(paragraphs("maintext", "A one.\n\nB two.\n\nC three.") == abc);
    // Mixed: before, a single blank line made the other lines one run-on paragraph.
    CHECK(paragraphs("maintext", "A one.\nB two.\n\nC three.") == abc);
    CHECK(paragraphs("maintext", "A one.\r\nB two.\r\n\r\nC three.\r\n") == abc);
    CHECK(paragraphs("maintext", "A one.\rB two.\n \n\tC three.  ") == abc);
    CHECK(paragraphs("maintext", "  A   one.\n\n\n\nB two.\nC three.") == abc);
    SECTION("older news-please and CC-News call it text, with the same rule") {
        CHECK(paragraphs("text", "A one.\nB two.\n\nC three.") == abc);
    }
    SECTION("other body keys keep the blank-line rule: their lines may be hard-wrapped") {
        CHECK(paragraphs("body", "A one\nwrapped.\n\nB two.") == std::vector<std::string>{"A one wrapped.", "B two."});
        CHECK(paragraphs("content", "A one.\nB two.") == std::vector<std::string>{"A one.", "B two."});
    }
}
