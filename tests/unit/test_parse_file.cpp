#include "core/parse/parse_file.h"

#include "fixture_util.h"

#include <catch2/catch.hpp>

using namespace broadsheet;
using broadsheet::test::read_fixture;

TEST_CASE("the extension decides the format when it is a known one") {
    CHECK(detect_format("a.txt", "{\"title\":\"x\"}") == FileFormat::Text);
    CHECK(detect_format("a.json", "{\"title\":\"x\"}") == FileFormat::Json);
    CHECK(detect_format("a.JSONL", "{}") == FileFormat::JsonLines);
    CHECK(detect_format("a.ndjson", "{}") == FileFormat::JsonLines);
    CHECK(detect_format("a.jsonl.gz", "{}") == FileFormat::JsonLines);
    CHECK(detect_format("dir.v2/a.html", "x") == FileFormat::Html);
    CHECK(detect_format("a.htm", "x") == FileFormat::Html);
    CHECK(detect_format("a.md", "x") == FileFormat::Markdown);
    CHECK(detect_format("a.rss", "x") == FileFormat::Feed);
    CHECK(detect_format("a.atom", "x") == FileFormat::Feed);
    CHECK(detect_format("a.xml", "x") == FileFormat::Feed);
}

TEST_CASE("without a known extension the content decides") {
    CHECK(detect_format("download", "  [{\"title\":\"x\"}]") == FileFormat::Json);
    CHECK(detect_format("download", "{\n  \"title\": \"x\"\n}\n") == FileFormat::Json);
    CHECK(detect_format("download", "{\"title\":\"x\"}\n{\"title\":\"y\"}\n") == FileFormat::JsonLines);
    CHECK(detect_format("download", "{\"title\":\"x\"}\n") == FileFormat::Json);
    CHECK(detect_format("page", "<!DOCTYPE html><html>") == FileFormat::Html);
    CHECK(detect_format("page", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">") == FileFormat::Feed);
    CHECK(detect_format("page", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">") ==
          FileFormat::Feed);
    CHECK(detect_format("notes", "# A heading\n\nText") == FileFormat::Markdown);
    CHECK(detect_format("story", "Title\n\nBody.") == FileFormat::Text);
}

TEST_CASE("a .json file with JSON Lines inside is JSON Lines") {
    CHECK(detect_format("a.json", "{\"a\":1}\n{\"a\":2}\n") == FileFormat::JsonLines);
    CHECK(detect_format("a.json", "[{\"a\":1},\n{\"a\":2}]\n") == FileFormat::Json);
}

TEST_CASE("a sniffed bracket that is not JSON falls back to the text format") {
    ParseResult r = parse_file("story", "[Update] Storm closes schools\n\nAll schools are closed today.\n");
    REQUIRE(r.errors.empty());
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].title == "[Update] Storm closes schools");
}

TEST_CASE("empty, blank and binary files are rejected with a clear message") {
    CHECK(parse_file("e.txt", "").errors.at(0).to_string() == "e.txt: the file is empty");
    CHECK(parse_file("b.txt", " \n\r\n\t").errors.at(0).message == "the file has only blank lines");
    ParseResult png = parse_file("photo.png", read_fixture("text/not-an-article.png"));
    REQUIRE(png.errors.size() == 1);
    CHECK_THAT(png.errors[0].message, Catch::StartsWith("this is a PNG image"));
    CHECK_THAT(parse_file("x.pdf", "%PDF-1.7\n...").errors.at(0).message, Catch::Contains("PDF"));
    CHECK_THAT(parse_file("x", std::string("ab\0cd", 5)).errors.at(0).message, Catch::Contains("binary data"));
    std::string controls(200, '\x01');
    CHECK(looks_binary(controls));
    CHECK_FALSE(looks_binary("Title\n\n\tBody with a tab.\r\n"));
}

TEST_CASE("decoding problems show up as warnings while the article loads") {
    ParseResult cp = parse_file("cp.txt", read_fixture("encoding/cp1252.txt"));
    REQUIRE(cp.articles.size() == 1);
    CHECK(cp.articles[0].title == "Caf\xC3\xA9 prices rise");
    REQUIRE(cp.warnings.size() == 1);
    CHECK_THAT(cp.warnings[0].message, Catch::Contains("Windows-1252"));

    ParseResult bad = parse_file("bad.txt", read_fixture("encoding/mixed-invalid.txt"));
    REQUIRE(bad.articles.size() == 1);
    CHECK_THAT(bad.articles[0].paragraphs.at(0).text, Catch::Contains("\xEF\xBF\xBD"));
    REQUIRE(bad.warnings.size() == 1);
    CHECK(bad.warnings[0].to_string() == "bad.txt: 1 invalid byte(s) could not be decoded and show as \xEF\xBF\xBD");
}

TEST_CASE("JSON in Windows-1252 and UTF-16 is decoded before parsing") {
    ParseResult cp = parse_file("a.json", "{\"title\": \"Caf\xE9\", \"text\": \"Body\"}");
    REQUIRE(cp.articles.size() == 1);
    CHECK(cp.articles[0].title == "Caf\xC3\xA9");
    std::string u16("\xFF\xFE", 2);
    for (char c : std::string("[{\"title\":\"T\",\"text\":\"B\"}]")) u16 += std::string{c, '\0'};
    ParseResult w = parse_file("w.json", u16);
    REQUIRE(w.articles.size() == 1);
    CHECK(w.articles[0].title == "T");
}

TEST_CASE("HTML, Markdown and feed files reach their parsers through parse_file") {
    // Their behaviour is tested in test_html_*.cpp, test_markdown.cpp and
    // test_feed*.cpp; here only that the dispatch reaches them.
    ParseResult md = parse_file("n.md", "# Title\n\nBody paragraph.\n");
    REQUIRE(md.articles.size() == 1);
    CHECK(md.articles[0].title == "Title");
    ParseResult html = parse_file("p.html", "<html><head><title>T</title></head><body><article><h1>T</h1>"
                                            "<p>A paragraph long enough to count as the article text, "
                                            "with a few more words in it.</p></article></body></html>");
    CHECK(html.articles.size() + html.errors.size() >= 1);
    ParseResult feed = parse_file("f.xml", "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>C</title>"
                                           "<item><title>Item</title><link>https://e.org/1</link>"
                                           "<description>Text.</description></item></channel></rss>");
    CHECK(feed.articles.size() + feed.errors.size() >= 1);
}

TEST_CASE("a large single article parses without trouble") {
    std::string text = "Big\n\n";
    std::string para(600, 'w');
    para += ".\n\n";
    while (text.size() < (6u << 20)) text += para;
    ParseResult r = parse_file("big.txt", text);
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].paragraphs.size() > 10000);
}

TEST_CASE("UTF-16 without a BOM is read, not rejected as binary") {
    ParseResult r = parse_file("nobom.txt", read_fixture("encoding/utf16le-nobom.txt"));
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].title == "No BOM here");
}

TEST_CASE("binary data that happens to look like UTF-16 is still rejected") {
    std::string data;
    for (int i = 0; i < 400; ++i) data += std::string{static_cast<char>(1 + i % 7), '\0'};
    ParseResult r = parse_file("blob", data);
    CHECK(r.articles.empty());
    REQUIRE(r.errors.size() == 1);
    CHECK_THAT(r.errors[0].message, Catch::Contains("binary data"));
}
