#include "core/parse/json_record.h"

#include "core/parse/date_parse.h"
#include "core/parse/url.h"

#include <cmath>
#include <initializer_list>

namespace broadsheet {
namespace {

using nlohmann::json;

constexpr std::initializer_list<const char*> kTitleKeys = {"title", "headline", "name"};
constexpr std::initializer_list<const char*> kTextKeys = {"maintext", "text", "body", "content",
                                                          "articleBody", "article_body", "full_text",
                                                          "fulltext"};
constexpr std::initializer_list<const char*> kUrlKeys = {"url", "link", "canonical_url", "webUrl",
                                                         "href"};
constexpr std::initializer_list<const char*> kDateKeys = {
    "date_publish", "publishedAt", "published", "published_at", "datePublished", "date_published",
    "pubDate", "pub_date", "date", "created_at", "timestamp"};
constexpr std::initializer_list<const char*> kDomainKeys = {"source_domain", "domain", "site"};
constexpr std::initializer_list<const char*> kSourceKeys = {"source", "site_name", "publisher"};
constexpr std::initializer_list<const char*> kDescriptionKeys = {"description", "summary",
                                                                 "abstract", "lead", "excerpt"};
constexpr std::initializer_list<const char*> kLanguageKeys = {"language", "lang", "inLanguage"};
constexpr std::initializer_list<const char*> kImageKeys = {"image_url", "urlToImage", "top_image",
                                                           "image", "thumbnail"};
constexpr std::initializer_list<const char*> kAuthorKeys = {"authors", "author", "byline",
                                                            "creator"};

std::string_view trim(std::string_view s) {
    while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
    while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
    return s;
}

// The string at `key`, trimmed; "" when absent, not a string, "None" or "null"
// (news-please writes str(None) for missing values).
std::string_view string_at(const json& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string()) return {};
    std::string_view s = trim(it->get_ref<const std::string&>());
    if (s == "None" || s == "null") return {};
    return s;
}

std::string_view first_string(const json& obj, std::initializer_list<const char*> keys) {
    for (const char* key : keys) {
        std::string_view s = string_at(obj, key);
        if (!s.empty()) return s;
    }
    return {};
}

// A string, or an object carrying one under a name-like key
// ({"name": "BBC News"}, {"url": "https://..."}).
std::string_view string_or_named(const json& v, std::initializer_list<const char*> inner_keys) {
    if (v.is_string()) {
        std::string_view s = trim(v.get_ref<const std::string&>());
        return s == "None" || s == "null" ? std::string_view{} : s;
    }
    if (v.is_object()) return first_string(v, inner_keys);
    return {};
}

std::optional<Timestamp> timestamp_from_number(double seconds) {
    if (!std::isfinite(seconds)) return std::nullopt;
    // Milliseconds are common (JavaScript Date.now()); 1e11 s is the year 5138.
    if (std::fabs(seconds) >= 1e11) seconds /= 1000.0;
    // Keep to years 0..9999 so formatting stays four digits.
    if (seconds < -62167219200.0 || seconds > 253402300799.0) return std::nullopt;
    Timestamp ts;
    ts.epoch_seconds = static_cast<int64_t>(std::floor(seconds));
    ts.has_offset = true;  // epoch time is UTC by definition
    return ts;
}

std::optional<Timestamp> date_from_record(const json& obj) {
    for (const char* key : kDateKeys) {
        auto it = obj.find(key);
        if (it == obj.end()) continue;
        if (it->is_number()) {
            if (auto ts = timestamp_from_number(it->get<double>())) return ts;
        } else if (it->is_string()) {
            std::string_view s = trim(it->get_ref<const std::string&>());
            if (s.empty() || s == "None" || s == "null") continue;
            if (auto ts = parse_date(s)) return ts;
        }
    }
    return std::nullopt;
}

void add_author(std::vector<std::string>& authors, std::string_view name) {
    name = trim(name);
    if (name.empty() || name == "None" || name == "null") return;
    for (const std::string& seen : authors) {
        if (seen == name) return;
    }
    authors.emplace_back(name);
}

std::vector<std::string> authors_from_record(const json& obj) {
    std::vector<std::string> authors;
    for (const char* key : kAuthorKeys) {
        auto it = obj.find(key);
        if (it == obj.end()) continue;
        if (it->is_array()) {
            for (const json& a : *it) add_author(authors, string_or_named(a, {"name"}));
        } else {
            add_author(authors, string_or_named(*it, {"name"}));
        }
        if (!authors.empty()) break;
    }
    return authors;
}

// NewsAPI cuts `content` at 200 characters and appends "… [+1234 chars]".
bool strip_newsapi_tail(std::string& text) {
    size_t open = text.rfind(" [+");
    if (open == std::string::npos || text.size() < open + 10 || text.back() != ']') return false;
    std::string_view tail(text.data() + open + 3, text.size() - open - 4);
    size_t digits = 0;
    while (digits < tail.size() && tail[digits] >= '0' && tail[digits] <= '9') ++digits;
    if (digits == 0 || tail.substr(digits) != " chars") return false;
    text.resize(open);
    while (!text.empty() && text.back() == ' ') text.pop_back();
    return true;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string collapse_spaces(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    bool in_space = false;
    for (char c : s) {
        bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
        if (space) {
            in_space = true;
            continue;
        }
        if (in_space && !out.empty()) out += ' ';
        in_space = false;
        out += c;
    }
    return out;
}

}  // namespace

std::vector<Paragraph> split_body_text(std::string_view text) {
    std::vector<Paragraph> paragraphs;
    bool has_blank_lines = text.find("\n\n") != std::string_view::npos ||
                           text.find("\n \n") != std::string_view::npos ||
                           text.find("\r\n\r\n") != std::string_view::npos;
    std::string current;
    auto flush = [&]() {
        std::string p = collapse_spaces(current);
        if (!p.empty()) paragraphs.push_back({std::move(p), false});
        current.clear();
    };
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = trim(text.substr(pos, end - pos));
        if (!has_blank_lines || line.empty()) {
            if (has_blank_lines) {
                flush();
            } else {
                current.assign(line.data(), line.size());
                flush();
            }
        } else {
            if (!current.empty()) current += ' ';
            current.append(line.data(), line.size());
        }
        pos = end + 1;
    }
    flush();
    return paragraphs;
}

