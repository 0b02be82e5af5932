// The title of an article whose file gives none (no title line, no <title>,
// og:title or <h1>, no Markdown heading): its file name, as a browser names
// a tab for an untitled page.
#pragma once

#include <string>
#include <string_view>

namespace broadsheet {

// "crawl/story 12.txt" -> "story 12"; "a.b.html.gz" -> "a.b"; a name that is
// only an extension or blank -> "Untitled".
std::string title_from_file_name(std::string_view file_name);

}  // namespace broadsheet
