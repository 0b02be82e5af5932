// broadsheet search PATH... --query "Q" [--limit N] [--typing]
// broadsheet search PATH... --queries FILE [--limit N] [--typing]
// PATH: files or folders (recursively, in sorted order, see file_walk.h), any
//   format parse_file reads.
// --query: one JSON line per hit (rank, id, title, url, file, score, snippet,
//   highlights); the total and any correction go to stderr.
// --queries: builds once, then one JSON line per query line (query, total,
//   corrected, time_us, hits).
// --save-index FILE writes the serialized index. Build figures go to stderr.
// "--" ends the options: every later argument is a path.
#include "cli/commands.h"
#include "cli/file_walk.h"
#include "cli/read_file.h"
#include "core/library.h"
#include "core/parse/parse_file.h"
#include "core/search/search_index.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <system_error>

namespace broadsheet::cli {
namespace {

using Clock = std::chrono::steady_clock;

const char* const kSearchUsage =
    "usage: broadsheet search (--query Q | --queries FILE) [--limit N] [--typing]\n"
    "                         [--save-index FILE] [--] PATH...\n";

double micros_since(Clock::time_point t0) {
    return std::chrono::duration<double, std::micro>(Clock::now() - t0).count();
}

nlohmann::json hit_json(const Library& lib, const Hit& h, size_t rank, bool with_snippet) {
    const Article& a = lib.article(h.id);
    nlohmann::json j = {{"rank", rank}, {"id", h.id}, {"title", a.title}, {"url", a.url},
                        {"file", a.file}, {"score", std::round(double(h.score) * 1e4) / 1e4}};
    if (with_snippet) {
        j["snippet"] = h.snippet.text;
        nlohmann::json hl = nlohmann::json::array();
        for (const auto& r : h.snippet.highlights) hl.push_back({r.begin, r.end});
        j["highlights"] = hl;
    }
    return j;
}

std::string dump(const nlohmann::json& j) {
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

int run_search(const std::vector<std::string>& args) {
    std::vector<std::string> paths;
    std::string query, queries_file, save_file;
    bool has_query = false;
    SearchOptions opts;
    bool is_after_dashes = false;  // "--" ends the options: later arguments are paths
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        bool has_value = i + 1 < args.size();
        if (is_after_dashes) {
            paths.push_back(a);
        } else if (a == "--") {
            is_after_dashes = true;
        } else if (a == "--query" && has_value) {
            query = args[++i];
            has_query = true;
        } else if (a == "--queries" && has_value) {
            queries_file = args[++i];
        } else if (a == "--save-index" && has_value) {
            save_file = args[++i];
        } else if (a == "--limit" && has_value) {
            opts.limit = static_cast<size_t>(std::strtoul(args[++i].c_str(), nullptr, 10));
        } else if (a == "--typing") {
            opts.is_typing = true;
        } else if (a.rfind("--", 0) == 0) {
            std::fprintf(stderr, "broadsheet search: unknown or incomplete option '%s'\n%s", shown(a).c_str(),
                         kSearchUsage);
            return 2;
        } else {
            paths.push_back(a);
        }
    }
    if (paths.empty() || has_query == !queries_file.empty()) {
        std::fputs(kSearchUsage, stderr);
        return 2;
    }
    WalkResult walked = expand_paths(paths);
    for (const std::string& p : walked.problems) std::fprintf(stderr, "%s\n", p.c_str());
    const std::vector<std::string>& files = walked.files;

    bool any_failed = walked.has_failure;
    Library library;
    auto t0 = Clock::now();
    for (const std::string& f : files) {
        std::string error;
        auto bytes = read_whole_file(f, error);
        if (!bytes) {
            std::fprintf(stderr, "%s: cannot read: %s\n", shown(f).c_str(), error.c_str());
            any_failed = true;
            continue;
        }
        library.add(parse_file(f, *bytes));
    }
    double parse_us = micros_since(t0);
    for (const ParseError& e : library.errors()) std::fprintf(stderr, "%s\n", shown(e.to_string()).c_str());
    any_failed = any_failed || !library.errors().empty();

    SearchIndex index;
    t0 = Clock::now();
    index.add(library, 0);
    double build_us = micros_since(t0);
    std::vector<uint8_t> bytes = index.serialize();
    std::fprintf(stderr, "search: %zu articles, parsed in %.0f ms, indexed in %.0f ms, index %.1f MB in memory, %.1f MB serialized\n",
                 library.size(), parse_us / 1000, build_us / 1000, index.memory_bytes() / 1e6, bytes.size() / 1e6);
    if (!save_file.empty()) {
        std::ofstream out(save_file, std::ios::binary);
        out.write(reinterpret_cast<const char*>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
        if (!out) {
            std::fprintf(stderr, "%s: cannot write the index\n", save_file.c_str());
            any_failed = true;
        }
    }

    if (has_query) {
        SearchResult r = index.search(library, query, opts);
        for (size_t i = 0; i < r.hits.size(); ++i) std::cout << dump(hit_json(library, r.hits[i], i + 1, true)) << '\n';
        std::fprintf(stderr, "search: %zu results%s%s\n", r.total,
                     r.corrected_query.empty() ? "" : "; showing results for ", r.corrected_query.c_str());
    } else {
        std::ifstream in(queries_file);
        if (!in) {
            std::fprintf(stderr, "%s: cannot read the queries\n", queries_file.c_str());
            return 1;
        }
        std::string line;
        while (std::getline(in, line)) {
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (line.empty()) continue;
            auto q0 = Clock::now();
            SearchResult r = index.search(library, line, opts);
            double us = micros_since(q0);
            nlohmann::json hits = nlohmann::json::array();
            for (size_t i = 0; i < r.hits.size(); ++i) hits.push_back(hit_json(library, r.hits[i], i + 1, false));
            nlohmann::json j = {{"query", line}, {"total", r.total}, {"corrected", r.corrected_query},
                                {"time_us", std::round(us * 10) / 10}, {"hits", hits}};
            std::cout << dump(j) << '\n';
        }
    }
    std::cout.flush();
    return any_failed ? 1 : 0;
}

}  // namespace broadsheet::cli
