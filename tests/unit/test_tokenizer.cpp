#include "core/search/stemmer.h"
#include "core/search/tokenizer.h"

#include <catch2/catch.hpp>

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
