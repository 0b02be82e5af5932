// The search box language (FreshRSS / Readwise habits), parsed without
// looking at the index. Every string is a valid query: bad pieces are
// ignored or read literally, never rejected.
//
//   word word        both words (AND); the last word may also be a prefix
//                    while typing (the evaluator decides, see SearchOptions)
//   "exact phrase"   consecutive words; an unclosed quote runs to the end
//   -word, -"a b"    exclude articles that match
//   a OR b           either (OR binds tighter than AND: x a OR b = x AND (a OR b))
//   title:word       only in the title (also title:"a phrase")
//   source:reuters   the source domain contains the text (case/accent-insensitive)
//   author:smith     an author's name contains the text
//   after:2024-01-01 published on or after the start of that day / month / year
//   before:2024-01   published before the start of that day / month / year
//   date:2024-05     published within that year / month / day
// An unknown "foo:bar" is read as the words foo and bar; a date filter whose
// value is not YYYY, YYYY-MM or YYYY-MM-DD is ignored and reported in
// ParsedQuery::ignored.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace broadsheet::search {

enum class ClauseKind : uint8_t { Term, Phrase, Source, Author, DateRange };

struct Clause {
    ClauseKind kind = ClauseKind::Term;
    std::string text;            // the word, phrase or filter value as typed
    uint32_t begin = 0;          // byte range of `text` in the query
    uint32_t end = 0;
    bool is_title_only = false;  // title:
    bool is_excluded = false;    // leading '-'
    bool ends_query = false;     // nothing but spaces follows it (typing prefix candidate)
    int64_t date_from = 0;       // DateRange: [date_from, date_to) epoch seconds
    int64_t date_to = 0;
};

// Clauses joined by OR; a query is the AND of its groups.
struct ClauseGroup {
    std::vector<Clause> alternatives;
};

struct ParsedQuery {
    std::vector<ClauseGroup> groups;
    std::vector<std::string> ignored;   // pieces that were not understood, as typed
};

ParsedQuery parse_query(std::string_view query);

}  // namespace broadsheet::search
