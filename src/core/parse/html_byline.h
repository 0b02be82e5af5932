// The article's byline as the page shows it (Readability's _checkByline):
// the first visible element with rel=author, itemprop~=author or a class/id
// like "byline"/"author", whose text is under 100 characters; its
// itemprop="name" child when it has one. A pass of its own, because the
// byline often sits in an <aside> or <header> the content search drops.
#pragma once

#include "core/parse/html_dom.h"

#include <string>

namespace broadsheet {

struct Byline {
    std::string text;                // "By " removed; "" when none was found
    const GumboNode* node = nullptr; // the element, left out of the article text
};

// Searches below `root`; with `strip_unlikely` it skips what Readability's
// unlikely-candidate rule drops (comment boxes, sidebars...). True if found.
bool find_byline(const GumboNode* root, Byline& out, bool strip_unlikely);

}  // namespace broadsheet
