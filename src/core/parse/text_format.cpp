// The scraped text layout, read in three steps:
//   1. split into blank-line separated blocks of trimmed lines;
//   2. the header: title, up to two title variants, then URL / date / domain
//      lines (one per block or several in one block);
//   3. the body: one paragraph per block, hard-wrapped lines joined with a
//      space, short unpunctuated lines between paragraphs as subheadings, the
//      lone trailing "Source" dropped, a final "..." / "…" marking truncation.
#include "core/parse/text_format.h"

#include "core/parse/date_parse.h"
#include "core/parse/file_title.h"
#include "core/parse/rfc822_date.h"
#include "core/parse/text_util.h"
#include "core/parse/url.h"

#include <string>
#include <vector>

namespace broadsheet {
namespace {

bool starts_with(std::string_view s, std::string_view prefix) {
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool starts_with_nocase(std::string_view s, std::string_view lower_prefix) {
    if (s.size() < lower_prefix.size()) return false;
    for (size_t i = 0; i < lower_prefix.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != lower_prefix[i]) return false;
    }
    return true;
}

bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\r'; }

// Length of a Unicode blank at the start of `s` that scrapers leave around
// text: NBSP (U+00A0), zero-width space (U+200B), BOM/ZWNBSP (U+FEFF).
size_t unicode_blank_prefix(std::string_view s) {
    if (starts_with(s, "\xC2\xA0")) return 2;
    if (starts_with(s, "\xE2\x80\x8B") || starts_with(s, "\xEF\xBB\xBF")) return 3;
    return 0;
}

size_t unicode_blank_suffix(std::string_view s) {
    if (ends_with(s, "\xC2\xA0")) return 2;
    if (ends_with(s, "\xE2\x80\x8B") || ends_with(s, "\xEF\xBB\xBF")) return 3;
    return 0;
}

std::string_view trim(std::string_view s) {
    while (!s.empty()) {
        if (is_ascii_space(s.front())) {
            s.remove_prefix(1);
        } else if (size_t n = unicode_blank_prefix(s)) {
            s.remove_prefix(n);
        } else {
            break;
        }
    }
    while (!s.empty()) {
        if (is_ascii_space(s.back())) {
            s.remove_suffix(1);
        } else if (size_t n = unicode_blank_suffix(s)) {
            s.remove_suffix(n);
        } else {
            break;
        }
    }
    return s;
}

struct Block {
    size_t first = 0;  // index into the line list
    size_t count = 0;
};

struct Blocks {
    std::vector<std::string_view> lines;  // trimmed, non-empty
    std::vector<Block> blocks;
};

Blocks split_blocks(std::string_view text) {
    Blocks b;
    b.lines.reserve(64);
    b.blocks.reserve(32);
    bool in_block = false;
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = trim(text.substr(pos, end - pos));
        if (line.empty()) {
            in_block = false;
        } else {
            if (!in_block) b.blocks.push_back({b.lines.size(), 0});
            in_block = true;
            b.lines.push_back(line);
            ++b.blocks.back().count;
        }
        pos = end + 1;
    }
    return b;
}

// Joins a block's lines with one space and collapses runs of spaces and tabs
// inside a line (scrapers leave double spaces from removed inline markup).
std::string join_lines(const Blocks& b, const Block& block) {
    std::string out;
    size_t total = 0;
    for (size_t i = 0; i < block.count; ++i) total += b.lines[block.first + i].size() + 1;
    out.reserve(total);
    for (size_t i = 0; i < block.count; ++i) {
        std::string_view l = b.lines[block.first + i];
        if (!out.empty()) out += ' ';
        if (!has_messy_spaces(l)) {
            out.append(l.data(), l.size());
            continue;
        }
        size_t run = 0;
        while (run < l.size()) {
            size_t ws = run;
            while (ws < l.size() && l[ws] != ' ' && l[ws] != '\t') ++ws;
            out.append(l.data() + run, ws - run);
            if (ws == l.size()) break;
            out += ' ';
            while (ws < l.size() && (l[ws] == ' ' || l[ws] == '\t')) ++ws;
            run = ws;
        }
    }
    return out;
}

enum class HeaderLine { None, Url, Date, Domain };

struct Header {
    HeaderLine kind = HeaderLine::None;
    std::string_view value;
};

// A URL line has no spaces and a scheme. Only http(s) ones are kept later,
// but other schemes (javascript:, mailto:, data:) are still header lines to
// drop, not body text.
bool looks_like_url(std::string_view l) {
    if (l.find_first_of(" \t") != std::string_view::npos) return false;
    if (l.find("://") != std::string_view::npos) return true;
    static const std::string_view kSchemes[] = {"javascript:", "mailto:", "data:", "about:",
                                                "tel:", "urn:", "news:"};
    for (std::string_view s : kSchemes) {
        if (starts_with_nocase(l, s)) return true;
    }
    return false;
}

std::string_view after_label(std::string_view l, size_t label_len) { return trim(l.substr(label_len)); }

Header classify_line(std::string_view l) {
    struct Label {
        std::string_view lower;
        HeaderLine kind;
    };
    static const Label kLabels[] = {
        {"publish date:", HeaderLine::Date},   {"published date:", HeaderLine::Date},
        {"date published:", HeaderLine::Date}, {"published:", HeaderLine::Date},
        {"source domain:", HeaderLine::Domain}, {"url:", HeaderLine::Url},
    };
    for (const Label& label : kLabels) {
        if (starts_with_nocase(l, label.lower)) return {label.kind, after_label(l, label.lower.size())};
    }
    if (looks_like_url(l)) return {HeaderLine::Url, l};
    return {};
}

// A block is a header block when every line in it is a header line.
bool is_header_block(const Blocks& b, const Block& block) {
    for (size_t i = 0; i < block.count; ++i) {
        if (classify_line(b.lines[block.first + i]).kind == HeaderLine::None) return false;
    }
    return true;
}

// Without a header to anchor on, a repeated title is the same text or one
// that contains the other ("Title | Site", "Site - Title").
bool is_title_variant(std::string_view title, std::string_view candidate) {
    if (candidate.size() > 400) return false;
    return candidate.find(title) != std::string_view::npos ||
           title.find(candidate) != std::string_view::npos;
}

bool ends_sentence(std::string_view s) {
    static const std::string_view kEnders[] = {".", "!", "?", ":", ";", ",", "\"", "'", ")", "]",
                                               "\xE2\x80\x9D", "\xE2\x80\x99", "\xE2\x80\xA6"};
    for (std::string_view e : kEnders) {
        if (ends_with(s, e)) return true;
    }
    return false;
}

// A subheading: short, mostly words (not a table row of figures such as
// "Shr 1.12 dlrs vs 1.04"), and no sentence punctuation at the end.
bool looks_like_heading(std::string_view s) {
    if (s.size() > 120 || ends_sentence(s)) return false;
    size_t words = 0, letters = 0, digits = 0;
    bool in_word = false;
    for (char c : s) {
        bool space = c == ' ';
        if (!space && !in_word) ++words;
        in_word = !space;
        if (c >= '0' && c <= '9') ++digits;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80) ++letters;
    }
    return words <= 12 && letters > 2 * digits;
}

