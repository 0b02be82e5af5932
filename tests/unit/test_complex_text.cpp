#include "core/text/complex_text.h"

#include <catch2/catch.hpp>

#include <string>

using namespace broadsheet;

TEST_CASE("needs_shaping: complex and right-to-left scripts go to the browser, the rest to ImGui") {
    CHECK(needs_shaping("\xD8\xA7\xD9\x81\xD8\xAA\xD8\xAA\xD8\xA7\xD8\xAD"));        // Arabic افتتاح
    CHECK(needs_shaping("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D"));                        // Hebrew שלום
    CHECK(needs_shaping("\xE0\xA4\xB9\xE0\xA4\xBF\xE0\xA4\x82\xE0\xA4\xA6\xE0\xA5\x80"));  // Devanagari हिंदी
    CHECK(needs_shaping("\xE0\xB8\xA0\xE0\xB8\xB2\xE0\xB8\xA9\xE0\xB8\xB2"));        // Thai ภาษา
    CHECK(needs_shaping("\xE0\xBA\xA5\xE0\xBA\xB2\xE0\xBA\xA7"));                    // Lao ລາວ
    CHECK(needs_shaping("\xE1\x9E\x81\xE1\x9F\x92\xE1\x9E\x98\xE1\x9F\x82\xE1\x9E\x9A"));  // Khmer ខ្មែរ
    CHECK(needs_shaping("\xE1\x80\x99\xE1\x80\xBC\xE1\x80\x94\xE1\x80\xBA"));        // Myanmar မြန်
    CHECK(needs_shaping("\xE0\xBD\x96\xE0\xBD\xBC\xE0\xBD\x91"));                    // Tibetan བོད
    CHECK(needs_shaping("\xE0\xAE\xA4\xE0\xAE\xAE\xE0\xAE\xBF\xE0\xAE\xB4\xE0\xAF\x8D"));  // Tamil தமிழ்
    CHECK(needs_shaping("\xEF\xBB\xB7"));                                            // Arabic presentation form ﻷ
    CHECK(needs_shaping("\xDC\x90"));                                                // Syriac ܐ
    CHECK(needs_shaping("\xDE\x80"));                                                // Thaana ހ
    CHECK(needs_shaping("Power plant \xD9\x85\xD8\xAD\xD8\xB7\xD8\xA9 opens"));      // one Arabic word in English

    CHECK_FALSE(needs_shaping(""));
    CHECK_FALSE(needs_shaping("The tram line reopened in 2026."));
    CHECK_FALSE(needs_shaping("Caf\xC3\xA9 \xC3\xBC\xC3\x9F \xC5\x93"));              // Latin-1 and Extended
    CHECK_FALSE(needs_shaping("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0"));  // Cyrillic Москва
    CHECK_FALSE(needs_shaping("\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1"));          // Greek Αθήνα
    CHECK_FALSE(needs_shaping("\xE4\xB8\xAD\xE6\x96\x87 \xE3\x81\xB2\xE3\x82\x89\xE3\x81\x8C\xE3\x81\xAA \xED\x95\x9C"));  // CJK
    CHECK_FALSE(needs_shaping("\xF0\x9F\x8E\x89 party"));                            // emoji
}

TEST_CASE("needs_shaping survives broken UTF-8") {
    CHECK_FALSE(needs_shaping(std::string("\xD6", 1)));         // a lead byte at the end
    CHECK_FALSE(needs_shaping(std::string("\xE0\xA4", 2)));     // a cut Devanagari sequence
    CHECK_FALSE(needs_shaping("\xFF\xFE\x80\x80"));
    CHECK(needs_shaping("\xFF\xD8\xA7"));                       // a bad byte, then Arabic
}

