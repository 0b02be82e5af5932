// Imports: what each drop brought, removing one (articles, marks, record)
// without disturbing the others, and the stored form of a record.
#include "app/app.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <string>

using namespace broadsheet;

namespace {

std::string story(const std::string& title, const std::string& url, const std::string& date, const std::string& body) {
    return title + "\n\n" + url + "\n\nPublish Date: " + date + "\n\n" + body + "\n";
}

// Bundled: one article outside any import. Import 1: two trams stories; import 2: one bus story.
void load_three_sources(App& app) {
    app.load_file("bundled.txt", story("Bundled welcome", "https://home.example/welcome", "2023-05-01", "Welcome text."));
    app.begin_import(1, "trams/ (2 files)", 1000.0, 3);
    app.load_file("trams/a.txt", story("Tram lines extended", "https://a.example/tram1", "2024-01-01", "Trams go further."), 1);
    app.load_file("trams/b.txt", story("Tram fares frozen", "https://a.example/tram2", "2024-02-01", "Trams cost the same."), 1);
    app.load_file("trams/broken.txt", "", 1);
    app.finish_import(1);
    app.begin_import(2, "buses.txt", 2000.0, 1);
    app.load_file("buses.txt", story("Bus lanes painted", "https://b.example/bus", "2024-03-01", "Buses and trams share."), 2);
    app.finish_import(2);
}

std::optional<ArticleId> id_of(const App& app, const std::string& title) {
    for (ArticleId id = 0; id < app.library().size(); ++id) {
        if (app.library().article(id).title == title) return id;
    }
    return std::nullopt;
}

}  // namespace

TEST_CASE("each import records its files, articles, duplicates and errors") {
    App app;
    load_three_sources(app);
    REQUIRE(app.imports().size() == 2);
    const ImportRecord& trams = app.imports()[0];
    CHECK(trams.id == 1u);
    CHECK(trams.files == 3);
    CHECK(trams.files_loaded == 3);
    CHECK(trams.added == 2);
    CHECK(trams.articles_now == 2);
    REQUIRE(trams.errors.size() == 1);
    CHECK(trams.errors[0].file == "trams/broken.txt");
    CHECK(trams.is_finished);
    CHECK(trams.summary() == "3 files: 2 articles added, 1 error");
    CHECK(app.import_of(*id_of(app, "Tram fares frozen")) == 1u);
    CHECK(app.import_of(*id_of(app, "Bundled welcome")) == kNoImport);
    CHECK(app.last_finished_import() == 2u);
    CHECK(app.shown_error_count() == 1);

    // A re-drop of the same file adds nothing and says so.
    app.begin_import(3, "trams/a.txt", 3000.0, 1);
    app.load_file("trams/a.txt", story("Tram lines extended", "https://a.example/tram1", "2024-01-01", "Trams go further."), 3);
    app.finish_import(3);
    const ImportRecord* again = app.find_import(3);
    REQUIRE(again);
    CHECK(again->added == 0);
    CHECK(again->duplicates == 1);
    CHECK(again->summary() == "1 file: 0 articles added, 1 duplicate skipped");
}

TEST_CASE("removing an import removes its articles and their marks, and nothing else") {
    App app;
    load_three_sources(app);
    ArticleId tram = *id_of(app, "Tram lines extended");
    ArticleId bus = *id_of(app, "Bus lanes painted");
    ArticleId bundled = *id_of(app, "Bundled welcome");
    std::string tram_key = app.library().key_of(tram);
    std::string bus_key = app.library().key_of(bus);
    app.set_read(tram, true);
    app.set_starred(tram, true);
    app.set_read(bus, true);
    app.set_starred(bundled, true);
    app.set_query("trams");
    app.open(bus);
    (void)app.take_removed_imports();
    uint64_t marks_before = app.marks_version();

    REQUIRE(app.remove_import(1));
    CHECK_FALSE(app.remove_import(1));
    CHECK(app.library().size() == 2);
    CHECK_FALSE(id_of(app, "Tram lines extended"));
    CHECK_FALSE(id_of(app, "Tram fares frozen"));
    CHECK_FALSE(app.marks().is_read(tram_key));
    CHECK_FALSE(app.marks().is_starred(tram_key));
    CHECK(app.marks().is_read(bus_key));
    CHECK(app.marks_version() > marks_before);  // so the platform saves the marks again

    // Ids are dense again and everything derived from them agrees.
    ArticleId new_bus = *id_of(app, "Bus lanes painted");
    CHECK(app.is_read(new_bus));
    CHECK(app.is_starred(*id_of(app, "Bundled welcome")));
    CHECK(app.import_of(new_bus) == 2u);
    CHECK(app.view().query == "trams");
    REQUIRE(app.current());
    CHECK(*app.current() == new_bus);
    REQUIRE(app.listed().size() == 1);  // the bus story mentions trams; the tram stories are gone
    CHECK(app.listed()[0] == new_bus);
    CHECK(app.search_index().size() == 2);
    CHECK(app.date_label(new_bus) == "2024-03-01");
    for (const auto& [source, count] : app.source_counts()) CHECK(source != "a.example");

    // The record went, storage is told, and the errors it had are no longer shown.
    CHECK(app.imports().size() == 1);
    CHECK(app.take_removed_imports() == std::vector<ImportId>{1});
    auto keys = app.take_removed_keys();
    CHECK(keys.size() == 2);
    CHECK(std::find(keys.begin(), keys.end(), tram_key) != keys.end());
    CHECK(app.shown_error_count() == 0);
    CHECK(app.library().errors().empty());
}

