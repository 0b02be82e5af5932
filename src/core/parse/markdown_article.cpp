#include "core/parse/markdown_article.h"

#include "core/parse/file_title.h"
#include "core/parse/html_blocks.h"
#include "core/parse/html_dom.h"
#include "core/parse/markdown_front_matter.h"
#include "core/parse/rfc822_date.h"
#include "core/parse/url.h"
#include "core/utf8.h"

#include <md4c.h>

#include <string>

namespace broadsheet {
namespace {

// A numeric character reference names any number; the invalid ones read as U+FFFD.
void append_reference(std::string& out, unsigned cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    append_utf8(out, cp);
}

// "&amp;", "&#8212;", "&#x2014;": numeric ones here, named ones through the
// HTML parser (md4c has already checked the name is a real entity).
std::string decode_entity(std::string_view e) {
    if (e.size() >= 4 && e[1] == '#') {
        unsigned cp = 0;
        bool hex = e[2] == 'x' || e[2] == 'X';
        for (size_t i = hex ? 3 : 2; i + 1 < e.size(); ++i) {
            char c = e[i];
            unsigned d = (c >= '0' && c <= '9') ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : 99;
            if (d >= (hex ? 16u : 10u)) break;
            cp = cp * (hex ? 16 : 10) + d;
            if (cp > 0x10FFFF) break;
        }
        std::string out;
        append_reference(out, cp);
        return out;
    }
    HtmlDocument doc(e);
    return inner_text(doc.body());
}

class MarkdownReader {
public:
    explicit MarkdownReader(std::vector<Paragraph>& out) : m_out(out) {}

    static int enter_block(MD_BLOCKTYPE type, void* detail, void* self) {
        return static_cast<MarkdownReader*>(self)->on_enter_block(type, detail);
    }
    static int leave_block(MD_BLOCKTYPE type, void*, void* self) {
        return static_cast<MarkdownReader*>(self)->on_leave_block(type);
    }
    // Image descriptions are not text a reader shows (HTML pages drop <img> too).
    static int enter_span(MD_SPANTYPE type, void*, void* self) {
        if (type == MD_SPAN_IMG) ++static_cast<MarkdownReader*>(self)->m_image_depth;
        return 0;
    }
    static int leave_span(MD_SPANTYPE type, void*, void* self) {
        auto* r = static_cast<MarkdownReader*>(self);
        if (type == MD_SPAN_IMG && r->m_image_depth > 0) --r->m_image_depth;
        return 0;
    }
    static int text(MD_TEXTTYPE type, const MD_CHAR* data, MD_SIZE size, void* self) {
        return static_cast<MarkdownReader*>(self)->on_text(type, std::string_view(data, size));
    }

    void flush(bool is_heading = false) {
        std::string_view t = trim_space(m_cur);
        if (!t.empty()) {
            Paragraph p;
            p.text = m_prefix + std::string(t);
            p.is_heading = is_heading;
            p_levels.push_back(is_heading ? m_heading_level : 0);
            m_out.push_back(std::move(p));
            m_prefix.clear();
        }
        m_cur.clear();
    }

    std::vector<int> p_levels;  // heading level per paragraph (0: not a heading)

private:
    int on_enter_block(MD_BLOCKTYPE type, void* detail) {
        switch (type) {
            case MD_BLOCK_UL:
                flush();
                m_numbers.push_back(-1);
                break;
            case MD_BLOCK_OL:
                flush();
                m_numbers.push_back(static_cast<int>(static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start) - 1);
                break;
            case MD_BLOCK_LI:
                flush();
                if (!m_numbers.empty() && m_numbers.back() >= 0) {
                    m_prefix = std::to_string(++m_numbers.back()) + ". ";
                } else {
                    m_prefix = "\xE2\x80\xA2 ";
                }
                break;
            case MD_BLOCK_H:
                flush();
                m_heading_level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
                break;
            case MD_BLOCK_HTML:
                flush();
                m_html.clear();
                m_in_html = true;
                break;
            case MD_BLOCK_TH:
            case MD_BLOCK_TD:
                if (!trim_space(m_cur).empty()) m_cur += " | ";
                break;
            case MD_BLOCK_TR:
            case MD_BLOCK_P:
            case MD_BLOCK_CODE:
            case MD_BLOCK_QUOTE:
                flush();
                break;
            default:
                break;
        }
        return 0;
    }

