#include "core/parse/rfc822_date.h"

#include "core/civil_time.h"
#include "core/parse/date_parse.h"

#include <cctype>
#include <string>
#include <vector>

namespace broadsheet {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

// Splits on spaces, commas and tabs, keeping ':' and sign characters inside tokens.
std::vector<std::string_view> split_tokens(std::string_view s) {
    std::vector<std::string_view> out;
    size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '\t')) ++i;
        size_t start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '\t') ++i;
        if (i > start) out.push_back(s.substr(start, i - start));
    }
    return out;
}

bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
    }
    return true;
}

int to_int(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}

int month_from_name(std::string_view name) {
    static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    if (name.size() < 3) return 0;
    std::string l = lower(name);
    if (l.back() == '.') l.pop_back();
    for (int m = 0; m < 12; ++m) {
        if (l.compare(0, 3, kMonths[m]) == 0) return m + 1;
    }
    return 0;
}

bool is_weekday(std::string_view name) {
    static const char* const kDays[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    if (name.size() < 3) return false;
    std::string l = lower(name);
    for (const char* d : kDays) {
        if (l.compare(0, 3, d) == 0) return true;
    }
    return false;
}

// "07:00", "07:00:00"
bool read_time(std::string_view s, CivilTime& c) {
    if (s.size() != 5 && s.size() != 8) return false;
    if (!all_digits(s.substr(0, 2)) || s[2] != ':' || !all_digits(s.substr(3, 2))) return false;
    c.hour = to_int(s.substr(0, 2));
    c.minute = to_int(s.substr(3, 2));
    if (s.size() == 8) {
        if (s[5] != ':' || !all_digits(s.substr(6, 2))) return false;
        c.second = to_int(s.substr(6, 2));
    }
    if (c.second == 60) c.second = 59;
    return c.hour <= 23 && c.minute <= 59 && c.second <= 59;
}

// Returns true when the token is a zone we know; sets the offset.
bool read_zone(std::string_view s, int& offset_minutes) {
    if ((s[0] == '+' || s[0] == '-') && s.size() >= 3) {
        std::string digits;
        for (size_t i = 1; i < s.size(); ++i) {
            if (s[i] != ':') digits += s[i];
        }
        if (!all_digits(digits) || (digits.size() != 4 && digits.size() != 2)) return false;
        int h = to_int(std::string_view(digits).substr(0, 2));
        int m = digits.size() == 4 ? to_int(std::string_view(digits).substr(2, 2)) : 0;
        if (h > 14 || m > 59) return false;
        offset_minutes = (s[0] == '-' ? -1 : 1) * (h * 60 + m);
        return true;
    }
    struct Zone { const char* name; int hours; };
    static const Zone kZones[] = {{"gmt", 0}, {"ut", 0},  {"utc", 0}, {"z", 0},   {"est", -5},
                                  {"edt", -4}, {"cst", -6}, {"cdt", -5}, {"mst", -7}, {"mdt", -6},
                                  {"pst", -8}, {"pdt", -7}};
    std::string l = lower(s);
    for (const Zone& z : kZones) {
        if (l == z.name) {
            offset_minutes = z.hours * 60;
            return true;
        }
    }
    return false;
}

}  // namespace

std::optional<Timestamp> parse_rfc822_date(std::string_view text) {
    // A trailing "(Eastern Standard Time)" style comment is dropped.
    size_t paren = text.find('(');
    if (paren != std::string_view::npos) text = text.substr(0, paren);
    std::vector<std::string_view> t = split_tokens(text);
    size_t i = 0;
    if (i < t.size() && is_weekday(t[i]) && !all_digits(t[i])) ++i;
    if (t.size() < i + 3) return std::nullopt;
    CivilTime c;
    // "02 Feb 2026" or (seen in the wild) "Feb 02 2026".
    if (all_digits(t[i]) && t[i].size() <= 2 && month_from_name(t[i + 1])) {
        c.day = to_int(t[i]);
        c.month = month_from_name(t[i + 1]);
    } else if (month_from_name(t[i]) && all_digits(t[i + 1]) && t[i + 1].size() <= 2) {
        c.month = month_from_name(t[i]);
        c.day = to_int(t[i + 1]);
    } else {
        return std::nullopt;
    }
    std::string_view year = t[i + 2];
    if (!all_digits(year) || (year.size() != 2 && year.size() != 4)) return std::nullopt;
    c.year = to_int(year);
    if (year.size() == 2) c.year += c.year < 50 ? 2000 : 1900;
    if (c.month < 1 || c.day < 1 || c.day > days_in_month(c.year, c.month)) return std::nullopt;
    i += 3;
    Timestamp ts;
    if (i == t.size()) {
        ts.has_time = false;
        ts.epoch_seconds = epoch_from_civil(c);
        return ts;
    }
    if (!read_time(t[i], c)) return std::nullopt;
    ++i;
    if (i < t.size()) {
        int offset = 0;
        if (read_zone(t[i], offset)) {
            ts.has_offset = true;
            ts.offset_minutes = offset;
            ++i;
        } else if (t[i].size() > 5 || t[i][0] == '+' || t[i][0] == '-') {
            return std::nullopt;  // not a zone name shape: not an RFC 822 date
        } else {
            ++i;  // an unknown zone abbreviation: keep the wall-clock reading
        }
    }
    if (i != t.size()) return std::nullopt;
    ts.epoch_seconds = epoch_from_civil(c) - static_cast<int64_t>(ts.offset_minutes) * 60;
    return ts;
}

std::optional<Timestamp> parse_any_date(std::string_view text) {
    if (auto iso = parse_date(text)) return iso;
    return parse_rfc822_date(text);
}

}  // namespace broadsheet
