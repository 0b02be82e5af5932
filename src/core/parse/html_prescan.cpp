// Inside: the start-tag reader (HTML tokenizer rules for attributes), the
// raw-text skipping for script/style/svg, the nesting cap.
#include "core/parse/html_prescan.h"

#include "core/parse/html_dom.h"

namespace broadsheet {
namespace {

bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool starts_with_nocase(std::string_view s, size_t pos, std::string_view lower_word) {
    if (pos + lower_word.size() > s.size()) return false;
    for (size_t i = 0; i < lower_word.size(); ++i) {
        char c = s[pos + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != lower_word[i]) return false;
    }
    return true;
}

// Position of the "</name" that ends a raw-text element, or npos.
size_t find_end_tag(std::string_view s, size_t from, std::string_view lower_name) {
    for (size_t pos = s.find("</", from); pos != std::string_view::npos; pos = s.find("</", pos + 2)) {
        size_t after = pos + 2 + lower_name.size();
        if (starts_with_nocase(s, pos + 2, lower_name) &&
            (after >= s.size() || s[after] == '>' || s[after] == '/' || s[after] == ' ' || s[after] == '\t' ||
             s[after] == '\n' || s[after] == '\r' || s[after] == '\f')) {
            return pos;
        }
    }
    return std::string_view::npos;
}

// The attributes anything in src/core/parse reads; the others (data-*, srcset,
// on*, inline JSON...) are dropped before parsing, since gumbo allocates every one.
bool is_kept_attribute(std::string_view lower_name) {
    static const char* const kKept[] = {"id", "class", "style", "hidden", "aria-hidden", "rel", "itemprop",
                                        "href", "role", "property", "name", "content", "type", "datetime",
                                        "lang", "summary", "datatable", "charset", "http-equiv"};
    for (const char* k : kKept) {
        if (lower_name == k) return true;
    }
    return false;
}

bool is_html_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Reads a start tag's attributes from `pos` (just after the tag name) the way
// the HTML tokenizer does (quotes only delimit a value they open), appends the
// kept ones and the closing ">" to `out`, and returns the position after '>'.
// Returns npos when the tag never ends; `out` is then left unfinished.
size_t copy_start_tag_rest(std::string_view s, size_t pos, std::string& out) {
    size_t n = s.size();
    while (pos < n) {
        char c = s[pos];
        if (is_html_space(c)) { ++pos; continue; }
        if (c == '>') { out += '>'; return pos + 1; }
        if (c == '/') {
            if (pos + 1 < n && s[pos + 1] == '>') { out += "/>"; return pos + 2; }
            ++pos;
            continue;
        }
        size_t name_start = pos++;
        while (pos < n && !is_html_space(s[pos]) && s[pos] != '/' && s[pos] != '>' && s[pos] != '=') ++pos;
        std::string_view name = s.substr(name_start, pos - name_start);
        size_t after_name = pos;
        while (pos < n && is_html_space(s[pos])) ++pos;
        std::string_view value;
        bool has_value = false;
        if (pos < n && s[pos] == '=') {
            ++pos;
            while (pos < n && is_html_space(s[pos])) ++pos;
            if (pos >= n) return std::string_view::npos;
            size_t value_start = pos;
            if (s[pos] == '"' || s[pos] == '\'') {
                size_t close = s.find(s[pos], pos + 1);
                if (close == std::string_view::npos) return std::string_view::npos;
                pos = close + 1;
            } else {
                while (pos < n && !is_html_space(s[pos]) && s[pos] != '>') ++pos;
            }
            value = s.substr(value_start, pos - value_start);
            has_value = true;
        } else {
            pos = after_name;
        }
        if (name.size() <= 11 && is_kept_attribute(ascii_lower(name))) {
            out += ' ';
            out.append(name);
            if (has_value) {
                out += '=';
                out.append(value);
            }
        }
    }
    return std::string_view::npos;
}

// Elements that never hold children or whose end tag is optional: they do
// not deepen the tree the way an unclosed <div> does.
bool is_flat_element(std::string_view lower_name) {
    static const char* const kFlat[] = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                                        "meta", "param", "source", "track", "wbr", "p", "li", "dt", "dd",
                                        "tr", "td", "th", "thead", "tbody", "tfoot", "option", "optgroup",
                                        "rb", "rt", "rp", "colgroup", "caption", "html", "head", "body",
                                        "image", "keygen", "frame", "basefont", "bgsound"};
    for (const char* k : kFlat) {
        if (lower_name == k) return true;
    }
    return false;
}

// Copies text with each run of white space cut to its first character: the
// reader collapses white space anyway, and indentation is often 40% of what
// is left of a page for the parser.
void append_squeezed(std::string& out, std::string_view text) {
    size_t i = 0;
    while (i < text.size()) {
        size_t run = i;
        while (run < text.size() && !is_html_space(text[run])) ++run;
        out.append(text.substr(i, run - i));
        if (run == text.size()) break;
        out += text[run];
        i = run + 1;
        while (i < text.size() && is_html_space(text[i])) ++i;
    }
}

}  // namespace

