#include "app/marks.h"

#include <catch2/catch.hpp>

using namespace broadsheet;

TEST_CASE("marks round-trip through JSON and survive bad input") {
    Marks m;
    m.set_read("b", true);
    m.set_read("a", true);
    m.set_starred("a", true);
    m.set_read("c", true);
    m.set_read("c", false);
    CHECK(m.to_json() == R"({"read":["a","b"],"starred":["a"]})");

    Marks restored;
    CHECK(restored.from_json(m.to_json()));
    CHECK(restored.is_read("a"));
    CHECK(restored.is_starred("a"));
    CHECK_FALSE(restored.is_read("c"));

    CHECK_FALSE(restored.from_json("{not json"));
    CHECK_FALSE(restored.is_read("a"));
    CHECK(restored.from_json(R"({"read":[1,"x",null],"starred":"nope"})"));
    CHECK(restored.is_read("x"));
}
