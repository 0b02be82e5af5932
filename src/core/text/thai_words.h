// Thai word segmentation with a dictionary: Thai has no spaces between
// words, so where a line may end and what search indexes as a word both need
// a word list. The list ships as a separate asset (built from Debian's
// libthai word lists, scripts/build-thai-dictionary.sh) that the web app
// fetches only when an article contains Thai.
//
// What it does: maximal matching over Thai character clusters (text/
// scripts.h: a word never ends inside a cluster), choosing by dynamic
// programming the split with the fewest unknown clusters, then the fewest
// words, then the longest first word (as libthai and ICU do). A stretch no
// word covers stays as single unknown clusters. Mai yamok "ๆ" (repeat the
// word) sticks to the word before it.
// What it does not do: Lao, Khmer, Myanmar (no dictionary: they stay on
// clusters), frequency-ranked choice between equally short splits, names
// and loanwords the list lacks (they come out as unknown clusters).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace broadsheet::text {

// A Thai letter, vowel or tone mark (U+0E01..U+0E4E, not digits or ๏ ๚ ๛):
// the characters a Thai word is made of.
bool is_thai_letter(int32_t cp);

// Whether `utf8` holds a Thai letter (a quick byte scan: U+0E01..U+0E4E
// encode as E0 B8 81 .. E0 B9 8E).
bool has_thai(std::string_view utf8);

// One piece of a segmented Thai run: bytes [begin, end) of the text given.
struct ThaiWord {
    uint32_t begin = 0;
    uint32_t end = 0;
    bool is_known = false;   // a dictionary word; false: one cluster of an unknown stretch
};

// An immutable word list. Cheap to share (const after construction).
class ThaiDictionary {
public:
    // Parses a UTF-8 word list: one word per line ('\n' or "\r\n"), any
    // order; empty lines and lines starting with '#' are skipped, so are
    // lines that are not all Thai letters. Never fails: bad bytes give fewer words.
    explicit ThaiDictionary(std::string_view bytes);

    size_t size() const { return m_words.size(); }
    bool contains(std::string_view word) const;

    // Segments `run`, which should be Thai letters only (is_thai_letter; other
    // bytes become unknown pieces). The pieces cover `run` in order.
    std::vector<ThaiWord> segment(std::string_view run) const;

private:
    struct Entry {
        uint32_t offset;
        uint32_t length;
    };
    std::string_view word(const Entry& e) const { return std::string_view(m_bytes).substr(e.offset, e.length); }

    static constexpr size_t kFirstLetters = 0x50;   // U+0E00..U+0E4F
    static size_t first_letter(std::string_view word);

    std::string m_bytes;
    std::vector<Entry> m_words;   // sorted bytewise, unique
    std::vector<uint32_t> m_first;   // [m_first[c], m_first[c + 1]): the words starting with U+0E00 + c
};

// The process-wide dictionary the tokenizer and the line breaker use when
// not handed one. One slot on purpose: the index and every query must
// segment Thai with the same list (or a word indexed one way is searched
// another), and they are reached from many call sites (index build, query
// parse, snippets, reader layout) that should not each carry a pointer.
// The wasm app is single-threaded; natively, install before tokenizing on
// other threads. `version` rises on each install, so the app knows to rebuild
// its index and re-layout.
void install_thai_dictionary(std::shared_ptr<const ThaiDictionary> dictionary);
const ThaiDictionary* installed_thai_dictionary();
uint32_t thai_dictionary_version();

}  // namespace broadsheet::text
