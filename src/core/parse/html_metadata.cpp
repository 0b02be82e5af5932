// Inside: one walk collecting <meta>, <link rel=canonical>, <title>, JSON-LD
// scripts and <time>; the JSON-LD reader; Readability's title clean-up.
#include "core/parse/html_metadata.h"

#include "core/parse/rfc822_date.h"
#include "core/parse/url.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <map>

namespace broadsheet {
namespace {

using nlohmann::json;

struct Collected {
    std::map<std::string, std::string> meta;  // normalised key -> content (last one wins, as in Readability)
    std::string canonical;
    std::string page_title;
    std::vector<std::string> json_ld;
    std::string first_time_datetime;
    std::string itemprop_published;
    bool has_title = false;
};

bool is_word_char(unsigned char c) { return std::isalnum(c) || c >= 0x80 || c == '_'; }

std::vector<std::string> words_of(std::string_view s) {
    std::vector<std::string> out;
    std::string cur;
    for (char ch : s) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (is_word_char(c)) {
            cur += static_cast<char>(std::tolower(c));
        } else if (!cur.empty()) {
            out.push_back(cur);
            cur.clear();
        }
    }
    if (!cur.empty()) out.push_back(cur);
    return out;
}

size_t word_count(std::string_view s) {
    // Readability counts /\s+/ separated pieces.
    size_t n = 0;
    bool in = false;
    for (char c : s) {
        bool sp = c == ' ' || c == '\t' || c == '\n';
        if (!sp && !in) ++n;
        in = !sp;
    }
    return n;
}

std::string normalise_key(std::string_view s) {
    std::string out;
    for (char c : s) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
        out += c == '.' ? ':' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

bool is_meta_field(std::string_view f) {
    return f == "author" || f == "creator" || f == "pub-date" || f == "description" || f == "title" ||
           f == "site_name" || f == "published_time" || f == "url" || f == "image";
}

bool is_meta_prefix(std::string_view p) {
    return p == "dc" || p == "dcterm" || p == "og" || p == "twitter" || p == "parsely" ||
           p == "weibo:article" || p == "weibo:webpage" || p == "article";
}

// "og:title" / "dc:creator" / "parsely-author" / "author": true and the key to store.
bool meta_key(std::string_view raw, std::string& key, bool is_property) {
    key = normalise_key(raw);
    if (is_meta_field(key)) return true;
    size_t sep = key.find_last_of(":-");
    while (sep != std::string::npos) {
        if (is_meta_field(std::string_view(key).substr(sep + 1)) &&
            is_meta_prefix(std::string_view(key).substr(0, sep)) &&
            (is_property || key.compare(0, 8, "article:") != 0)) {
            return true;
        }
        if (sep == 0) break;
        sep = key.find_last_of(":-", sep - 1);
    }
    return false;
}

void collect(const GumboNode* node, Collected& c, int depth) {
    if (depth > kHtmlMaxDepth || !is_element(node)) return;
    const GumboElement& el = node->v.element;
    switch (el.tag) {
        case GUMBO_TAG_META: {
            std::string content(trim_space(attribute(node, "content")));
            std::string key;
            std::string_view property = attribute(node, "property");
            bool matched = false;
            // property may hold several space-separated names ("og:title twitter:title").
            size_t i = 0;
            while (i < property.size()) {
                while (i < property.size() && property[i] == ' ') ++i;
                size_t start = i;
                while (i < property.size() && property[i] != ' ') ++i;
                if (i > start && meta_key(property.substr(start, i - start), key, true)) {
                    c.meta[key] = content;
                    matched = true;
                }
            }
            if (!matched && meta_key(attribute(node, "name"), key, false)) c.meta[key] = content;
            if (attribute(node, "itemprop") == "datePublished" && c.itemprop_published.empty()) {
                c.itemprop_published = content;
            }
            break;
        }
        case GUMBO_TAG_LINK: {
            std::string rel = ascii_lower(attribute(node, "rel"));
            if (rel == "canonical" && c.canonical.empty()) c.canonical = std::string(trim_space(attribute(node, "href")));
            break;
        }
        case GUMBO_TAG_TITLE:
            if (!c.has_title) {
                c.page_title = inner_text(node);
                c.has_title = true;
            }
            return;
        case GUMBO_TAG_SCRIPT:
            if (ascii_lower(trim_space(attribute(node, "type"))) == "application/ld+json" &&
                el.children.length > 0) {
                auto* text = static_cast<const GumboNode*>(el.children.data[0]);
                if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_CDATA) {
                    c.json_ld.emplace_back(text->v.text.text);
                }
            }
            return;
        case GUMBO_TAG_STYLE:
            return;
        case GUMBO_TAG_TIME:
            if (c.first_time_datetime.empty() && has_attribute(node, "datetime")) {
                c.first_time_datetime = std::string(trim_space(attribute(node, "datetime")));
            }
            if (attribute(node, "itemprop") == "datePublished" && c.itemprop_published.empty()) {
                c.itemprop_published = std::string(trim_space(attribute(node, "datetime")));
            }
            break;
        default:
            break;
    }
    for (unsigned i = 0; i < el.children.length; ++i) {
        collect(static_cast<const GumboNode*>(el.children.data[i]), c, depth + 1);
    }
}

const std::string* string_at(const json& obj, const char* key) {
    if (!obj.is_object()) return nullptr;
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string()) return nullptr;
    return &it->get_ref<const std::string&>();
}

