# pugixml: the XML parser for RSS / Atom feeds (src/core/parse/feed_*).
# Native: Debian's libpugixml-dev. Wasm: the pugixml source package, built
# without exceptions (we never use XPath, the only throwing API).
if(EMSCRIPTEN)
  set(_pugi_dir "${BROADSHEET_THIRD_PARTY_DIR}/pugixml/src")
  if(NOT EXISTS "${_pugi_dir}/pugixml.cpp")
    message(FATAL_ERROR "pugixml sources missing in ${_pugi_dir}: run scripts/fetch-sources.sh")
  endif()
  add_library(broadsheet_pugixml STATIC "${_pugi_dir}/pugixml.cpp")
  target_compile_definitions(broadsheet_pugixml PUBLIC PUGIXML_NO_EXCEPTIONS PUGIXML_NO_XPATH)
  target_compile_options(broadsheet_pugixml PRIVATE -Os)
  target_include_directories(broadsheet_pugixml SYSTEM PUBLIC "${_pugi_dir}")
  target_link_libraries(broadsheet_core_deps INTERFACE broadsheet_pugixml)
else()
  find_package(pugixml REQUIRED)
  target_link_libraries(broadsheet_core_deps INTERFACE pugixml::pugixml)
endif()
