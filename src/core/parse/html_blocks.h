// Turns an HTML subtree into the reader's paragraphs: every block element
// (p, div, li, blockquote, pre, figcaption, ...) becomes its own paragraph,
// inline elements join into the text around them, h1-h6 become subheadings,
// a table row is one paragraph with " | " between its cells,
// list items get "• " (or "1. " in an ordered list), two <br> in a row split
// a paragraph. White space is collapsed; script, style, form controls, nav,
// aside, footer and hidden elements are skipped. Entities were already
// decoded by the HTML parser.
#pragma once

#include "core/article.h"
#include "core/parse/html_dom.h"

#include <functional>
#include <vector>

namespace broadsheet {

// A predicate the caller uses to skip more elements (the extractor's removed
// boilerplate); it is asked about every element before its content is read.
using HtmlSkip = std::function<bool(const GumboNode*)>;

// Appends the paragraphs of `node` (and its descendants) to `out`.
void html_to_paragraphs(const GumboNode* node, const HtmlSkip& skip, std::vector<Paragraph>& out);

// True for elements never shown in a reader: script, style, form controls,
// nav, aside, footer, iframes, and elements hidden by hidden / aria-hidden /
// style="display:none".
bool is_never_shown(const GumboNode* node);

// Every block of a fragment (a feed item's HTML), without content scoring.
std::vector<Paragraph> html_fragment_paragraphs(std::string_view html);

}  // namespace broadsheet
