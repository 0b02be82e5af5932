// Which text ImGui cannot draw code point by code point, and which way a
// paragraph runs. Scripts whose letters change shape with their neighbours
// (Arabic joining, Indic conjuncts and vowel signs, Thai/Lao/Khmer/Myanmar/
// Tibetan mark stacking) or run right to left are handed to the browser,
// which shapes and reorders a whole line (src/ui/text_draw.h).
//
// Not implemented: the full Unicode Character Database. The strong-direction
// table covers the letters of the scripts news is written in (Latin, Greek,
// Cyrillic, Armenian, Indic, Southeast Asian, CJK, Hebrew, Arabic, Syriac,
// Thaana, NKo, RTL presentation forms and the SMP right-to-left blocks);
// symbols, punctuation, digits and combining marks count as not strong.
#pragma once

#include <cstdint>
#include <string_view>

namespace broadsheet {

enum class TextDirection : uint8_t { LeftToRight, RightToLeft };

// True when `utf8` holds any code point of Arabic, Hebrew, Syriac, Thaana,
// NKo, the Indic scripts (Devanagari..Malayalam, Sinhala), Thai, Lao,
// Tibetan, Myanmar, Khmer, RTL presentation forms, the SMP RTL blocks, or an
// RLM / RLE / RLO / RLI mark. Invalid UTF-8 bytes are skipped.
bool needs_shaping(std::string_view utf8);

// The paragraph direction by the first strong character (Unicode bidi rules
// P2 and P3): text inside isolates (LRI/RLI/FSI .. PDI) is skipped; R and AL
// give RightToLeft, L gives LeftToRight; no strong character gives `if_none`.
TextDirection paragraph_direction(std::string_view utf8, TextDirection if_none = TextDirection::LeftToRight);

// The bidi class of one code point, reduced to what P2 needs.
enum class StrongClass : uint8_t { None, LeftToRight, RightToLeft };
StrongClass strong_class(uint32_t cp);

}  // namespace broadsheet
