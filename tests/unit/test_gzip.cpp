#include "core/parse/gzip.h"
#include "core/parse/parse_file.h"

#include "fixture_util.h"

#include <catch2/catch.hpp>

using namespace broadsheet;
using broadsheet::test::read_fixture;

TEST_CASE("gzip data is unpacked") {
    GunzipResult r = gunzip(read_fixture("gzip/article.txt.gz"));
    REQUIRE(r.ok());
    CHECK(r.bytes == "Gzipped text\n\nBody of a gzipped text article.\n");
}

TEST_CASE("concatenated gzip members are all read") {
    GunzipResult r = gunzip(read_fixture("gzip/two-members.txt.gz"));
    REQUIRE(r.ok());
    CHECK(r.bytes == "Two members\n\nFirst half, second half.\n");
}

TEST_CASE("cut-short gzip data is an error that says so") {
    GunzipResult r = gunzip(read_fixture("gzip/truncated.jsonl.gz"));
    CHECK_FALSE(r.ok());
    CHECK(r.bytes.empty());
    CHECK_THAT(r.error, Catch::Contains("cut short"));
}

TEST_CASE("damaged gzip data is an error") {
    std::string gz = read_fixture("gzip/article.txt.gz");
    gz[gz.size() - 6] ^= 0x55;  // the CRC
    GunzipResult r = gunzip(gz);
    CHECK_FALSE(r.ok());
    CHECK_THAT(r.error, Catch::Contains("damaged"));
}

TEST_CASE("a decompression bomb stops at the limit and says so") {
    std::string gz = read_fixture("gzip/bomb.txt.gz");  // 3 KB -> 3 MB
    GunzipResult capped = gunzip(gz, 1 << 20);
    CHECK_FALSE(capped.ok());
    CHECK(capped.bytes.empty());
    CHECK_THAT(capped.error, Catch::Contains("decompression bomb"));
    GunzipResult fits = gunzip(gz, 4 << 20);
    REQUIRE(fits.ok());
    CHECK(fits.bytes.size() == 3000000);
}

TEST_CASE("non-gzip input is rejected by gunzip") {
    CHECK_FALSE(is_gzip("plain"));
    CHECK_FALSE(gunzip("plain").ok());
}

TEST_CASE("parse_file reads .gz files transparently, by content") {
    ParseResult jsonl = parse_file("articles.jsonl.gz", read_fixture("gzip/articles.jsonl.gz"));
    CHECK(jsonl.errors.empty());
    REQUIRE(jsonl.articles.size() == 2);
    CHECK(jsonl.articles[1].title == "Zipped two");
    ParseResult text = parse_file("article.txt.gz", read_fixture("gzip/article.txt.gz"));
    REQUIRE(text.articles.size() == 1);
    CHECK(text.articles[0].title == "Gzipped text");
    ParseResult bad = parse_file("broken.jsonl.gz", read_fixture("gzip/truncated.jsonl.gz"));
    CHECK(bad.articles.empty());
    REQUIRE(bad.errors.size() == 1);
    CHECK_THAT(bad.errors[0].to_string(), Catch::StartsWith("broken.jsonl.gz: the gzip data is cut short"));
}

TEST_CASE("an empty .gz and a .gz inside a .gz are errors that say so") {
    CHECK(parse_file("e.gz", read_fixture("gzip/empty.gz")).errors.at(0).message ==
          "the .gz file holds an empty file");
    CHECK_THAT(parse_file("d.gz.gz", read_fixture("gzip/double.txt.gz.gz")).errors.at(0).message,
               Catch::Contains("another .gz file"));
}

TEST_CASE("a .gz name on plain bytes is read by content") {
    ParseResult r = parse_file("story.txt.gz", read_fixture("gzip/fake.gz"));
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].title == "Already unpacked");
}

TEST_CASE("a lying size trailer does not make gunzip allocate it (fuzzer regression)") {
    // A tiny member whose ISIZE claims 900 MB: must fail fast as damaged data.
    std::string gz = read_fixture("gzip/article.txt.gz");
    gz[gz.size() - 1] = '\x35';  // ISIZE high byte -> ~0x35000000
    GunzipResult r = gunzip(gz);
    CHECK_FALSE(r.ok());
    CHECK(r.bytes.capacity() < (1u << 20));
}
