// Parse throughput over the Reuters-21578 corpus (../shared/corpus), for the
// scraped text format (19,043 files, parsed one parse_file call each) and for
// JSON Lines (articles.jsonl, one parse_file call). Files are read into memory
// first; only parse_file is timed. Prints the median of 5 runs in MB/s.
// Builds natively and with em++ for node (see bench/parse-bench.sh).
// With a third argument, also times that file (e.g. articles.jsonl.gz, to
// measure gunzip + JSON Lines; MB/s are of the compressed size and of the
// unpacked size).
//   usage: parse_bench [CORPUS_DIR] [RUNS] [EXTRA_FILE]
#include "core/parse/parse_file.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;
using broadsheet::ParseResult;

namespace {

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

struct Input {
    std::string name;
    std::string bytes;
};

template <typename Fn>
double median_seconds(int runs, Fn&& fn) {
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        auto start = std::chrono::steady_clock::now();
        fn();
        std::chrono::duration<double> d = std::chrono::steady_clock::now() - start;
        times.push_back(d.count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void report(const char* what, size_t bytes, size_t articles, size_t errors, double seconds) {
    std::printf("%-28s %8.1f MB in %7.3f s  %8.1f MB/s  %6zu articles  %zu errors\n", what, bytes / 1e6,
                seconds, bytes / 1e6 / seconds, articles, errors);
}

}  // namespace

int main(int argc, char** argv) {
    fs::path corpus = argc > 1 ? fs::path(argv[1]) : fs::path(BROADSHEET_SHARED_CORPUS_DIR);
    int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 5;
    fs::path reuters = corpus / "reuters-21578";
    std::error_code ec;
    if (!fs::is_directory(reuters / "txt", ec)) {
        std::fprintf(stderr, "parse_bench: %s not found; pass the corpus folder\n", (reuters / "txt").string().c_str());
        return 2;
    }

    std::vector<Input> texts;
    size_t text_bytes = 0;
    for (const auto& e : fs::directory_iterator(reuters / "txt")) {
        texts.push_back({e.path().filename().string(), read_all(e.path())});
        text_bytes += texts.back().bytes.size();
    }
    std::string jsonl = read_all(reuters / "articles.jsonl");

    size_t articles = 0, errors = 0;
    double text_s = median_seconds(runs, [&] {
        articles = errors = 0;
        for (const Input& in : texts) {
            ParseResult r = broadsheet::parse_file(in.name, in.bytes);
            articles += r.articles.size();
            errors += r.errors.size();
        }
    });
    report("text format (19,043 files)", text_bytes, articles, errors, text_s);

    double jsonl_s = median_seconds(runs, [&] {
        ParseResult r = broadsheet::parse_file("articles.jsonl", jsonl);
        articles = r.articles.size();
        errors = r.errors.size();
    });
    report("JSON Lines (articles.jsonl)", jsonl.size(), articles, errors, jsonl_s);

    if (argc > 3) {
        fs::path extra = argv[3];
        std::string bytes = read_all(extra);
        std::string name = extra.filename().string();
        double extra_s = median_seconds(runs, [&] {
            ParseResult r = broadsheet::parse_file(name, bytes);
            articles = r.articles.size();
            errors = r.errors.size();
        });
        report(name.c_str(), bytes.size(), articles, errors, extra_s);
    }
    return 0;
}
