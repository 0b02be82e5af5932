#include "core/library.h"
#include "core/parse/parse_file.h"
#include "core/parse/text_format.h"
#include "fixture_util.h"

#include <catch2/catch.hpp>

using namespace broadsheet;
using broadsheet::test::read_fixture;

TEST_CASE("the library skips duplicates by URL and keeps errors") {
    Library lib;
    auto first = lib.add(parse_text_article("a.txt", "Alpha\n\nhttps://a.example/1\n\nBody one.\n"));
    CHECK(first.added == 1);
    auto again = lib.add(parse_text_article("a-copy.txt", "Alpha again\n\nhttps://a.example/1\n\nBody.\n"));
    CHECK(again.added == 0);
    CHECK(again.duplicates == 1);
    auto bad = lib.add(parse_text_article("empty.txt", ""));
    CHECK(bad.errors == 1);
    CHECK(lib.size() == 1);
    CHECK(lib.errors().size() == 1);
    CHECK(lib.source_counts().at("a.example") == 1);
}

TEST_CASE("without a URL, same title and date but different text are different articles") {
    Library lib;
    lib.add(parse_text_article("a.txt", "Same\n\nPublish Date: 2024-01-01\n\nBody.\n"));
    auto other_text = lib.add(parse_text_article("b.txt", "Same\n\nPublish Date: 2024-01-01\n\nOther body.\n"));
    CHECK(other_text.added == 1);
    auto other_day = lib.add(parse_text_article("c.txt", "Same\n\nPublish Date: 2024-01-02\n\nBody.\n"));
    CHECK(other_day.added == 1);
    // Source and file do not matter: the same title, date and text from elsewhere is a duplicate.
    auto copy = lib.add(parse_text_article("d.txt", "Same\n\nPublish Date: 2024-01-01\n\nSource domain: x.example\n\nBody.\n"));
    CHECK(copy.duplicates == 1);
    CHECK(lib.size() == 3);
    // Paragraph breaks are part of the text: ["ab", "c"] is not ["a", "bc"].
    auto split = lib.add(parse_text_article("e.txt", "Same\n\nPublish Date: 2024-01-01\n\nBo\n\ndy.\n"));
    CHECK(split.added == 1);
}

// Regression (issue 13): a folder of ~2,200 stories lost 31 distinct ones as
// "duplicates" because same-titled undated URL-less stories were one article.
TEST_CASE("a folder of same-titled, undated, URL-less but different stories all arrive") {
    Library lib;
    size_t added = 0, duplicates = 0;
    for (const char* name : {"a.txt", "b.txt", "c.txt", "d.txt"}) {
        std::string path = std::string("crawl/") + name;
        AddSummary s = lib.add(parse_file(path, read_fixture("identity/" + path)));
        added += s.added;
        duplicates += s.duplicates;
    }
    CHECK(added == 4);
    CHECK(duplicates == 0);
    size_t same_title = 0;
    for (const Article& a : lib.articles()) same_title += a.title == "Weather update";
    CHECK(same_title == 3);

    // A second copy of a.txt (same title, no date, same text) is the only duplicate.
    AddSummary copy = lib.add(parse_file("crawl/a-copy.txt", read_fixture("identity/crawl/a-copy.txt")));
    CHECK(copy.added == 0);
    REQUIRE(copy.duplicate_list.size() == 1);
    CHECK(copy.duplicate_list[0].file == "crawl/a-copy.txt");
    CHECK(lib.article(copy.duplicate_list[0].duplicate_of).file == "crawl/a.txt");
}

TEST_CASE("dropping the same files again adds nothing and lists every duplicate with its original") {
    Library lib;
    const char* const kNames[] = {"a.txt", "b.txt", "c.txt", "d.txt"};
    std::vector<ArticleId> first_ids;
    for (const char* name : kNames) {
        std::string path = std::string("crawl/") + name;
        lib.add(parse_file(path, read_fixture("identity/" + path)));
        first_ids.push_back(static_cast<ArticleId>(lib.size() - 1));
    }
    uint64_t version = lib.version();
    for (size_t i = 0; i < 4; ++i) {
        std::string path = std::string("crawl/") + kNames[i];
        AddSummary again = lib.add(parse_file(path, read_fixture("identity/" + path)));
        CHECK(again.added == 0);
        CHECK(again.duplicates == 1);
        CHECK(again.errors == 0);
        REQUIRE(again.duplicate_list.size() == 1);
        const DuplicateSkip& d = again.duplicate_list[0];
        CHECK(d.file == path);
        CHECK(d.title == lib.article(first_ids[i]).title);
        CHECK(d.duplicate_of == first_ids[i]);
    }
    CHECK(lib.size() == 4);
    CHECK(lib.version() > version);  // the caller still learns that a drop happened
}