bool is_truncation_marker(std::string_view s) {
    static const std::string_view kMarkers[] = {"...", "\xE2\x80\xA6", "[...]", "[\xE2\x80\xA6]",
                                                "(...)", "(\xE2\x80\xA6)"};
    for (std::string_view m : kMarkers) {
        if (ends_with(s, m)) return true;
    }
    return false;
}

// Files written without blank lines in the header ("Title\nhttps://...\n
// Publish Date: ...") would otherwise read as one paragraph: in the first
// few blocks, a block that mixes header and other lines becomes one block
// per line.
void separate_header_lines(Blocks& b) {
    std::vector<Block> out;
    size_t limit = b.blocks.size() < 4 ? b.blocks.size() : 4;
    for (size_t k = 0; k < limit; ++k) {
        const Block block = b.blocks[k];
        bool has_header = false;
        for (size_t i = 0; i < block.count && !has_header; ++i) {
            has_header = classify_line(b.lines[block.first + i]).kind != HeaderLine::None;
        }
        if (!has_header || block.count == 1) {
            out.push_back(block);
            continue;
        }
        for (size_t i = 0; i < block.count; ++i) out.push_back({block.first + i, 1});
    }
    if (out.size() == limit) return;
    out.insert(out.end(), b.blocks.begin() + static_cast<std::ptrdiff_t>(limit), b.blocks.end());
    b.blocks = std::move(out);
}

}  // namespace

