// Export is lossless: for every input format the parser reads, parse a
// fixture, export it, parse the export, and get the same articles back,
// field by field (article_compare.h). Also the exact reader's edges.
#include "app/app.h"
#include "app/export_listed.h"
#include "core/article_json.h"
#include "core/parse/json_record.h"
#include "core/parse/parse_file.h"

#include "article_compare.h"
#include "fixture_util.h"

#include <catch2/catch.hpp>

using namespace broadsheet;
using broadsheet::test::article_differences;
using broadsheet::test::read_fixture;

namespace {

std::string export_articles(const std::vector<Article>& articles) {
    std::string out;
    for (const Article& a : articles) append_json_line(out, article_to_json(a));
    return out;
}

std::string join(const std::vector<std::string>& lines) {
    std::string out;
    for (const std::string& l : lines) out += l + "\n";
    return out;
}

// Parses `bytes` as the user's file, exports the articles, parses the export
// and checks both lists are equal; returns how many articles went round.
size_t check_round_trip(const std::string& name, const std::string& bytes) {
    INFO(name);
    ParseResult first = parse_file(name, bytes);
    REQUIRE_FALSE(first.articles.empty());
    std::string exported = export_articles(first.articles);
    ParseResult again = parse_file("broadsheet-export.jsonl", exported);
    std::string errors;
    for (const ParseError& e : again.errors) errors += e.to_string() + "\n";
    CHECK(errors.empty());
    REQUIRE(again.articles.size() == first.articles.size());
    for (size_t i = 0; i < first.articles.size(); ++i) {
        INFO("article " << i << ": " << first.articles[i].title);
        std::string diff = join(article_differences(first.articles[i], again.articles[i]));
        CHECK(diff.empty());
    }
    // And the export of the import is the same bytes: nothing drifts on a second trip.
    CHECK(export_articles(again.articles) == exported);
    return first.articles.size();
}

size_t check_fixture(const std::string& relative) { return check_round_trip(relative, read_fixture(relative)); }

}  // namespace

TEST_CASE("every input format round-trips through export field by field") {
    SECTION("scraped text") {
        CHECK(check_fixture("text/full-header.txt") == 1);  // has a subheading
        for (const char* f : {"text/compact-header.txt", "text/crlf-minimal.txt", "text/no-header.txt",
                              "text/title-variants.txt", "text/truncated-dots.txt", "encoding/cp1252.txt",
                              "encoding/utf16le-bom.txt", "encoding/cr-only.txt", "scripts/ar-solar.txt",
                              "scripts/ja-library.txt", "scripts/emoji-festival.txt"}) {
            CHECK(check_fixture(f) == 1);
        }
    }
    SECTION("news-please JSON, old and new") {
        CHECK(check_fixture("json/news-please-full.json") == 1);
        CHECK(check_fixture("json/news-please-old.json") == 1);
    }
    SECTION("CC-News JSON Lines") { CHECK(check_fixture("json/cc-news.jsonl") == 2); }
    SECTION("JSON arrays, wrappers, NewsAPI, aliases, JSON Lines with a broken line") {
        CHECK(check_fixture("json/array.json") == 2);
        CHECK(check_fixture("json/wrapped.json") >= 1);
        CHECK(check_fixture("json/newsapi.json") == 2);
        CHECK(check_fixture("json/aliases.json") == 4);
        CHECK(check_fixture("json/jsonl-named.json") >= 1);
        CHECK(check_fixture("json/broken-line.jsonl") == 3);
    }
    SECTION("saved web pages") {
        CHECK(check_fixture("html/news-article.html") == 1);
        CHECK(check_fixture("html/og-only.html") == 1);
    }
    SECTION("Markdown") {
        CHECK(check_fixture("markdown/front-matter.md") == 1);
        CHECK(check_fixture("markdown/heading-title.md") == 1);
    }
    SECTION("RSS, Atom and RDF feeds") {
        CHECK(check_fixture("feeds/rss2.xml") >= 2);
        CHECK(check_fixture("feeds/atom.xml") >= 1);
        CHECK(check_fixture("feeds/rdf.rdf") >= 1);
        CHECK(check_fixture("feeds/broken-item.rss") >= 1);
    }
    SECTION("gzip and tar containers") {
        CHECK(check_fixture("gzip/article.txt.gz") == 1);
        CHECK(check_fixture("gzip/articles.jsonl.gz") >= 2);
        CHECK(check_fixture("gzip/two-members.txt.gz") == 1);
        CHECK(check_fixture("gzip/corpus.tar.gz") >= 2);
        CHECK(check_fixture("gzip/corpus-pax.tar") >= 1);
    }
}