TEST_CASE("paragraph_direction: the first strong character decides (UBA P2, P3)") {
    using D = TextDirection;
    CHECK(paragraph_direction("Hello") == D::LeftToRight);
    CHECK(paragraph_direction("\xD8\xA7\xD9\x84\xD8\xB7\xD8\xA7\xD9\x82\xD8\xA9") == D::RightToLeft);  // الطاقة
    CHECK(paragraph_direction("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D") == D::RightToLeft);
    // Digits, punctuation and spaces are not strong: the Arabic word after them decides.
    CHECK(paragraph_direction("300 \xD9\x85\xD9\x8A\xD8\xBA\xD8\xA7\xD9\x88\xD8\xA7\xD8\xB7") == D::RightToLeft);
    CHECK(paragraph_direction("\xE2\x80\x9C\xD7\x90\xE2\x80\x9D") == D::RightToLeft);   // “א”
    // An English name first makes the paragraph left to right, whatever follows.
    CHECK(paragraph_direction("Solar Gulf \xD8\xB3\xD8\xAA\xD8\xAA\xD9\x88\xD9\x84\xD9\x89") == D::LeftToRight);
    // Arabic-Indic digits are AN, not strong.
    CHECK(paragraph_direction("\xD9\xA3\xD9\xA0\xD9\xA0 MW") == D::LeftToRight);
    // Harakat (NSM) before a letter are not strong either.
    CHECK(paragraph_direction("\xD9\x8E\xD8\xA8") == D::RightToLeft);
    // Indic, Thai, CJK, Cyrillic, Greek letters are L.
    CHECK(paragraph_direction("\xE0\xA4\xB9\xE0\xA4\xBF") == D::LeftToRight);
    CHECK(paragraph_direction("\xE0\xB8\xA0\xE0\xB8\xB2") == D::LeftToRight);
    CHECK(paragraph_direction("\xE4\xB8\xAD") == D::LeftToRight);
    CHECK(paragraph_direction("\xD0\x9C") == D::LeftToRight);
    CHECK(paragraph_direction("\xCE\x91") == D::LeftToRight);
    // Marks: LRM / RLM are strong.
    CHECK(paragraph_direction("\xE2\x80\x8F" "123") == D::RightToLeft);
    CHECK(paragraph_direction("\xE2\x80\x8E" "\xD7\x90") == D::LeftToRight);
}

TEST_CASE("paragraph_direction: no strong character gives the fallback; isolates are skipped") {
    using D = TextDirection;
    CHECK(paragraph_direction("") == D::LeftToRight);
    CHECK(paragraph_direction("2026-10-13, 11:00") == D::LeftToRight);
    CHECK(paragraph_direction("2026 \xF0\x9F\x8E\x89 !", D::RightToLeft) == D::RightToLeft);
    // LRI "English" PDI, then Hebrew: the isolate is skipped (P2), Hebrew decides.
    CHECK(paragraph_direction("\xE2\x81\xA6" "English" "\xE2\x81\xA9" " \xD7\x90") == D::RightToLeft);
    // An unterminated isolate hides the rest.
    CHECK(paragraph_direction("\xE2\x81\xA7" "\xD7\x90", D::LeftToRight) == D::LeftToRight);
}

TEST_CASE("strong_class on single code points") {
    CHECK(strong_class('A') == StrongClass::LeftToRight);
    CHECK(strong_class('5') == StrongClass::None);
    CHECK(strong_class(0x05D0) == StrongClass::RightToLeft);   // Hebrew alef
    CHECK(strong_class(0x05B4) == StrongClass::None);          // Hebrew point hiriq (NSM)
    CHECK(strong_class(0x0627) == StrongClass::RightToLeft);   // Arabic alef
    CHECK(strong_class(0x0660) == StrongClass::None);          // Arabic-Indic zero (AN)
    CHECK(strong_class(0x060C) == StrongClass::None);          // Arabic comma (CS)
    CHECK(strong_class(0xFEFB) == StrongClass::RightToLeft);   // lam-alef ligature form
    CHECK(strong_class(0x0301) == StrongClass::None);          // combining acute
    CHECK(strong_class(0x1F600) == StrongClass::None);         // emoji
    CHECK(strong_class(0x3042) == StrongClass::LeftToRight);   // hiragana a
    CHECK(strong_class(0x3002) == StrongClass::None);          // ideographic full stop
}
