// The accessible mirror of the canvas UI (web/a11y.js): the article list as a
// listbox, the filters as radio buttons and checkboxes with counts, the
// reader's toolbar as buttons, and the find state. C++ publishes a version
// that changes only when something the mirror shows changed; the page pulls
// the JSON then, never per frame.
#pragma once

#include <cstdint>
#include <string>

namespace broadsheet {

struct WebHost;

// Bumps when the rows on screen, the open article, marks, filters or find changed.
uint32_t a11y_version(const WebHost& host);

// {"version", "listed", "setsize", "rows": [{id, pos, title, source, date, read, starred, selected, x, y, w, h}],
//  "marks": "all"|..., "sources": [{name, count, checked}], "article": {id, starred, read, url} | null,
//  "find": {open, text, matches, index}}
std::string a11y_json(const WebHost& host);

// What a mirror control does, the same commands the canvas sends:
// "open" id, "source" name, "marks" all|unread|read|starred, "star", "read",
// "copy", "link", "original", "smaller", "larger", "find". Returns 1 if done.
int a11y_command(WebHost& host, const std::string& what, const std::string& arg);

}  // namespace broadsheet
