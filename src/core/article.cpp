#include "core/article.h"

#include "core/civil_time.h"

#include <cstdio>

namespace broadsheet {

std::string format_iso8601(const Timestamp& ts) {
    // Print the wall-clock reading the source gave, not UTC: a reader in the
    // article's time zone expects "07:00", and the offset says where that is.
    int64_t local = ts.epoch_seconds + (ts.has_offset ? ts.offset_minutes * 60 : 0);
    CivilTime c = civil_from_epoch(local);
    char buf[40];
    if (!ts.has_time) {
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
        return buf;
    }
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

std::string format_date(const Timestamp& ts) {
    int64_t local = ts.epoch_seconds + (ts.has_offset ? ts.offset_minutes * 60 : 0);
    CivilTime c = civil_from_epoch(local);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
}

}  // namespace broadsheet
