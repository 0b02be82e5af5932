#include "app/marks.h"

#include <catch2/catch.hpp>

#include <string>

using namespace broadsheet;

TEST_CASE("marks round-trip through JSON and survive bad input") {
    Marks m;
    m.set_read("b", true);
    m.set_read("a", true);
    m.set_starred("a", true);
    m.set_read("c", true);
    m.set_read("c", false);
    CHECK(m.to_json() == R"({"read":["b","a"],"starred":["a"]})");  // oldest first

    Marks restored;
    CHECK(restored.from_json(m.to_json()));
    CHECK(restored.is_read("a"));
    CHECK(restored.is_starred("a"));
    CHECK_FALSE(restored.is_read("c"));
    CHECK(restored.to_json() == m.to_json());  // the order survives a reload

    CHECK_FALSE(restored.from_json("{not json"));
    CHECK_FALSE(restored.is_read("a"));
    CHECK(restored.from_json(R"({"read":[1,"x",null],"starred":"nope"})"));
    CHECK(restored.is_read("x"));
}

// Regression: 15,000 read marks (285 KB) once made every start fail.
TEST_CASE("the marks store is capped: the oldest are forgotten first") {
    Marks m;
    for (size_t i = 0; i < Marks::kMaxRead + 500; ++i) m.set_read("k" + std::to_string(i), true);
    CHECK(m.read_count() == Marks::kMaxRead);
    CHECK_FALSE(m.is_read("k0"));
    CHECK_FALSE(m.is_read("k499"));
    CHECK(m.is_read("k500"));
    CHECK(m.is_read("k" + std::to_string(Marks::kMaxRead + 499)));
    for (size_t i = 0; i < Marks::kMaxStarred + 1; ++i) m.set_starred("s" + std::to_string(i), true);
    CHECK(m.starred_count() == Marks::kMaxStarred);
    CHECK(m.to_json().size() < 160 * 1024);

    // An oversized stored text loads its newest marks.
    std::string big = R"({"read":[)";
    for (int i = 0; i < 15000; ++i) big += (i ? ",\"" : "\"") + std::to_string(1000000 + i) + "\"";
    big += "]}";
    Marks loaded;
    CHECK(loaded.from_json(big));
    CHECK(loaded.read_count() == Marks::kMaxRead);
    CHECK(loaded.is_read("1014999"));
    CHECK_FALSE(loaded.is_read("1000000"));
}

TEST_CASE("prune keeps only the keys it is told to") {
    Marks m;
    m.set_read("keep", true);
    m.set_read("gone", true);
    m.set_starred("gone", true);
    m.set_starred("keep", true);
    CHECK(m.prune([](const std::string& k) { return k == "keep"; }) == 2);
    CHECK(m.is_read("keep"));
    CHECK(m.is_starred("keep"));
    CHECK_FALSE(m.is_read("gone"));
    CHECK_FALSE(m.is_starred("gone"));
}
