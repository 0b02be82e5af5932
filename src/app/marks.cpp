#include "app/marks.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <vector>

namespace broadsheet {
namespace {

using Stamped = std::unordered_map<std::string, uint64_t>;

nlohmann::json oldest_first(const Stamped& keys) {
    std::vector<std::pair<uint64_t, const std::string*>> v;
    v.reserve(keys.size());
    for (const auto& [key, stamp] : keys) v.emplace_back(stamp, &key);
    std::sort(v.begin(), v.end());
    nlohmann::json out = nlohmann::json::array();
    for (const auto& [stamp, key] : v) out.push_back(*key);
    return out;
}

}  // namespace

void Marks::mark(Stamped& set, size_t cap, const std::string& key) {
    set[key] = ++m_clock;
    if (set.size() <= cap) return;
    // Linear, but only when a cap is reached, and only one key goes.
    auto oldest = std::min_element(set.begin(), set.end(),
                                   [](const auto& a, const auto& b) { return a.second < b.second; });
    set.erase(oldest);
}

void Marks::set_read(const std::string& key, bool is_read) {
    if (is_read) mark(m_read, kMaxRead, key);
    else m_read.erase(key);
}

void Marks::set_starred(const std::string& key, bool is_starred) {
    if (is_starred) mark(m_starred, kMaxStarred, key);
    else m_starred.erase(key);
}

size_t Marks::rekey(const std::function<std::string(const std::string&)>& current_key) {
    size_t moved = 0;
    for (Stamped* set : {&m_read, &m_starred}) {
        Stamped rekeyed;
        for (auto& [key, stamp] : *set) {
            std::string now = current_key(key);
            if (now.empty() || now == key) {
                rekeyed.emplace(key, stamp);
                continue;
            }
            ++moved;
            auto [it, is_new] = rekeyed.emplace(now, stamp);
            if (!is_new) it->second = std::max(it->second, stamp);
        }
        set->swap(rekeyed);
    }
    return moved;
}

size_t Marks::prune(const std::function<bool(const std::string&)>& keep) {
    size_t before = m_read.size() + m_starred.size();
    for (Stamped* set : {&m_read, &m_starred}) {
        for (auto it = set->begin(); it != set->end();) {
            if (keep(it->first)) ++it;
            else it = set->erase(it);
        }
    }
    return before - m_read.size() - m_starred.size();
}

std::string Marks::to_json() const {
    return nlohmann::json{{"read", oldest_first(m_read)}, {"starred", oldest_first(m_starred)}}.dump();
}

bool Marks::from_json(std::string_view text) {
    m_read.clear();
    m_starred.clear();
    auto j = nlohmann::json::parse(text.begin(), text.end(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) return false;
    auto read_keys = [&](const char* field, Stamped& out, size_t cap) {
        auto it = j.find(field);
        if (it == j.end() || !it->is_array()) return;
        for (const auto& k : *it) {
            if (k.is_string()) mark(out, cap, k.get_ref<const std::string&>());
        }
    };
    read_keys("read", m_read, kMaxRead);
    read_keys("starred", m_starred, kMaxStarred);
    return true;
}

}  // namespace broadsheet