    int on_leave_block(MD_BLOCKTYPE type) {
        switch (type) {
            case MD_BLOCK_H:
                flush(true);
                m_heading_level = 0;
                break;
            case MD_BLOCK_UL:
            case MD_BLOCK_OL:
                flush();
                if (!m_numbers.empty()) m_numbers.pop_back();
                break;
            case MD_BLOCK_LI:
                flush();
                m_prefix.clear();
                break;
            case MD_BLOCK_HTML: {
                m_in_html = false;
                std::vector<Paragraph> ps = html_fragment_paragraphs(m_html);
                for (Paragraph& p : ps) {
                    p_levels.push_back(p.is_heading ? 2 : 0);
                    m_out.push_back(std::move(p));
                }
                break;
            }
            case MD_BLOCK_P:
            case MD_BLOCK_CODE:
            case MD_BLOCK_TR:
            case MD_BLOCK_QUOTE:
                flush();
                break;
            default:
                break;
        }
        return 0;
    }

    int on_text(MD_TEXTTYPE type, std::string_view t) {
        if (m_in_html) {
            m_html.append(t);
            return 0;
        }
        if (m_image_depth > 0) return 0;
        switch (type) {
            case MD_TEXT_NULLCHAR: m_cur += "\xEF\xBF\xBD"; break;
            case MD_TEXT_BR:
            case MD_TEXT_SOFTBR: append_collapsed(m_cur, " "); break;
            case MD_TEXT_ENTITY: append_collapsed(m_cur, decode_entity(t)); break;
            case MD_TEXT_HTML: break;  // inline tags: their text arrives as normal text
            default: append_collapsed(m_cur, t); break;
        }
        return 0;
    }

    std::vector<Paragraph>& m_out;
    std::string m_cur, m_prefix, m_html;
    std::vector<int> m_numbers;
    int m_heading_level = 0;
    int m_image_depth = 0;
    bool m_in_html = false;
};

}  // namespace

ParseResult parse_markdown_article(std::string_view file_name, std::string_view utf8) {
    ParseResult result;
    if (utf8.size() >= 3 && utf8.compare(0, 3, "\xEF\xBB\xBF") == 0) utf8.remove_prefix(3);
    FrontMatter fm = read_front_matter(utf8);
    Article a;
    a.file = std::string(file_name);

    std::vector<Paragraph> paragraphs;
    MarkdownReader reader(paragraphs);
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_TASKLISTS | MD_FLAG_PERMISSIVEAUTOLINKS;
    parser.enter_block = &MarkdownReader::enter_block;
    parser.leave_block = &MarkdownReader::leave_block;
    parser.enter_span = &MarkdownReader::enter_span;
    parser.leave_span = &MarkdownReader::leave_span;
    parser.text = &MarkdownReader::text;
    if (md_parse(fm.body.data(), static_cast<MD_SIZE>(fm.body.size()), &parser, &reader) != 0) {
        result.errors.push_back({a.file, 0, "this Markdown could not be read (out of memory?)"});
        return result;
    }
    reader.flush();

    a.title = fm.title;
    if (a.title.empty()) {
        // The first level-1 heading is the title; it does not repeat in the text.
        for (size_t i = 0; i < paragraphs.size(); ++i) {
            if (reader.p_levels[i] == 1) {
                a.title = paragraphs[i].text;
                paragraphs.erase(paragraphs.begin() + static_cast<long>(i));
                break;
            }
        }
    }
    if (a.title.empty() && !paragraphs.empty() && paragraphs.front().is_heading) {
        a.title = paragraphs.front().text;
        paragraphs.erase(paragraphs.begin());
    }
    // A note that starts with a short plain line and goes on: that line is the title.
    if (a.title.empty() && paragraphs.size() >= 2 && utf8_length(paragraphs.front().text) <= 150 &&
        paragraphs.front().text.compare(0, 3, "\xE2\x80\xA2") != 0) {
        a.title = paragraphs.front().text;
        paragraphs.erase(paragraphs.begin());
    }
    if (is_web_url(fm.url)) a.url = fm.url;
    a.source = !fm.source.empty() ? fm.source : url_host(a.url);
    if (!fm.date.empty()) a.published = parse_any_date(fm.date);
    a.authors = fm.authors;
    a.description = fm.description;
    a.language = fm.language;
    if (is_web_url(fm.image)) a.image_url = fm.image;
    a.paragraphs = std::move(paragraphs);

    // Nothing to read at all is not an article; a title alone or text alone
    // is (an untitled note is named after its file).
    if (a.title.empty() && a.paragraphs.empty()) {
        result.errors.push_back({a.file, 0, "this Markdown note has no title and no text"});
        return result;
    }
    if (a.title.empty()) a.title = title_from_file_name(file_name);
    result.articles.push_back(std::move(a));
    return result;
}

}  // namespace broadsheet
