// A fast byte-level pass over a page before the HTML parser sees it.
#pragma once

#include <string>
#include <string_view>

namespace broadsheet {

// Copies `html` without what a reader never shows and the parser is slow on:
// attributes no code here reads (data-*, srcset, on*...), the bodies of
// <script> (except JSON-LD, which the metadata reader needs), <svg>
// and <style> elements, comments, and white space runs past their first
// character (outside <title>/<textarea> and JSON-LD). Tags stay, so the tree keeps its shape;
// <title> and <textarea> text is copied as is. Saved news pages are often
// 70-80% script and style, and gumbo tokenizes every byte of it.
// Start tags nested deeper than 1000 open elements are dropped (their text
// stays): gumbo's tree building is quadratic in depth.
std::string strip_scripts_and_styles(std::string_view html);

}  // namespace broadsheet
