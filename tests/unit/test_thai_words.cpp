// Thai word segmentation (core/text/thai_words.h) and its two users: the
// line breaker and the search tokenizer. The word list is a small fixture
// (tests/fixtures/thai/words.txt), not the shipped dictionary.
#include "app/app.h"
#include "core/library.h"
#include "core/parse/parse_file.h"
#include "core/search/search_index.h"
#include "core/search/tokenizer.h"
#include "core/text/line_breaks.h"
#include "core/text/thai_words.h"
#include "fixture_util.h"

#include <catch2/catch.hpp>

#include <memory>

using namespace broadsheet;
using text::ThaiDictionary;
using V = std::vector<std::string>;

namespace {

const ThaiDictionary& fixture_dictionary() {
    static const ThaiDictionary d(test::read_fixture("thai/words.txt"));
    return d;
}

// The pieces of `s` as strings, unknown ones marked "?".
V words(const ThaiDictionary& d, std::string_view s) {
    V out;
    for (const text::ThaiWord& w : d.segment(s)) {
        out.push_back((w.is_known ? "" : "?") + std::string(s.substr(w.begin, w.end - w.begin)));
    }
    return out;
}

V line_pieces(std::string_view s, const ThaiDictionary* d) {
    V out;
    uint32_t from = 0;
    for (uint32_t o : text::line_break_opportunities(s, d)) {
        out.emplace_back(s.substr(from, o - from));
        from = o;
    }
    return out;
}

V terms(std::string_view s, const ThaiDictionary* d) {
    std::vector<search::Token> tokens;
    search::tokenize(s, tokens, 0, d);
    V out;
    for (const search::Token& t : tokens) out.push_back(t.term);
    return out;
}

// Installs a dictionary for one test and puts back what was there.
struct InstalledFor {
    explicit InstalledFor(std::shared_ptr<const ThaiDictionary> d) { text::install_thai_dictionary(std::move(d)); }
    ~InstalledFor() { text::install_thai_dictionary(nullptr); }
};

}  // namespace

TEST_CASE("Thai dictionary: parses a word list, skipping comments, blanks and non-Thai lines") {
    const ThaiDictionary& d = fixture_dictionary();
    CHECK(d.size() == 65);
    CHECK(d.contains("แม่น้ำ"));
    CHECK_FALSE(d.contains("แม่"));
    CHECK_FALSE(d.contains("รีไซเคิล"));
    ThaiDictionary crlf("น้ำ\r\n\r\nhello\r\n# ก\r\nแม่\nแม่");
    CHECK(crlf.size() == 2);
    CHECK(crlf.contains("น้ำ"));
    CHECK(crlf.contains("แม่"));
    CHECK(ThaiDictionary("").size() == 0);
    CHECK(ThaiDictionary(std::string_view("\xff\xfe\n\xe0\xb8", 5)).size() == 0);
}

TEST_CASE("Thai segmentation: known sentences split into dictionary words") {
    const ThaiDictionary& d = fixture_dictionary();
    CHECK(words(d, "ชุมชนริมแม่น้ำร่วมกันเก็บขยะในวันหยุด") ==
          V{"ชุมชน", "ริม", "แม่น้ำ", "ร่วม", "กัน", "เก็บ", "ขยะ", "ใน", "วัน", "หยุด"});
    CHECK(words(d, "ชาวบ้านกว่าสองร้อยคนร่วมกันเก็บขยะริมแม่น้ำเจ้าพระยา") ==
          V{"ชาว", "บ้าน", "กว่า", "สอง", "ร้อย", "คน", "ร่วม", "กัน", "เก็บ", "ขยะ", "ริม", "แม่น้ำ", "เจ้าพระยา"});
    CHECK(words(d, "นักเรียนจากโรงเรียนประถมในพื้นที่ก็มาช่วยด้วย") ==
          V{"นักเรียน", "จาก", "โรงเรียน", "ประถม", "ใน", "พื้นที่", "ก็", "มา", "ช่วย", "ด้วย"});
    CHECK(words(d, "").empty());
}

