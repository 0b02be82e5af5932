// What the user is looking at, as plain values: the query, the filters, the
// sort and the open article. It round-trips through the URL hash
// (url_state.h) so reloading or sharing a link restores the view.
#pragma once

#include <cstdint>
#include <optional>
#include <set>
#include <string>

namespace broadsheet {

enum class SortOrder { Newest, Oldest, Relevance, Title, Source };
enum class MarkFilter { All, Unread, Read, Starred };

// Whole days since 1970-01-01 (UTC wall-clock date of the article), inclusive.
struct DayRange {
    std::optional<int64_t> first_day;
    std::optional<int64_t> last_day;
    bool is_all() const { return !first_day && !last_day; }
    bool contains(int64_t day) const {
        return (!first_day || day >= *first_day) && (!last_day || day <= *last_day);
    }
    bool operator==(const DayRange& o) const { return first_day == o.first_day && last_day == o.last_day; }
};

struct ViewState {
    std::string query;
    std::set<std::string> sources;   // empty = every source
    DayRange days;
    MarkFilter marks = MarkFilter::All;
    SortOrder sort = SortOrder::Newest;
    std::string open_key;            // article key (see Library::key_of) of the open article, or ""

    bool operator==(const ViewState& o) const {
        return query == o.query && sources == o.sources && days == o.days && marks == o.marks &&
               sort == o.sort && open_key == o.open_key;
    }
    bool operator!=(const ViewState& o) const { return !(*this == o); }
};

const char* sort_order_name(SortOrder s);     // "newest", "oldest", ...
const char* mark_filter_name(MarkFilter m);   // "all", "unread", ...

}  // namespace broadsheet
