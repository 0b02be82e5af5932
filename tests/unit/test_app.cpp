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
    commands.push([](App& a) { a.open(0); });
    commands.push([](App& a) { a.set_query("nothing matches"); });
    uint64_t before = app.version();
    for (auto& command : commands.queue) command(app);
    CHECK(app.current() == 0u);
    CHECK(app.listed().empty());
    CHECK(app.version() > before);
}

TEST_CASE("filters narrow by source, day range and marks") {
    App app;
    app.load_file("older.txt", kOlder);
    app.load_file("newer.txt", kNewer);
    app.load_file("other.txt", "Other site\n\nhttps://b.example/x\n\nPublish Date: 2025-01-02\n\nText.\n");
    CHECK(app.listed().size() == 3);
    REQUIRE(app.source_counts().size() == 2);
    CHECK(app.source_counts()[0] == std::make_pair(std::string("a.example"), 2u));

    app.toggle_source("a.example");
    CHECK(app.listed().size() == 2);
    app.toggle_source("a.example");
    CHECK(app.listed().size() == 3);

    DayRange january_2025;
    january_2025.first_day = 20089;  // 2025-01-01
    january_2025.last_day = 20089 + 30;
    app.set_days(january_2025);
    CHECK(app.listed().size() == 2);
    CHECK(app.timeline().size() == 3);  // the timeline ignores the date filter
    app.set_days({});

    app.open(app.listed()[0]);
    CHECK(app.is_read(app.listed()[0]));
    app.set_mark_filter(MarkFilter::Unread);
    CHECK(app.listed().size() == 3);  // the open article stays listed while it is read
    app.close();
    app.set_mark_filter(MarkFilter::All);
    app.set_mark_filter(MarkFilter::Unread);
    CHECK(app.listed().size() == 2);

    app.set_starred(0, true);
    app.set_mark_filter(MarkFilter::Starred);
    CHECK(app.listed() == std::vector<ArticleId>{0});
}

TEST_CASE("j and k walk the list and stop at its ends") {
    App app;
    app.load_file("older.txt", kOlder);
    app.load_file("newer.txt", kNewer);
    app.open_next(+1);
    CHECK(app.current_row() == 0u);
    app.open_next(+1);
    CHECK(app.current_row() == 1u);
    app.open_next(+1);
    CHECK(app.current_row() == 1u);
    app.open_next(-1);
    CHECK(app.current_row() == 0u);
}

TEST_CASE("a view from a link opens its article once it is loaded") {
    App first;
    first.load_file("older.txt", kOlder);
    std::string key = first.library().key_of(0);

    App app;
    ViewState view;
    view.open_key = key;
    view.query = "trams";
    app.set_view(view);
    CHECK_FALSE(app.current());
    app.load_file("older.txt", kOlder);
    REQUIRE(app.current());
    CHECK(app.library().article(*app.current()).title == "Older story");
}

TEST_CASE("sort orders") {
    App app;
    app.load_file("older.txt", kOlder);
    app.load_file("newer.txt", kNewer);
    app.set_sort(SortOrder::Oldest);
    CHECK(app.library().article(app.listed()[0]).title == "Older story");
    app.set_sort(SortOrder::Title);
    CHECK(app.library().article(app.listed()[0]).title == "Newer story");
    app.set_query("story");
    CHECK(app.view().sort == SortOrder::Title);  // an explicit sort survives typing
}