bool is_article_type(const json& type) {
    static const char* const kTypes[] = {"Article", "Report", "SocialMediaPosting", "BlogPosting",
                                         "DiscussionForumPosting", "APIReference"};
    auto matches = [](const std::string& s) {
        for (const char* t : kTypes) {
            if (s.find(t) != std::string::npos) return true;
        }
        return false;
    };
    if (type.is_string()) return matches(type.get_ref<const std::string&>());
    if (type.is_array()) {
        for (const json& t : type) {
            if (t.is_string() && matches(t.get_ref<const std::string&>())) return true;
        }
    }
    return false;
}

bool has_article_type(const json& obj) {
    if (!obj.is_object()) return false;
    auto it = obj.find("@type");
    return it != obj.end() && is_article_type(*it);
}

bool is_schema_org(const json& obj) {
    auto ok = [](const std::string& s) {
        return s == "http://schema.org" || s == "https://schema.org" || s == "http://schema.org/" ||
               s == "https://schema.org/";
    };
    if (const std::string* ctx = string_at(obj, "@context")) return ok(*ctx);
    auto it = obj.find("@context");
    if (it != obj.end() && it->is_object()) {
        if (const std::string* vocab = string_at(*it, "@vocab")) return ok(*vocab);
    }
    return false;
}

struct JsonLdArticle {
    std::string name, headline, description, site_name, date_published;
    std::vector<std::string> authors;
    bool found = false;
};

JsonLdArticle read_json_ld(const std::vector<std::string>& scripts) {
    JsonLdArticle out;
    for (const std::string& raw : scripts) {
        std::string_view text = trim_space(raw);
        if (text.compare(0, 9, "<![CDATA[") == 0) text.remove_prefix(9);
        if (text.size() >= 3 && text.compare(text.size() - 3, 3, "]]>") == 0) text.remove_suffix(3);
        json doc = json::parse(text.begin(), text.end(), nullptr, false);
        if (doc.is_discarded()) continue;
        if (doc.is_array()) {
            json pick;
            for (const json& item : doc) {
                if (has_article_type(item)) {
                    pick = item;
                    break;
                }
            }
            if (pick.is_null()) continue;
            doc = std::move(pick);
        }
        if (!doc.is_object() || !is_schema_org(doc)) continue;
        if (doc.find("@type") == doc.end()) {
            auto graph = doc.find("@graph");
            if (graph != doc.end() && graph->is_array()) {
                for (const json& item : *graph) {
                    if (has_article_type(item)) {
                        json pick = item;
                        doc = std::move(pick);
                        break;
                    }
                }
            }
        }
        if (!has_article_type(doc)) continue;
        if (const std::string* s = string_at(doc, "name")) out.name = std::string(trim_space(*s));
        if (const std::string* s = string_at(doc, "headline")) out.headline = std::string(trim_space(*s));
        if (const std::string* s = string_at(doc, "description")) out.description = std::string(trim_space(*s));
        if (const std::string* s = string_at(doc, "datePublished")) out.date_published = *s;
        auto author = doc.find("author");
        if (author != doc.end()) {
            if (const std::string* s = string_at(*author, "name")) {
                out.authors.push_back(std::string(trim_space(*s)));
            } else if (author->is_array()) {
                for (const json& a : *author) {
                    if (const std::string* s = string_at(a, "name")) out.authors.push_back(std::string(trim_space(*s)));
                }
            }
        }
        auto publisher = doc.find("publisher");
        if (publisher != doc.end()) {
            if (const std::string* s = string_at(*publisher, "name")) out.site_name = std::string(trim_space(*s));
        }
        out.found = true;
        break;  // the first article-typed block wins
    }
    return out;
}

