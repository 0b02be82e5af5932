#include "core/library.h"
#include "core/parse/text_format.h"

#include <catch2/catch.hpp>

using namespace broadsheet;

TEST_CASE("the library skips duplicates by URL and keeps errors") {
    Library lib;
    auto first = lib.add(parse_text_article("a.txt", "Alpha\n\nhttps://a.example/1\n\nBody one.\n"));
    CHECK(first.added == 1);
    auto again = lib.add(parse_text_article("a-copy.txt", "Alpha again\n\nhttps://a.example/1\n\nBody.\n"));
    CHECK(again.added == 0);
    CHECK(again.duplicates == 1);
    auto bad = lib.add(parse_text_article("empty.txt", ""));
    CHECK(bad.errors == 1);
    CHECK(lib.size() == 1);
    CHECK(lib.errors().size() == 1);
    CHECK(lib.source_counts().at("a.example") == 1);
}

TEST_CASE("the library skips duplicates without URL by title, date and source") {
    Library lib;
    lib.add(parse_text_article("a.txt", "Same\n\nPublish Date: 2024-01-01\n\nBody.\n"));
    lib.add(parse_text_article("b.txt", "Same\n\nPublish Date: 2024-01-01\n\nOther body.\n"));
    lib.add(parse_text_article("c.txt", "Same\n\nPublish Date: 2024-01-02\n\nBody.\n"));
    CHECK(lib.size() == 2);
}
