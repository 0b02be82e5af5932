// Measures the HTML extractor against Mozilla Readability's test pages:
// for each <dir>/<page>/{source.html, expected.html, expected-metadata.json}
// it prints title / byline / date / site / language matches, the token F1
// of our text against expected.html's text, and the median parse time.
// Usage: readability_bench CORPUS_DIR [--runs N] [--dump PAGE]
// Pages whose source.html is under 8 KB are Readability's hand-made rule
// pages; the averages are printed for the real pages and for all pages.
#include "core/parse/html_article.h"
#include "core/parse/html_dom.h"
#include "core/parse/rfc822_date.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <ctime>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

using namespace broadsheet;
namespace fs = std::filesystem;

namespace {

// Thread CPU time: other builds sharing the machine inflate wall time far more.
double cpu_ms() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

std::string read_all(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Lower-cased words; ASCII punctuation, white space and the U+2000-U+206F
// punctuation block (curly quotes, dashes) separate words. Chinese, Japanese
// and Korean characters are one token each (those scripts write no spaces,
// so a whole sentence would otherwise be one "word"); their punctuation
// (U+3000-U+303F, full-width forms U+FF00-U+FF20) separates.
std::vector<std::string> tokens(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    auto end_word = [&] {
        if (!cur.empty()) out.push_back(cur);
        cur.clear();
    };
    for (size_t i = 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            if (std::isalnum(c)) cur += static_cast<char>(std::tolower(c));
            else end_word();
        } else if (c == 0xE2 && i + 1 < s.size() && (static_cast<unsigned char>(s[i + 1]) == 0x80 ||
                                                       static_cast<unsigned char>(s[i + 1]) == 0x81)) {
            end_word();
            i += 2;
        } else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) <= 0xBF) {
            end_word();  // NBSP, «, », ·
            i += 1;
        } else if (c >= 0xE3 && c <= 0xEF && i + 2 < s.size()) {
            unsigned cp = ((c & 0x0F) << 12) | ((static_cast<unsigned char>(s[i + 1]) & 0x3F) << 6) |
                          (static_cast<unsigned char>(s[i + 2]) & 0x3F);
            bool is_punct = (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF20) ||
                            (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65);
            bool is_cjk = (cp >= 0x3040 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF) ||
                          (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFF21 && cp <= 0xFFEF && !is_punct);
            end_word();
            if (is_cjk && !is_punct) out.push_back(std::string(s.substr(i, 3)));
            if (!is_cjk && !is_punct) cur.append(s.substr(i, 3));
            i += 2;
        } else {
            cur += static_cast<char>(c);
        }
    }
    end_word();
    return out;
}

double f1(const std::vector<std::string>& ours, const std::vector<std::string>& expected) {
    if (ours.empty() && expected.empty()) return 1;
    if (ours.empty() || expected.empty()) return 0;
    std::unordered_map<std::string, int> want;
    for (const auto& t : expected) ++want[t];
    size_t common = 0;
    for (const auto& t : ours) {
        auto it = want.find(t);
        if (it != want.end() && it->second > 0) {
            --it->second;
            ++common;
        }
    }
    if (common == 0) return 0;
    double p = static_cast<double>(common) / ours.size(), r = static_cast<double>(common) / expected.size();
    return 2 * p * r / (p + r);
}