TEST_CASE("an article with every field set round-trips exactly") {
    Article a;
    a.title = "  Spaced   title  ";  // kept as given: the exact reader does not tidy
    a.alternate_titles = {"Page title | Site", "Feed title"};
    a.url = "https://example.com/a?b=1";
    a.source = "Example Times";
    Timestamp ts;
    ts.epoch_seconds = 1700000000;
    ts.has_offset = true;
    ts.offset_minutes = -330;
    a.published = ts;
    a.authors = {"Ann", "Bob"};
    a.description = "Lead.";
    a.language = "en-GB";
    a.image_url = "https://example.com/a.jpg";
    a.paragraphs = {{"Intro ends...", false}, {"A heading", true}, {"Body \"quoted\" \xE2\x80\x94 text.", false}};
    a.is_truncated = true;
    a.file = "archive.tar/inner/feed.jsonl";
    a.line = 7;
    a.record = 3;

    auto trip = [](const Article& in) {
        std::string line;
        append_json_line(line, article_to_json(in));
        ParseResult r = parse_file("export.jsonl", line);
        REQUIRE(r.errors.empty());
        REQUIRE(r.articles.size() == 1);
        return r.articles[0];
    };
    CHECK(join(article_differences(a, trip(a))).empty());

    SECTION("a date with no offset, and a bare date") {
        a.published->has_offset = false;
        a.published->offset_minutes = 0;
        CHECK(join(article_differences(a, trip(a))).empty());
        a.published = Timestamp{1700006400, false, 0, false};
        CHECK(join(article_differences(a, trip(a))).empty());
        CHECK_FALSE(article_to_json(a).contains("published_exact"));
    }
    SECTION("a timestamp the ISO string cannot carry is written exactly as well") {
        a.published = Timestamp{1700000123, true, 60, false};  // a bare date with an offset and a time
        CHECK(article_to_json(a).contains("published_exact"));
        CHECK(join(article_differences(a, trip(a))).empty());
    }
    SECTION("no paragraphs, no date, nothing optional") {
        Article bare;
        bare.title = "Only a title";
        bare.file = "t.txt";
        // Every parsed article has a source (source_fallback.h): the file's
        // name at least, so the importer's fallback never rewrites one.
        bare.source = "t.txt";
        CHECK(join(article_differences(bare, trip(bare))).empty());
    }
    SECTION("without a file of origin the export's name stands in") {
        nlohmann::json j = article_to_json(a);
        j.erase("file");
        RecordResult r = article_from_record(j, "export.jsonl");
        REQUIRE(r.article);
        CHECK(r.article->file == "export.jsonl");
    }
}

TEST_CASE("the exact reader takes nothing unsafe and survives any shape") {
    SECTION("javascript: and data: URLs are dropped as every parser drops them") {
        ParseResult r = parse_file("x.jsonl",
                                   R"j({"broadsheet":1,"title":"T","url":"javascript:alert(1)","image_url":"data:image/png;base64,AA","paragraphs":["p"]})j");
        REQUIRE(r.articles.size() == 1);
        CHECK(r.articles[0].url.empty());
        CHECK(r.articles[0].image_url.empty());
    }
    SECTION("wrong types count as missing; stray heading indexes are ignored") {
        ParseResult r = parse_file("x.jsonl",
                                   R"({"broadsheet":1,"title":"T","url":5,"published":{"a":1},"authors":"Ann","paragraphs":["a","",7,"b"],"heading_indexes":[3,-1,99,"x"],"truncated":"yes","published_exact":{"epoch_seconds":"x"}})");
        REQUIRE(r.articles.size() == 1);
        const Article& a = r.articles[0];
        CHECK(a.url.empty());
        CHECK_FALSE(a.published);
        CHECK(a.authors.empty());
        REQUIRE(a.paragraphs.size() == 2);
        CHECK_FALSE(a.paragraphs[0].is_heading);
        CHECK(a.paragraphs[1].text == "b");
        CHECK(a.paragraphs[1].is_heading);  // index 3 still names "b"
        CHECK_FALSE(a.is_truncated);
    }
    SECTION("a record without a title is an error with its line") {
        ParseResult r = parse_file("x.jsonl", "{\"broadsheet\":1,\"title\":\"\",\"paragraphs\":[\"p\"]}\n");
        CHECK(r.articles.empty());
        REQUIRE(r.errors.size() == 1);
        CHECK(r.errors[0].to_string() == "x.jsonl: line 1: a Broadsheet record without a \"title\"");
    }
    SECTION("another version number is read by the ordinary record reader") {
        ParseResult r = parse_file("x.jsonl", R"({"broadsheet":2,"title":"T","text":"a\nb"})");
        REQUIRE(r.articles.size() == 1);
        CHECK(r.articles[0].paragraphs.size() == 2);
    }
}