std::string meta_value(const Collected& c, std::initializer_list<const char*> keys) {
    for (const char* k : keys) {
        auto it = c.meta.find(k);
        if (it != c.meta.end() && !it->second.empty()) return it->second;
    }
    return {};
}

void collect_headings(const GumboNode* node, std::vector<std::string>& h1, std::vector<std::string>& h12,
                      int depth) {
    if (depth > kHtmlMaxDepth || !is_element(node)) return;
    GumboTag t = node->v.element.tag;
    if (t == GUMBO_TAG_H1 || t == GUMBO_TAG_H2) {
        std::string text = inner_text(node);
        if (t == GUMBO_TAG_H1) h1.push_back(text);
        h12.push_back(std::move(text));
        return;
    }
    if (t == GUMBO_TAG_SCRIPT || t == GUMBO_TAG_STYLE || t == GUMBO_TAG_HEAD) return;
    const GumboVector& kids = node->v.element.children;
    for (unsigned i = 0; i < kids.length; ++i) {
        collect_headings(static_cast<const GumboNode*>(kids.data[i]), h1, h12, depth + 1);
    }
}

bool is_separator_char(std::string_view s, size_t i, size_t& len) {
    static const char* const kSeps[] = {"|", "-", "\\", "/", ">", "\xC2\xBB", "\xE2\x80\x93", "\xE2\x80\x94"};
    for (const char* sep : kSeps) {
        size_t n = std::char_traits<char>::length(sep);
        if (s.compare(i, n, sep) == 0) {
            len = n;
            return true;
        }
    }
    return false;
}

// Positions of " <sep> " in the title: (start of the separator, its length).
std::vector<std::pair<size_t, size_t>> separators(std::string_view s) {
    std::vector<std::pair<size_t, size_t>> out;
    for (size_t i = 1; i + 1 < s.size(); ++i) {
        size_t len = 0;
        if (s[i - 1] == ' ' && is_separator_char(s, i, len) && i + len < s.size() && s[i + len] == ' ') {
            out.emplace_back(i, len);
        }
    }
    return out;
}

}  // namespace

double text_similarity(std::string_view a, std::string_view b) {
    std::vector<std::string> ta = words_of(a), tb = words_of(b);
    if (ta.empty() || tb.empty()) return 0;
    size_t all_len = 0, uniq_len = 0;
    for (size_t i = 0; i < tb.size(); ++i) {
        all_len += tb[i].size() + (i ? 1 : 0);
        bool in_a = false;
        for (const std::string& w : ta) {
            if (w == tb[i]) {
                in_a = true;
                break;
            }
        }
        if (!in_a) uniq_len += tb[i].size() + 1;
    }
    if (uniq_len > 0) --uniq_len;
    return 1.0 - static_cast<double>(uniq_len) / static_cast<double>(all_len);
}

std::string clean_byline(std::string_view byline) {
    std::string out;
    append_collapsed(out, trim_space(byline));
    if (!out.empty() && out.back() == ' ') out.pop_back();
    std::string l = ascii_lower(out.substr(0, 3));
    if (l == "by " ) out.erase(0, 3);
    else if (l == "by:") out = std::string(trim_space(std::string_view(out).substr(3)));
    return out;
}

