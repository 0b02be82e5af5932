// Proleptic Gregorian calendar <-> Unix epoch seconds, with no time zone
// database and no clock: pure arithmetic so it behaves the same natively and
// in wasm. Algorithms from Howard Hinnant's "chrono-compatible low-level date
// algorithms".
#pragma once

#include <cstdint>
#include <string>

namespace broadsheet {

struct CivilTime {
    int year = 1970;
    int month = 1;   // 1..12
    int day = 1;     // 1..31
    int hour = 0;
    int minute = 0;
    int second = 0;
};

int64_t days_from_civil(int year, int month, int day);
int64_t epoch_from_civil(const CivilTime& c);
CivilTime civil_from_epoch(int64_t epoch_seconds);
int days_in_month(int year, int month);

// Whole days since 1970-01-01 for an epoch second (floor, also before 1970).
int64_t day_from_epoch(int64_t epoch_seconds);
// "YYYY-MM-DD" of a day number.
std::string format_day(int64_t day);

}  // namespace broadsheet
