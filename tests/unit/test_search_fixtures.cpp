// End to end over fixture files: parse_file -> Library -> SearchIndex.
#include "core/library.h"
#include "core/parse/parse_file.h"
#include "core/search/search_index.h"

#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

using namespace broadsheet;

namespace {

Library load_fixtures() {
    Library lib;
    for (const char* name : {"cafe-prices.txt", "covid-wave.txt", "tokyo-weather.txt"}) {
        std::string path = std::string(BROADSHEET_FIXTURES_DIR) + "/search/" + name;
        std::ifstream in(path, std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        lib.add(parse_file(name, ss.str()));
    }
    return lib;
}

std::vector<std::string> titles(const Library& lib, const SearchResult& r) {
    std::vector<std::string> out;
    for (const Hit& h : r.hits) out.push_back(lib.article(h.id).title);
    return out;
}

}  // namespace

TEST_CASE("fixture articles are found by folded, numeric, stemmed and CJK queries") {
    Library lib = load_fixtures();
    REQUIRE(lib.size() == 3);
    SearchIndex ix;
    ix.add(lib, 0);
    const std::string cafe = lib.article(0).title;
    const std::string covid = lib.article(1).title;
    CHECK(titles(lib, ix.search(lib, "cafe")) == std::vector<std::string>{cafe});
    CHECK(titles(lib, ix.search(lib, "3.5%")) == std::vector<std::string>{cafe});
    CHECK(titles(lib, ix.search(lib, "$1bn")) == std::vector<std::string>{cafe});
    CHECK(titles(lib, ix.search(lib, "covid-19 admission")) == std::vector<std::string>{covid});
    CHECK(titles(lib, ix.search(lib, "\"hospital admissions\" source:example.com")) == std::vector<std::string>{covid});
    CHECK(ix.search(lib, "東京").hits.size() == 1);
    CHECK(ix.search(lib, "date:2024-07").hits.size() == 1);
    SearchResult r = ix.search(lib, "hospitl");
    CHECK(r.corrected_query == "hospital");
    REQUIRE(r.hits.size() == 1);
    CHECK(r.hits[0].snippet.highlights.size() >= 1);
}
