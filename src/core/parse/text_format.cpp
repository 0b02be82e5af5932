#include "core/parse/text_format.h"

#include "core/parse/date_parse.h"
#include "core/parse/url.h"

#include <string>
#include <vector>

namespace broadsheet {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

// Blank-line separated blocks, each a list of trimmed non-empty lines.
std::vector<std::vector<std::string_view>> split_blocks(std::string_view text) {
    std::vector<std::vector<std::string_view>> blocks;
    std::vector<std::string_view> current;
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = trim(text.substr(pos, end - pos));
        if (line.empty()) {
            if (!current.empty()) blocks.push_back(std::move(current));
            current.clear();
        } else {
            current.push_back(line);
        }
        pos = end + 1;
    }
    if (!current.empty()) blocks.push_back(std::move(current));
    return blocks;
}

std::string join_lines(const std::vector<std::string_view>& lines) {
    std::string out;
    for (std::string_view l : lines) {
        if (!out.empty()) out += ' ';
        out.append(l.data(), l.size());
    }
    return out;
}

enum class HeaderLine { None, Url, Date, Domain };

HeaderLine classify_header(const std::vector<std::string_view>& block) {
    if (block.size() != 1) return HeaderLine::None;
    std::string_view l = block[0];
    if (starts_with(l, "Publish Date:")) return HeaderLine::Date;
    if (starts_with(l, "Source Domain:")) return HeaderLine::Domain;
    if (l.find(' ') == std::string_view::npos && l.find("://") != std::string_view::npos) {
        return HeaderLine::Url;
    }
    if (starts_with(l, "javascript:") || starts_with(l, "mailto:") || starts_with(l, "data:")) {
        return HeaderLine::Url;
    }
    return HeaderLine::None;
}

// A repeated title is the same text, or one that contains the other
// ("Title | Site", "Site - Title").
bool is_title_variant(std::string_view title, std::string_view candidate) {
    if (candidate.size() > 400) return false;
    return candidate.find(title) != std::string_view::npos ||
           title.find(candidate) != std::string_view::npos;
}

bool ends_sentence(std::string_view s) {
    static const std::string_view kEnders[] = {".", "!", "?", ":", ";", "\"", "'", ")",
                                               "\xE2\x80\x9D", "\xE2\x80\x99", "\xE2\x80\xA6"};
    for (std::string_view e : kEnders) {
        if (s.size() >= e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0) return true;
    }
    return false;
}

size_t count_words(std::string_view s) {
    size_t words = 0;
    bool in_word = false;
    for (char c : s) {
        bool space = c == ' ' || c == '\t';
        if (!space && !in_word) ++words;
        in_word = !space;
    }
    return words;
}

bool is_truncation_marker(std::string_view s) {
    return (s.size() >= 3 && s.compare(s.size() - 3, 3, "...") == 0) ||
           (s.size() >= 3 && s.compare(s.size() - 3, 3, "\xE2\x80\xA6") == 0);
}

}  // namespace

ParseResult parse_text_article(std::string_view file_name, std::string_view text) {
    ParseResult result;
    auto blocks = split_blocks(text);
    if (blocks.empty()) {
        result.errors.push_back({std::string(file_name), 0, "the file is empty"});
        return result;
    }

    Article a;
    a.file = std::string(file_name);
    a.title = join_lines(blocks[0]);
    size_t i = 1;
    // Title variants come before any header line; at most two of them.
    while (i < blocks.size() && i < 3 && classify_header(blocks[i]) == HeaderLine::None &&
           is_title_variant(a.title, join_lines(blocks[i]))) {
        std::string alt = join_lines(blocks[i]);
        if (alt != a.title) a.alternate_titles.push_back(std::move(alt));
        ++i;
    }
    std::string domain;
    for (; i < blocks.size(); ++i) {
        HeaderLine kind = classify_header(blocks[i]);
        if (kind == HeaderLine::None) break;
        std::string_view line = blocks[i][0];
        if (kind == HeaderLine::Url) {
            if (is_web_url(line)) a.url = std::string(line);
        } else if (kind == HeaderLine::Date) {
            if (auto ts = parse_date(trim(line.substr(13)))) a.published = *ts;
        } else {
            domain = std::string(trim(line.substr(14)));
        }
    }
    a.source = !domain.empty() ? domain : url_host(a.url);

    size_t body_end = blocks.size();
    if (body_end > i && blocks[body_end - 1].size() == 1 && blocks[body_end - 1][0] == "Source") {
        --body_end;
    }
    for (; i < body_end; ++i) {
        Paragraph p;
        p.text = join_lines(blocks[i]);
        bool between_paragraphs = i + 1 < body_end && !a.paragraphs.empty();
        p.is_heading = between_paragraphs && blocks[i].size() == 1 && count_words(p.text) <= 12 &&
                       !ends_sentence(p.text);
        a.paragraphs.push_back(std::move(p));
    }
    if (!a.paragraphs.empty()) a.is_truncated = is_truncation_marker(a.paragraphs.back().text);
    result.articles.push_back(std::move(a));
    return result;
}

}  // namespace broadsheet