TEST_CASE("the Export button's file gives the listed articles back in an empty app") {
    App app;
    REQUIRE(app.load_file("cc.jsonl", read_fixture("json/cc-news.jsonl")).added == 2);
    REQUIRE(app.load_file("full-header.txt", read_fixture("text/full-header.txt")).added == 1);
    REQUIRE(app.load_file("river.json", read_fixture("json/news-please-full.json")).added == 1);
    app.set_query("river");  // export follows the list, not the library
    const size_t listed = app.listed().size();
    REQUIRE(listed >= 1);
    REQUIRE(listed < app.library().size());
    app.set_starred(app.listed()[0], true);

    ExportFile file = export_listed(app);
    CHECK(file.name == "broadsheet-export.jsonl");

    App fresh;
    LoadOutcome outcome = fresh.load_file(file.name, file.bytes);
    CHECK(outcome.errors.empty());
    REQUIRE(outcome.added == listed);
    for (size_t i = 0; i < listed; ++i) {
        const Article& before = app.library().article(app.listed()[i]);
        CHECK(join(article_differences(before, fresh.library().article(static_cast<ArticleId>(i)))).empty());
    }
    SECTION("marks travel in the file and come back on import") {
        std::string first_line = file.bytes.substr(0, file.bytes.find('\n'));
        CHECK(first_line.find("\"starred\":true") != std::string::npos);
        CHECK(first_line.find("\"read\"") == std::string::npos);
        CHECK(fresh.is_starred(0));
        CHECK_FALSE(fresh.is_read(0));
        for (ArticleId id = 1; id < fresh.library().size(); ++id) CHECK_FALSE(fresh.is_starred(id));
    }
}

TEST_CASE("importing an export restores read and starred marks, also on articles already there") {
    App app;
    app.load_file("cc.jsonl", read_fixture("json/cc-news.jsonl"));
    app.load_file("river.json", read_fixture("json/news-please-full.json"));
    REQUIRE(app.listed().size() == 3);
    app.set_read(app.listed()[0], true);
    app.set_starred(app.listed()[0], true);
    app.set_starred(app.listed()[2], true);
    ExportFile file = export_listed(app);

    App fresh;
    fresh.load_file("cc.jsonl", read_fixture("json/cc-news.jsonl"));  // two of them already loaded
    uint64_t marks_before = fresh.marks_version();
    LoadOutcome outcome = fresh.load_file(file.name, file.bytes);
    CHECK(outcome.added == 1);
    CHECK(outcome.duplicates == 2);
    CHECK(fresh.marks_version() > marks_before);  // so the page saves them
    for (ArticleId id : app.listed()) {
        auto same = fresh.library().find_key(app.library().key_of(id));
        REQUIRE(same);
        CHECK(fresh.is_read(*same) == app.is_read(id));
        CHECK(fresh.is_starred(*same) == app.is_starred(id));
    }
    SECTION("a file that is not an export, or a mark on an unknown key, changes no mark") {
        CHECK(restore_exported_marks(fresh, R"({"title":"T","text":"x","read":true})") == 0);
        CHECK(restore_exported_marks(fresh, "{\"broadsheet\":1,\"key\":\"0000000000000000\",\"read\":true}\n") == 0);
        CHECK(restore_exported_marks(fresh, std::string_view()) == 0);
    }
}
