# Third-party dependencies. Native builds use Debian's binary -dev packages;
# Emscripten builds compile the sources that scripts/fetch-sources.sh puts in
# third_party/ (Debian's source packages), since binary packages are x86 code.

# nlohmann-json is header only. Under Emscripten we must not add /usr/include
# (glibc headers break the build), so point at a folder holding just it.
add_library(broadsheet_json INTERFACE)
if(EMSCRIPTEN)
  set(_json_dir "${CMAKE_BINARY_DIR}/json-include")
  file(MAKE_DIRECTORY "${_json_dir}")
  if(NOT EXISTS "${_json_dir}/nlohmann")
    file(CREATE_LINK /usr/include/nlohmann "${_json_dir}/nlohmann" SYMBOLIC)
  endif()
  target_include_directories(broadsheet_json SYSTEM INTERFACE "${_json_dir}")
else()
  find_package(nlohmann_json 3.10 REQUIRED)
  target_link_libraries(broadsheet_json INTERFACE nlohmann_json::nlohmann_json)
endif()

# Each further library the core needs has its own file in cmake/deps/ that
# adds it to this interface target (native: find the -dev package; wasm:
# compile the sources from ${BROADSHEET_THIRD_PARTY_DIR}).
add_library(broadsheet_core_deps INTERFACE)
file(GLOB _dep_files CONFIGURE_DEPENDS "${CMAKE_CURRENT_LIST_DIR}/deps/*.cmake")
list(SORT _dep_files)
foreach(_dep_file IN LISTS _dep_files)
  include("${_dep_file}")
endforeach()
