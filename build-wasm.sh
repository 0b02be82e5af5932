#!/usr/bin/env bash
# Broadsheet build driver.
#   ./build-wasm.sh            install what is missing, build the web app into dist/
#   ./build-wasm.sh --serve    the same, then serve dist/ on http://127.0.0.1:8080
#   ./build-wasm.sh test       native unit tests (ctest), short fuzz runs, browser tests on dist/
# Environment: IMGUI_DIR=... uses your own Dear ImGui (>= 1.92) checkout;
# EMCMAKE=... your own emsdk's emcmake; PORT=... another port for --serve;
# BROADSHEET_SKIP_INSTALL=1 skips the apt/source install step;
# FUZZ_SECONDS=N sets each of the 3 fuzz runs of `test` (default 30, 0 skips them).
set -euo pipefail
root=$(cd "$(dirname "$0")" && pwd)
cd "$root"
jobs=$(nproc 2>/dev/null || echo 2)

install_deps() {
  [ "${BROADSHEET_SKIP_INSTALL:-0}" = 1 ] || scripts/install-deps.sh
}

build_web() {
  # Debian's Emscripten needs Debian's acorn module (the machine's node may not be Debian's).
  export NODE_PATH=${NODE_PATH:-/usr/share/nodejs}
  local extra=()
  [ -n "${IMGUI_DIR:-}" ] && extra+=("-DIMGUI_DIR=$IMGUI_DIR")
  ${EMCMAKE:-emcmake} cmake -S . -B build-wasm -DCMAKE_BUILD_TYPE=Release "${extra[@]}" >/dev/null
  cmake --build build-wasm -j"$jobs" --target broadsheet_app
  scripts/assemble-dist.sh build-wasm dist
}

build_native() {
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j"$jobs"
}

case "${1:-}" in
  "")
    install_deps
    build_web
    echo "Built dist/. Serve it with: ./build-wasm.sh --serve"
    ;;
  --serve|serve)
    install_deps
    build_web
    port=${PORT:-8080}
    echo "Serving dist/ on http://127.0.0.1:$port/ (Ctrl+C to stop)"
    exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
    ;;
  test)
    install_deps
    build_native
    (cd build && ctest --output-on-failure -j"$jobs")
    # Short libFuzzer runs over parse_file, the URL hash and the query parser
    # (crashes fail the test run).
    if [ "${FUZZ_SECONDS:-30}" -gt 0 ]; then fuzz/run-fuzz.sh "${FUZZ_SECONDS:-30}"; fi
    build_web
    tests/browser/run.sh dist
    ;;
  *)
    sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
