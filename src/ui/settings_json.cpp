#include "ui/settings_json.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace broadsheet {
namespace {

float number_or(const nlohmann::json& j, const char* key, float fallback, float lo, float hi) {
    auto it = j.find(key);
    if (it == j.end() || !it->is_number()) return fallback;
    return std::clamp(it->get<float>(), lo, hi);
}

}  // namespace

std::string settings_to_json(const ReaderSettings& s) {
    static const char* const kThemes[] = {"system", "light", "dark", "sepia"};
    return nlohmann::json{{"theme", kThemes[static_cast<int>(s.theme)]},
                          {"font_size", s.font_size},
                          {"line_height", s.line_height},
                          {"list_width", s.list_width},
                          {"filters_width", s.filters_width},
                          {"show_filters", s.show_filters}}
        .dump();
}

ReaderSettings settings_from_json(std::string_view text) {
    ReaderSettings s;
    auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return s;
    auto theme = j.find("theme");
    if (theme != j.end() && theme->is_string()) {
        const std::string& t = theme->get_ref<const std::string&>();
        if (t == "light") s.theme = Theme::Light;
        if (t == "dark") s.theme = Theme::Dark;
        if (t == "sepia") s.theme = Theme::Sepia;
    }
    s.font_size = number_or(j, "font_size", s.font_size, 12.0f, 32.0f);
    s.line_height = number_or(j, "line_height", s.line_height, 1.2f, 2.0f);
    s.list_width = number_or(j, "list_width", s.list_width, 200.0f, 4000.0f);
    s.filters_width = number_or(j, "filters_width", s.filters_width, 160.0f, 2000.0f);
    auto show = j.find("show_filters");
    if (show != j.end() && show->is_boolean()) s.show_filters = show->get<bool>();
    return s;
}

std::string positions_to_json(const std::unordered_map<std::string, float>& positions) {
    nlohmann::json j = nlohmann::json::object();
    for (const auto& [key, fraction] : positions) {
        if (fraction > 0.0f) j[key] = std::round(fraction * 10000.0f) / 10000.0f;
    }
    return j.dump();
}

std::unordered_map<std::string, float> positions_from_json(std::string_view text) {
    std::unordered_map<std::string, float> out;
    auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return out;
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (it.value().is_number()) out[it.key()] = std::clamp(it.value().get<float>(), 0.0f, 1.0f);
    }
    return out;
}

}  // namespace broadsheet
