// Whole-file read for the CLI (the core never touches the file system).
#pragma once

#include <cstddef>
#include <optional>
#include <string>

namespace broadsheet::cli {

// 2 GiB: more than a browser tab can parse, so a bigger input is a mistake
// (a disk image, /dev/zero through a link) rather than a corpus.
constexpr size_t kMaxReadBytes = size_t(2) << 30;

// The file's bytes, or nullopt with `error` set to a sentence naming why.
// Only regular files are read: a FIFO, socket or device (/dev/zero) is
// refused without blocking or reading, and a file over `max_bytes` is
// refused after reading at most max_bytes + 1 bytes.
std::optional<std::string> read_whole_file(const std::string& path, std::string& error,
                                           size_t max_bytes = kMaxReadBytes);

// `text` with control characters and bidi overrides escaped (safe_text.h),
// for printing names and messages that came from files to a terminal.
std::string shown(const std::string& text);

}  // namespace broadsheet::cli
