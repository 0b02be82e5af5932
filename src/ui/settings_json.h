// ReaderSettings and reading positions <-> JSON for the browser's storage.
// Bad or missing fields keep their defaults.
#pragma once

#include "ui/ui_state.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace broadsheet {

std::string settings_to_json(const ReaderSettings& settings);
ReaderSettings settings_from_json(std::string_view json);

std::string positions_to_json(const std::unordered_map<std::string, float>& positions);
std::unordered_map<std::string, float> positions_from_json(std::string_view json);

}  // namespace broadsheet
