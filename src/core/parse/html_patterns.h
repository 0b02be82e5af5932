// Readability's class / id / role patterns, as plain substring tests on the
// lower-cased "class id" string (no std::regex: it is slow and throws).
// unlikely: comment, sidebar, footer, related, share... boxes to skip;
// maybe: article, body, content, main... which override "unlikely";
// positive / negative: +25 / -25 weight for the content search.
#pragma once

#include <string_view>

namespace broadsheet {

bool is_unlikely(std::string_view lower_class_id);
bool is_maybe_candidate(std::string_view lower_class_id);
bool is_positive(std::string_view lower_class_id);
bool is_negative(std::string_view lower_class_id);
bool is_byline_name(std::string_view lower_class_id);
bool is_share_name(std::string_view lower_class_id);  // (\b|_)(share|sharedaddy)(\b|_)
bool is_unlikely_role(std::string_view role);          // menu, navigation, dialog...

}  // namespace broadsheet
