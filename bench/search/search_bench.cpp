// Search benchmark driver: the same code natively and in wasm under node.
//   search_bench CORPUS.jsonl QUERIES.json [--reps N] [--label NAME]
// Prints one JSON object: build time, index heap, serialized size, load time,
// per-class latency percentiles (limit 20, no snippets), hit counts, and
// known-item ranks. Timing uses the host clock (bench code, not core).
#include "core/library.h"
#include "core/parse/parse_file.h"
#include "core/search/search_index.h"

#include <nlohmann/json.hpp>

#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

using namespace broadsheet;
using Clock = std::chrono::steady_clock;

namespace {

double ms_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

size_t heap_in_use() {
#if defined(__EMSCRIPTEN__)
    return static_cast<size_t>(mallinfo().uordblks);
#else
    return mallinfo2().uordblks;
#endif
}

std::string read_all(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    size_t i = static_cast<size_t>(p * double(v.size() - 1) + 0.5);
    return v[std::min(i, v.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fputs("usage: search_bench CORPUS.jsonl QUERIES.json [--reps N] [--label NAME]\n", stderr);
        return 2;
    }
    int reps = 3;
    std::string label = "broadsheet";
    for (int i = 3; i + 1 < argc; i += 2) {
        std::string a = argv[i];
        if (a == "--reps") reps = std::max(1, std::atoi(argv[i + 1]));
        if (a == "--label") label = argv[i + 1];
    }
    auto t0 = Clock::now();
    std::string bytes = read_all(argv[1]);
    Library library;
    library.add(parse_file(argv[1], bytes));
    bytes.clear();
    bytes.shrink_to_fit();
    double parse_ms = ms_since(t0);

    size_t heap0 = heap_in_use();
    t0 = Clock::now();
    SearchIndex index;
    index.add(library, 0);
    double build_ms = ms_since(t0);
    size_t index_heap = heap_in_use() - heap0;

    t0 = Clock::now();
    std::vector<uint8_t> blob = index.serialize();
    double serialize_ms = ms_since(t0);
    SearchIndex loaded;
    std::string error;
    t0 = Clock::now();
    bool ok = loaded.load(blob.data(), blob.size(), error);
    double load_ms = ms_since(t0);

    nlohmann::json queries = nlohmann::json::parse(read_all(argv[2]), nullptr, false);
    if (queries.is_discarded() || !queries.is_object()) {
        std::fprintf(stderr, "%s: not a JSON object\n", argv[2]);
        return 1;
    }
    nlohmann::json out = {{"engine", label},
                          {"articles", library.size()},
                          {"parse_ms", parse_ms},
                          {"build_ms", build_ms},
                          {"index_heap_bytes", index_heap},
                          {"index_estimate_bytes", index.memory_bytes()},
                          {"serialized_bytes", blob.size()},
                          {"serialize_ms", serialize_ms},
                          {"load_ms", load_ms},
                          {"load_ok", ok}};
    nlohmann::json classes = nlohmann::json::object();
    for (const char* cls : {"rare", "common", "two_words", "prefix3", "phrase"}) {
        if (!queries.contains(cls) || !queries[cls].is_array()) continue;
        SearchOptions opts;
        opts.limit = 20;
        opts.with_snippets = false;
        opts.is_typing = std::string(cls) == "prefix3";
        std::vector<double> times;
        nlohmann::json hits = nlohmann::json::array();
        for (const auto& qj : queries[cls]) {
            if (!qj.is_string()) continue;
            std::string q = qj.get<std::string>();
            if (std::string(cls) == "phrase") q = "\"" + q + "\"";
            std::vector<double> rep_times;
            size_t total = 0;
            for (int r = 0; r < reps; ++r) {
                auto q0 = Clock::now();
                SearchResult res = index.search(library, q, opts);
                rep_times.push_back(ms_since(q0) * 1000.0);
                total = res.total;
            }
            times.push_back(percentile(rep_times, 0.5));
            if (hits.size() < 4) hits.push_back({q, total});
        }
        classes[cls] = {{"p50_us", percentile(times, 0.5)}, {"p95_us", percentile(times, 0.95)},
                        {"p99_us", percentile(times, 0.99)}, {"queries", times.size()}, {"hits", hits}};
    }
    // The app's case: top 20 with snippets.
    if (queries.contains("two_words")) {
        std::vector<double> times;
        SearchOptions opts;
        for (const auto& qj : queries["two_words"]) {
            if (!qj.is_string()) continue;
            std::vector<double> rep_times;
            for (int r = 0; r < reps; ++r) {
                auto q0 = Clock::now();
                index.search(library, qj.get<std::string>(), opts);
                rep_times.push_back(ms_since(q0) * 1000.0);
            }
            times.push_back(percentile(rep_times, 0.5));
        }
        classes["two_words_snippets"] = {{"p50_us", percentile(times, 0.5)}, {"p95_us", percentile(times, 0.95)},
                                         {"p99_us", percentile(times, 0.99)}, {"queries", times.size()}};
    }
    out["classes"] = classes;
    if (queries.contains("known_items") && queries["known_items"].is_array()) {
        double rr = 0;
        size_t n = 0, top1 = 0, top3 = 0;
        SearchOptions opts;
        opts.limit = 100;
        opts.with_snippets = false;
        for (const auto& item : queries["known_items"]) {
            if (!item.is_object() || !item.contains("query") || !item["query"].is_string() ||
                !item.contains("id") || !item["id"].is_number_unsigned()) {
                continue;
            }
            ArticleId want = item["id"].get<ArticleId>();
            SearchResult res = index.search(library, item["query"].get<std::string>(), opts);
            ++n;
            for (size_t i = 0; i < res.hits.size(); ++i) {
                if (res.hits[i].id != want) continue;
                rr += 1.0 / double(i + 1);
                top1 += i == 0;
                top3 += i < 3;
                break;
            }
        }
        out["known_item"] = {{"queries", n}, {"mrr", n ? rr / double(n) : 0.0},
                             {"top1", n ? double(top1) / double(n) : 0.0}, {"top3", n ? double(top3) / double(n) : 0.0}};
    }
#if defined(__EMSCRIPTEN__)
    out["wasm_memory_bytes"] = static_cast<uint64_t>(__builtin_wasm_memory_size(0)) * 65536u;
#endif
    std::cout << out.dump() << std::endl;
    return 0;
}
