#include "core/search/stemmer.h"
#include "core/search/tokenizer.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace broadsheet::search;

namespace {

std::vector<std::string> terms(std::string_view text) {
    std::vector<Token> tokens;
    tokenize(text, tokens);
    std::vector<std::string> out;
    for (const Token& t : tokens) out.push_back(t.term);
    return out;
}

}  // namespace

TEST_CASE("tokenizer folds case and accents") {
    CHECK(terms("Café CAFÉ cafe") == std::vector<std::string>{"cafe", "cafe", "cafe"});
    CHECK(terms("Straße Ærø") == std::vector<std::string>{"strasse", "ærø"});
    CHECK(terms("ＦＵＬＬ width") == std::vector<std::string>{"full", "width"});
    CHECK(terms("Ελληνικά МОСКВА") == std::vector<std::string>{"ελληνικα", "москва"});
}

TEST_CASE("tokenizer keeps numbers and hyphenated words searchable whole and by part") {
    CHECK(terms("COVID-19") == std::vector<std::string>{"covid-19", "covid", "19"});
    CHECK(terms("rose 3.5% to $1bn") ==
          std::vector<std::string>{"rose", "3.5%", "3.5", "to", "$1bn", "1bn"});
    CHECK(terms("155,221 bags") == std::vector<std::string>{"155221", "bags"});
    CHECK(terms("end. Next, 3") == std::vector<std::string>{"end", "next", "3"});
    CHECK(terms("well - known -- dash-") == std::vector<std::string>{"well", "known", "dash"});
}

TEST_CASE("tokenizer gives compounds the position of their first part") {
    std::vector<Token> tokens;
    uint32_t next = tokenize("the COVID-19 wave", tokens);
    REQUIRE(tokens.size() == 5);
    CHECK(next == 4);
    CHECK(tokens[1].is_compound);
    CHECK(tokens[1].position == 1);
    CHECK(tokens[2].position == 1);
    CHECK(tokens[3].position == 2);
    CHECK(tokens[4].position == 3);
    CHECK(tokens[1].begin == 4);
    CHECK(tokens[1].end == 12);
}

TEST_CASE("tokenizer handles apostrophes") {
    CHECK(terms("company's O'Brien Reuters' don’t") ==
          std::vector<std::string>{"company", "obrien", "reuters", "dont"});
}

TEST_CASE("tokenizer splits CJK runs into overlapping bigrams") {
    CHECK(terms("東京都") == std::vector<std::string>{"東京", "京都"});
    CHECK(terms("日 本") == std::vector<std::string>{"日", "本"});
    CHECK(terms("in 東京 now") == std::vector<std::string>{"in", "東京", "now"});
}

TEST_CASE("tokenizer byte ranges point at the original text") {
    std::string text = "Ünïcode café";
    std::vector<Token> tokens;
    tokenize(text, tokens);
    REQUIRE(tokens.size() == 2);
    CHECK(text.substr(tokens[1].begin, tokens[1].end - tokens[1].begin) == "café");
}

TEST_CASE("tokenizer survives invalid UTF-8 and long junk") {
    CHECK(terms("ab\xFF\xFE" "cd \xE2\x82") == std::vector<std::string>{"ab", "cd"});
    CHECK(terms(std::string(100, 'x') + " ok") == std::vector<std::string>{"ok"});
    CHECK(terms("").empty());
    CHECK(terms("--- ... !!!").empty());
}

TEST_CASE("stemmer reduces English words and leaves others alone") {
    Stemmer s;
    CHECK(s.stem("running") == "run");
    CHECK(s.stem("companies") == "compani");
    CHECK(s.stem("company") == "compani");
    CHECK(s.stem("prices") == "price");
    CHECK(s.stem("") == "");
}

TEST_CASE("fold_text keeps every character") {
    CHECK(fold_text("WWW.Example.COM") == "www.example.com");
    CHECK(fold_text("José Müller") == "jose muller");
}

TEST_CASE("tokenizer keeps Indic and Thai vowel signs, folds only accents") {
    // Devanagari vowel signs are letters of the word: kaam (work) is not kam (less).
    CHECK(terms("काम") == std::vector<std::string>{"काम"});
    CHECK(terms("काम") != terms("कम"));
    CHECK(terms("किसानों") == std::vector<std::string>{"किसानों"});
    // Japanese dakuten survive: ga is not ka.
    CHECK(terms("が") != terms("か"));
    // Accents still fold in Latin, Greek and Cyrillic; Arabic harakat fold away.
    CHECK(terms("Ἀθῆναι ёлка naïve") == std::vector<std::string>{"αθηναι", "елка", "naive"});
    CHECK(terms("كَتَبَ") == terms("كتب"));
}

TEST_CASE("tokenizer cuts Thai runs into cluster bigrams") {
    // แม่ | น้ำ : leading vowel joins its consonant, tone marks and sara am join too.
    CHECK(terms("แม่น้ำ") == std::vector<std::string>{fold_text("แม่น้ำ")});
    // One cluster alone is a unigram.
    CHECK(terms("ริม") == std::vector<std::string>{"ริม"});
    // A river word in the middle of a sentence is among the sentence's terms.
    auto sentence = terms("เก็บขยะริมแม่น้ำเจ้าพระยา");
    CHECK(std::find(sentence.begin(), sentence.end(), fold_text("แม่น้ำ")) != sentence.end());
    CHECK(sentence.size() > 5);
    // Thai digits and Latin words around a Thai run stay separate terms.
    CHECK(terms("ปี 2026 news") == std::vector<std::string>{"ปี", "2026", "news"});
}

TEST_CASE("tokenizer cuts Khmer and Lao runs at clusters, keeping subscripts") {
    // Khmer ខ្មែ|រ: the coeng + consonant subscript and the vowel sign stay with the base.
    CHECK(terms("ខ្មែរ") == std::vector<std::string>{fold_text("ខ្មែរ")});
    // Lao ພາ|ສາ|ລາ|ວ: sara aa follows its consonant; four clusters, three bigrams.
    CHECK(terms("ພາສາລາວ") == std::vector<std::string>{fold_text("ພາສາ"), fold_text("ສາລາ"), fold_text("ລາວ")});
}
