#include "core/parse/json_record.h"

#include "core/article_json.h"
#include "core/parse/date_parse.h"
#include "core/parse/rfc822_date.h"
#include "core/parse/text_util.h"
#include "core/parse/url.h"

#include <cmath>
#include <initializer_list>

namespace broadsheet {
namespace {

using nlohmann::json;

// Every key we read, with the field it fills and its rank among that field's
// aliases (0 wins). A record is indexed in one pass over its keys: looking
// each alias up in the object instead cost ~45 map searches per record.
enum Field { kTitle, kText, kUrl, kDate, kDomain, kSource, kDescription, kLanguage, kImage,
             kAuthor, kTitlePage, kTitleRss, kFieldCount };
constexpr size_t kMaxRank = 12;

struct Alias {
    std::string_view key;
    Field field;
    unsigned char rank;
};

constexpr Alias kAliases[] = {
    {"title", kTitle, 0}, {"headline", kTitle, 1}, {"name", kTitle, 2},
    {"maintext", kText, 0}, {"text", kText, 1}, {"body", kText, 2}, {"content", kText, 3},
    {"articleBody", kText, 4}, {"article_body", kText, 5}, {"full_text", kText, 6}, {"fulltext", kText, 7},
    {"url", kUrl, 0}, {"link", kUrl, 1}, {"canonical_url", kUrl, 2}, {"webUrl", kUrl, 3}, {"href", kUrl, 4},
    {"date_publish", kDate, 0}, {"publishedAt", kDate, 1}, {"published", kDate, 2},
    {"published_at", kDate, 3}, {"datePublished", kDate, 4}, {"date_published", kDate, 5},
    {"pubDate", kDate, 6}, {"pub_date", kDate, 7}, {"date", kDate, 8}, {"created_at", kDate, 9},
    {"timestamp", kDate, 10},
    {"source_domain", kDomain, 0}, {"domain", kDomain, 1}, {"site", kDomain, 2},
    {"source", kSource, 0}, {"site_name", kSource, 1}, {"publisher", kSource, 2},
    {"description", kDescription, 0}, {"summary", kDescription, 1}, {"abstract", kDescription, 2},
    {"lead", kDescription, 3}, {"excerpt", kDescription, 4},
    {"language", kLanguage, 0}, {"lang", kLanguage, 1}, {"inLanguage", kLanguage, 2},
    {"image_url", kImage, 0}, {"urlToImage", kImage, 1}, {"top_image", kImage, 2}, {"image", kImage, 3},
    {"thumbnail", kImage, 4},
    {"authors", kAuthor, 0}, {"author", kAuthor, 1}, {"byline", kAuthor, 2}, {"creator", kAuthor, 3},
    {"title_page", kTitlePage, 0}, {"title_rss", kTitleRss, 0},
};

struct FieldIndex {
    const json* at[kFieldCount][kMaxRank] = {};
};

FieldIndex index_fields(const json& obj) {
    FieldIndex index;
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        const std::string& key = it.key();
        for (const Alias& alias : kAliases) {
            if (alias.key.size() == key.size() && alias.key == key) {
                index.at[alias.field][alias.rank] = &*it;
                break;
            }
        }
    }
    return index;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && static_cast<unsigned char>(s.front()) <= ' ') s.remove_prefix(1);
    while (!s.empty() && static_cast<unsigned char>(s.back()) <= ' ') s.remove_suffix(1);
    return s;
}

// The value as a trimmed string; "" when absent, not a string, "None" or
// "null" (news-please writes str(None) for missing values).
std::string_view as_string(const json* v) {
    if (v == nullptr || !v->is_string()) return {};
    std::string_view s = trim(v->get_ref<const std::string&>());
    if (s == "None" || s == "null") return {};
    return s;
}

std::string_view string_at(const json& obj, const char* key) {
    auto it = obj.find(key);
    return it == obj.end() ? std::string_view{} : as_string(&*it);
}

std::string_view first_string(const json& obj, std::initializer_list<const char*> keys) {
    for (const char* key : keys) {
        std::string_view s = string_at(obj, key);
        if (!s.empty()) return s;
    }
    return {};
}

