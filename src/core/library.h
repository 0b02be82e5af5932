// The collection of loaded articles: the one owner of Article values.
// Articles get dense ids (their index) in the order they were added; ids
// stay valid as more are added. Duplicates (same URL, or same title, date and
// source when there is no URL) are skipped, not added twice.
#pragma once

#include "core/article.h"
#include "core/parse/parse_result.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <string>
#include <unordered_set>
#include <vector>

namespace broadsheet {

using ArticleId = uint32_t;

struct DuplicateSkip { std::string file; std::string title; ArticleId duplicate_of; };

struct AddSummary {
    size_t added = 0;
    size_t duplicates = 0;
    size_t errors = 0;
    std::vector<DuplicateSkip> duplicate_list;
};

class Library {
public:
    // Takes the parse result's articles (skipping duplicates) and keeps its errors.
    AddSummary add(ParseResult&& result);

    const std::vector<Article>& articles() const { return m_articles; }
    const Article& article(ArticleId id) const { return m_articles[id]; }
    size_t size() const { return m_articles.size(); }

    const std::vector<ParseError>& errors() const { return m_errors; }

    // Article count per source domain, sorted by domain.
    const std::map<std::string, size_t>& source_counts() const { return m_source_counts; }

    // A short stable key for the article (16 hex digits), the same across
    // reloads and machines: it names the article in links and saved marks.
    const std::string& key_of(ArticleId id) const { return m_keys[id]; }
    std::optional<ArticleId> find_key(std::string_view key) const;

    // Bumped on every change so derived views know when to refresh.
    uint64_t version() const { return m_version; }

private:
    std::string dedupe_key(const Article& a) const;

    std::vector<std::string> m_keys;
    std::unordered_map<std::string, ArticleId> m_id_by_key;
    std::vector<Article> m_articles;
    std::vector<ParseError> m_errors;
    std::map<std::string, size_t> m_source_counts;
    std::unordered_set<std::string> m_seen;
    uint64_t m_version = 0;
};

}  // namespace broadsheet
