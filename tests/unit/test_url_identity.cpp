#include "core/parse/url_identity.h"

#include <catch2/catch.hpp>

using namespace broadsheet;

TEST_CASE("a URL that needs no normalisation comes back byte for byte") {
    for (const char* url : {"https://a.example/news/2024/story", "http://a.example/p?id=7&page=2",
                            "https://a.example/", "https://a.example/A/B?Q=X%20Y"}) {
        CHECK(normalize_url_identity(url) == url);
    }
}

TEST_CASE("scheme and host are compared without case, the path keeps its case") {
    CHECK(normalize_url_identity("HTTPS://News.Example.COM/Story") == "https://news.example.com/Story");
    CHECK(normalize_url_identity("https://user:Pw@A.example/x") == "https://user:Pw@a.example/x");
}

TEST_CASE("the default port is dropped, any other port kept") {
    CHECK(normalize_url_identity("http://a.example:80/x") == "http://a.example/x");
    CHECK(normalize_url_identity("https://a.example:443/x") == "https://a.example/x");
    CHECK(normalize_url_identity("https://a.example:8443/x") == "https://a.example:8443/x");
    CHECK(normalize_url_identity("http://a.example:443/x") == "http://a.example:443/x");
    CHECK(normalize_url_identity("https://[::1]:443/x") == "https://[::1]/x");
    CHECK(normalize_url_identity("https://[::1]/x") == "https://[::1]/x");
}

TEST_CASE("one trailing slash and the fragment do not make another page") {
    CHECK(normalize_url_identity("https://a.example/story/") == "https://a.example/story");
    CHECK(normalize_url_identity("https://a.example") == "https://a.example/");
    CHECK(normalize_url_identity("https://a.example?x=1") == "https://a.example/?x=1");
    CHECK(normalize_url_identity("https://a.example/story#comments") == "https://a.example/story");
    CHECK(normalize_url_identity("https://a.example/story/?id=1#top") == "https://a.example/story?id=1");
}

TEST_CASE("tracking parameters are removed, the others kept in their order") {
    CHECK(normalize_url_identity("https://a.example/s?utm_source=x&utm_medium=email") == "https://a.example/s");
    CHECK(normalize_url_identity("https://a.example/s?b=2&UTM_Campaign=z&a=1&fbclid=abc") ==
          "https://a.example/s?b=2&a=1");
    CHECK(normalize_url_identity("https://a.example/s?gclid=1&mc_cid=2&mc_eid=3&id=9") == "https://a.example/s?id=9");
    CHECK(normalize_url_identity("https://a.example/s?id=9&&") == "https://a.example/s?id=9");
    // A parameter that merely contains a tracking name is kept.
    CHECK(normalize_url_identity("https://a.example/s?not_utm_x=1&fbclidx=2") ==
          "https://a.example/s?not_utm_x=1&fbclidx=2");
}

TEST_CASE("spellings of one page agree") {
    std::string want = normalize_url_identity("https://news.example/2024/story");
    for (const char* url : {"HTTPS://NEWS.EXAMPLE/2024/story/", "https://news.example:443/2024/story#x",
                            "https://news.example/2024/story?utm_source=rss&fbclid=1"}) {
        CHECK(normalize_url_identity(url) == want);
    }
    CHECK(normalize_url_identity("http://news.example/2024/story") != want);  // scheme differs
    CHECK(normalize_url_identity("https://news.example/2024/Story") != want); // path case matters
}

TEST_CASE("other schemes and broken URLs come back unchanged") {
    CHECK(normalize_url_identity("mailto:A@B.example") == "mailto:A@B.example");
    CHECK(normalize_url_identity("not a url") == "not a url");
    CHECK(normalize_url_identity("") == "");
    CHECK(normalize_url_identity("ftp://A.example/") == "ftp://A.example/");
}
