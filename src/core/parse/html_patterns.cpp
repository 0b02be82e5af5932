#include "core/parse/html_patterns.h"

#include <cctype>
#include <initializer_list>

namespace broadsheet {
namespace {

bool contains_any(std::string_view s, std::initializer_list<const char*> needles) {
    for (const char* n : needles) {
        if (s.find(n) != std::string_view::npos) return true;
    }
    return false;
}

bool has_word(std::string_view s, std::string_view word) {
    size_t pos = 0;
    while ((pos = s.find(word, pos)) != std::string_view::npos) {
        bool start_ok = pos == 0 || s[pos - 1] == ' ';
        bool end_ok = pos + word.size() == s.size() || s[pos + word.size()] == ' ';
        if (start_ok && end_ok) return true;
        pos += word.size();
    }
    return false;
}

}  // namespace

bool is_unlikely(std::string_view s) {
    return contains_any(s, {"-ad-", "ai2html", "banner", "breadcrumbs", "combx", "comment", "community",
                            "cover-wrap", "disqus", "extra", "footer", "gdpr", "header", "legends", "menu",
                            "related", "remark", "replies", "rss", "shoutbox", "sidebar", "skyscraper",
                            "social", "sponsor", "supplemental", "ad-break", "agegate", "pagination",
                            "pager", "popup", "yom-remote"});
}

bool is_maybe_candidate(std::string_view s) {
    return contains_any(s, {"and", "article", "body", "column", "content", "main", "mathjax", "shadow"});
}

bool is_positive(std::string_view s) {
    return contains_any(s, {"article", "body", "content", "entry", "hentry", "h-entry", "main", "page",
                            "pagination", "post", "text", "blog", "story"});
}

bool is_negative(std::string_view s) {
    return has_word(s, "hid") ||
           contains_any(s, {"-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "footer",
                            "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll",
                            "share", "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags",
                            "widget"});
}

bool is_byline_name(std::string_view s) {
    return contains_any(s, {"byline", "author", "dateline", "writtenby", "p-author"});
}

// (\b|_)(share|sharedaddy)(\b|_)
bool is_share_name(std::string_view s) {
    size_t pos = 0;
    while ((pos = s.find("share", pos)) != std::string_view::npos) {
        auto boundary = [&](size_t i) { return !std::isalnum(static_cast<unsigned char>(s[i])) || s[i] == '_'; };
        bool start_ok = pos == 0 || boundary(pos - 1);
        size_t end = pos + 5;
        if (s.compare(pos, 11, "sharedaddy") == 0) end = pos + 10;
        bool end_ok = end == s.size() || boundary(end);
        if (start_ok && end_ok) return true;
        pos += 5;
    }
    return false;
}

bool is_unlikely_role(std::string_view role) {
    return role == "menu" || role == "menubar" || role == "complementary" || role == "navigation" ||
           role == "alert" || role == "alertdialog" || role == "dialog";
}

}  // namespace broadsheet