TEST_CASE("a duplicate inside one file names the article added just before from the same file") {
    Library lib;
    ParseResult r = parse_text_article("x.txt", "One\n\nhttps://a.example/1\n\nText.\n");
    ParseResult twice = parse_text_article("x.txt", "One\n\nhttps://a.example/1/\n\nText.\n");
    r.articles.push_back(std::move(twice.articles.at(0)));
    AddSummary s = lib.add(std::move(r));
    CHECK(s.added == 1);
    REQUIRE(s.duplicate_list.size() == 1);
    CHECK(s.duplicate_list[0].duplicate_of == 0);
}

TEST_CASE("URLs are compared normalised: case, default port, trailing slash, fragment, tracking") {
    Library lib;
    lib.add(parse_text_article("a.txt", "Ferry strike\n\nhttps://news.example/ferry-strike\n\nText one.\n"));
    for (const char* url : {"HTTPS://News.Example/ferry-strike/", "https://news.example:443/ferry-strike#top",
                            "https://news.example/ferry-strike?utm_source=rss&utm_medium=feed&fbclid=1"}) {
        AddSummary s = lib.add(parse_text_article("b.txt", std::string("Ferry strike (copy)\n\n") + url + "\n\nText two.\n"));
        CHECK(s.duplicates == 1);
    }
    AddSummary other = lib.add(parse_text_article("c.txt", "Ferry strike\n\nhttps://news.example/ferry-strike?page=2\n\nText.\n"));
    CHECK(other.added == 1);  // a parameter that is not tracking makes another page
    CHECK(lib.size() == 2);
}

// Keys name articles in links (#a=...) and in saved read / star marks.
// What changed with URL normalisation and body hashing, and what did not:
//  - an article with a URL keeps the key it had: short_hash("u\x1f" + URL as given);
//  - an article without a URL now has short_hash("b\x1f" title "\x1f" date "\x1f" body hash)
//    instead of a hash of title, source and date, so its old links and marks no longer find it.
TEST_CASE("article keys: URL articles keep their old key, URL-less ones are keyed by title, date and text") {
    Library lib;
    lib.add(parse_text_article("a.txt", "Alpha\n\nhttps://a.example/1\n\nBody one.\n"));
    CHECK(lib.key_of(0) == "ffce059991a27a5b");  // FNV-1a of "u\x1fhttps://a.example/1", as before
    // A URL spelled differently by a later copy does not rename the article.
    lib.add(parse_text_article("b.txt", "Alpha\n\nHTTPS://A.EXAMPLE/1/?utm_source=x\n\nBody one.\n"));
    CHECK(lib.size() == 1);
    CHECK(lib.find_key("ffce059991a27a5b") == ArticleId{0});

    lib.add(parse_file("crawl/a.txt", read_fixture("identity/crawl/a.txt")));
    CHECK(lib.key_of(1) == "57050337c91b514f");
    lib.add(parse_file("crawl/b.txt", read_fixture("identity/crawl/b.txt")));
    CHECK(lib.key_of(2) != lib.key_of(1));  // same title, no date: the text tells them apart

    // Stable across loads: a fresh library gives the same keys.
    Library again;
    again.add(parse_file("other/a.txt", read_fixture("identity/crawl/a.txt")));
    CHECK(again.key_of(0) == "57050337c91b514f");
}

TEST_CASE("a huge re-drop counts every duplicate but lists only the first 100,000") {
    Library lib;
    ParseResult one = parse_text_article("big.jsonl", "Same story\n\nText.\n");
    lib.add(ParseResult(one));
    ParseResult many;
    many.articles.assign(AddSummary::kMaxDuplicatesListed + 5, one.articles.at(0));
    AddSummary s = lib.add(std::move(many));
    CHECK(s.added == 0);
    CHECK(s.duplicates == AddSummary::kMaxDuplicatesListed + 5);
    CHECK(s.duplicate_list.size() == AddSummary::kMaxDuplicatesListed);
    CHECK(s.duplicate_list.back().duplicate_of == 0);
}

namespace {
// The key a URL-less article had before body hashing: FNV-1a of
// "t\x1f" title "\x1f" source "\x1f" date, written out here as the old code did.
std::string older_key(const std::string& title, const std::string& source, const std::string& date) {
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : "t\x1f" + title + '\x1f' + source + '\x1f' + date) {
        h ^= c;
        h *= 1099511628211ull;
    }
    static const char* const kHex = "0123456789abcdef";
    std::string out(16, '0');
    for (int i = 15; i >= 0; --i, h >>= 4) out[i] = kHex[h & 15];
    return out;
}
}  // namespace

TEST_CASE("a URL-less article is still found by the key it had before body hashing") {
    Library lib;
    lib.add(parse_file("crawl/a.txt", read_fixture("identity/crawl/a.txt")));
    REQUIRE(lib.size() == 1);
    CHECK(lib.article(0).source == "crawl");  // filled in by source_fallback; the old key had ""
    CHECK(lib.find_key(older_key("Weather update", "", "")) == ArticleId{0});
    CHECK(lib.find_key(older_key("Weather update", "crawl", "")) == ArticleId{0});
    CHECK(lib.find_key(older_key("Weather update", "elsewhere", "")) == std::nullopt);
    CHECK(lib.key_of(0) == "57050337c91b514f");  // the key itself is the new one
}
