// One function per `broadsheet` subcommand; each returns the exit status.
#pragma once

#include <string>
#include <vector>

namespace broadsheet::cli {

int run_parse(const std::vector<std::string>& args);
int run_search(const std::vector<std::string>& args);

}  // namespace broadsheet::cli
