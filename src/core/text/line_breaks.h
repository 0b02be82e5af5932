// Where a line of text may end, per script: a compact subset of UAX #14
// (Unicode line breaking) good enough for news, over utf8proc's tables.
//
// What it does:
//   - breaks after spaces (the spaces hang: callers trim them off the line);
//     a newline is a mandatory break (is_mandatory_break).
//   - no break inside a Latin/Greek/Cyrillic/Arabic/Hebrew/Indic word, a number
//     ("3.5%", "$1,000", "-5"), before closing or after opening punctuation,
//     around quotes, before "!?,.:;/" or a hyphen; a break after a hyphen or
//     dash followed by a letter ("well-|known"), and after "/" before a
//     letter in a URL, as browsers do.
//   - Han and kana break between any two characters, with Japanese/Chinese
//     kinsoku: never before 、。，．」』）！？ and the like or small kana and
//     ー々ゝ, never after 「『（ and the like.
//   - Hangul breaks only at spaces (CSS word-break: keep-all, what Korean
//     news sites set), not between syllables; a word wider than the line is
//     cut by the caller at grapheme boundaries.
//   - Thai with a dictionary (text/thai_words.h): between words only; in a
//     stretch the dictionary does not know, between clusters as below.
//   - Thai without a dictionary, Lao, Khmer, Myanmar: between the clusters of
//     text/scripts.h; in Thai a bare final consonant stays with the syllable
//     before it ("ริม").
//   - emoji break like ideographs; ZWJ sequences, skin tones and flags stay whole.
// What it does not do: dictionary word breaks for Lao, Khmer, Myanmar
// (clusters are shorter than words, so a line may end mid-word, though never
// inside a syllable's glyph stack), hyphenation, UAX #14 rules for
// Ethiopic/Hebrew-hyphen niceties, East Asian Width tailoring.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace broadsheet::text {

class ThaiDictionary;

// Byte offsets where a line may end, ascending, each after the last byte of
// the line (so after its trailing spaces); text.size() is always the last one
// when the text is not empty. Invalid UTF-8 bytes break like letters.
// Thai words come from the installed dictionary (text::installed_thai_dictionary).
std::vector<uint32_t> line_break_opportunities(std::string_view utf8);

// The same with an explicit Thai dictionary; nullptr: Thai breaks between clusters.
std::vector<uint32_t> line_break_opportunities(std::string_view utf8, const ThaiDictionary* thai);

// Whether the break at `offset` (one of the above) must be taken: it follows a newline.
inline bool is_mandatory_break(std::string_view utf8, uint32_t offset) {
    return offset > 0 && offset <= utf8.size() && (utf8[offset - 1] == '\n' || utf8[offset - 1] == '\r');
}

// The byte offset of the next grapheme-cluster boundary after `offset` (at
// most text.size()): where a word too wide for any line can be cut.
uint32_t next_grapheme_break(std::string_view utf8, uint32_t offset);

}  // namespace broadsheet::text
