#!/usr/bin/env bash
# Readability benchmark: builds the core (build-html), compiles the bench tool
# against it and runs it over Mozilla Readability's test pages.
#   bench/readability/run.sh [CORPUS_DIR] [--runs N] [--dump PAGE]
# Default corpus: ../shared/corpus/readability-pages next to the repository.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${BUILD_DIR:-$root/build-html}
corpus=${1:-$root/../shared/corpus/readability-pages}
[ $# -gt 0 ] && shift
if [ ! -d "$corpus" ]; then
  echo "WARN: no Readability pages at $corpus; nothing to measure" >&2
  exit 0
fi
[ -f "$build/CMakeCache.txt" ] || cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build "$build" -j2 --target broadsheet_core >/dev/null
bin=$build/readability_bench
src=$root/bench/readability/readability_bench.cpp
if [ ! -x "$bin" ] || [ "$src" -nt "$bin" ] || [ "$build/libbroadsheet_core.a" -nt "$bin" ]; then
  g++ -std=c++17 -O2 -I"$root/src" "$src" "$build/libbroadsheet_core.a" \
      $(pkg-config --libs gumbo pugixml) -lmd4c -o "$bin"
fi
"$bin" "$corpus" "$@"
