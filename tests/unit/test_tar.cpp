#include "core/parse/decode_text.h"
#include "core/parse/gzip.h"
#include "core/parse/parse_file.h"
#include "core/parse/tar.h"

#include "fixture_util.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>

using namespace broadsheet;
using broadsheet::test::read_fixture;

namespace {
const char kLongDir[] =
    "corpus/a-very-long-directory-name-that-goes-on-and-on-and-on/"
    "another-very-long-directory-name-for-gnu-long-names/newsapi-with-a-long-file-name-too.json";
}  // namespace

TEST_CASE("tar listings give regular files with their full names, GNU and pax") {
    for (const char* fixture : {"gzip/corpus.tar.gz", "gzip/corpus-pax.tar"}) {
        std::string bytes = read_fixture(fixture);
        GunzipResult unpacked;
        if (is_gzip(bytes)) {
            unpacked = gunzip(bytes);
            REQUIRE(unpacked.ok());
            bytes = unpacked.bytes;
        }
        REQUIRE(is_tar(bytes));
        TarListing listing = list_tar(bytes);
        CHECK(listing.error.empty());
        std::vector<std::string> names;
        for (const TarEntry& e : listing.files) names.push_back(e.name);
        std::sort(names.begin(), names.end());
        CHECK(names == std::vector<std::string>{"corpus/.hidden", kLongDir, "corpus/full-header.txt",
                                                "corpus/sub/cc-news.jsonl", "corpus/sub/not-an-article.png"});
    }
}

TEST_CASE("parse_file reads every file of a .tar.gz, naming each by its path inside") {
    ParseResult r = parse_file("corpus.tar.gz", read_fixture("gzip/corpus.tar.gz"));
    CHECK(r.articles.size() == 1 + 2 + 2);  // text, CC-News lines, NewsAPI
    REQUIRE(r.errors.size() == 1);          // the PNG; the hidden file is skipped
    CHECK_THAT(r.errors[0].to_string(),
               Catch::StartsWith("corpus.tar.gz/corpus/sub/not-an-article.png: this is a PNG image"));
    bool found = false;
    for (const Article& a : r.articles) found = found || a.file == std::string("corpus.tar.gz/") + kLongDir;
    CHECK(found);
}

TEST_CASE("damaged and cut-short tar archives keep what was read and say why") {
    std::string tar = read_fixture("gzip/corpus-pax.tar");
    SECTION("cut short") {
        ParseResult r = parse_file("cut.tar", tar.substr(0, 2000));
        CHECK_THAT(r.errors.back().message, Catch::Contains("cut short"));
    }
    SECTION("bad checksum") {
        tar[100] ^= 0x7F;  // inside the first header's mode field
        ParseResult r = parse_file("bad.tar", tar);
        CHECK(r.articles.empty());
        CHECK_THAT(r.errors.back().message, Catch::Contains("damaged"));
    }
}

TEST_CASE("a tar inside a tar is not opened") {
    ParseResult r = parse_file("nested.tar", read_fixture("gzip/nested.tar"));
    CHECK(r.articles.empty());
    REQUIRE(r.errors.size() == 1);
    CHECK_THAT(r.errors[0].to_string(), Catch::StartsWith("nested.tar/inner/corpus-pax.tar: a tar archive inside"));
}

TEST_CASE("tar entry names that are not UTF-8 are repaired in the article's file name") {
    std::string tar = read_fixture("gzip/corpus-pax.tar");
    TarListing listing = list_tar(tar);
    REQUIRE_FALSE(listing.files.empty());
    // Build a one-file ustar archive by hand with a Latin-1 name.
    std::string header(512, '\0');
    const std::string name = "caf\xE9.txt";
    const std::string body = "Title\n\nBody.\n";
    header.replace(0, name.size(), name);
    header.replace(100, 7, "0000644");
    char size[12];
    std::snprintf(size, sizeof size, "%011o", static_cast<unsigned>(body.size()));
    header.replace(124, 11, size);
    header[156] = '0';
    header.replace(257, 6, std::string("ustar\0", 6));
    header.replace(263, 2, "00");
    header.replace(148, 8, "        ");
    unsigned sum = 0;
    for (unsigned char c : header) sum += c;
    char check[8];
    std::snprintf(check, sizeof check, "%06o", sum);
    header.replace(148, 7, std::string(check, 6) + '\0');
    std::string archive = header + body + std::string(512 - body.size(), '\0') + std::string(1024, '\0');
    ParseResult r = parse_file("latin.tar", archive);
    REQUIRE(r.articles.size() == 1);
    CHECK(r.articles[0].file == "latin.tar/caf\xEF\xBF\xBD.txt");
}

TEST_CASE("fuzzer regression: a pax path with a non-UTF-8 byte gives valid UTF-8 file names") {
    ParseResult r = parse_file("fuzz.tar", read_fixture("gzip/fuzz-pax-bad-name.tar"));
    for (const Article& a : r.articles) CHECK(is_valid_utf8(a.file));
    for (const ParseError& e : r.errors) CHECK(is_valid_utf8(e.to_string()));
    CHECK(r.articles.size() + r.errors.size() >= 1);
}