std::string clean_page_title(const GumboNode* root, std::string_view page_title) {
    std::string orig;
    append_collapsed(orig, trim_space(page_title));
    if (!orig.empty() && orig.back() == ' ') orig.pop_back();
    std::string cur = orig;
    bool had_hierarchical = false;
    auto seps = separators(orig);
    if (!seps.empty()) {
        for (auto& s : seps) {
            char c = orig[s.first];
            if (c == '\\' || c == '/' || c == '>' || s.second == 2) had_hierarchical = true;
        }
        // Drop the last " | Site" part; if that leaves under 3 words, drop the first part instead.
        cur = orig.substr(0, seps.back().first - 1);
        if (word_count(cur) < 3) cur = orig.substr(seps.front().first + seps.front().second + 1);
    } else if (orig.find(": ") != std::string::npos) {
        std::vector<std::string> h1, h12;
        collect_headings(root, h1, h12, 0);
        bool heading_matches = false;
        for (const std::string& h : h12) {
            if (h == orig) heading_matches = true;
        }
        if (!heading_matches) {
            size_t last = orig.rfind(':');
            cur = std::string(trim_space(std::string_view(orig).substr(last + 1)));
            size_t first = orig.find(':');
            if (word_count(cur) < 3) {
                cur = std::string(trim_space(std::string_view(orig).substr(first + 1)));
            } else if (word_count(std::string_view(orig).substr(0, first)) > 5) {
                cur = orig;
            }
        }
    } else if (utf8_length(orig) > 150 || utf8_length(orig) < 15) {
        std::vector<std::string> h1, h12;
        collect_headings(root, h1, h12, 0);
        if (h1.size() == 1) cur = h1[0];
    }
    cur = std::string(trim_space(cur));
    size_t wc = word_count(cur);
    if (wc <= 4) {
        // Count the words of the original title with separators removed.
        std::string stripped;
        for (size_t i = 0; i < orig.size(); ++i) {
            size_t len = 0;
            if (is_separator_char(orig, i, len)) {
                i += len - 1;
                continue;
            }
            stripped += orig[i];
        }
        if (!had_hierarchical || wc != word_count(stripped) - 1) cur = orig;
    }
    return cur;
}

HtmlMetadata read_html_metadata(const HtmlDocument& doc) {
    Collected c;
    collect(doc.root(), c, 0);
    JsonLdArticle ld = read_json_ld(c.json_ld);
    HtmlMetadata m;
    m.page_title = c.page_title;

    std::string cleaned = clean_page_title(doc.root(), c.page_title);
    if (!ld.name.empty() && !ld.headline.empty() && ld.name != ld.headline) {
        bool name_matches = text_similarity(ld.name, cleaned) > 0.75;
        bool headline_matches = text_similarity(ld.headline, cleaned) > 0.75;
        m.title = headline_matches && !name_matches ? ld.headline : ld.name;
    } else {
        m.title = !ld.name.empty() ? ld.name : ld.headline;
    }
    if (m.title.empty()) {
        m.title = meta_value(c, {"dc:title", "dcterm:title", "og:title", "weibo:article:title",
                                 "weibo:webpage:title", "title", "twitter:title", "parsely-title"});
    }
    if (m.title.empty()) m.title = cleaned;
    if (m.title.empty()) {
        // No <title> and no title metadata: a saved page still has its
        // headline; the first non-empty <h1> is it.
        std::vector<std::string> h1, h12;
        collect_headings(doc.root(), h1, h12, 0);
        for (const std::string& h : h1) {
            std::string_view t = trim_space(h);
            if (!t.empty()) {
                m.title = std::string(t);
                break;
            }
        }
    }

    if (!ld.authors.empty()) {
        for (const std::string& a : ld.authors) {
            std::string b = clean_byline(a);
            if (!b.empty()) m.authors.push_back(b);
        }
    }
    if (m.authors.empty()) {
        std::string byline = meta_value(c, {"dc:creator", "dcterm:creator", "author", "parsely-author"});
        if (byline.empty()) {
            std::string a = meta_value(c, {"article:author"});
            if (!is_web_url(a) && a.find("://") == std::string::npos) byline = a;
        }
        byline = clean_byline(byline);
        if (!byline.empty()) m.authors.push_back(byline);
    }

    m.description = !ld.description.empty()
                        ? ld.description
                        : meta_value(c, {"dc:description", "dcterm:description", "og:description",
                                         "weibo:article:description", "weibo:webpage:description",
                                         "description", "twitter:description"});
    m.site_name = !ld.site_name.empty() ? ld.site_name : meta_value(c, {"og:site_name"});

    for (const std::string& text :
         {ld.date_published, meta_value(c, {"article:published_time", "parsely-pub-date"}),
          c.itemprop_published, c.first_time_datetime}) {
        if (text.empty()) continue;
        if (auto ts = parse_any_date(text)) {
            m.published = ts;
            break;
        }
    }

    for (const std::string& u : {c.canonical, meta_value(c, {"og:url"})}) {
        if (is_web_url(u)) {
            m.url = u;
            break;
        }
    }
    std::string image = meta_value(c, {"og:image", "twitter:image"});
    if (is_web_url(image)) m.image_url = image;
    m.language = std::string(trim_space(attribute(doc.root(), "lang")));
    return m;
}

}  // namespace broadsheet
