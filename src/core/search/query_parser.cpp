#include "core/search/query_parser.h"

#include "core/civil_time.h"

namespace broadsheet::search {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool parse_digits(std::string_view s, int& out) {
    if (s.empty() || s.size() > 4) return false;
    out = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        out = out * 10 + (c - '0');
    }
    return true;
}

// YYYY, YYYY-MM or YYYY-MM-DD -> [from, to) in epoch seconds.
bool parse_period(std::string_view s, int64_t& from, int64_t& to) {
    int y = 0, m = 0, d = 0;
    if (s.size() < 4 || !parse_digits(s.substr(0, 4), y)) return false;
    if (s.size() == 4) {
        from = days_from_civil(y, 1, 1) * 86400;
        to = days_from_civil(y + 1, 1, 1) * 86400;
        return true;
    }
    if (s.size() < 7 || s[4] != '-' || !parse_digits(s.substr(5, 2), m) || m < 1 || m > 12) return false;
    if (s.size() == 7) {
        from = days_from_civil(y, m, 1) * 86400;
        to = m == 12 ? days_from_civil(y + 1, 1, 1) * 86400 : days_from_civil(y, m + 1, 1) * 86400;
        return true;
    }
    if (s.size() != 10 || s[7] != '-' || !parse_digits(s.substr(8, 2), d) || d < 1 ||
        d > days_in_month(y, m)) {
        return false;
    }
    from = days_from_civil(y, m, d) * 86400;
    to = from + 86400;
    return true;
}

constexpr int64_t kMinTime = -(int64_t(1) << 62);
constexpr int64_t kMaxTime = int64_t(1) << 62;

}  // namespace

ParsedQuery parse_query(std::string_view q) {
    ParsedQuery out;
    bool join_next = false;   // an OR was seen since the last clause
    size_t i = 0;
    const size_t n = q.size();
    while (i < n) {
        while (i < n && is_space(q[i])) ++i;
        if (i >= n) break;
        size_t token_start = i;
        Clause c;
        if (q[i] == '-' && i + 1 < n && !is_space(q[i + 1])) {
            c.is_excluded = true;
            ++i;
        }
        // field:
        size_t k = i;
        while (k < n && ((q[k] >= 'a' && q[k] <= 'z') || (q[k] >= 'A' && q[k] <= 'Z'))) ++k;
        std::string field;
        if (k < n && q[k] == ':' && k + 1 < n && !is_space(q[k + 1])) {
            for (size_t x = i; x < k; ++x) field += static_cast<char>(q[x] | 0x20);
            if (field == "title" || field == "source" || field == "site" || field == "author" ||
                field == "after" || field == "before" || field == "date") {
                i = k + 1;
            } else {
                field.clear();
            }
        }
        // value: a phrase or a word
        bool is_phrase = false;
        if (q[i] == '"') {
            is_phrase = true;
            size_t close = q.find('"', i + 1);
            c.begin = static_cast<uint32_t>(i + 1);
            c.end = static_cast<uint32_t>(close == std::string_view::npos ? n : close);
            i = close == std::string_view::npos ? n : close + 1;
        } else {
            size_t e = i;
            while (e < n && !is_space(q[e])) ++e;
            c.begin = static_cast<uint32_t>(i);
            c.end = static_cast<uint32_t>(e);
            i = e;
        }
        c.text = std::string(q.substr(c.begin, c.end - c.begin));
        size_t rest = i;
        while (rest < n && is_space(q[rest])) ++rest;
        c.ends_query = rest >= n && i >= n;

        if (field.empty() && !is_phrase && !c.is_excluded && c.text == "OR") {
            if (!out.groups.empty()) {
                join_next = true;
                continue;
            }
        }
        if (field == "title") {
            c.is_title_only = true;
            c.kind = is_phrase ? ClauseKind::Phrase : ClauseKind::Term;
        } else if (field == "source" || field == "site") {
            c.kind = ClauseKind::Source;
        } else if (field == "author") {
            c.kind = ClauseKind::Author;
        } else if (field == "after" || field == "before" || field == "date") {
            int64_t from = 0, to = 0;
            if (!parse_period(c.text, from, to)) {
                out.ignored.emplace_back(q.substr(token_start, i - token_start));
                continue;
            }
            c.kind = ClauseKind::DateRange;
            c.date_from = field == "before" ? kMinTime : from;
            c.date_to = field == "after" ? kMaxTime : (field == "before" ? from : to);
        } else {
            c.kind = is_phrase ? ClauseKind::Phrase : ClauseKind::Term;
        }
        if (c.text.empty()) {
            if (is_phrase || c.is_excluded) out.ignored.emplace_back(q.substr(token_start, i - token_start));
            continue;
        }
        bool can_join = join_next && !c.is_excluded && !out.groups.empty() &&
                        !out.groups.back().alternatives.front().is_excluded;
        if (can_join) {
            out.groups.back().alternatives.push_back(std::move(c));
        } else {
            out.groups.push_back({{std::move(c)}});
        }
        join_next = false;
    }
    return out;
}

}  // namespace broadsheet::search
