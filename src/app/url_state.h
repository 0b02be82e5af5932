// The URL-hash codec for ViewState: "q=tram%20line&src=a.com,b.org&from=
// 2024-01-01&to=2024-01-31&show=unread&sort=oldest&a=<key>". Unknown or
// malformed parts are ignored (a shared link from a newer version still
// opens); defaults are left out so a plain view has an empty hash.
#pragma once

#include "app/view_state.h"

#include <string>
#include <string_view>

namespace broadsheet {

std::string encode_view_state(const ViewState& state);
ViewState decode_view_state(std::string_view hash);   // a leading '#' is allowed

std::string percent_encode(std::string_view text);
std::string percent_decode(std::string_view text);

}  // namespace broadsheet
