#include "ui/find_in_article.h"

#include <algorithm>

namespace broadsheet {
namespace {

char fold(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::vector<FindMatch> find_in_article(const Article& article, const std::vector<std::string>& words) {
    std::vector<FindMatch> matches;
    for (uint32_t p = 0; p < article.paragraphs.size(); ++p) {
        const std::string& text = article.paragraphs[p].text;
        size_t first_of_paragraph = matches.size();
        for (const std::string& word : words) {
            if (word.empty()) continue;
            auto it = text.begin();
            while (true) {
                it = std::search(it, text.end(), word.begin(), word.end(),
                                 [](char a, char b) { return fold(a) == fold(b); });
                if (it == text.end()) break;
                uint32_t begin = static_cast<uint32_t>(it - text.begin());
                matches.push_back({p, begin, begin + static_cast<uint32_t>(word.size())});
                it += static_cast<std::ptrdiff_t>(word.size());
            }
        }
        std::sort(matches.begin() + static_cast<std::ptrdiff_t>(first_of_paragraph), matches.end(),
                  [](const FindMatch& a, const FindMatch& b) { return a.begin < b.begin; });
    }
    return matches;
}

std::vector<std::string> words_of_query(std::string_view query) {
    std::vector<std::string> words;
    std::string word;
    auto flush = [&]() {
        bool is_operator = word == "OR" || word == "AND" || word.empty() || word[0] == '-' ||
                           word.find(':') != std::string::npos;
        if (!is_operator) words.push_back(word);
        word.clear();
    };
    for (char c : query) {
        if (c == ' ' || c == '\t' || c == '"' || c == '(' || c == ')') {
            flush();
        } else {
            word += c;
        }
    }
    flush();
    return words;
}

}  // namespace broadsheet
