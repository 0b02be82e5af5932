#include "core/article_json.h"

#include "core/parse/date_parse.h"
#include "core/parse/url.h"

#include <limits>

namespace broadsheet {
namespace {

using nlohmann::json;

json string_or_null(const std::string& s) { return s.empty() ? json(nullptr) : json(s); }

bool same_timestamp(const Timestamp& a, const Timestamp& b) {
    return a.epoch_seconds == b.epoch_seconds && a.has_offset == b.has_offset &&
           a.offset_minutes == b.offset_minutes && a.has_time == b.has_time;
}

// ---- reading: every accessor checks the type first, so no input throws ----

const json* member(const json& obj, const char* key) {
    auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
}

std::string string_member(const json& obj, const char* key) {
    const json* v = member(obj, key);
    return v != nullptr && v->is_string() ? v->get<std::string>() : std::string();
}

std::vector<std::string> strings_member(const json& obj, const char* key) {
    std::vector<std::string> out;
    const json* v = member(obj, key);
    if (v == nullptr || !v->is_array()) return out;
    for (const json& s : *v) {
        if (s.is_string() && !s.get_ref<const std::string&>().empty()) out.push_back(s.get<std::string>());
    }
    return out;
}

bool bool_member(const json& obj, const char* key) {
    const json* v = member(obj, key);
    return v != nullptr && v->is_boolean() && v->get<bool>();
}

// A line or record number: a positive integer that fits an int, else 0 ("not known").
int positive_int_member(const json& obj, const char* key) {
    const json* v = member(obj, key);
    if (v == nullptr || !v->is_number_integer()) return 0;
    int64_t n = v->get<int64_t>();
    return n > 0 && n <= std::numeric_limits<int>::max() ? static_cast<int>(n) : 0;
}

std::optional<int64_t> integer_member(const json& obj, const char* key) {
    const json* v = member(obj, key);
    if (v == nullptr || !v->is_number_integer()) return std::nullopt;
    if (v->is_number_unsigned()) {
        uint64_t u = v->get<uint64_t>();
        if (u > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) return std::nullopt;
        return static_cast<int64_t>(u);
    }
    return v->get<int64_t>();
}

std::optional<Timestamp> published_from_json(const json& obj) {
    const json* exact = member(obj, "published_exact");
    if (exact != nullptr && exact->is_object()) {
        auto epoch = integer_member(*exact, "epoch_seconds");
        auto offset = integer_member(*exact, "offset_minutes");
        if (epoch && offset && *offset >= -24 * 60 && *offset <= 24 * 60) {
            Timestamp ts;
            ts.epoch_seconds = *epoch;
            ts.offset_minutes = static_cast<int>(*offset);
            ts.has_offset = bool_member(*exact, "has_offset");
            ts.has_time = bool_member(*exact, "has_time");
            return ts;
        }
    }
    const json* iso = member(obj, "published");
    if (iso == nullptr || !iso->is_string()) return std::nullopt;
    return parse_date(iso->get_ref<const std::string&>());
}

std::vector<Paragraph> paragraphs_from_json(const json& obj) {
    std::vector<Paragraph> out;
    const json* texts = member(obj, "paragraphs");
    if (texts == nullptr || !texts->is_array()) return out;
    std::vector<bool> is_heading(texts->size(), false);
    if (const json* headings = member(obj, "heading_indexes"); headings != nullptr && headings->is_array()) {
        for (const json& h : *headings) {
            if (h.is_number_unsigned() && h.get<uint64_t>() < is_heading.size()) is_heading[h.get<size_t>()] = true;
        }
    }
    for (size_t i = 0; i < texts->size(); ++i) {
        const json& t = (*texts)[i];
        // An empty or non-string entry is skipped, but the heading indexes
        // still count it, so they keep pointing at the paragraph they named.
        if (!t.is_string() || t.get_ref<const std::string&>().empty()) continue;
        out.push_back({t.get<std::string>(), is_heading[i]});
    }
    return out;
}

}  // namespace

json article_to_json(const Article& a) {
    json j;
    j["broadsheet"] = kArticleJsonVersion;
    j["file"] = a.file;
    if (a.line > 0) j["line"] = a.line;
    if (a.record > 0) j["record"] = a.record;
    j["title"] = a.title;
    j["alternate_titles"] = a.alternate_titles;
    j["url"] = string_or_null(a.url);
    j["published"] = a.published ? json(format_iso8601(*a.published)) : json(nullptr);
    if (a.published) {
        // The ISO string is what people and other tools read; it loses the
        // offset of a bare date and the time of day a bare date may carry.
        // Only then is the exact form written as well.
        auto back = parse_date(format_iso8601(*a.published));
        if (!back || !same_timestamp(*back, *a.published)) {
            j["published_exact"] = {{"epoch_seconds", a.published->epoch_seconds},
                                    {"offset_minutes", a.published->offset_minutes},
                                    {"has_offset", a.published->has_offset},
                                    {"has_time", a.published->has_time}};
        }
    }
    j["source"] = string_or_null(a.source);
    j["authors"] = a.authors;
    j["description"] = string_or_null(a.description);
    j["language"] = string_or_null(a.language);
    j["image_url"] = string_or_null(a.image_url);
    json paragraphs = json::array();
    json headings = json::array();
    for (size_t i = 0; i < a.paragraphs.size(); ++i) {
        paragraphs.push_back(a.paragraphs[i].text);
        if (a.paragraphs[i].is_heading) headings.push_back(i);
    }
    j["paragraphs"] = std::move(paragraphs);
    j["heading_indexes"] = std::move(headings);
    j["truncated"] = a.is_truncated;
    return j;
}

void append_json_line(std::string& out, const json& record) {
    out += record.dump(-1, ' ', false, json::error_handler_t::replace);
    out += '\n';
}

bool is_article_json(const json& value) {
    if (!value.is_object()) return false;
    const json* version = member(value, "broadsheet");
    return version != nullptr && version->is_number_integer() && *version == kArticleJsonVersion;
}

ArticleJsonResult article_from_json(const json& value, const std::string& fallback_file) {
    ArticleJsonResult r;
    if (!value.is_object()) {
        r.error = std::string("not a JSON object but ") + value.type_name();
        return r;
    }
    Article a;
    a.title = string_member(value, "title");
    if (a.title.empty()) {
        r.error = "a Broadsheet record without a \"title\"";
        return r;
    }
    a.file = string_member(value, "file");
    if (a.file.empty()) a.file = fallback_file;
    a.line = positive_int_member(value, "line");
    a.record = positive_int_member(value, "record");
    a.alternate_titles = strings_member(value, "alternate_titles");
    a.url = string_member(value, "url");
    if (!is_web_url(a.url)) a.url.clear();
    a.published = published_from_json(value);
    a.source = string_member(value, "source");
    a.authors = strings_member(value, "authors");
    a.description = string_member(value, "description");
    a.language = string_member(value, "language");
    a.image_url = string_member(value, "image_url");
    if (!is_web_url(a.image_url)) a.image_url.clear();
    a.paragraphs = paragraphs_from_json(value);
    a.is_truncated = bool_member(value, "truncated");
    r.article = std::move(a);
    return r;
}

}  // namespace broadsheet
