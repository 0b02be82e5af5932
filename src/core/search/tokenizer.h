// Splits UTF-8 text into searchable terms, the same way for documents and
// queries, so whatever the index holds a query can spell.
//
// What it does:
//   - case folding and accent folding with Unicode tables (utf8proc, NFKC +
//     case fold + dropping accents): "Café", "CAFE", "café" all give "cafe";
//     "ß" gives "ss"; full-width and ligature forms fold to plain letters.
//     Only accents are dropped (Latin, Greek, Cyrillic diacritics, Hebrew and
//     Arabic vowel points; text::is_foldable_accent): Devanagari, Thai and
//     other vowel signs and Japanese dakuten are kept, so "काम" is not "कम".
//   - numbers and joined words stay searchable as a whole and by part:
//     "COVID-19" gives the compound "covid-19" plus the parts "covid" and
//     "19"; "3.5%" gives "3.5%" plus "3.5"; "$1bn" gives "$1bn" plus "1bn";
//     thousands separators are dropped ("155,221" -> "155221").
//   - apostrophes: a trailing possessive goes ("Reuters'", "company's" ->
//     "company"), inner ones are dropped ("o'brien" -> "obrien").
//   - CJK (Han, Hiragana, Katakana) runs become overlapping bigrams, a lone
//     CJK character a unigram.
//   - Thai with a dictionary (text/thai_words.h): each word is a term, the
//     same for document and query, so "แม่น้ำ" in "...ริมแม่น้ำเจ้าพระยา..."
//     is found; mai yamok ("ๆ") is dropped from the term; a stretch the
//     dictionary does not cover falls back to cluster bigrams.
//   - Thai without a dictionary, Lao, Khmer, Myanmar (and Tai scripts): runs
//     are cut into clusters (text/scripts.h: a consonant with its vowels and
//     tone marks) and become overlapping cluster bigrams the same way as CJK,
//     so a word in the middle of a sentence is found as a phrase of bigrams.
//   - invalid UTF-8 bytes are separators; terms longer than 64 bytes are
//     skipped (they still take a position).
// What it does not do: dictionary word segmentation for Lao/Khmer/Myanmar
// (bigrams also match across a word boundary, as for CJK; a one-cluster
// query only finds one-cluster runs); parts of a Thai compound the
// dictionary lists whole (the compound is one term); stemming (see Stemmer; the
// index stems words it flags is_stemmable).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace broadsheet::text {
class ThaiDictionary;
}

namespace broadsheet::search {

struct Token {
    std::string term;        // folded form
    uint32_t position = 0;   // word ordinal in the field; a compound shares its first part's
    uint32_t begin = 0;      // byte range [begin, end) in the tokenized text
    uint32_t end = 0;
    bool is_compound = false;   // the whole of "covid-19" / "3.5%"; its parts follow it
    bool is_stemmable = false;  // ASCII letters only: worth passing to the stemmer
};

constexpr size_t kMaxTermBytes = 64;

// Appends the tokens of `text` to `out`; positions start at `first_position`.
// Returns the next free position (first_position + number of words).
// Thai is segmented with the installed dictionary (text::installed_thai_dictionary).
uint32_t tokenize(std::string_view text, std::vector<Token>& out, uint32_t first_position = 0);

// The same with an explicit Thai dictionary; nullptr: Thai as cluster bigrams.
uint32_t tokenize(std::string_view text, std::vector<Token>& out, uint32_t first_position,
                  const text::ThaiDictionary* thai);

// Folds a whole string the way terms are folded (case, accents, NFKC) but
// keeps every character: used for substring filters such as source:/author:.
std::string fold_text(std::string_view text);

}  // namespace broadsheet::search
