// Field-by-field comparison of two articles for round-trip tests: the list
// of fields that differ, each with both values, so a failure says what was
// lost. Every Article field is compared; a field added to Article needs one
// `field(...)` line in article_differences.
#pragma once

#include "core/article.h"

#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace broadsheet::test {

inline std::string describe(const std::string& s) { return "\"" + s + "\""; }

inline std::string describe(bool b) { return b ? "true" : "false"; }
inline std::string describe(int n) { return std::to_string(n); }

inline std::string describe(const std::vector<std::string>& v) {
    std::string out = "[";
    for (size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + describe(v[i]);
    return out + "]";
}

inline std::string describe(const std::optional<Timestamp>& t) {
    if (!t) return "none";
    std::ostringstream out;
    out << format_iso8601(*t) << " {epoch " << t->epoch_seconds << ", offset " << t->offset_minutes
        << (t->has_offset ? "" : " (none)") << (t->has_time ? "" : ", date only") << "}";
    return out.str();
}

inline bool same(const std::optional<Timestamp>& a, const std::optional<Timestamp>& b) {
    if (!a || !b) return !a && !b;
    return a->epoch_seconds == b->epoch_seconds && a->has_offset == b->has_offset &&
           a->offset_minutes == b->offset_minutes && a->has_time == b->has_time;
}

template <typename T>
bool same(const T& a, const T& b) { return a == b; }

// "title: \"A\" != \"B\"" per differing field; empty when the articles are equal.
inline std::vector<std::string> article_differences(const Article& a, const Article& b) {
    std::vector<std::string> out;
    auto field = [&](const char* name, const auto& x, const auto& y) {
        if (!same(x, y)) out.push_back(std::string(name) + ": " + describe(x) + " != " + describe(y));
    };
    field("title", a.title, b.title);
    field("alternate_titles", a.alternate_titles, b.alternate_titles);
    field("url", a.url, b.url);
    field("source", a.source, b.source);
    field("published", a.published, b.published);
    field("authors", a.authors, b.authors);
    field("description", a.description, b.description);
    field("language", a.language, b.language);
    field("image_url", a.image_url, b.image_url);
    field("is_truncated", a.is_truncated, b.is_truncated);
    field("file", a.file, b.file);
    field("line", a.line, b.line);
    field("record", a.record, b.record);
    if (a.paragraphs.size() != b.paragraphs.size()) {
        out.push_back("paragraphs: " + std::to_string(a.paragraphs.size()) + " != " +
                      std::to_string(b.paragraphs.size()));
    }
    for (size_t i = 0; i < a.paragraphs.size() && i < b.paragraphs.size(); ++i) {
        std::string n = "paragraphs[" + std::to_string(i) + "]";
        field((n + ".text").c_str(), a.paragraphs[i].text, b.paragraphs[i].text);
        field((n + ".is_heading").c_str(), a.paragraphs[i].is_heading, b.paragraphs[i].is_heading);
    }
    return out;
}

}  // namespace broadsheet::test
