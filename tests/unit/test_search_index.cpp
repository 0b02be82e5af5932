#include "core/search/search_index.h"

#include "core/civil_time.h"

#include <catch2/catch.hpp>

using namespace broadsheet;

namespace {

Article make(std::string title, std::vector<std::string> paragraphs, std::string date = "",
             std::string source = "", std::vector<std::string> authors = {}) {
    Article a;
    a.title = std::move(title);
    for (auto& p : paragraphs) a.paragraphs.push_back({std::move(p), false});
    if (!date.empty()) {
        int y = std::stoi(date.substr(0, 4)), m = std::stoi(date.substr(5, 2)), d = std::stoi(date.substr(8, 2));
        a.published = Timestamp{days_from_civil(y, m, d) * 86400, true, 0, false};
    }
    a.source = std::move(source);
    a.authors = std::move(authors);
    return a;
}

void add(Library& lib, Article a) {
    a.url = "https://example.com/" + std::to_string(lib.size());
    ParseResult r;
    r.articles.push_back(std::move(a));
    lib.add(std::move(r));
}

std::vector<ArticleId> ids(const SearchIndex& ix, const Library& lib, std::string_view q, bool typing = false) {
    SearchOptions o;
    o.limit = 0;
    o.is_typing = typing;
    o.with_snippets = false;
    std::vector<ArticleId> out;
    for (const Hit& h : ix.search(lib, q, o).hits) out.push_back(h.id);
    return out;
}

std::vector<ArticleId> sorted(std::vector<ArticleId> v) {
    std::sort(v.begin(), v.end());
    return v;
}

// 0..5: a small newsroom.
Library newsroom() {
    Library lib;
    add(lib, make("Oil prices rise", {"Crude oil prices rose 3.5% on Monday as OPEC cut output."}, "2024-01-10",
                  "www.reuters.com", {"Jane Smith"}));
    add(lib, make("Café culture in Paris", {"The café owners say prices are rising."}, "2024-02-01",
                  "www.lemonde.fr", {"Jean Dupont"}));
    add(lib, make("COVID-19 cases fall", {"New COVID-19 cases fell for a third week.", "Hospitals report fewer admissions."},
                  "2024-03-05", "www.bbc.co.uk"));
    add(lib, make("Runner wins marathon", {"She was running faster than ever and runs daily."}, "2024-05-20",
                  "www.bbc.co.uk", {"Sam Smith"}));
    add(lib, make("Markets", {"Prices of oil and gold were flat. The prices rise was muted."}, "2023-12-01",
                  "www.ft.com"));
    add(lib, make("東京の天気", {"東京都は晴れ。"}, "2024-05-21", "www.nhk.or.jp"));
    return lib;
}

}  // namespace

TEST_CASE("search ANDs words and ranks title matches first") {
    Library lib = newsroom();
    SearchIndex ix;
    ix.add(lib, 0);
    CHECK(ix.size() == 6);
    auto r = ids(ix, lib, "oil prices");
    REQUIRE(r.size() == 2);
    CHECK(r[0] == 0);   // in the title
    CHECK(r[1] == 4);
    CHECK(ids(ix, lib, "oil gold") == std::vector<ArticleId>{4});
    CHECK(ids(ix, lib, "nothingmatches").empty());
}

TEST_CASE("search folds accents and case, and finds numbers and compounds") {
    Library lib = newsroom();
    SearchIndex ix;
    ix.add(lib, 0);
    CHECK(ids(ix, lib, "cafe") == std::vector<ArticleId>{1});
    CHECK(ids(ix, lib, "CAFÉ") == std::vector<ArticleId>{1});
    CHECK(ids(ix, lib, "3.5%") == std::vector<ArticleId>{0});
    CHECK(ids(ix, lib, "3.5") == std::vector<ArticleId>{0});
    CHECK(ids(ix, lib, "covid-19") == std::vector<ArticleId>{2});
    CHECK(ids(ix, lib, "covid") == std::vector<ArticleId>{2});
    CHECK(ids(ix, lib, "東京") == std::vector<ArticleId>{5});
}

TEST_CASE("search stems English words and prefers the exact form") {
    Library lib = newsroom();
    SearchIndex ix;
    ix.add(lib, 0);
    CHECK(ids(ix, lib, "run") == std::vector<ArticleId>{3});
    CHECK(sorted(ids(ix, lib, "rising")) == std::vector<ArticleId>{0, 1, 4});   // rise, rising
    CHECK(ids(ix, lib, "rising")[0] == 1);   // the exact form first
    auto prices = ids(ix, lib, "price");
    CHECK(sorted(prices) == std::vector<ArticleId>{0, 1, 4});
}

