// Search over the per-script fixtures: words in the middle of Thai sentences
// (no spaces) are found, and Hindi vowel signs keep words apart.
#include "core/library.h"
#include "core/parse/parse_file.h"
#include "core/search/search_index.h"
#include "fixture_util.h"

#include <catch2/catch.hpp>

using namespace broadsheet;

namespace {

struct Loaded {
    Library lib;
    SearchIndex ix;
};

void load(Loaded& l) {
    for (const char* name : {"th-river.txt", "hi-monsoon.txt", "zh-harbor.txt"}) {
        l.lib.add(parse_file(name, test::read_fixture(std::string("scripts/") + name)));
    }
    l.ix.add(l.lib, 0);
}

std::vector<std::string> sources(Loaded& l, std::string_view q) {
    std::vector<std::string> out;
    for (const Hit& h : l.ix.search(l.lib, q).hits) out.push_back(l.lib.article(h.id).source);
    return out;
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("a Thai word in the middle of a sentence is found") {
    Loaded l;
    load(l);
    REQUIRE(l.lib.size() == 3);
    // "แม่น้ำ" (river) inside "...ขยะริมแม่น้ำเจ้าพระยาเมื่อ...", no spaces around it.
    CHECK(sources(l, "แม่น้ำ") == V{"example.th"});
    // "พลาสติก" (plastic) and "โรงงาน" (factory) from the middle of the second paragraph.
    CHECK(sources(l, "พลาสติก") == V{"example.th"});
    CHECK(sources(l, "โรงงาน") == V{"example.th"});
    // Two Thai words, ANDed.
    CHECK(sources(l, "นักเรียน สิ่งแวดล้อม") == V{"example.th"});
    // A Thai word that is not there ("hospital") finds nothing.
    CHECK(sources(l, "โรงพยาบาล").empty());
    // Snippets highlight the Thai match.
    SearchResult r = l.ix.search(l.lib, "แม่น้ำ");
    REQUIRE(r.hits.size() == 1);
    CHECK(!r.hits[0].snippet.highlights.empty());
}

TEST_CASE("Hindi words keep their vowel signs") {
    Loaded l;
    load(l);
    CHECK(sources(l, "किसानों") == V{"example.in"});
    CHECK(sources(l, "बुवाई") == V{"example.in"});
    // "बाद" (after) is in the article; "बद" (bad) differs only by the vowel sign
    // and must not match it (mark stripping used to fold both to "बद").
    CHECK(sources(l, "बाद") == V{"example.in"});
    CHECK(sources(l, "बद").empty());
}

TEST_CASE("Chinese words are still found, across the fixtures") {
    Loaded l;
    load(l);
    CHECK(sources(l, "夜间公交") == V{"example.cn"});
    CHECK(sources(l, "码头") == V{"example.cn"});
}