TEST_CASE("Thai segmentation: fewest words, not greedy longest match") {
    // Greedy longest match takes ตาก and is left with ลม it cannot place;
    // the fewest-unknowns split is ตา|กลม.
    ThaiDictionary d("ตาก\nตา\nกลม\n");
    CHECK(words(d, "ตากลม") == V{"ตา", "กลม"});
    // With both splits known and equally short, the longer first word wins.
    CHECK(words(fixture_dictionary(), "ตากลม") == V{"ตาก", "ลม"});
    // One long word beats two short ones that spell it.
    ThaiDictionary e("โรง\nเรียน\nโรงเรียน\n");
    CHECK(words(e, "โรงเรียน") == V{"โรงเรียน"});
}

TEST_CASE("Thai segmentation: unknown stretches fall back to clusters, never split a cluster") {
    const ThaiDictionary& d = fixture_dictionary();
    // รีไซเคิล (recycle) is not in the list: its clusters, each whole.
    CHECK(words(d, "ไปรีไซเคิลที่โรงงาน") == V{"ไป", "?รี", "?ไซ", "?เคิ", "?ล", "ที่", "โรงงาน"});
    // A word that would end inside a cluster (before a tone mark) is not taken.
    ThaiDictionary cut("แม\n");
    CHECK(words(cut, "แม่") == V{"?แม่"});
    // No dictionary words at all: every cluster is unknown.
    ThaiDictionary empty("");
    CHECK(words(empty, "แม่น้ำ") == V{"?แม่", "?น้ำ"});
}

TEST_CASE("Thai segmentation: mai yamok stays with the word it repeats") {
    CHECK(words(fixture_dictionary(), "เด็กๆได้เรียนรู้") == V{"เด็กๆ", "ได้", "เรียนรู้"});
}

TEST_CASE("Thai line breaks fall at word boundaries with a dictionary") {
    const ThaiDictionary& d = fixture_dictionary();
    CHECK(line_pieces("ชุมชนริมแม่น้ำ", &d) == V{"ชุมชน", "ริม", "แม่น้ำ"});
    // Clusters without one, cutting ชน (a syllable with no written vowel) in two.
    CHECK(line_pieces("ชุมชนริมแม่น้ำ", nullptr) == V{"ชุม", "ช", "น", "ริม", "แม่", "น้ำ"});
    // Spaces, Latin words and mai yamok keep their rules.
    CHECK(line_pieces("ถุงพลาสติก ซึ่ง", &d) == V{"ถุง", "พลาสติก ", "ซึ่ง"});
    CHECK(line_pieces("เด็กๆได้", &d) == V{"เด็กๆ", "ได้"});
    CHECK(line_pieces("ไป Bangkok", &d) == V{"ไป ", "Bangkok"});
    // Between the clusters of an unknown word the cluster rules hold.
    CHECK(line_pieces("ไปรีไซเคิล", &d) == V{"ไป", "รี", "ไซ", "เคิล"});
}

TEST_CASE("Thai line breaks never fall inside a dictionary word of a real paragraph") {
    const ThaiDictionary& d = fixture_dictionary();
    std::string para = test::read_fixture("scripts/th-river.txt");
    para = para.substr(para.find("ผู้จัดงาน"));
    para = para.substr(0, para.find('\n'));
    std::vector<uint32_t> breaks = text::line_break_opportunities(para, &d);
    size_t checked = 0;
    size_t offset = 0;
    while (offset < para.size()) {
        size_t space = para.find(' ', offset);
        size_t run_end = space == std::string::npos ? para.size() : space;
        for (const text::ThaiWord& w : d.segment(std::string_view(para).substr(offset, run_end - offset))) {
            if (!w.is_known) continue;
            for (uint32_t b : breaks) CHECK_FALSE((b > offset + w.begin && b < offset + w.end));
            // A word before a space breaks after the space instead.
            if (offset + w.end < run_end) CHECK(std::count(breaks.begin(), breaks.end(), offset + w.end) == 1);
            ++checked;
        }
        offset = run_end + 1;
    }
    CHECK(checked > 15);
}

