#include "app/app.h"

#include <catch2/catch.hpp>

using namespace broadsheet;

namespace {
const char* const kOlder = "Older story\n\nhttps://a.example/old\n\nPublish Date: 2024-01-01\n\nText about trams.\n";
const char* const kNewer = "Newer story\n\nhttps://a.example/new\n\nPublish Date: 2025-01-01\n\nText about buses.\n";
const char* const kUndated = "Undated story\n\nText about trams and buses.\n";
}  // namespace

TEST_CASE("the list shows newest first, undated last") {
    App app;
    app.load_file("older.txt", kOlder);
    app.load_file("undated.txt", kUndated);
    app.load_file("newer.txt", kNewer);
    REQUIRE(app.listed().size() == 3);
    CHECK(app.library().article(app.listed()[0]).title == "Newer story");
    CHECK(app.library().article(app.listed()[1]).title == "Older story");
    CHECK(app.library().article(app.listed()[2]).title == "Undated story");
    CHECK(app.date_label(app.listed()[0]) == "2025-01-01");
    CHECK(app.date_label(app.listed()[2]).empty());
}

TEST_CASE("a query narrows the list and a bad file loses nothing") {
    App app;
    app.load_file("older.txt", kOlder);
    app.load_file("newer.txt", kNewer);
    app.set_query("trams");
    REQUIRE(app.listed().size() == 1);
    auto outcome = app.load_file("empty.txt", "");
    CHECK(outcome.added == 0);
    REQUIRE(outcome.errors.size() == 1);
    CHECK(outcome.errors[0].to_string() == "empty.txt: the file is empty");
    CHECK(app.library().size() == 2);
    CHECK(app.listed().size() == 1);
    app.load_file("undated.txt", kUndated);
    CHECK(app.listed().size() == 2);  // a new matching article joins the current search
}

TEST_CASE("open ignores unknown ids and commands apply after the frame") {
    App app;
    app.load_file("older.txt", kOlder);
    app.open(7);
    CHECK_FALSE(app.current());
    Commands commands;
    commands.open = 0;
    commands.set_query = "nothing matches";
    uint64_t before = app.version();
    app.apply(std::move(commands));
    CHECK(app.current() == 0u);
    CHECK(app.listed().empty());
    CHECK(app.version() > before);
}
