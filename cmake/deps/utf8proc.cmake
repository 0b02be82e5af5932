# utf8proc: Unicode case folding, decomposition and categories for the search
# tokenizer. Native: Debian's libutf8proc-dev. Wasm: the one-file library
# (utf8proc.c includes its data tables) from the Debian source package.
if(EMSCRIPTEN)
  set(_u8p_dir "${BROADSHEET_THIRD_PARTY_DIR}/utf8proc")
  if(NOT EXISTS "${_u8p_dir}/utf8proc.c")
    message(FATAL_ERROR "utf8proc sources missing in ${_u8p_dir}: run scripts/fetch-sources.sh")
  endif()
  add_library(broadsheet_utf8proc STATIC "${_u8p_dir}/utf8proc.c")
  target_compile_definitions(broadsheet_utf8proc PUBLIC UTF8PROC_STATIC)
  target_include_directories(broadsheet_utf8proc SYSTEM PUBLIC "${_u8p_dir}")
  target_link_libraries(broadsheet_core_deps INTERFACE broadsheet_utf8proc)
else()
  find_path(UTF8PROC_INCLUDE_DIR utf8proc.h REQUIRED)
  find_library(UTF8PROC_LIBRARY NAMES utf8proc REQUIRED)
  target_include_directories(broadsheet_core_deps SYSTEM INTERFACE "${UTF8PROC_INCLUDE_DIR}")
  target_link_libraries(broadsheet_core_deps INTERFACE "${UTF8PROC_LIBRARY}")
endif()
