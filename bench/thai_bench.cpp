// Thai segmentation speed, natively: loads the dictionary (the built
// dist/dict/thai-words.txt), then segments a Thai text repeated to ~1 MB
// (default: the river fixture's Thai paragraphs; or a file given) and prints
// MB/s for segment(), line_break_opportunities() and tokenize(), each the
// median of 7 runs. Usage: thai_bench DICTIONARY [TEXT]
#include "core/search/tokenizer.h"
#include "core/text/line_breaks.h"
#include "core/text/thai_words.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

namespace {

std::string read_file(const char* path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

double median_seconds(const std::function<void()>& fn) {
    std::vector<double> runs;
    for (int i = 0; i < 7; ++i) {
        auto t0 = std::chrono::steady_clock::now();
        fn();
        runs.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
    }
    std::sort(runs.begin(), runs.end());
    return runs[runs.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: thai_bench DICTIONARY [TEXT]\n");
        return 2;
    }
    std::string dict_bytes = read_file(argv[1]);
    auto t0 = std::chrono::steady_clock::now();
    auto dict = std::make_shared<broadsheet::text::ThaiDictionary>(dict_bytes);
    double load_ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    std::string sample = argc > 2 ? read_file(argv[2])
                                  : std::string(BROADSHEET_FIXTURES_DIR) + "/scripts/th-river.txt";
    if (argc <= 2) sample = read_file(sample.c_str());
    // Paragraphs (lines) of the sample, repeated to about 1 MB.
    std::vector<std::string> paragraphs;
    std::istringstream lines(sample);
    for (std::string line; std::getline(lines, line);) {
        if (broadsheet::text::has_thai(line)) paragraphs.push_back(line);
    }
    size_t bytes = 0;
    std::vector<std::string> text;
    while (bytes < (1u << 20) && !paragraphs.empty()) {
        for (const std::string& p : paragraphs) {
            text.push_back(p);
            bytes += p.size();
        }
    }
    std::printf("dictionary: %zu words, %zu bytes, parsed in %.1f ms\n", dict->size(), dict_bytes.size(), load_ms);
    std::printf("text: %zu paragraphs, %.2f MB\n", text.size(), bytes / 1e6);
    size_t sink = 0;
    double seg = median_seconds([&] {
        for (const std::string& p : text) {
            // Thai runs only, as the tokenizer and the line breaker hand them over.
            size_t i = 0;
            while (i < p.size()) {
                size_t j = p.find(' ', i);
                if (j == std::string::npos) j = p.size();
                sink += dict->segment(std::string_view(p).substr(i, j - i)).size();
                i = j + 1;
            }
        }
    });
    double brk = median_seconds([&] {
        for (const std::string& p : text) sink += broadsheet::text::line_break_opportunities(p, dict.get()).size();
    });
    double tok = median_seconds([&] {
        std::vector<broadsheet::search::Token> tokens;
        for (const std::string& p : text) {
            tokens.clear();
            broadsheet::search::tokenize(p, tokens, 0, dict.get());
            sink += tokens.size();
        }
    });
    double clusters = median_seconds([&] {
        std::vector<broadsheet::search::Token> tokens;
        for (const std::string& p : text) {
            tokens.clear();
            broadsheet::search::tokenize(p, tokens, 0, nullptr);
            sink += tokens.size();
        }
    });
    double mb = bytes / 1e6;
    std::printf("segment:      %6.1f MB/s\n", mb / seg);
    std::printf("line breaks:  %6.1f MB/s (with the dictionary)\n", mb / brk);
    std::printf("tokenize:     %6.1f MB/s (with the dictionary; %.1f MB/s as cluster bigrams)\n", mb / tok,
                mb / clusters);
    return sink == 0 ? 1 : 0;
}
