#include "core/parse/html_patterns.h"

#include <catch2/catch.hpp>

using namespace broadsheet;

TEST_CASE("class and id patterns match like Readability's regular expressions") {
    CHECK(is_unlikely("sidebar-left"));
    CHECK(is_unlikely("comment-list"));
    CHECK_FALSE(is_unlikely("story-body"));
    CHECK(is_maybe_candidate("main-column"));
    CHECK(is_positive("article-content"));
    CHECK(is_negative("share-tools"));
    CHECK(is_negative("hid"));
    CHECK(is_negative("x hid y"));
    CHECK_FALSE(is_negative("hidalgo"));
    CHECK(is_byline_name("author-name"));
    CHECK(is_unlikely_role("navigation"));
    CHECK_FALSE(is_unlikely_role("main"));
}

TEST_CASE("share boxes match on word boundaries only") {
    CHECK(is_share_name("share"));
    CHECK(is_share_name("post-share bar"));
    CHECK(is_share_name("sharedaddy"));
    CHECK(is_share_name("social_share"));
    CHECK_FALSE(is_share_name("shareholders"));
    CHECK_FALSE(is_share_name("timeshare"));
}