TEST_CASE("search matches exact phrases by position") {
    Library lib = newsroom();
    SearchIndex ix;
    ix.add(lib, 0);
    CHECK(sorted(ids(ix, lib, "\"prices rise\"")) == std::vector<ArticleId>{0, 4});
    CHECK(ids(ix, lib, "\"rise prices\"").empty());
    CHECK(ids(ix, lib, "\"covid-19 cases\"") == std::vector<ArticleId>{2});
    SECTION("an unclosed quote is a phrase to the end") {
        CHECK(ids(ix, lib, "\"oil prices rose") == std::vector<ArticleId>{0});
    }
    SECTION("a phrase does not run across paragraphs") {
        CHECK(ids(ix, lib, "\"third week hospitals\"").empty());
    }
}

TEST_CASE("search excludes, ORs and filters") {
    Library lib = newsroom();
    SearchIndex ix;
    ix.add(lib, 0);
    CHECK(ids(ix, lib, "oil -opec") == std::vector<ArticleId>{4});
    CHECK(sorted(ids(ix, lib, "marathon OR cafe")) == std::vector<ArticleId>{1, 3});
    CHECK(ids(ix, lib, "title:prices") == std::vector<ArticleId>{0});
    CHECK(sorted(ids(ix, lib, "source:bbc")) == std::vector<ArticleId>{2, 3});
    CHECK(sorted(ids(ix, lib, "author:smith")) == std::vector<ArticleId>{0, 3});
    CHECK(sorted(ids(ix, lib, "after:2024-03-01")) == std::vector<ArticleId>{2, 3, 5});
    CHECK(sorted(ids(ix, lib, "before:2024-01")) == std::vector<ArticleId>{4});
    CHECK(ids(ix, lib, "date:2024-02") == std::vector<ArticleId>{1});
    CHECK(ids(ix, lib, "prices date:2024") .size() == 2);
    CHECK(sorted(ids(ix, lib, "-oil -cafe")) == std::vector<ArticleId>{2, 3, 5});
    CHECK(ids(ix, lib, "").empty());
    CHECK(ids(ix, lib, "  \" - ").empty());
}

TEST_CASE("the last word is a prefix while typing") {
    Library lib = newsroom();
    SearchIndex ix;
    ix.add(lib, 0);
    CHECK(ids(ix, lib, "mara", true) == std::vector<ArticleId>{3});
    CHECK(ids(ix, lib, "mara", false).empty());
    CHECK(ids(ix, lib, "mara ", true).empty());   // a space ends the word
    CHECK(ids(ix, lib, "oil pri", true).size() == 2);
}

TEST_CASE("long misspelled words are corrected and the result says so") {
    Library lib = newsroom();
    SearchIndex ix;
    ix.add(lib, 0);
    SearchResult r = ix.search(lib, "Marathn winner");
    CHECK(r.corrected_query == "marathon winner");   // "winner" has no neighbour to correct it to
    CHECK(r.hits.empty());
    r = ix.search(lib, "marahton");
    CHECK(r.corrected_query == "marathon");
    REQUIRE(r.hits.size() == 1);
    CHECK(r.hits[0].id == 3);
    CHECK(ix.search(lib, "oil").corrected_query.empty());
}

TEST_CASE("equal scores order by date then id, deterministically") {
    Library lib;
    add(lib, make("Same words", {"alpha beta"}, "2024-01-01"));
    add(lib, make("Same words", {"alpha beta"}, "2024-06-01"));
    add(lib, make("Same words", {"alpha beta"}));
    SearchIndex ix;
    ix.add(lib, 0);
    CHECK(ids(ix, lib, "alpha") == std::vector<ArticleId>{1, 0, 2});
}