std::string strip_scripts_and_styles(std::string_view s) {
    std::string out;
    out.reserve(s.size() / 2);
    size_t pos = 0;
    // gumbo's tree building is quadratic in nesting depth (100k nested <div>
    // take a minute), so start tags past kMaxOpen open elements are dropped,
    // with their end tags; their text stays.
    constexpr int kMaxOpen = 1000;
    int open = 0;
    int dropped = 0;
    while (pos < s.size()) {
        size_t lt = s.find('<', pos);
        if (lt == std::string_view::npos) break;
        if (s.compare(lt, 4, "<!--") == 0) {
            size_t end = s.find("-->", lt + 4);
            append_squeezed(out, s.substr(pos, lt - pos));
            pos = end == std::string_view::npos ? s.size() : end + 3;
            continue;
        }
        if (lt + 2 < s.size() && s[lt + 1] == '/' && is_ascii_alpha(s[lt + 2])) {
            size_t gt = s.find('>', lt + 2);
            if (gt == std::string_view::npos) break;
            size_t name_end = lt + 2;
            while (name_end < gt && !is_html_space(s[name_end]) && s[name_end] != '/') ++name_end;
            std::string name = ascii_lower(s.substr(lt + 2, name_end - lt - 2));
            append_squeezed(out, s.substr(pos, lt - pos));
            if (!is_flat_element(name) && dropped > 0) {
                --dropped;
            } else {
                if (!is_flat_element(name) && open > 0) --open;
                out.append(s.substr(lt, gt + 1 - lt));
            }
            pos = gt + 1;
            continue;
        }
        if (lt + 1 >= s.size() || !is_ascii_alpha(s[lt + 1])) {
            append_squeezed(out, s.substr(pos, lt + 1 - pos));
            pos = lt + 1;
            continue;
        }
        size_t name_end = lt + 1;
        while (name_end < s.size() && !is_html_space(s[name_end]) && s[name_end] != '/' && s[name_end] != '>') {
            ++name_end;
        }
        std::string name = ascii_lower(s.substr(lt + 1, name_end - lt - 1));
        append_squeezed(out, s.substr(pos, lt - pos));
        out.append(s.substr(lt, name_end - lt));
        size_t tag_start = out.size();
        size_t after = copy_start_tag_rest(s, name_end, out);
        if (after == std::string_view::npos) {
            // An unfinished tag: the parser sees the rest as it is.
            out.resize(tag_start);
            out.append(s.substr(name_end));
            return out;
        }
        pos = after;
        bool is_script = name == "script", is_style = name == "style" || name == "svg";
        bool is_kept_raw = name == "title" || name == "textarea" || name == "xmp";
        bool is_raw = is_script || is_style || is_kept_raw;
        bool is_self_closed = out.size() >= 2 && out.compare(out.size() - 2, 2, "/>") == 0;
        if (!is_flat_element(name) && !is_self_closed) {
            if (open >= kMaxOpen && !is_raw) {
                out.resize(tag_start - (name_end - lt));  // drop "<name ...>"
                ++dropped;
                continue;
            }
            ++open;
        }
        if (!is_raw) continue;
        size_t end = find_end_tag(s, pos, name);
        if (end == std::string_view::npos) end = s.size();
        std::string tag = ascii_lower(std::string_view(out).substr(tag_start));
        bool keep = is_kept_raw || (is_script && tag.find("ld+json") != std::string::npos);
        if (keep) out.append(s.substr(pos, end - pos));
        pos = end;
    }
    if (pos < s.size()) append_squeezed(out, s.substr(pos));
    return out;
}

}  // namespace broadsheet
