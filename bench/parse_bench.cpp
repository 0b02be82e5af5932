// Parse throughput over the Reuters-21578 corpus (../shared/corpus), for the
// scraped text format (19,043 files, parsed one parse_file call each) and for
// JSON Lines (articles.jsonl, one parse_file call). Files are read into memory
// first; only parse_file is timed. Prints the median of 5 runs in MB/s, by
// wall-clock time and by process CPU time.
// Builds natively and with em++ for node (see bench/parse-bench.sh).
// With a third argument, also times that file (e.g. articles.jsonl.gz, to
// measure gunzip + JSON Lines; MB/s are of the compressed size and of the
// unpacked size).
//   usage: parse_bench [CORPUS_DIR] [RUNS] [EXTRA_FILE]
#include "core/parse/parse_file.h"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#endif

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

// Process CPU seconds. Under node, std::clock is wall-clock based, so ask
// node itself (user + system time of the process).
double cpu_seconds() {
#ifdef __EMSCRIPTEN__
    return EM_ASM_DOUBLE({
        const u = process.cpuUsage();
        return (u.user + u.system) / 1e6;
    });
#else
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
#endif
}

struct Timing {
    double wall = 0;  // median wall-clock seconds
    double cpu = 0;   // median process CPU seconds
};

// Wall time is what a user waits; CPU time is what the parser costs, and
// stays meaningful on a shared, loaded machine where wall time is not.
template <typename Fn>
Timing median_seconds(int runs, Fn&& fn) {
    std::vector<double> walls, cpus;
    for (int i = 0; i < runs; ++i) {
        double c0 = cpu_seconds();
        auto start = std::chrono::steady_clock::now();
        fn();
        std::chrono::duration<double> d = std::chrono::steady_clock::now() - start;
        walls.push_back(d.count());
        cpus.push_back(cpu_seconds() - c0);
    }
    std::sort(walls.begin(), walls.end());
    std::sort(cpus.begin(), cpus.end());
    return {walls[walls.size() / 2], cpus[cpus.size() / 2]};
}

void report(const char* what, size_t bytes, size_t articles, size_t errors, Timing t) {
    std::printf("%-28s %7.1f MB  wall %6.3f s = %7.1f MB/s  cpu %6.3f s = %7.1f MB/s  %6zu articles  %zu errors\n",
                what, bytes / 1e6, t.wall, bytes / 1e6 / t.wall, t.cpu, bytes / 1e6 / t.cpu, articles, errors);
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
    Timing text_s = median_seconds(runs, [&] {
        articles = errors = 0;
        for (const Input& in : texts) {
            ParseResult r = broadsheet::parse_file(in.name, in.bytes);
            articles += r.articles.size();
            errors += r.errors.size();
        }
    });
    report("text format (19,043 files)", text_bytes, articles, errors, text_s);

    Timing jsonl_s = median_seconds(runs, [&] {
        ParseResult r = broadsheet::parse_file("articles.jsonl", jsonl);
        articles = r.articles.size();
        errors = r.errors.size();
    });
    report("JSON Lines (articles.jsonl)", jsonl.size(), articles, errors, jsonl_s);

    if (argc > 3) {
        fs::path extra = argv[3];
        std::string bytes = read_all(extra);
        std::string name = extra.filename().string();
        Timing extra_s = median_seconds(runs, [&] {
            ParseResult r = broadsheet::parse_file(name, bytes);
            articles = r.articles.size();
            errors = r.errors.size();
        });
        report(name.c_str(), bytes.size(), articles, errors, extra_s);
    }
    return 0;
}
