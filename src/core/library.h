// The collection of loaded articles: the one owner of Article values.
// Articles get dense ids (their index) in the order they were added; ids
// stay valid as more are added. Duplicates are skipped, not added twice, and
// each skip is reported with the article it duplicated.
//
// Identity: two articles are the same when their URLs match after
// normalize_url_identity() (case, default port, trailing slash, fragment,
// tracking parameters); without a URL, when title, date and a hash of the
// body text all match. Source and file never matter, so a re-drop of the same
// file adds nothing, and same-titled undated stories with different text all
// arrive.
#pragma once

#include "core/article.h"
#include "core/parse/parse_result.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <string>
#include <vector>

namespace broadsheet {

using ArticleId = uint32_t;

// An article that was not added because an equal one was already there.
struct DuplicateSkip {
    std::string file;          // the skipped article's file (Article::file)
    std::string title;         // the skipped article's title
    ArticleId duplicate_of;    // the article already in the library
};

struct AddSummary {
    // The list keeps the first kMaxDuplicatesListed skips of one add(): a
    // re-dropped file of a million articles would otherwise hold ~150 MB of
    // names. `duplicates` always counts them all.
    static constexpr size_t kMaxDuplicatesListed = 100000;

    size_t added = 0;
    size_t duplicates = 0;                      // every skip, listed or not
    size_t errors = 0;
    std::vector<DuplicateSkip> duplicate_list;  // the skips in input order, up to the cap
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
    // With a URL: short_hash("u\x1f" + the URL as given), exactly the key
    // before URL normalisation, so no URL article's key changed; when two
    // spellings of one URL are loaded, the first one's key names it.
    // Without a URL: short_hash("b\x1f" + title + date + body hash). This
    // changed (it was title, source and date): find_key still accepts the
    // older key, and App::prune_marks moves saved marks to the new one.
    const std::string& key_of(ArticleId id) const { return m_keys[id]; }
    // The article a key names: its key, or the key a URL-less article had
    // before body hashing (the first such article, as it was then).
    std::optional<ArticleId> find_key(std::string_view key) const;

    // Bumped on every change so derived views know when to refresh.
    uint64_t version() const { return m_version; }

private:
    // The identity string (see the file comment) and the key's hashed text.
    static std::string identity_of(const Article& a);
    static std::string key_text_of(const Article& a, const std::string& identity);

    std::vector<std::string> m_keys;
    std::unordered_map<std::string, ArticleId> m_id_by_key;
    std::unordered_map<uint64_t, ArticleId> m_id_by_older_key;  // URL-less articles' keys before body hashing, as numbers
    std::vector<Article> m_articles;
    std::vector<ParseError> m_errors;
    std::map<std::string, size_t> m_source_counts;
    std::unordered_map<std::string, ArticleId> m_id_by_identity;
    uint64_t m_version = 0;
};

}  // namespace broadsheet
