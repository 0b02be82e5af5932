#include "core/parse/json_format.h"

#include "core/article_json.h"

#include "core/parse/decode_text.h"
#include "core/parse/json_record.h"
#include "core/parse/text_util.h"

#include <nlohmann/json.hpp>

namespace broadsheet {
namespace {

using nlohmann::json;

const char kNoArticle[] =
    "no article found: a JSON article needs a \"title\" (or \"headline\") and a text field "
    "(\"maintext\", \"text\", \"body\" or \"content\")";

// A SAX consumer that keeps nothing but the first syntax error: nlohmann only
// explains a failure through an exception or through this callback, and
// exceptions are off limits on untrusted input.
struct ErrorOnlySax {
    std::string message;
    bool null() { return true; }
    bool boolean(bool) { return true; }
    bool number_integer(json::number_integer_t) { return true; }
    bool number_unsigned(json::number_unsigned_t) { return true; }
    bool number_float(json::number_float_t, const json::string_t&) { return true; }
    bool string(json::string_t&) { return true; }
    bool binary(json::binary_t&) { return true; }
    bool start_object(std::size_t) { return true; }
    bool key(json::string_t&) { return true; }
    bool end_object() { return true; }
    bool start_array(std::size_t) { return true; }
    bool end_array() { return true; }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex) {
        std::string_view what = ex.what();
        // "[json.exception.parse_error.101] parse error at line 1, column 5: ..."
        size_t close = what.find("] ");
        if (close != std::string_view::npos) what.remove_prefix(close + 2);
        if (what.substr(0, 12) == "parse error ") what.remove_prefix(12);
        // The "last read" token can end inside a UTF-8 sequence.
        message.clear();
        repair_utf8(clip_utf8(what, 200), message);
        return false;
    }
};

bool is_blank(std::string_view s) {
    for (char c : s) {
        if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
    }
    return true;
}

struct Collector {
    std::string_view file_name;
    ParseResult result;
    size_t suppressed = 0;

    void error(int line, int record, std::string message) {
        if (result.errors.size() >= kMaxErrorsPerFile) {
            ++suppressed;
            return;
        }
        ParseError e{std::string(file_name), line, std::move(message)};
        e.record = record;
        result.errors.push_back(std::move(e));
    }

    // Returns whether the value had article fields at all.
    bool record(const json& value, int line, int record_no) {
        RecordResult r = article_from_record(value, std::string(file_name));
        if (r.article) {
            result.articles.push_back(std::move(*r.article));
            // Where the reader says it came from. Our own export already
            // carries the article's origin (file, line, record): the export's
            // line numbers would point into the wrong file.
            if (!is_article_json(value)) {
                result.articles.back().line = line;
                result.articles.back().record = record_no;
            }
        } else if (r.has_article_fields || record_no > 0) {
            error(line, record_no, r.error);
        } else {
            error(line, record_no, kNoArticle);
        }
        return r.has_article_fields;
    }

    void array(const json& items, int line) {
        if (items.empty()) {
            error(line, 0, "the JSON array is empty: no articles");
            return;
        }
        size_t errors_before = result.errors.size();
        size_t suppressed_before = suppressed;
        bool any = false;
        int n = 0;
        for (const json& item : items) any = record(item, line, ++n) || any;
        if (!any) {
            // Nothing in it was an article: one error for the array, not one per element.
            result.errors.resize(errors_before);
            suppressed = suppressed_before;
            error(line, 0, kNoArticle);
        }
    }

    ParseResult finish() {
        if (suppressed > 0) {
            result.errors.push_back({std::string(file_name), 0,
                                     "and " + std::to_string(suppressed) +
                                         " more failed records or lines not listed"});
        }
        return std::move(result);
    }
};

// The array of records inside a wrapper object, searched breadth-first a few
// levels down; nullptr when there is none.
const json* find_record_array(const json& obj, int depth) {
    static const char* const kWrappers[] = {"articles", "items",     "results", "data",
                                            "records",  "entries",   "documents", "posts",
                                            "news",     "response"};
    for (const char* key : kWrappers) {
        auto it = obj.find(key);
        if (it != obj.end() && it->is_array()) {
            for (const json& item : *it) {
                if (looks_like_article_record(item)) return &*it;
            }
        }
    }
    if (depth == 0) return nullptr;
    for (const auto& item : obj.items()) {
        if (item.value().is_object()) {
            if (const json* found = find_record_array(item.value(), depth - 1)) return found;
        }
    }
    return nullptr;
}

void read_value(Collector& c, const json& value, int line) {
    if (value.is_array()) {
        c.array(value, line);
        return;
    }
    if (!value.is_object()) {
        c.error(line, 0, std::string(kNoArticle) + " (the JSON value is a " + value.type_name() + ")");
        return;
    }
    if (looks_like_article_record(value)) {
        c.record(value, line, 0);
        return;
    }
    if (const json* items = find_record_array(value, 3)) {
        c.array(*items, line);
        return;
    }
    auto status = value.find("status");
    auto message = value.find("message");
    if (status != value.end() && status->is_string() && *status == "error" && message != value.end() &&
        message->is_string()) {
        c.error(line, 0, "the API returned an error instead of articles: " +
                             clip_utf8(message->get_ref<const std::string&>(), 200));
        return;
    }
    c.error(line, 0, kNoArticle);
}

}  // namespace

