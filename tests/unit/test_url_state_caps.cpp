// The URL hash is untrusted: huge values are capped (and the caller told),
// invalid UTF-8 becomes U+FFFD, markup stays plain text.
#include "app/url_state.h"

#include <catch2/catch.hpp>

#include <string>

using namespace broadsheet;

TEST_CASE("clip_utf8 keeps short valid text as it is") {
    bool clipped = false;
    CHECK(clip_utf8("caf\xC3\xA9 \xF0\x9F\x93\xB0", 10, &clipped) == "caf\xC3\xA9 \xF0\x9F\x93\xB0");
    CHECK_FALSE(clipped);
    CHECK(clip_utf8("", 0, &clipped).empty());
    CHECK_FALSE(clipped);
}

TEST_CASE("clip_utf8 cuts after max code points, never inside a character") {
    bool clipped = false;
    // 3 characters of 2, 3 and 4 bytes: a cut at 2 keeps the first two whole.
    CHECK(clip_utf8("\xC3\xA9\xE2\x82\xAC\xF0\x9F\x93\xB0", 2, &clipped) == "\xC3\xA9\xE2\x82\xAC");
    CHECK(clipped);
    clipped = false;
    CHECK(clip_utf8("abc", 3, &clipped) == "abc");
    CHECK_FALSE(clipped);
}

TEST_CASE("clip_utf8 replaces each invalid byte with U+FFFD") {
    const std::string kBad = "\xEF\xBF\xBD";
    CHECK(clip_utf8("a\xFF" "b", 10) == "a" + kBad + "b");
    CHECK(clip_utf8("\xC3", 10) == kBad);                             // truncated sequence
    CHECK(clip_utf8("\xC0\xAF", 10) == kBad + kBad);                  // overlong '/'
    CHECK(clip_utf8("\xED\xA0\x80", 10) == kBad + kBad + kBad);       // a UTF-16 surrogate
    CHECK(clip_utf8("\xF4\x90\x80\x80", 10) == kBad + kBad + kBad + kBad);  // past U+10FFFF
    CHECK(clip_utf8("\xE2\x82" "x", 10) == kBad + kBad + "x");        // a cut sequence resumes at the next byte
}

TEST_CASE("a 300,000-character query in the hash is cut to kMaxQueryChars, and the caller is told") {
    std::string hash = "#q=" + std::string(300000, 'a') + "&sort=oldest";
    bool clipped = false;
    ViewState v = decode_view_state(hash, &clipped);
    CHECK(clipped);
    CHECK(v.query == std::string(kMaxQueryChars, 'a'));
    CHECK(v.sort == SortOrder::Oldest);  // the rest of the hash is still read

    clipped = true;
    decode_view_state("#q=short", &clipped);
    CHECK_FALSE(clipped);
}

TEST_CASE("huge article keys and source lists in the hash are capped") {
    bool clipped = false;
    ViewState v = decode_view_state("#a=" + std::string(5000, 'k'), &clipped);
    CHECK(clipped);
    CHECK(v.open_key.size() == kMaxKeyChars);

    std::string many;
    for (size_t i = 0; i < kMaxHashSources + 10; ++i) many += (i ? "," : "") + std::to_string(i);
    clipped = false;
    v = decode_view_state("#src=" + many, &clipped);
    CHECK(clipped);
    CHECK(v.sources.size() == kMaxHashSources);
}

TEST_CASE("invalid UTF-8 percent-escapes in the hash decode to U+FFFD, markup stays text") {
    ViewState v = decode_view_state("#q=%FF%FEcaf%C3%A9%C3");
    CHECK(v.query == "\xEF\xBF\xBD\xEF\xBF\xBD" "caf\xC3\xA9\xEF\xBF\xBD");
    v = decode_view_state("#q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&a=javascript:alert(1)");
    CHECK(v.query == "<script>alert(1)</script>");
    CHECK(v.open_key == "javascript:alert(1)");  // only ever looked up as a key, never opened
    // And it round-trips as data.
    CHECK(decode_view_state(encode_view_state(v)) == v);
}