TEST_CASE("removing the import of the open article closes the reader") {
    App app;
    load_three_sources(app);
    app.open(*id_of(app, "Tram fares frozen"));
    uint64_t view_before = app.view_version();
    app.remove_import(1);
    CHECK_FALSE(app.current());
    CHECK(app.view().open_key.empty());
    CHECK(app.view_version() > view_before);  // the URL hash no longer names it
    CHECK(app.listed().size() == 2);
}

TEST_CASE("remove everything imported keeps the bundled articles and their marks") {
    App app;
    load_three_sources(app);
    app.set_starred(*id_of(app, "Bundled welcome"), true);
    app.set_read(*id_of(app, "Bus lanes painted"), true);
    app.remove_all_imports();
    CHECK(app.imports().empty());
    CHECK(app.library().size() == 1);
    CHECK(app.marks().read_count() == 0);
    CHECK(app.marks().starred_count() == 1);
    CHECK(app.take_removed_imports().size() == 2);
}

TEST_CASE("a restored import keeps its recorded counts and errors until dismissed") {
    App app;
    ImportRecord stored;
    stored.id = 7;
    stored.name = "trams/ (3 files)";
    stored.files = 3;
    stored.files_loaded = 3;
    stored.added = 2;
    stored.is_finished = true;
    stored.errors.push_back({"trams/broken.txt", 0, "the file is empty", 0});
    auto parsed = import_from_json(import_to_json(stored));
    REQUIRE(parsed);
    CHECK(parsed->errors.size() == 1);
    CHECK(parsed->errors[0].to_string() == "trams/broken.txt: the file is empty");

    app.restore_import(*parsed);
    app.load_file("trams/a.txt", story("Tram lines extended", "https://a.example/tram1", "2024-01-01", "Trams."), 7);
    app.load_file("trams/b.txt", story("Tram fares frozen", "https://a.example/tram2", "2024-02-01", "Fares."), 7);
    app.finish_import(7);
    const ImportRecord* r = app.find_import(7);
    REQUIRE(r);
    CHECK(r->added == 2);          // not 4: the stored counts are the drop's
    CHECK(r->articles_now == 2);
    CHECK(r->errors.size() == 1);
    CHECK(app.last_finished_import() == kNoImport);  // no drop report for a restored import
    CHECK(app.take_changed_imports().empty());        // nothing new to store
    CHECK(app.shown_error_count() == 1);

    app.dismiss_import_errors(7);
    CHECK(app.shown_error_count() == 0);
    CHECK(app.take_changed_imports() == std::vector<ImportId>{7});
    CHECK(import_from_json(import_to_json(*app.find_import(7)))->are_errors_dismissed);
}

TEST_CASE("a drop cut short by a reload says how far it got") {
    ImportRecord r;
    r.id = 3;
    r.files = 1500;
    r.files_loaded = 140;
    r.added = 140;
    r.files_kept = 120;
    CHECK(r.summary() == "1,500 files: 140 articles added (cut short after 140 of 1,500 files; 120 kept for the next visit)");
    CHECK_FALSE(import_from_json("{\"name\":\"no id\"}"));
    CHECK_FALSE(import_from_json("[1,2"));
    auto typed_wrong = import_from_json(R"({"id":4,"files":"many","errors":[3,{"file":7}]})");
    REQUIRE(typed_wrong);
    CHECK(typed_wrong->files == 0);
    CHECK(typed_wrong->errors.size() == 1);
}

TEST_CASE("late files of a removed import are ignored") {
    App app;
    app.begin_import(5, "x", 0, 2);
    app.remove_import(5);
    auto outcome = app.load_file("x/a.txt", story("Late", "https://l.example/a", "2024-01-01", "Late."), 5);
    CHECK(outcome.added == 0);
    CHECK(app.library().size() == 0);
}

TEST_CASE("pruning forgets marks of articles that no longer exist") {
    App app;
    load_three_sources(app);
    app.restore_marks(R"({"read":["0000000000000001","0000000000000002"],"starred":["0000000000000003"]})");
    app.set_read(*id_of(app, "Bus lanes painted"), true);
    CHECK(app.marks().read_count() == 3);
    uint64_t before = app.marks_version();
    CHECK(app.prune_marks() == 3);
    CHECK(app.marks().read_count() == 1);
    CHECK(app.marks().starred_count() == 0);
    CHECK(app.is_read(*id_of(app, "Bus lanes painted")));
    CHECK(app.marks_version() > before);
    CHECK(app.prune_marks() == 0);
}

TEST_CASE("marks saved under a URL-less article's older key move to its key, not away") {
    App app;
    app.load_file("notes/a.txt", "Weather update\n\nRain is expected in the north.\n");
    REQUIRE(app.library().size() == 1);
    // The key the article had before body hashing (title, no source, no date).
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : std::string("t\x1fWeather update\x1f\x1f")) {
        h ^= c;
        h *= 1099511628211ull;
    }
    char older[17];
    std::snprintf(older, sizeof older, "%016llx", static_cast<unsigned long long>(h));
    app.restore_marks(std::string(R"({"read":[")") + older + R"("],"starred":[")" + older + R"("]})");
    CHECK(app.prune_marks() == 0);
    CHECK(app.is_read(0));
    CHECK(app.is_starred(0));
    CHECK(app.marks().to_json().find(app.library().key_of(0)) != std::string::npos);
    CHECK(app.marks().to_json().find(older) == std::string::npos);
}
