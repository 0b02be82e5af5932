// libFuzzer target over the search-box parser (core/search/query_parser.h):
// every string is a valid query, so any bytes must parse, and each clause's
// byte range must lie inside the query (the UI highlights it).
#include "core/search/query_parser.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view query(reinterpret_cast<const char*>(data), size);
    broadsheet::search::ParsedQuery parsed = broadsheet::search::parse_query(query);
    for (const broadsheet::search::ClauseGroup& g : parsed.groups) {
        if (g.alternatives.empty()) __builtin_trap();
        for (const broadsheet::search::Clause& c : g.alternatives) {
            if (c.begin > c.end || c.end > query.size()) __builtin_trap();
            if (c.kind == broadsheet::search::ClauseKind::DateRange && c.date_from > c.date_to) __builtin_trap();
        }
    }
    return 0;
}