TEST_CASE("Thai tokens: dictionary words with a dictionary, cluster bigrams without") {
    const ThaiDictionary& d = fixture_dictionary();
    using search::fold_text;   // NFKC: sara am becomes nikhahit + sara aa
    CHECK(terms("เก็บขยะริมแม่น้ำเจ้าพระยา", &d) == V{"เก็บ", "ขยะ", "ริม", fold_text("แม่น้ำ"), "เจ้าพระยา"});
    CHECK(terms("แม่น้ำ", nullptr) == V{fold_text("แม่น้ำ")});   // two clusters: one bigram
    // Clusters ริ|ม|แม่|น้ำ, three bigrams.
    CHECK(terms("ริมแม่น้ำ", nullptr) == V{"ริม", fold_text("มแม่"), fold_text("แม่น้ำ")});
    // Mai yamok is not part of the term; digits and Latin stay separate terms.
    CHECK(terms("เด็กๆ ปี 2026 news", &d) == V{"เด็ก", "ปี", "2026", "news"});
    // An unknown stretch falls back to cluster bigrams between known words.
    CHECK(terms("ไปรีไซเคิลที่", &d) == V{"ไป", "รีไซ", "ไซเคิ", "เคิล", "ที่"});
    // Lao stays on cluster bigrams even with a Thai dictionary.
    CHECK(terms("ພາສາລາວ", &d) == V{"ພາສາ", "ສາລາ", "ລາວ"});
}

TEST_CASE("Thai search: a word in the middle of a sentence is found through the installed dictionary") {
    InstalledFor guard(std::make_shared<ThaiDictionary>(test::read_fixture("thai/words.txt")));
    Library lib;
    lib.add(parse_file("th-river.txt", test::read_fixture("scripts/th-river.txt")));
    lib.add(parse_file("zh-harbor.txt", test::read_fixture("scripts/zh-harbor.txt")));
    SearchIndex ix;
    ix.add(lib, 0);
    auto sources = [&](std::string_view q) {
        V out;
        for (const Hit& h : ix.search(lib, q).hits) out.push_back(lib.article(h.id).source);
        return out;
    };
    // "โรงงาน" (factory) sits inside "...รีไซเคิลที่โรงงานในจังหวัด...".
    CHECK(sources("โรงงาน") == V{"example.th"});
    // The query is segmented too: two words, found as a phrase of words.
    CHECK(sources("แม่น้ำเจ้าพระยา") == V{"example.th"});
    CHECK(sources("\"แม่น้ำเจ้าพระยา\"") == V{"example.th"});
    // Words are whole: a bigram across two words ("ริมแม่") is no longer a term.
    CHECK(sources("ริมแม่").empty());
    // A word the article does not have finds nothing.
    CHECK(sources("จังหวัดเชียงใหม่").empty());
}

TEST_CASE("App::reindex after the dictionary arrives turns Thai cluster pairs into words") {
    App app;
    app.load_file("th-river.txt", test::read_fixture("scripts/th-river.txt"));
    // Before: cluster pairs, so a pair across two words ("ริม|แม่") matches.
    app.set_query("ริมแม่");
    CHECK(app.listed().size() == 1);
    InstalledFor guard(std::make_shared<ThaiDictionary>(test::read_fixture("thai/words.txt")));
    uint64_t before = app.version();
    app.reindex();
    CHECK(app.version() > before);
    // After: words; the same query is no longer in the text, a word is.
    CHECK(app.listed().empty());
    app.set_query("โรงงาน");
    CHECK(app.listed().size() == 1);
}
