# The web app: Dear ImGui + our platform layer + the core, as broadsheet.js +
# broadsheet.wasm. Only this target links ImGui, so a core file that
# includes imgui.h fails to build: the layering is a build fact.

set(IMGUI_DIR "${BROADSHEET_THIRD_PARTY_DIR}/imgui" CACHE PATH "Dear ImGui >= 1.92 checkout")
if(NOT EXISTS "${IMGUI_DIR}/imgui.cpp")
  message(FATAL_ERROR "Dear ImGui not found in ${IMGUI_DIR}: run scripts/fetch-sources.sh or pass -DIMGUI_DIR=...")
endif()

add_library(imgui STATIC
  ${IMGUI_DIR}/imgui.cpp
  ${IMGUI_DIR}/imgui_draw.cpp
  ${IMGUI_DIR}/imgui_tables.cpp
  ${IMGUI_DIR}/imgui_widgets.cpp
  ${IMGUI_DIR}/misc/cpp/imgui_stdlib.cpp
  ${IMGUI_DIR}/backends/imgui_impl_opengl3.cpp)
target_include_directories(imgui SYSTEM PUBLIC ${IMGUI_DIR} ${IMGUI_DIR}/backends ${IMGUI_DIR}/misc/cpp)
target_compile_definitions(imgui PUBLIC IMGUI_IMPL_OPENGL_ES3 IMGUI_DISABLE_OBSOLETE_FUNCTIONS
                                        IMGUI_DISABLE_DEFAULT_FONT
                                        # 32-bit ImWchar: emoji and CJK Ext-B lie above U+FFFF
                                        # (src/platform/web_font_loader.cpp asserts it).
                                        IMGUI_USE_WCHAR32)

file(GLOB BROADSHEET_APP_SOURCES CONFIGURE_DEPENDS
  src/ui/*.cpp src/platform/*.cpp)
add_executable(broadsheet_app ${BROADSHEET_APP_SOURCES})
set_target_properties(broadsheet_app PROPERTIES OUTPUT_NAME broadsheet SUFFIX ".js")
target_link_libraries(broadsheet_app PRIVATE broadsheet_app_state imgui broadsheet_warnings)
target_compile_options(broadsheet_app PRIVATE -fno-exceptions)
target_link_options(broadsheet_app PRIVATE
  -sMIN_WEBGL_VERSION=2 -sMAX_WEBGL_VERSION=2
  -sALLOW_MEMORY_GROWTH=1 -sINITIAL_MEMORY=64MB -sMAXIMUM_MEMORY=4GB
  # malloc returns null when memory cannot grow (bs_can_allocate probes with
  # it); operator new still aborts, which the page reports (bridge.js onAbort).
  -sABORTING_MALLOC=0
  -sMODULARIZE=1 -sEXPORT_NAME=createBroadsheetModule
  -sENVIRONMENT=web
  -sEXPORTED_FUNCTIONS=_malloc,_free
  -sEXPORTED_RUNTIME_METHODS=ccall,cwrap,UTF8ToString,stringToUTF8,lengthBytesUTF8,HEAPU8
  -sFILESYSTEM=0
  -sTOTAL_STACK=1MB
  --no-entry)
