// Per-script facts shared by the search tokenizer and the line breaker, so
// the words search finds and the places a line may end agree.
//
// Space-less Southeast Asian scripts (Thai, Lao, Khmer, Myanmar, Tai Tham,
// Tai Viet, New Tai Lue; UAX #14 class SA) have no word separator. Without a
// dictionary we cut them into orthographic clusters: a base letter with its
// marks, a Thai/Lao leading vowel with the consonant after it, a following
// vowel such as Thai sara aa / sara am with the letter before it, a Khmer or
// Myanmar subscript (after coeng / virama) with its stack. A cluster never
// splits a syllable's glyph stack; it is shorter than a word.
// What it does not do: dictionary word segmentation (see tokenizer.h).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace broadsheet::text {

// Han ideographs, Hiragana and Katakana (full and half width).
bool is_cjk(int32_t cp);

// Hangul syllables and jamo.
bool is_hangul(int32_t cp);

// A letter, mark or sign of a space-less Southeast Asian script (not its digits).
bool is_southeast_asian(int32_t cp);

// Whether `cp` continues the Southeast Asian cluster whose last code point is
// `prev` (both is_southeast_asian). False means a new cluster starts at `cp`.
bool continues_cluster(int32_t prev, int32_t cp);

// A combining mark that is an accent on Latin, Greek or Cyrillic letters (or
// an optional vowel point in Hebrew and Arabic): search folds it away, so
// "café" finds "cafe". Indic, Thai and other vowel signs are letters of the
// word and are kept ("काम" is not "कम").
bool is_foldable_accent(int32_t cp);

// The code point at byte `i` of `s` and its length in `len`; -1 (length 1)
// for an invalid sequence.
int32_t decode_at(std::string_view s, size_t i, size_t& len);

}  // namespace broadsheet::text