std::string norm(std::string_view s) {
    std::string out;
    append_collapsed(out, trim_space(s));
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

std::string norm_byline(std::string_view s) {
    std::string out = ascii_lower(norm(s));
    if (out.compare(0, 3, "by ") == 0) out.erase(0, 3);
    return out;
}

std::string json_string(const nlohmann::json& j, const char* key) {
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

struct Row {
    std::string name;
    bool is_real = false;
    bool title = false, byline = false, date = false, lang = false;
    bool date_extra = false;  // Readability found no date, we read one (a <time datetime>)
    int site = -1;  // -1: expected has none
    double f1 = 0;
    double ms = 0, wall_ms = 0, kb = 0;
    std::string our_title, want_title, our_byline, want_byline, our_date, want_date;
};

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [--runs N] [--dump PAGE]\n", argv[0]);
        return 2;
    }
    fs::path dir = argv[1];
    int runs = 5;
    std::string dump;
    for (int i = 2; i + 1 < argc; i += 2) {
        std::string a = argv[i];
        if (a == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
        if (a == "--dump") dump = argv[i + 1];
    }
    std::vector<fs::path> pages;
    for (const auto& e : fs::directory_iterator(dir)) {
        if (fs::exists(e.path() / "source.html")) pages.push_back(e.path());
    }
    std::sort(pages.begin(), pages.end());
    std::vector<Row> rows;
    for (const fs::path& page : pages) {
        Row row;
        row.name = page.filename().string();
        std::string source = read_all(page / "source.html");
        row.is_real = source.size() >= 8192;
        std::vector<double> times, walls;
        ParseResult result;
        for (int r = 0; r < runs; ++r) {
            auto t0 = std::chrono::steady_clock::now();
            double c0 = cpu_ms();
            result = parse_html_article(row.name, source);
            double c1 = cpu_ms();
            auto t1 = std::chrono::steady_clock::now();
            times.push_back(c1 - c0);
            walls.push_back(std::chrono::duration<double, std::milli>(t1 - t0).count());
        }
        std::sort(times.begin(), times.end());
        std::sort(walls.begin(), walls.end());
        row.ms = times[times.size() / 2];
        row.wall_ms = walls[walls.size() / 2];
        row.kb = source.size() / 1024.0;
        Article a;
        if (!result.articles.empty()) a = result.articles.front();
        std::string ours;
        for (const Paragraph& p : a.paragraphs) ours += p.text + "\n";
        if (row.name == dump) {
            for (const Paragraph& p : a.paragraphs) std::printf("%s%s\n\n", p.is_heading ? "## " : "", p.text.c_str());
        }

        HtmlDocument expected_doc(read_all(page / "expected.html"));
        std::string expected_text = inner_text(expected_doc.root());
        row.f1 = f1(tokens(ours), tokens(expected_text));

        nlohmann::json meta = nlohmann::json::parse(read_all(page / "expected-metadata.json"), nullptr, false);
        row.want_title = norm(json_string(meta, "title"));
        row.our_title = norm(a.title);
        row.title = row.our_title == row.want_title;
        std::string byline;
        for (const std::string& au : a.authors) byline += (byline.empty() ? "" : ", ") + au;
        row.our_byline = byline;
        row.want_byline = json_string(meta, "byline");
        row.byline = norm_byline(byline) == norm_byline(row.want_byline);
        row.our_date = a.published ? format_iso8601(*a.published) : "";
        row.want_date = json_string(meta, "publishedTime");
        auto want_date = parse_any_date(json_string(meta, "publishedTime"));
        row.date_extra = !want_date && a.published;
        row.date = want_date.has_value() == a.published.has_value() &&
                   (!want_date || want_date->epoch_seconds == a.published->epoch_seconds);
        std::string site = json_string(meta, "siteName");
        if (!site.empty()) row.site = ascii_lower(norm(site)) == ascii_lower(norm(a.source)) ? 1 : 0;
        row.lang = ascii_lower(norm(json_string(meta, "lang"))) == ascii_lower(norm(a.language));
        rows.push_back(row);
    }

    std::printf("%-40s %4s %5s %6s %4s %4s %4s %6s %7s %8s %8s\n", "page", "real", "title", "byline", "date", "site",
                "lang", "F1", "KB", "cpu ms", "wall ms");
    for (const Row& r : rows) {
        std::printf("%-40s %4s %5s %6s %4s %4s %4s %6.3f %7.0f %8.2f %8.2f\n", r.name.c_str(), r.is_real ? "yes" : "rule",
                    r.title ? "ok" : "-", r.byline ? "ok" : "-", r.date ? "ok" : r.date_extra ? "+" : "-",
                    r.site < 0 ? "n/a" : r.site ? "ok" : "-", r.lang ? "ok" : "-", r.f1, r.kb, r.ms, r.wall_ms);
    }
    for (int real_only = 1; real_only >= 0; --real_only) {
        int n = 0, title = 0, byline = 0, date = 0, date_extra = 0, site = 0, site_n = 0, lang = 0;
        double f = 0, ms = 0, max_ms = 0;
        int over = 0;
        for (const Row& r : rows) {
            if (real_only && !r.is_real) continue;
            ++n;
            title += r.title; byline += r.byline; date += r.date; date_extra += r.date_extra; lang += r.lang;
            if (r.site >= 0) { ++site_n; site += r.site; }
            f += r.f1; ms += r.ms; max_ms = std::max(max_ms, r.ms);
            over += r.ms >= 20;
        }
        if (n == 0) continue;
        std::printf("%s (%d pages): title %.0f%%  byline %.0f%%  date %.0f%% (+%d extra)  site %.0f%% (of %d)  lang %.0f%%  "
                    "mean F1 %.3f  cpu mean %.2f ms  max %.2f ms  >=20 ms: %d\n",
                    real_only ? "REAL" : "ALL ", n, 100.0 * title / n, 100.0 * byline / n, 100.0 * date / n, date_extra,
                    site_n ? 100.0 * site / site_n : 0.0, site_n, 100.0 * lang / n, f / n, ms / n, max_ms, over);
    }
    std::printf("\ntitle mismatches:\n");
    for (const Row& r : rows) {
        if (!r.title) std::printf("  %-30s ours: %s\n  %-30s want: %s\n", r.name.c_str(), r.our_title.c_str(), "", r.want_title.c_str());
    }
    std::printf("byline mismatches:\n");
    for (const Row& r : rows) {
        if (!r.byline) std::printf("  %-30s ours: %s | want: %s\n", r.name.c_str(), r.our_byline.c_str(), r.want_byline.c_str());
    }
    std::printf("date mismatches (+ rows, where Readability has no date but the page has a <time datetime>, not listed):\n");
    for (const Row& r : rows) {
        if (!r.date && !r.date_extra) std::printf("  %-30s ours: %s | want: %s\n", r.name.c_str(), r.our_date.c_str(), r.want_date.c_str());
    }
    return 0;
}
