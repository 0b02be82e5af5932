#include "core/text/line_breaks.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

using broadsheet::text::is_mandatory_break;
using broadsheet::text::line_break_opportunities;
using broadsheet::text::next_grapheme_break;

namespace {

// The text cut at every opportunity, e.g. "a b" -> {"a ", "b"}.
std::vector<std::string> pieces(std::string_view s) {
    std::vector<std::string> out;
    uint32_t from = 0;
    for (uint32_t o : line_break_opportunities(s)) {
        out.emplace_back(s.substr(from, o - from));
        from = o;
    }
    return out;
}

using V = std::vector<std::string>;

std::string read_fixture(const char* name) {
    std::ifstream in(std::string(BROADSHEET_FIXTURES_DIR) + "/scripts/" + name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("line breaks: Latin breaks after spaces, not inside words, numbers or URLs") {
    CHECK(line_break_opportunities("").empty());
    CHECK(pieces("Hello world") == V{"Hello ", "world"});
    CHECK(pieces("two  spaces") == V{"two  ", "spaces"});
    CHECK(pieces("rose 3.5% to $1,000.") == V{"rose ", "3.5% ", "to ", "$1,000."});
    CHECK(pieces("COVID-19 cases") == V{"COVID-19 ", "cases"});
    CHECK(pieces("well-known") == V{"well-", "known"});
    CHECK(pieces("a -5 b") == V{"a ", "-5 ", "b"});
    CHECK(pieces("e.g. (this) \"quote\" end!") == V{"e.g. ", "(this) ", "\"quote\" ", "end!"});
    // A URL may break after "/" before a word, never inside "example.th" or "https:".
    CHECK(pieces("https://example.th/news/river-cleanup") ==
          V{"https://", "example.th/", "news/", "river-", "cleanup"});
    CHECK(pieces("no break before : ; ! ?") == V{"no ", "break ", "before : ; ! ?"});
}

TEST_CASE("line breaks: newline is mandatory, NBSP glues, soft hyphen breaks after") {
    std::string s = "one\ntwo";
    auto o = line_break_opportunities(s);
    REQUIRE(o.size() == 2);
    CHECK(o[0] == 4);
    CHECK(is_mandatory_break(s, o[0]));
    CHECK_FALSE(is_mandatory_break(s, o[1]));
    CHECK(pieces("10\xC2\xA0km away") == V{"10\xC2\xA0km ", "away"});
    CHECK(pieces("hy\xC2\xADphen") == V{"hy\xC2\xAD", "phen"});
}

TEST_CASE("line breaks: CJK between characters with kinsoku") {
    // Chinese: any two ideographs, but never before ，。 or a closing quote.
    CHECK(pieces("港口城市") == V{"港", "口", "城", "市"});
    CHECK(pieces("宣布，从下") == V{"宣", "布，", "从", "下"});
    CHECK(pieces("个月。负责") == V{"个", "月。", "负", "责"});
    CHECK(pieces("线路“终于”解决") == V{"线", "路", "“终", "于”", "解", "决"});
    // Japanese: not after 「, not before 」、 small kana or ー.
    CHECK(pieces("「図書館」、ショー") == V{"「図", "書", "館」、", "ショー"});
    CHECK(pieces("きょう") == V{"きょ", "う"});
    // Full-width ！？ and （） follow the same rules.
    CHECK(pieces("本当！（注）") == V{"本", "当！", "（注）"});
}

TEST_CASE("line breaks: Hangul keeps words whole and breaks at spaces") {
    CHECK(pieces("시장 상인들이 모였다") == V{"시장 ", "상인들이 ", "모였다"});
}

TEST_CASE("line breaks: Thai, Lao, Khmer, Myanmar at cluster boundaries") {
    // แม่|น้ำ|เจ้า|พระ... : never inside a consonant's vowel/tone stack.
    CHECK(pieces("แม่น้ำ") == V{"แม่", "น้ำ"});
    // A bare final consonant stays with its syllable: ริม, not ริ|ม.
    CHECK(pieces("ริมแม่น้ำ") == V{"ริม", "แม่", "น้ำ"});
    CHECK(pieces("ชาวบ้าน") == V{"ชาว", "บ้าน"});
    // เ-า, ะ and ำ take no final: the next consonant starts a syllable.
    CHECK(pieces("เจ้าพระยา").front() == "เจ้า");
    CHECK(pieces("กว่า") == V{"ก", "ว่า"});
    CHECK(pieces("ខ្មែរ") == V{"ខ្មែ", "រ"});
    CHECK(pieces("ພາສາ") == V{"ພາ", "ສາ"});
    CHECK(pieces("မြန်မာ").size() >= 2);
    // Thai next to a space breaks at the space as well.
    std::string thai = "ถุงพลาสติก ซึ่ง";
    auto o = line_break_opportunities(thai);
    CHECK(std::find(o.begin(), o.end(), static_cast<uint32_t>(thai.find(' ') + 1)) != o.end());
}

TEST_CASE("line breaks: Devanagari, Arabic and Hebrew words stay whole") {
    CHECK(pieces("किसानों ने नई फसल") == V{"किसानों ", "ने ", "नई ", "फसल"});
    CHECK(pieces("الطاقة الشمسية") == V{"الطاقة ", "الشمسية"});
    CHECK(pieces("הרכבת החדשה") == V{"הרכבת ", "החדשה"});
}

TEST_CASE("line breaks: emoji sequences stay whole") {
    // family (ZWJ sequence), thumbs up with skin tone, a flag pair
    CHECK(pieces("👨‍👩‍👧👍🏽🇹🇭🇯🇵") == V{"👨‍👩‍👧", "👍🏽", "🇹🇭", "🇯🇵"});
}

TEST_CASE("line breaks: no line of the Chinese fixture starts with 。 or ，") {
    std::string text = read_fixture("zh-harbor.txt");
    REQUIRE(!text.empty());
    for (uint32_t o : line_break_opportunities(text)) {
        std::string_view rest = std::string_view(text).substr(o);
        CHECK_FALSE(rest.rfind("\xE3\x80\x82", 0) == 0);   // 。
        CHECK_FALSE(rest.rfind("\xEF\xBC\x8C", 0) == 0);   // ，
        CHECK_FALSE(rest.rfind("\xE2\x80\x9D", 0) == 0);   // ”
    }
}

TEST_CASE("next_grapheme_break keeps clusters whole") {
    std::string s = "e\xCC\x81x";   // e + combining acute, x
    CHECK(next_grapheme_break(s, 0) == 3);
    CHECK(next_grapheme_break(s, 3) == 4);
    CHECK(next_grapheme_break(s, 4) == 4);
    std::string thai = "น้ำ";
    CHECK(next_grapheme_break(thai, 0) == 9);   // sara am is a spacing mark (UAX #29)
}
