// The YAML front matter of a Markdown note, the small subset people write:
//   ---
//   title: "A title"
//   date: 2026-02-02            (ISO 8601 or RFC 822)
//   url: https://...            (or link:)
//   source: example.com
//   author: Jane Doe            (or authors: [A, B] / a "- name" list)
//   description: One line.
//   ---
// Scalars may be plain, 'single' or "double" quoted. Not handled: nested
// maps, multi-line (| and >) scalars, anchors, TOML (+++) front matter.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace broadsheet {

struct FrontMatter {
    bool is_present = false;   // the text starts with a "---" block that is closed
    std::string title, date, url, source, description, language, image;
    std::vector<std::string> authors;
    std::string_view body;     // the text after the closing line (all of it when absent)
    int body_line = 1;         // 1-based line where the body starts
};

// Never fails: text without a (closed) front matter block gives is_present = false.
FrontMatter read_front_matter(std::string_view text);

}  // namespace broadsheet
