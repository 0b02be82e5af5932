# zlib: transparent .gz reading (src/core/parse/gzip.*).
# Native: Debian's zlib1g-dev. Wasm: the zlib source package (bookworm),
# compiled here. Emscripten's USE_ZLIB port downloads from the internet,
# which this build must never need. Only inflate is used, but the small
# core set is compiled so zlib's own cross-references resolve.
if(EMSCRIPTEN)
  set(_zlib_dir "${BROADSHEET_THIRD_PARTY_DIR}/zlib")
  if(NOT EXISTS "${_zlib_dir}/inflate.c")
    message(FATAL_ERROR "zlib sources missing in ${_zlib_dir}: run scripts/fetch-sources.sh")
  endif()
  set(_zlib_src)
  foreach(_f adler32 crc32 inffast inflate inftrees zutil)
    list(APPEND _zlib_src "${_zlib_dir}/${_f}.c")
  endforeach()
  add_library(broadsheet_zlib STATIC ${_zlib_src})
  target_compile_options(broadsheet_zlib PRIVATE -w)
  target_compile_definitions(broadsheet_zlib PRIVATE HAVE_UNISTD_H HAVE_STDARG_H)
  # Expose zlib.h and zconf.h only (the source folder also has generic names).
  set(_zlib_inc "${CMAKE_BINARY_DIR}/zlib-include")
  file(MAKE_DIRECTORY "${_zlib_inc}")
  foreach(_h zlib.h zconf.h)
    if(NOT EXISTS "${_zlib_inc}/${_h}")
      file(CREATE_LINK "${_zlib_dir}/${_h}" "${_zlib_inc}/${_h}" SYMBOLIC)
    endif()
  endforeach()
  target_include_directories(broadsheet_zlib SYSTEM PUBLIC "${_zlib_inc}")
  target_link_libraries(broadsheet_core_deps INTERFACE broadsheet_zlib)
else()
  find_package(ZLIB REQUIRED)
  target_link_libraries(broadsheet_core_deps INTERFACE ZLIB::ZLIB)
endif()
