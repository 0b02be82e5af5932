#include "core/search/search_index.h"

#include <catch2/catch.hpp>

using namespace broadsheet;

namespace {

Library one(std::string title, std::vector<std::string> paragraphs) {
    Article a;
    a.title = std::move(title);
    for (auto& p : paragraphs) a.paragraphs.push_back({std::move(p), false});
    ParseResult r;
    r.articles.push_back(std::move(a));
    Library lib;
    lib.add(std::move(r));
    return lib;
}

std::string highlighted(const search::Snippet& s, size_t i) {
    return s.text.substr(s.highlights[i].begin, s.highlights[i].end - s.highlights[i].begin);
}

}  // namespace

TEST_CASE("snippet picks the window with the matches and gives byte ranges") {
    std::string filler;
    for (int i = 0; i < 60; ++i) filler += "filler word ";
    Library lib = one("A title", {filler, filler + "the central bank raised rates; the bank said rates will stay high " + filler});
    SearchIndex ix;
    ix.add(lib, 0);
    SearchResult r = ix.search(lib, "bank rates");
    REQUIRE(r.hits.size() == 1);
    const search::Snippet& s = r.hits[0].snippet;
    CHECK(s.text.find("central bank raised rates") != std::string::npos);
    CHECK(s.text.rfind("\xE2\x80\xA6", 0) == 0);   // starts with an ellipsis
    REQUIRE(s.highlights.size() == 4);
    CHECK(highlighted(s, 0) == "bank");
    CHECK(highlighted(s, 1) == "rates");
    CHECK(s.text.size() < 260);
}

TEST_CASE("snippet highlights stemmed, accented, prefixed and compound matches") {
    Library lib = one("T", {"Cafés were running; COVID-19 hit the market."});
    SearchIndex ix;
    ix.add(lib, 0);
    SearchOptions typing;
    typing.is_typing = true;
    SearchResult r = ix.search(lib, "cafe runs covid-19 mark", typing);
    REQUIRE(r.hits.size() == 1);
    const search::Snippet& s = r.hits[0].snippet;
    REQUIRE(s.highlights.size() == 4);
    CHECK(highlighted(s, 0) == "Cafés");
    CHECK(highlighted(s, 1) == "running");
    CHECK(highlighted(s, 2) == "COVID-19");
    CHECK(highlighted(s, 3) == "market");
}

TEST_CASE("title-only matches give the start of the first paragraph") {
    Library lib = one("Budget day", {"Nothing to see here.", "More."});
    SearchIndex ix;
    ix.add(lib, 0);
    SearchResult r = ix.search(lib, "budget");
    REQUIRE(r.hits.size() == 1);
    CHECK(r.hits[0].snippet.text == "Nothing to see here.");
    CHECK(r.hits[0].snippet.highlights.empty());
}

TEST_CASE("match positions list every match for the reader") {
    Library lib = one("Oil and more oil", {"No match.", "Oil prices; oil again."});
    SearchIndex ix;
    ix.add(lib, 0);
    auto m = ix.match_positions(lib, 0, "oil");
    REQUIRE(m.size() == 4);
    CHECK(m[0].paragraph == -1);
    CHECK(m[0].range.begin == 0);
    CHECK(m[1].paragraph == -1);
    CHECK(m[1].range.begin == 13);
    CHECK(m[2].paragraph == 1);
    CHECK(m[3].paragraph == 1);
    CHECK(m[3].range.begin == 12);
    CHECK(ix.match_positions(lib, 5, "oil").empty());
}
