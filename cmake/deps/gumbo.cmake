# gumbo-parser: the HTML5 parser under src/core/parse/html_*.
# Native: Debian's libgumbo-dev (bookworm: 0.10.1). Wasm: the gumbo-parser
# source package (the mirror holds 0.13.0, same C API for what we use).
# Only gumbo.h and tag_enum.h are exposed: gumbo's src/ also holds headers
# with generic names (vector.h, util.h) that must not leak into our includes.
if(EMSCRIPTEN)
  set(_gumbo_dir "${BROADSHEET_THIRD_PARTY_DIR}/gumbo-parser/src")
  if(NOT EXISTS "${_gumbo_dir}/gumbo.h")
    message(FATAL_ERROR "gumbo-parser sources missing in ${_gumbo_dir}: run scripts/fetch-sources.sh")
  endif()
  file(GLOB _gumbo_src "${_gumbo_dir}/*.c")
  add_library(broadsheet_gumbo STATIC ${_gumbo_src})
  target_include_directories(broadsheet_gumbo PRIVATE "${_gumbo_dir}")
  target_compile_options(broadsheet_gumbo PRIVATE -w -Os)
  set(_gumbo_inc "${CMAKE_BINARY_DIR}/gumbo-include")
  file(MAKE_DIRECTORY "${_gumbo_inc}")
  foreach(_h gumbo.h tag_enum.h)
    if(NOT EXISTS "${_gumbo_inc}/${_h}")
      file(CREATE_LINK "${_gumbo_dir}/${_h}" "${_gumbo_inc}/${_h}" SYMBOLIC)
    endif()
  endforeach()
  target_include_directories(broadsheet_gumbo SYSTEM INTERFACE "${_gumbo_inc}")
  target_link_libraries(broadsheet_core_deps INTERFACE broadsheet_gumbo)
else()
  find_package(PkgConfig REQUIRED)
  pkg_check_modules(GUMBO REQUIRED IMPORTED_TARGET gumbo)
  target_link_libraries(broadsheet_core_deps INTERFACE PkgConfig::GUMBO)
endif()
