// The article model: what every parser produces and everything downstream
// (store, index, view) reads. Plain data, no behaviour beyond small helpers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace broadsheet {

// A calendar timestamp as the source gave it. Seconds since the Unix epoch in
// UTC when the offset is known; when the source gave a local time without an
// offset we still store it as if it were UTC and say so (has_offset = false),
// so the original wall-clock reading round-trips to ISO 8601 unchanged.
struct Timestamp {
    int64_t epoch_seconds = 0;
    bool has_offset = false;     // the source said Z or +hh:mm
    int offset_minutes = 0;      // east of UTC, when has_offset
    bool has_time = true;        // false for a bare date (YYYY-MM-DD)
};

struct Paragraph {
    std::string text;            // UTF-8, one paragraph, no newlines
    bool is_heading = false;     // a subheading set apart in the reader
};

struct Article {
    std::string title;                       // never empty after a successful parse
    std::vector<std::string> alternate_titles; // page / feed titles that differ from title
    std::string url;                         // http(s) only, else empty
    std::string source;                      // domain such as www.itpro.com, else empty
    std::optional<Timestamp> published;
    std::vector<std::string> authors;
    std::string description;
    std::string language;                    // BCP 47 tag as given, else empty
    std::string image_url;
    std::vector<Paragraph> paragraphs;
    bool is_truncated = false;               // the text ends in "..." / "…"
    std::string file;                        // the file it came from, as named to parse_file()
    int line = 0;                            // 1-based line in `file` where it starts, 0 when not known
    int record = 0;                          // 1-based record of a JSON array, 0 when not one
};

// ISO 8601 form used by the CLI and the bridge: YYYY-MM-DDTHH:MM:SS with the
// offset when known ("+01:00" or "Z"), or YYYY-MM-DD for a bare date.
std::string format_iso8601(const Timestamp& ts);

// Where the article came from, for the reader: "crawl/a.txt",
// "feed.jsonl, line 3", "dump.json, record 2"; "" when the file is unknown.
std::string describe_origin(const Article& a);

// YYYY-MM-DD of the wall-clock reading, for list columns.
std::string format_date(const Timestamp& ts);

// The day (since 1970-01-01) of the wall-clock reading: what "published on" means to a reader.
int64_t local_day(const Timestamp& ts);

}  // namespace broadsheet
