#include "app/marks.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

namespace broadsheet {
namespace {

nlohmann::json sorted_array(const std::unordered_set<std::string>& keys) {
    std::vector<std::string> v(keys.begin(), keys.end());
    std::sort(v.begin(), v.end());
    return v;
}

void read_keys(const nlohmann::json& j, const char* field, std::unordered_set<std::string>& out) {
    auto it = j.find(field);
    if (it == j.end() || !it->is_array()) return;
    for (const auto& k : *it) {
        if (k.is_string()) out.insert(k.get_ref<const std::string&>());
    }
}

}  // namespace

void Marks::set_read(const std::string& key, bool is_read) {
    if (is_read) m_read.insert(key);
    else m_read.erase(key);
}

void Marks::set_starred(const std::string& key, bool is_starred) {
    if (is_starred) m_starred.insert(key);
    else m_starred.erase(key);
}

std::string Marks::to_json() const {
    return nlohmann::json{{"read", sorted_array(m_read)}, {"starred", sorted_array(m_starred)}}.dump();
}

bool Marks::from_json(std::string_view text) {
    m_read.clear();
    m_starred.clear();
    auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return false;
    read_keys(j, "read", m_read);
    read_keys(j, "starred", m_starred);
    return true;
}

}  // namespace broadsheet
