#include "core/article_json.h"

namespace broadsheet {
namespace {

nlohmann::json string_or_null(const std::string& s) {
    return s.empty() ? nlohmann::json(nullptr) : nlohmann::json(s);
}

}  // namespace

nlohmann::json article_to_json(const Article& a) {
    nlohmann::json j;
    j["file"] = a.file;
    j["title"] = a.title;
    j["alternate_titles"] = a.alternate_titles;
    j["url"] = string_or_null(a.url);
    j["published"] = a.published ? nlohmann::json(format_iso8601(*a.published)) : nlohmann::json(nullptr);
    j["source"] = string_or_null(a.source);
    j["authors"] = a.authors;
    j["description"] = string_or_null(a.description);
    j["language"] = string_or_null(a.language);
    j["image_url"] = string_or_null(a.image_url);
    nlohmann::json paragraphs = nlohmann::json::array();
    nlohmann::json headings = nlohmann::json::array();
    for (size_t i = 0; i < a.paragraphs.size(); ++i) {
        paragraphs.push_back(a.paragraphs[i].text);
        if (a.paragraphs[i].is_heading) headings.push_back(i);
    }
    j["paragraphs"] = std::move(paragraphs);
    j["heading_indexes"] = std::move(headings);
    j["truncated"] = a.is_truncated;
    return j;
}

}  // namespace broadsheet
