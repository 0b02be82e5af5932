# Snowball English stemmer for the search tokenizer.
# Native: Debian's libstemmer-dev (all languages, used through libstemmer.h).
# Wasm: Debian's snowball source package ships the Snowball compiler and the
# .sbl algorithms but no generated C, so at configure time we build the
# compiler with the host C compiler, generate only the English UTF-8 stemmer,
# and compile it with the small Snowball runtime (api.c, utilities.c).
# BROADSHEET_STEMMER_ENGLISH_ONLY tells src/core/search/stemmer.cpp to call
# the generated english_UTF_8_* functions directly.
if(EMSCRIPTEN)
  set(_sb_dir "${BROADSHEET_THIRD_PARTY_DIR}/snowball")
  if(NOT EXISTS "${_sb_dir}/algorithms/english.sbl")
    message(FATAL_ERROR "snowball sources missing in ${_sb_dir}: run scripts/fetch-sources.sh")
  endif()
  set(_sb_gen "${CMAKE_BINARY_DIR}/snowball-gen")
  set(_sb_c "${_sb_gen}/stem_UTF_8_english.c")
  if(NOT EXISTS "${_sb_c}")
    file(MAKE_DIRECTORY "${_sb_gen}")
    find_program(_host_cc NAMES cc gcc clang REQUIRED NO_CMAKE_FIND_ROOT_PATH)
    file(GLOB _sb_compiler_src "${_sb_dir}/compiler/*.c")
    execute_process(
      COMMAND "${_host_cc}" -O1 -o "${_sb_gen}/snowball" ${_sb_compiler_src}
      RESULT_VARIABLE _rc ERROR_VARIABLE _err)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR "building the host snowball compiler failed: ${_err}")
    endif()
    execute_process(
      COMMAND "${_sb_gen}/snowball" "${_sb_dir}/algorithms/english.sbl"
              -o "${_sb_gen}/stem_UTF_8_english" -eprefix english_UTF_8_ -r ../runtime -u
      RESULT_VARIABLE _rc ERROR_VARIABLE _err)
    if(NOT _rc EQUAL 0)
      message(FATAL_ERROR "generating the English stemmer failed: ${_err}")
    endif()
  endif()
  add_library(broadsheet_stemmer STATIC
    "${_sb_c}" "${_sb_dir}/runtime/api.c" "${_sb_dir}/runtime/utilities.c")
  # The generated file includes "../runtime/header.h".
  target_include_directories(broadsheet_stemmer PRIVATE "${_sb_dir}/runtime")
  target_include_directories(broadsheet_stemmer SYSTEM PUBLIC "${_sb_gen}" "${_sb_dir}")
  target_compile_definitions(broadsheet_stemmer PUBLIC BROADSHEET_STEMMER_ENGLISH_ONLY)
  target_link_libraries(broadsheet_core_deps INTERFACE broadsheet_stemmer)
else()
  find_path(STEMMER_INCLUDE_DIR libstemmer.h REQUIRED)
  find_library(STEMMER_LIBRARY NAMES stemmer REQUIRED)
  target_include_directories(broadsheet_core_deps SYSTEM INTERFACE "${STEMMER_INCLUDE_DIR}")
  target_link_libraries(broadsheet_core_deps INTERFACE "${STEMMER_LIBRARY}")
endif()
