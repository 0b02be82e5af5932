#include "app/url_state.h"

#include <catch2/catch.hpp>

using namespace broadsheet;

TEST_CASE("a default view encodes to an empty hash") {
    CHECK(encode_view_state(ViewState{}).empty());
    CHECK(decode_view_state("") == ViewState{});
    CHECK(decode_view_state("#") == ViewState{});
}

TEST_CASE("every part of the view round-trips through the hash") {
    ViewState v;
    v.query = "\"tram line\" caf\xC3\xA9 & more";
    v.sources = {"a.example", "odd,name"};
    v.days.first_day = 19723;  // 2024-01-01
    v.days.last_day = 19753;
    v.marks = MarkFilter::Starred;
    v.sort = SortOrder::Oldest;
    v.open_key = "0123456789abcdef";
    std::string hash = encode_view_state(v);
    CHECK(hash.find(' ') == std::string::npos);
    CHECK(hash.find("from=2024-01-01") != std::string::npos);
    CHECK(decode_view_state("#" + hash) == v);
}

TEST_CASE("malformed hashes are read as far as they make sense") {
    ViewState v = decode_view_state("#q=ok&sort=sideways&from=not-a-date&junk&show=unread&q2=x&%zz=1");
    CHECK(v.query == "ok");
    CHECK(v.sort == SortOrder::Newest);
    CHECK_FALSE(v.days.first_day);
    CHECK(v.marks == MarkFilter::Unread);
    CHECK(percent_decode("100%") == "100%");
    CHECK(percent_decode("a+b%20c") == "a b c");
}
