#include "core/article.h"

#include "core/civil_time.h"

#include <cstdio>

namespace broadsheet {
namespace {

// Seconds of the wall-clock reading the source gave (its own time zone).
int64_t local_seconds(const Timestamp& ts) {
    return ts.epoch_seconds + (ts.has_offset ? ts.offset_minutes * 60 : 0);
}

}  // namespace

std::string format_iso8601(const Timestamp& ts) {
    // Print the wall-clock reading the source gave, not UTC: a reader in the
    // article's time zone expects "07:00", and the offset says where that is.
    if (!ts.has_time) return format_date(ts);
    CivilTime c = civil_from_epoch(local_seconds(ts));
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", c.year, c.month, c.day,
                  c.hour, c.minute, c.second);
    std::string out = buf;
    if (ts.has_offset) {
        if (ts.offset_minutes == 0) {
            out += 'Z';
        } else {
            int m = ts.offset_minutes < 0 ? -ts.offset_minutes : ts.offset_minutes;
            std::snprintf(buf, sizeof buf, "%c%02d:%02d", ts.offset_minutes < 0 ? '-' : '+',
                          m / 60, m % 60);
            out += buf;
        }
    }
    return out;
}

std::string format_date(const Timestamp& ts) { return format_day(local_day(ts)); }

int64_t local_day(const Timestamp& ts) { return day_from_epoch(local_seconds(ts)); }

std::string describe_origin(const Article& a) {
    std::string out = a.file;
    if (out.empty()) return out;
    if (a.record > 0) {
        out += ", record " + std::to_string(a.record);
    } else if (a.line > 0) {
        out += ", line " + std::to_string(a.line);
    }
    return out;
}

}  // namespace broadsheet