bool looks_like_article_record(const json& value) {
    if (!value.is_object()) return false;
    return !first_string(value, kTitleKeys).empty() || !first_string(value, kTextKeys).empty() ||
           !string_at(value, "title_page").empty() || !string_at(value, "title_rss").empty();
}

RecordResult article_from_record(const json& value, const std::string& file) {
    RecordResult r;
    if (!value.is_object()) {
        r.error = std::string("not a JSON object but ") + value.type_name();
        return r;
    }
    Article a;
    a.file = file;

    std::string_view title = first_string(value, kTitleKeys);
    std::string_view page_title = string_at(value, "title_page");
    std::string_view feed_title = string_at(value, "title_rss");
    if (title.empty()) title = !page_title.empty() ? page_title : feed_title;
    if (title.empty()) {
        r.error = "no title (looked for \"title\", \"headline\", \"title_page\", \"title_rss\")";
        return r;
    }
    a.title = collapse_spaces(title);
    for (std::string_view alt : {page_title, feed_title}) {
        std::string s = collapse_spaces(alt);
        if (s.empty() || s == a.title) continue;
        bool seen = false;
        for (const std::string& t : a.alternate_titles) seen = seen || t == s;
        if (!seen) a.alternate_titles.push_back(std::move(s));
    }

    std::string_view url = first_string(value, kUrlKeys);
    if (is_web_url(url)) a.url = std::string(url);

    a.published = date_from_record(value);

    std::string_view source = first_string(value, kDomainKeys);
    if (source.empty()) {
        for (const char* key : kSourceKeys) {
            auto it = value.find(key);
            if (it == value.end()) continue;
            source = string_or_named(*it, {"name", "domain", "id"});
            if (!source.empty()) break;
        }
    }
    a.source = !source.empty() ? std::string(source) : url_host(a.url);

    a.authors = authors_from_record(value);
    a.description = std::string(first_string(value, kDescriptionKeys));
    a.language = std::string(first_string(value, kLanguageKeys));
    for (const char* key : kImageKeys) {
        auto it = value.find(key);
        if (it == value.end()) continue;
        std::string_view img = string_or_named(*it, {"url", "src", "contentUrl"});
        if (is_web_url(img)) {
            a.image_url = std::string(img);
            break;
        }
    }

    std::string text(first_string(value, kTextKeys));
    if (strip_newsapi_tail(text)) a.is_truncated = true;
    a.paragraphs = split_body_text(text);
    if (a.paragraphs.empty() && !a.description.empty()) {
        // A feed-like record with only a lead: keep it readable rather than lose it.
        a.paragraphs = split_body_text(a.description);
    }
    if (a.paragraphs.empty()) {
        r.error = "no text (looked for \"maintext\", \"text\", \"body\", \"content\", "
                  "\"description\")";
        return r;
    }
    const std::string& last = a.paragraphs.back().text;
    if (ends_with(last, "...") || ends_with(last, "\xE2\x80\xA6")) a.is_truncated = true;
    r.article = std::move(a);
    return r;
}

}  // namespace broadsheet
