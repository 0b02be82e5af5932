#include "core/parse/date_parse.h"

#include "core/civil_time.h"

namespace broadsheet {
namespace {

// Reads exactly `width` digits at `pos`; false if any is not a digit.
bool read_digits(std::string_view s, size_t pos, size_t width, int& out) {
    if (pos + width > s.size()) return false;
    int v = 0;
    for (size_t i = 0; i < width; ++i) {
        char c = s[pos + i];
        if (c < '0' || c > '9') return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

}  // namespace

std::optional<Timestamp> parse_date(std::string_view text) {
    std::string_view s = trim(text);
    CivilTime c;
    if (!read_digits(s, 0, 4, c.year) || s.size() < 10 || s[4] != '-' ||
        !read_digits(s, 5, 2, c.month) || s[7] != '-' || !read_digits(s, 8, 2, c.day)) {
        return std::nullopt;
    }
    if (c.month < 1 || c.month > 12 || c.day < 1 || c.day > days_in_month(c.year, c.month)) {
        return std::nullopt;
    }
    Timestamp ts;
    size_t pos = 10;
    if (pos == s.size()) {
        ts.has_time = false;
        ts.epoch_seconds = epoch_from_civil(c);
        return ts;
    }
    if (s[pos] != 'T' && s[pos] != ' ' && s[pos] != 't') return std::nullopt;
    ++pos;
    if (!read_digits(s, pos, 2, c.hour) || pos + 2 >= s.size() || s[pos + 2] != ':' ||
        !read_digits(s, pos + 3, 2, c.minute)) {
        return std::nullopt;
    }
    pos += 5;
    if (pos < s.size() && s[pos] == ':') {
        if (!read_digits(s, pos + 1, 2, c.second)) return std::nullopt;
        pos += 3;
        if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
            ++pos;
            while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
        }
    }
    if (c.hour > 23 || c.minute > 59 || c.second > 60) return std::nullopt;
    if (c.second == 60) c.second = 59;  // a leap second reads as the second before it
    while (pos < s.size() && s[pos] == ' ') ++pos;
    if (pos < s.size()) {
        char z = s[pos];
        if (z == 'Z' || z == 'z') {
            ts.has_offset = true;
            ++pos;
        } else if (z == '+' || z == '-') {
            int oh = 0, om = 0;
            if (!read_digits(s, pos + 1, 2, oh)) return std::nullopt;
            size_t mpos = pos + 3;
            if (mpos < s.size() && s[mpos] == ':') ++mpos;
            if (mpos < s.size()) {
                if (!read_digits(s, mpos, 2, om)) return std::nullopt;
                mpos += 2;
            }
            if (oh > 14 || om > 59) return std::nullopt;
            ts.has_offset = true;
            ts.offset_minutes = (z == '-' ? -1 : 1) * (oh * 60 + om);
            pos = mpos;
        } else if (s.substr(pos) == "UTC" || s.substr(pos) == "GMT") {
            ts.has_offset = true;
            pos = s.size();
        }
        if (pos != s.size()) return std::nullopt;
    }
    ts.epoch_seconds = epoch_from_civil(c) - ts.offset_minutes * 60;
    return ts;
}

}  // namespace broadsheet