ParseResult parse_text_article(std::string_view file_name, std::string_view text) {
    ParseResult result;
    Blocks b = split_blocks(text);
    separate_header_lines(b);
    const std::vector<Block>& blocks = b.blocks;
    if (blocks.empty()) {
        result.errors.push_back({std::string(file_name), 0, "the file has no text (only blank lines)"});
        return result;
    }
    // A file that starts with its URL / date lines has no title line: it is
    // named after the file, unless nothing but header lines follow (then
    // there is no article in it at all).
    bool is_untitled = is_header_block(b, blocks[0]);
    if (is_untitled) {
        bool has_body = false;
        for (const Block& block : blocks) has_body = has_body || !is_header_block(b, block);
        if (!has_body) {
            result.errors.push_back({std::string(file_name), 1,
                                     "no article: the file has only URL, date or source lines, no title or text"});
            return result;
        }
    }

    Article a;
    a.file = std::string(file_name);
    a.title = is_untitled ? title_from_file_name(file_name) : join_lines(b, blocks[0]);

    // Title variants: when a header block follows within the next three
    // blocks, every block before it is a variant (a hard-wrapped one is
    // joined); otherwise only single lines that repeat or contain the title are.
    size_t header_at = 0;
    for (size_t k = 1; k < blocks.size() && k <= 3; ++k) {
        if (is_header_block(b, blocks[k])) {
            header_at = k;
            break;
        }
    }
    size_t i = is_untitled ? 0 : 1;
    auto add_alternate = [&](std::string alt) {
        if (alt == a.title) return;
        for (const std::string& seen : a.alternate_titles) {
            if (seen == alt) return;
        }
        a.alternate_titles.push_back(std::move(alt));
    };
    if (is_untitled) {
        // The header starts at block 0: no title variants to look for.
    } else if (header_at > 0) {
        for (; i < header_at; ++i) add_alternate(join_lines(b, blocks[i]));
    } else {
        while (i < blocks.size() && i < 3 && blocks[i].count == 1) {
            std::string alt = join_lines(b, blocks[i]);
            if (!is_title_variant(a.title, alt)) break;
            add_alternate(std::move(alt));
            ++i;
        }
    }

    std::string domain;
    for (; i < blocks.size() && is_header_block(b, blocks[i]); ++i) {
        for (size_t k = 0; k < blocks[i].count; ++k) {
            Header h = classify_line(b.lines[blocks[i].first + k]);
            if (h.kind == HeaderLine::Url) {
                if (a.url.empty() && is_web_url(h.value)) a.url = std::string(h.value);
            } else if (h.kind == HeaderLine::Date) {
                if (h.value.empty() || h.value == "None" || h.value == "null") continue;
                if (auto ts = parse_any_date(h.value)) {
                    a.published = *ts;
                } else {
                    result.warnings.push_back({std::string(file_name), 0,
                                               "unreadable publish date \"" +
                                                   clip_utf8(h.value, 60) +
                                                   "\"; the article has no date"});
                }
            } else if (h.kind == HeaderLine::Domain) {
                if (h.value != "None" && h.value != "null") domain = std::string(h.value);
            }
        }
    }
    a.source = !domain.empty() ? domain : url_host(a.url);

    size_t body_end = blocks.size();
    if (body_end > i && blocks[body_end - 1].count == 1 && b.lines[blocks[body_end - 1].first] == "Source") {
        --body_end;
    }
    a.paragraphs.reserve(body_end - i);
    for (; i < body_end; ++i) {
        Paragraph p;
        p.text = join_lines(b, blocks[i]);
        bool is_between_paragraphs = i + 1 < body_end && !a.paragraphs.empty();
        p.is_heading = is_between_paragraphs && blocks[i].count == 1 && looks_like_heading(p.text);
        a.paragraphs.push_back(std::move(p));
    }
    // A title alone is still an article (a headline saved without its text);
    // the reader says that it has no text.
    if (!a.paragraphs.empty()) a.is_truncated = is_truncation_marker(a.paragraphs.back().text);
    result.articles.push_back(std::move(a));
    return result;
}

}  // namespace broadsheet
