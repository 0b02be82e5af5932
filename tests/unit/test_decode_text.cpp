#include "core/parse/decode_text.h"

#include "fixture_util.h"

#include <catch2/catch.hpp>

using namespace broadsheet;
using broadsheet::test::read_fixture;

TEST_CASE("valid UTF-8 passes through unchanged") {
    DecodedText d = decode_text("Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x93\xB0\n");
    CHECK(d.encoding == SourceEncoding::Utf8);
    CHECK(d.replaced == 0);
    CHECK(d.utf8 == "Caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x93\xB0\n");
}

TEST_CASE("a UTF-8 BOM is dropped") {
    DecodedText d = decode_text(read_fixture("encoding/utf8-bom.txt"));
    CHECK(d.encoding == SourceEncoding::Utf8Bom);
    CHECK(d.utf8 == "BOM title\n\nBody after a BOM.\n");
}

TEST_CASE("CRLF and lone CR become LF") {
    CHECK(decode_text("a\r\nb\rc\n\r\r\nd").utf8 == "a\nb\nc\n\n\nd");
    CHECK(decode_text(read_fixture("encoding/cr-only.txt")).utf8 ==
          "Old Mac title\n\nOne paragraph\nwrapped.\n\nSecond.\n\nSource\n");
}

TEST_CASE("UTF-16 with a BOM is converted, both byte orders") {
    const std::string expected = "Z\xC3\xBCrich news \xF0\x9F\x93\xB0\n\nGr\xC3\xBC\xC3\x9F" "e aus Z\xC3\xBCrich.\n";
    DecodedText le = decode_text(read_fixture("encoding/utf16le-bom.txt"));
    CHECK(le.encoding == SourceEncoding::Utf16Le);
    CHECK(le.utf8 == expected);  // CRLF normalised too
    DecodedText be = decode_text(read_fixture("encoding/utf16be-bom.txt"));
    CHECK(be.encoding == SourceEncoding::Utf16Be);
    CHECK(be.utf8 == expected);
}

TEST_CASE("broken UTF-16 becomes U+FFFD, counted") {
    SECTION("an unpaired high surrogate") {
        DecodedText d = decode_text(std::string("\xFF\xFE\x00\xD8\x41\x00", 6));
        CHECK(d.utf8 == "\xEF\xBF\xBD" "A");
        CHECK(d.replaced == 1);
    }
    SECTION("an odd last byte") {
        DecodedText d = decode_text(std::string("\xFE\xFF\x00\x41\x42", 5));
        CHECK(d.utf8 == "A\xEF\xBF\xBD");
        CHECK(d.replaced == 1);
    }
}

TEST_CASE("invalid UTF-8 that reads cleanly as Windows-1252 is decoded as Windows-1252") {
    DecodedText d = decode_text(read_fixture("encoding/cp1252.txt"));
    CHECK(d.encoding == SourceEncoding::Windows1252);
    CHECK(d.replaced == 0);
    CHECK(d.utf8 ==
          "Caf\xC3\xA9 prices rise\n\nThe \xE2\x80\x9C" "best\xE2\x80\x9D coffee costs \xE2\x82\xAC 3 "
          "\xE2\x80\x93 up 10%.\n");
}

TEST_CASE("otherwise invalid bytes become U+FFFD and nothing is dropped") {
    SECTION("valid UTF-8 sequences next to a bad byte rule out Windows-1252") {
        DecodedText d = decode_text(read_fixture("encoding/mixed-invalid.txt"));
        CHECK(d.encoding == SourceEncoding::Utf8WithReplacements);
        CHECK(d.replaced == 1);
        CHECK(d.utf8 == "Broken bytes\n\nValid \xE2\x80\x9Cquote\xE2\x80\x9D then a bad byte \xEF\xBF\xBD here.\n");
    }
    SECTION("a byte Windows-1252 leaves undefined rules it out") {
        DecodedText d = decode_text("caf\xE9 \x81");
        CHECK(d.encoding == SourceEncoding::Utf8WithReplacements);
        CHECK(d.utf8 == "caf\xEF\xBF\xBD \xEF\xBF\xBD");
        CHECK(d.replaced == 2);
    }
}

TEST_CASE("UTF-8 validation rejects overlongs, surrogates and code points above U+10FFFF") {
    CHECK(is_valid_utf8("plain ascii"));
    CHECK(is_valid_utf8("\xF4\x8F\xBF\xBF"));
    CHECK_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
    CHECK_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong
    CHECK_FALSE(is_valid_utf8("\xED\xA0\x80"));      // surrogate
    CHECK_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // above U+10FFFF
    CHECK_FALSE(is_valid_utf8("\xE2\x80"));          // cut short
    std::string out;
    CHECK(repair_utf8("a\xE2\x80", out) == 2);
    CHECK(out == "a\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("UTF-16 without a BOM is recognised by its zero bytes") {
    for (const char* f : {"encoding/utf16le-nobom.txt", "encoding/utf16be-nobom.txt"}) {
        DecodedText d = decode_text(read_fixture(f));
        CHECK(d.utf8 == "No BOM here\n\nBut UTF-16 all the same.\n");
    }
    bool is_le = false;
    CHECK_FALSE(looks_like_utf16_without_bom("plain ASCII text, no zeros", is_le));
    CHECK_FALSE(looks_like_utf16_without_bom(std::string("ab\0cd\0ef\0gh\0", 12), is_le));  // zeros at odd
                                                                                          // and even spots
}
