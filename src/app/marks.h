// Read and starred marks, kept by article key so they survive reloads and
// apply to articles loaded later (a dropped file restored from storage).
//
// The store is bounded: it lives in localStorage and crosses into wasm as
// one string at start, so an unbounded one (15,000 read marks, 285 KB) once
// made every start fail. Past the caps the oldest marks are forgotten first;
// marks of articles that no longer exist are pruned (App::prune_marks).
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace broadsheet {

class Marks {
public:
    // ~19 bytes of JSON each: 8,000 marks in all stay near 150 KB.
    static constexpr size_t kMaxRead = 6000;
    static constexpr size_t kMaxStarred = 2000;

    bool is_read(const std::string& key) const { return m_read.count(key) != 0; }
    bool is_starred(const std::string& key) const { return m_starred.count(key) != 0; }
    void set_read(const std::string& key, bool is_read);
    void set_starred(const std::string& key, bool is_starred);
    size_t read_count() const { return m_read.size(); }
    size_t starred_count() const { return m_starred.size(); }

    // Moves each mark to the key `current_key` gives for it (an older key of
    // the same article), keeping when it was marked; returns how many moved.
    size_t rekey(const std::function<std::string(const std::string&)>& current_key);

    // Forgets the marks of every key `keep` says no to; returns how many marks went.
    size_t prune(const std::function<bool(const std::string&)>& keep);

    // {"read":[keys...],"starred":[keys...]}, oldest first (the order the caps forget in).
    std::string to_json() const;
    // Replaces the marks; malformed text leaves them empty and returns false.
    // Past a cap, the last (newest) keys are kept.
    bool from_json(std::string_view json);

private:
    // key -> when it was marked (a counter), so the oldest can be forgotten first.
    using Stamped = std::unordered_map<std::string, uint64_t>;
    void mark(Stamped& set, size_t cap, const std::string& key);

    Stamped m_read;
    Stamped m_starred;
    uint64_t m_clock = 0;
};

}  // namespace broadsheet
