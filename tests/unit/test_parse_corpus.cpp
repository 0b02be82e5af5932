// The shared Reuters corpus: every text file and every JSON Lines record must
// parse with no error, and both forms must agree. Skips (with a WARN) when
// the corpus is not on this machine.
#include "core/parse/parse_file.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

using namespace broadsheet;
namespace fs = std::filesystem;

namespace {

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("all Reuters-21578 text files and articles.jsonl parse with no error, and agree", "[corpus]") {
    fs::path dir = fs::path(BROADSHEET_SHARED_CORPUS_DIR) / "reuters-21578";
    std::error_code ec;
    if (!fs::is_directory(dir / "txt", ec) || !fs::exists(dir / "articles.jsonl", ec)) {
        WARN("skipped: ../shared/corpus/reuters-21578 is not here (only in the team's workspace)");
        return;
    }
    std::vector<fs::path> files;
    for (const auto& entry : fs::directory_iterator(dir / "txt")) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    CHECK(files.size() == 19043);

    std::vector<Article> from_text;
    from_text.reserve(files.size());
    size_t text_errors = 0;
    for (const fs::path& p : files) {
        ParseResult r = parse_file(p.filename().string(), read_all(p));
        for (const ParseError& e : r.errors) {
            if (++text_errors <= 5) FAIL_CHECK(e.to_string());
        }
        for (Article& a : r.articles) from_text.push_back(std::move(a));
    }
    CHECK(text_errors == 0);
    CHECK(from_text.size() == 19043);

    ParseResult jsonl = parse_file("articles.jsonl", read_all(dir / "articles.jsonl"));
    for (size_t i = 0; i < jsonl.errors.size() && i < 5; ++i) FAIL_CHECK(jsonl.errors[i].to_string());
    CHECK(jsonl.errors.empty());
    REQUIRE(jsonl.articles.size() == 19043);

    // Same stories in the same order (the JSONL is sorted by file name).
    size_t mismatches = 0;
    for (size_t i = 0; i < from_text.size() && i < jsonl.articles.size(); ++i) {
        const Article& t = from_text[i];
        const Article& j = jsonl.articles[i];
        bool same = t.title == j.title && t.paragraphs.size() == j.paragraphs.size() &&
                    (t.published.has_value() == j.published.has_value()) &&
                    (!t.published || t.published->epoch_seconds == j.published->epoch_seconds);
        for (size_t k = 0; same && k < t.paragraphs.size(); ++k) same = t.paragraphs[k].text == j.paragraphs[k].text;
        if (!same && ++mismatches <= 5) FAIL_CHECK("text and JSONL differ for " << t.file << ": " << t.title);
    }
    CHECK(mismatches == 0);
}
