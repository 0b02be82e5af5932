// The URL-hash codec for ViewState: "q=tram%20line&src=a.com,b.org&from=
// 2024-01-01&to=2024-01-31&show=unread&sort=oldest&a=<key>". Unknown or
// malformed parts are ignored (a shared link from a newer version still
// opens); defaults are left out so a plain view has an empty hash.
//
// A hash is untrusted data (anyone can send a link): whatever it holds is
// decoded into plain strings, never markup. Decoded text is made valid UTF-8
// (bad bytes become U+FFFD) and capped: the query and each source name at
// kMaxQueryChars, the article key at kMaxKeyChars, at most kMaxHashSources
// sources. A link of 300,000 characters opens with the first 1,000 of its
// query, and the caller is told (was_clipped) so it can say so.
#pragma once

#include "app/view_state.h"

#include <string>
#include <string_view>

namespace broadsheet {

constexpr size_t kMaxQueryChars = 1000;     // the search box and the find field take no more
constexpr size_t kMaxKeyChars = 1000;
constexpr size_t kMaxHashSources = 1000;

std::string encode_view_state(const ViewState& state);
// A leading '#' is allowed; *was_clipped (if given) says whether a cap above cut something.
ViewState decode_view_state(std::string_view hash, bool* was_clipped = nullptr);

// `text` as valid UTF-8 (each invalid byte becomes U+FFFD), cut after
// `max_chars` code points; *was_clipped (if given) is set when it was cut.
std::string clip_utf8(std::string_view text, size_t max_chars, bool* was_clipped = nullptr);

std::string percent_encode(std::string_view text);
std::string percent_decode(std::string_view text);

}  // namespace broadsheet
