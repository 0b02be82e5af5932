#include "core/simple_filter.h"

#include <algorithm>
#include <string>

namespace broadsheet {
namespace {

char ascii_lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool contains_folded(std::string_view haystack, std::string_view needle_lower) {
    auto it = std::search(haystack.begin(), haystack.end(), needle_lower.begin(), needle_lower.end(),
                          [](char h, char n) { return ascii_lower(h) == n; });
    return it != haystack.end();
}

bool article_contains(const Article& a, std::string_view word) {
    if (contains_folded(a.title, word) || contains_folded(a.source, word)) return true;
    for (const Paragraph& p : a.paragraphs) {
        if (contains_folded(p.text, word)) return true;
    }
    return false;
}

}  // namespace

std::vector<ArticleId> filter_articles(const Library& library, std::string_view query) {
    std::vector<std::string> words;
    std::string current;
    for (char c : query) {
        if (c == ' ' || c == '\t') {
            if (!current.empty()) words.push_back(std::move(current));
            current.clear();
        } else {
            current += ascii_lower(c);
        }
    }
    if (!current.empty()) words.push_back(std::move(current));

    std::vector<ArticleId> ids;
    const auto& articles = library.articles();
    for (ArticleId id = 0; id < articles.size(); ++id) {
        bool all = std::all_of(words.begin(), words.end(),
                               [&](const std::string& w) { return article_contains(articles[id], w); });
        if (all) ids.push_back(id);
    }
    return ids;
}

}  // namespace broadsheet
