// Reads a test fixture (tests/fixtures/<relative>) as bytes; "" when missing.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace broadsheet::test {

inline std::string read_fixture(const std::string& relative) {
    std::ifstream in(std::string(BROADSHEET_FIXTURES_DIR) + "/" + relative, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace broadsheet::test