// The best-ranked alias of `field` that holds a non-empty string.
std::string_view first_string(const FieldIndex& index, Field field) {
    for (const json* v : index.at[field]) {
        std::string_view s = as_string(v);
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

std::optional<Timestamp> date_from_record(const FieldIndex& index) {
    for (const json* it : index.at[kDate]) {
        if (it == nullptr) continue;
        if (it->is_number()) {
            if (auto ts = timestamp_from_number(it->get<double>())) return ts;
        } else if (it->is_string()) {
            std::string_view s = trim(it->get_ref<const std::string&>());
            if (s.empty() || s == "None" || s == "null") continue;
            if (auto ts = parse_any_date(s)) return ts;
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

std::vector<std::string> authors_from_record(const FieldIndex& index) {
    std::vector<std::string> authors;
    for (const json* it : index.at[kAuthor]) {
        if (it == nullptr) continue;
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
    if (text.empty() || text.back() != ']') return false;
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
    if (!s.empty() && s.front() != ' ' && s.back() != ' ' && !has_messy_spaces(s)) return std::string(s);
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

std::vector<Paragraph> split_lines(std::string_view text) {
    std::vector<Paragraph> paragraphs;
    size_t pos = 0;
    while (pos < text.size()) {
        // "\r\n", "\n" and a lone "\r" (old Mac) all end a line.
        size_t end = text.find_first_of("\r\n", pos);
        if (end == std::string_view::npos) end = text.size();
        std::string p = collapse_spaces(trim(text.substr(pos, end - pos)));
        if (!p.empty()) paragraphs.push_back({std::move(p), false});
        pos = end + 1;
    }
    return paragraphs;
}

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
                // One paragraph per line: collapse straight from the text.
                std::string p = collapse_spaces(line);
                if (!p.empty()) paragraphs.push_back({std::move(p), false});
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

namespace {

bool has_article_fields(const FieldIndex& index) {
    return !first_string(index, kTitle).empty() || !first_string(index, kText).empty() ||
           !first_string(index, kTitlePage).empty() || !first_string(index, kTitleRss).empty();
}

}  // namespace

bool looks_like_article_record(const json& value) {
    return value.is_object() && has_article_fields(index_fields(value));
}

RecordResult article_from_record(const json& value, const std::string& file) {
    RecordResult r;
    if (!value.is_object()) {
        r.error = std::string("not a JSON object but ") + value.type_name();
        return r;
    }
    if (is_article_json(value)) {
        // Our own export (or `broadsheet parse` output): read exactly, no heuristics.
        ArticleJsonResult exact = article_from_json(value, file);
        r.has_article_fields = true;
        r.article = std::move(exact.article);
        r.error = std::move(exact.error);
        return r;
    }
    FieldIndex index = index_fields(value);
    r.has_article_fields = has_article_fields(index);
    Article a;
    a.file = file;

    std::string_view title = first_string(index, kTitle);
    std::string_view page_title = first_string(index, kTitlePage);
    std::string_view feed_title = first_string(index, kTitleRss);
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

    std::string_view url = first_string(index, kUrl);
    if (is_web_url(url)) a.url = std::string(url);

    a.published = date_from_record(index);

    std::string_view source = first_string(index, kDomain);
    if (source.empty()) {
        for (const json* it : index.at[kSource]) {
            if (it == nullptr) continue;
            source = string_or_named(*it, {"name", "domain", "id"});
            if (!source.empty()) break;
        }
    }
    a.source = !source.empty() ? std::string(source) : url_host(a.url);

    a.authors = authors_from_record(index);
    a.description = std::string(first_string(index, kDescription));
    a.language = std::string(first_string(index, kLanguage));
    for (const json* it : index.at[kImage]) {
        if (it == nullptr) continue;
        std::string_view img = string_or_named(*it, {"url", "src", "contentUrl"});
        if (is_web_url(img)) {
            a.image_url = std::string(img);
            break;
        }
    }

    // news-please writes one paragraph per line of `maintext`, with "\n" or
    // "\n\n" between them (both are seen, sometimes in one record), and never
    // wraps a paragraph: each non-empty line is a paragraph. `text` is
    // news-please's older name for it and CC-News's (crawled with
    // news-please), so it follows the same rule. The other aliases (body,
    // content, articleBody...) come from tools that may hard-wrap, so they
    // keep the blank-line rule of split_body_text.
    std::string_view body;
    bool is_line_per_paragraph = false;
    for (size_t rank = 0; rank < kMaxRank && body.empty(); ++rank) {
        body = as_string(index.at[kText][rank]);
        is_line_per_paragraph = rank <= 1;  // "maintext" (rank 0) or "text" (rank 1)
    }
    std::string text(body);
    if (strip_newsapi_tail(text)) a.is_truncated = true;
    a.paragraphs = is_line_per_paragraph ? split_lines(text) : split_body_text(text);
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
