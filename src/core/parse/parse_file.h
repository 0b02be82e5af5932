// The one entry point for bytes from a file: unpacks .gz, reads every file of
// a .tar / .tar.gz (named "archive.tar/inner/path"), rejects empty and
// binary data, decodes the text (decode_text.h), detects the format from the
// name and the content, and runs the matching parser.
// Used by the app's drop path, the bridge's load(), the CLI and the fuzzer.
#pragma once

#include "core/parse/parse_result.h"

#include <cstddef>
#include <string_view>

namespace broadsheet {

// What one parse_file call may inflate in all, over every .gz it meets
// (a .tar.gz and the .gz files inside it). Each .gz also has its own cap of
// 50 times its size (gzip.h); after one bomb no further .gz is unpacked.
constexpr size_t kMaxInflatedPerParse = size_t(1) << 30;

// Never throws; every failure is a ParseError naming `file_name`. A .gz over
// its cap is an error saying so ("decompresses to more than 16 MB from
// 99 KB ..."); the other files of a tar still load.
ParseResult parse_file(std::string_view file_name, std::string_view bytes,
                       size_t max_inflated = kMaxInflatedPerParse);

enum class FileFormat { Text, Json, JsonLines, Html, Markdown, Feed };

// The format of already-decoded UTF-8 text. The extension decides when it is
// a known one (a trailing ".gz" is ignored: "a.jsonl.gz" is JSON Lines);
// otherwise the content does: '[' or '{' -> JSON (JSON Lines when the first
// line is a whole JSON value and more follows), "<rss"/"<feed"/"<rdf:RDF" ->
// feed, "<!DOCTYPE html"/"<html" -> HTML, a leading "# " heading or "---"
// front matter -> Markdown, anything else -> the scraped text format.
// A ".json" file whose content is JSON Lines is read as JSON Lines.
FileFormat detect_format(std::string_view file_name, std::string_view utf8);

// Whether the bytes are binary (an image, archive, PDF...) rather than text:
// a known magic number, a NUL byte early on (outside UTF-16), or many control bytes.
bool looks_binary(std::string_view bytes);

const char* format_name(FileFormat f);

}  // namespace broadsheet
