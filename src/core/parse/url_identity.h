// The form of an article URL used to decide whether two articles are the
// same (Library's identity), not a URL to open: two spellings of one page
// give the same string.
#pragma once

#include <string>
#include <string_view>

namespace broadsheet {

// For an http(s) URL: scheme and host lower case, credentials kept, the
// default port (:80 for http, :443 for https) dropped, the fragment dropped,
// one trailing slash of the path dropped ("/a/" and "/a" agree, as do "" and
// "/"), and tracking parameters removed from the query (utm_*, fbclid,
// gclid, dclid, msclkid, yclid, igshid, mc_cid, mc_eid, _hsenc, _hsmi; names
// compared case-insensitively); the other parameters stay in their order,
// unchanged. The path and parameter values keep their case and escapes.
// A URL that needs none of this comes back byte for byte as given (so
// Library keys of such articles do not change).
// Not http(s): returned unchanged.
// Not handled: percent-decoding, IDNA, "www." or http/https equivalence,
// dot segments ("/a/../b"), parameter reordering.
std::string normalize_url_identity(std::string_view url);

// Whether a query parameter name (before '=') is a known tracking parameter.
bool is_tracking_parameter(std::string_view name);

}  // namespace broadsheet