TEST_CASE("adding articles later indexes only the new ones, removal hides them") {
    Library lib = newsroom();
    SearchIndex ix;
    ix.add(lib, 0);
    add(lib, make("Oil glut", {"Oil stocks swell."}, "2024-06-01"));
    ix.add(lib, 6);
    CHECK(ix.size() == 7);
    CHECK(sorted(ids(ix, lib, "oil")) == std::vector<ArticleId>{0, 4, 6});
    CHECK(ids(ix, lib, "glu", true) == std::vector<ArticleId>{6});
    ix.add(lib, 0);   // nothing new: no double postings
    CHECK(sorted(ids(ix, lib, "oil")) == std::vector<ArticleId>{0, 4, 6});
    ix.remove({0, 6});
    CHECK(ix.size() == 5);
    CHECK(ids(ix, lib, "oil") == std::vector<ArticleId>{4});
    CHECK(ids(ix, lib, "glut").empty());
    CHECK(sorted(ids(ix, lib, "-markets")) == std::vector<ArticleId>{1, 2, 3, 5});
}

TEST_CASE("the index round-trips through its binary form") {
    Library lib = newsroom();
    SearchIndex ix;
    ix.add(lib, 0);
    ix.remove({1});
    std::vector<uint8_t> bytes = ix.serialize();
    SearchIndex back;
    std::string error;
    REQUIRE(back.load(bytes.data(), bytes.size(), error));
    CHECK(back.size() == ix.size());
    for (const char* q : {"oil prices", "\"prices rise\"", "covid", "cafe", "price", "東京", "after:2024-03-01"}) {
        CAPTURE(q);
        CHECK(ids(back, lib, q) == ids(ix, lib, q));
    }
    CHECK(back.serialize() == bytes);
    SECTION("and keeps growing after a load") {
        add(lib, make("Oil glut", {"Oil stocks swell."}, "2024-06-01"));
        back.add(lib, 6);
        CHECK(sorted(ids(back, lib, "oil")) == std::vector<ArticleId>{0, 4, 6});
    }
}

TEST_CASE("loading corrupt bytes fails cleanly") {
    Library lib = newsroom();
    SearchIndex ix;
    ix.add(lib, 0);
    std::vector<uint8_t> bytes = ix.serialize();
    std::string error;
    SearchIndex back;
    CHECK_FALSE(back.load(bytes.data(), 3, error));
    CHECK_FALSE(error.empty());
    for (size_t cut = 0; cut < bytes.size(); cut += 7) {
        CHECK_FALSE(back.load(bytes.data(), cut, error));
    }
    // Flip bytes: must never crash; may load when the flip hits a harmless field.
    for (size_t i = 4; i < bytes.size(); i += 3) {
        std::vector<uint8_t> bad = bytes;
        bad[i] ^= 0x5A;
        if (back.load(bad.data(), bad.size(), error)) (void)ids(back, lib, "oil prices");
    }
    CHECK(back.load(bytes.data(), bytes.size(), error));
}

TEST_CASE("while typing, the last word still matches its other forms through the stem") {
    // Regression: in typing mode "trams" was only a prefix, so an article
    // that says "tram" vanished from the list the moment the "s" was typed.
    Library lib;
    add(lib, make("Depot news", {"The tram depot grows."}));
    add(lib, make("Other", {"More trams run."}));
    SearchIndex ix;
    ix.add(lib, 0);
    CHECK(sorted(ids(ix, lib, "trams", true)) == std::vector<ArticleId>{0, 1});
    CHECK(sorted(ids(ix, lib, "trams", false)) == std::vector<ArticleId>{0, 1});
    CHECK(ids(ix, lib, "tramd", true).empty());
}

TEST_CASE("search answers arbitrary queries without crashing") {
    Library lib = newsroom();
    SearchIndex ix;
    ix.add(lib, 0);
    const char* pieces[] = {"\"", "-", "title:", "author:", "before:2024", "OR", " ", "oil", "pri", "\xE2\x80",
                            "\xC3\xA9", "\xFF", "東", "京", "3.5", "%", "covid-", "marahton", "-\"", "source:"};
    uint32_t state = 777;
    for (int n = 0; n < 400; ++n) {
        std::string q;
        int len = 1 + static_cast<int>(state % 7);
        for (int i = 0; i < len; ++i) {
            state = state * 1664525u + 1013904223u;
            q += pieces[(state >> 16) % (sizeof pieces / sizeof *pieces)];
        }
        SearchOptions o;
        o.is_typing = (n % 2) == 0;
        SearchResult r = ix.search(lib, q, o);
        CHECK(r.hits.size() <= r.total);
        for (const Hit& h : r.hits) {
            for (const auto& hl : h.snippet.highlights) CHECK(hl.end <= h.snippet.text.size());
        }
        if (!r.hits.empty()) (void)ix.match_positions(lib, r.hits[0].id, q, o.is_typing);
    }
}
