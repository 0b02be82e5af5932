#include "core/parse/markdown_front_matter.h"

namespace broadsheet {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

// A scalar: strips quotes (with \" and '' escapes) or a trailing " # comment".
std::string scalar(std::string_view v) {
    v = trim(v);
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') {
        std::string out;
        for (size_t i = 1; i + 1 < v.size(); ++i) {
            if (v[i] == '\\' && i + 2 < v.size()) {
                char n = v[++i];
                out += n == 'n' ? ' ' : n == 't' ? ' ' : n;
            } else {
                out += v[i];
            }
        }
        return out;
    }
    if (v.size() >= 2 && v.front() == '\'' && v.back() == '\'') {
        std::string out;
        for (size_t i = 1; i + 1 < v.size(); ++i) {
            out += v[i];
            if (v[i] == '\'' && i + 2 < v.size() && v[i + 1] == '\'') ++i;
        }
        return out;
    }
    size_t hash = v.find(" #");
    if (hash != std::string_view::npos) v = trim(v.substr(0, hash));
    return std::string(v);
}

// "[A, B]" -> {"A", "B"}; quoted items keep their commas.
std::vector<std::string> flow_list(std::string_view v) {
    std::vector<std::string> out;
    v = trim(v);
    v.remove_prefix(1);
    if (!v.empty() && v.back() == ']') v.remove_suffix(1);
    size_t start = 0;
    char quote = 0;
    for (size_t i = 0; i <= v.size(); ++i) {
        char c = i < v.size() ? v[i] : ',';
        if (quote) {
            if (c == quote) quote = 0;
        } else if (c == '"' || c == '\'') {
            quote = c;
        } else if (c == ',') {
            std::string item = scalar(v.substr(start, i - start));
            if (!item.empty()) out.push_back(item);
            start = i + 1;
        }
    }
    return out;
}

bool is_fence(std::string_view line, bool closing) {
    line = trim(line);
    return line == "---" || (closing && line == "...");
}

}  // namespace

FrontMatter read_front_matter(std::string_view text) {
    FrontMatter fm;
    fm.body = text;
    size_t nl = text.find('\n');
    if (nl == std::string_view::npos || !is_fence(text.substr(0, nl), false)) return fm;
    std::vector<std::string_view> lines;
    size_t pos = nl + 1;
    int line_no = 2;
    bool closed = false;
    while (pos <= text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++line_no;
        if (is_fence(line, true)) {
            closed = true;
            break;
        }
        lines.push_back(line);
        if (end == text.size()) break;
    }
    if (!closed) return fm;
    fm.is_present = true;
    fm.body = pos <= text.size() ? text.substr(pos) : std::string_view();
    fm.body_line = line_no;

    std::string list_key;  // the key whose "- item" lines follow
    for (std::string_view raw : lines) {
        std::string_view line = trim(raw);
        if (line.empty() || line.front() == '#') continue;
        if (line.front() == '-' && !list_key.empty()) {
            std::string item = scalar(line.substr(1));
            // "- name: Jane" inside an authors list
            size_t colon = item.find(": ");
            if (colon != std::string::npos && lower(trim(std::string_view(item).substr(0, colon))) == "name") {
                item = scalar(std::string_view(item).substr(colon + 2));
            }
            if (!item.empty() && (list_key == "author" || list_key == "authors")) fm.authors.push_back(item);
            continue;
        }
        size_t colon = line.find(':');
        if (colon == std::string_view::npos || raw.front() == ' ' || raw.front() == '\t') {
            continue;  // nested or continuation lines are not read
        }
        std::string key = lower(trim(line.substr(0, colon)));
        std::string_view value = trim(line.substr(colon + 1));
        list_key.clear();
        if (value.empty()) {
            list_key = key;
            continue;
        }
        if (key == "author" || key == "authors") {
            if (value.front() == '[') {
                for (std::string& a : flow_list(value)) fm.authors.push_back(std::move(a));
            } else {
                std::string a = scalar(value);
                if (!a.empty()) fm.authors.push_back(a);
            }
            continue;
        }
        std::string v = scalar(value);
        if (key == "title") fm.title = v;
        else if (key == "date" || key == "published" || key == "pubdate") fm.date = v;
        else if (key == "url" || key == "link" || key == "canonical_url") { if (fm.url.empty()) fm.url = v; }
        else if (key == "source" || key == "site" || key == "site_name") fm.source = v;
        else if (key == "description" || key == "summary" || key == "excerpt") fm.description = v;
        else if (key == "lang" || key == "language") fm.language = v;
        else if (key == "image" || key == "cover") fm.image = v;
    }
    return fm;
}

}  // namespace broadsheet
