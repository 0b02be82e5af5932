// Whole-file read for the CLI (the core never touches the file system).
#pragma once

#include <optional>
#include <string>

namespace broadsheet::cli {

// The file's bytes, or nullopt with `error` set to a sentence naming why.
std::optional<std::string> read_whole_file(const std::string& path, std::string& error);

}  // namespace broadsheet::cli
