// Read and starred marks, kept by article key so they survive reloads and
// apply to articles loaded later (a dropped file restored from storage).
#pragma once

#include "core/library.h"

#include <string>
#include <string_view>
#include <unordered_set>

namespace broadsheet {

class Marks {
public:
    bool is_read(const std::string& key) const { return m_read.count(key) != 0; }
    bool is_starred(const std::string& key) const { return m_starred.count(key) != 0; }
    void set_read(const std::string& key, bool is_read);
    void set_starred(const std::string& key, bool is_starred);

    // {"read":[keys...],"starred":[keys...]}, sorted for stable output.
    std::string to_json() const;
    // Replaces the marks; malformed text leaves them empty and returns false.
    bool from_json(std::string_view json);

private:
    std::unordered_set<std::string> m_read;
    std::unordered_set<std::string> m_starred;
};

}  // namespace broadsheet