int json_too_deep_line(std::string_view text, int max_depth) {
    int depth = 0;
    int line = 1;
    bool is_in_string = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '\n') ++line;
        if (is_in_string) {
            if (c == '\\') {
                ++i;  // an escaped character (a raw newline is invalid JSON anyway)
            } else if (c == '"') {
                is_in_string = false;
            }
        } else if (c == '"') {
            is_in_string = true;
        } else if (c == '[' || c == '{') {
            if (++depth > max_depth) return line;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return 0;
}

std::string json_syntax_error(std::string_view text) {
    ErrorOnlySax sax;
    json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true);
    return sax.message;
}

static std::string too_deep_message() {
    return "nested too deeply (more than " + std::to_string(kMaxJsonDepth) +
           " levels of arrays and objects), which no article needs; not read";
}

ParseResult parse_json_document(std::string_view file_name, std::string_view utf8) {
    Collector c{file_name, {}, 0};
    if (int line = json_too_deep_line(utf8)) {
        c.error(line, 0, too_deep_message());
        return c.finish();
    }
    // A top-level array is read record by record: each element becomes an
    // Article as soon as it is complete and its DOM is dropped, so a 100 MB
    // array never exists as one DOM, and the records before a syntax error
    // are kept.
    bool is_top_array = false;
    bool any_article = false;
    int record_no = 0;
    auto on_event = [&](int depth, json::parse_event_t event, json& parsed) -> bool {
        if (depth == 0 && event == json::parse_event_t::array_start) is_top_array = true;
        if (!is_top_array || depth != 1) return true;
        if (event == json::parse_event_t::object_end || event == json::parse_event_t::array_end ||
            event == json::parse_event_t::value) {
            any_article = c.record(parsed, 0, ++record_no) || any_article;
            return false;  // drop this element's DOM
        }
        return true;
    };
    json value = json::parse(utf8.begin(), utf8.end(), on_event, false);
    if (value.is_discarded()) {
        std::string why = json_syntax_error(utf8);
        std::string message = "not valid JSON: " + (why.empty() ? std::string("syntax error") : why);
        if (!c.result.articles.empty()) {
            message += "; the " + std::to_string(c.result.articles.size()) + " records before it were added";
        }
        c.error(0, 0, std::move(message));
        return c.finish();
    }
    if (!is_top_array) {
        read_value(c, value, 0);
    } else if (record_no == 0) {
        c.error(0, 0, "the JSON array is empty: no articles");
    } else if (!any_article) {
        // Nothing in it was an article: one error for the array, not one per element.
        c.result.errors.clear();
        c.suppressed = 0;
        c.error(0, 0, kNoArticle);
    }
    return c.finish();
}

ParseResult parse_json_lines(std::string_view file_name, std::string_view utf8) {
    Collector c{file_name, {}, 0};
    size_t pos = 0;
    int line_no = 0;
    bool any_line = false;
    while (pos < utf8.size()) {
        size_t end = utf8.find('\n', pos);
        if (end == std::string_view::npos) end = utf8.size();
        std::string_view line = utf8.substr(pos, end - pos);
        ++line_no;
        pos = end + 1;
        if (is_blank(line)) continue;
        any_line = true;
        if (json_too_deep_line(line) != 0) {
            c.error(line_no, 0, too_deep_message());
            continue;
        }
        // One small DOM per line, freed before the next: memory follows the
        // longest line, not the file.
        json value = json::parse(line.begin(), line.end(), nullptr, false);
        if (value.is_discarded()) {
            std::string why = json_syntax_error(line);
            c.error(line_no, 0, "not valid JSON: " + (why.empty() ? std::string("syntax error") : why));
            continue;
        }
        if (value.is_object()) {
            c.record(value, line_no, 0);
        } else {
            read_value(c, value, line_no);
        }
    }
    if (!any_line) c.error(0, 0, "the file has only blank lines: no articles");
    return c.finish();
}

}  // namespace broadsheet
