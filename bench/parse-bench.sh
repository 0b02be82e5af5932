#!/usr/bin/env bash
# Parse throughput (MB/s, median of 5 runs) for the text format and JSON
# Lines over the Reuters corpus: native build, then the same benchmark
# compiled with em++ and run under node. A gzipped copy of articles.jsonl
# (made in a temporary folder) measures .gz reading as well.
#   usage: bench/parse-bench.sh [CORPUS_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
corpus=${1:-$root/../shared/corpus}
native=${BROADSHEET_BENCH_NATIVE:-$root/build-bench}
wasm=${BROADSHEET_BENCH_WASM:-$root/build-bench-wasm}

gz=$(mktemp -d)/articles.jsonl.gz; trap 'rm -rf "$(dirname "$gz")"' EXIT
gzip -c "$corpus/reuters-21578/articles.jsonl" >"$gz"

cmake -S "$root" -B "$native" -DCMAKE_BUILD_TYPE=Release -DBROADSHEET_BENCH=ON >/dev/null
cmake --build "$native" -j2 --target parse_bench >/dev/null
echo "== native ($(c++ --version | head -1))"
"$native/bench/parse_bench" "$corpus" 5 "$gz"

export NODE_PATH=/usr/share/nodejs
emcmake cmake -S "$root" -B "$wasm" -DCMAKE_BUILD_TYPE=Release -DBROADSHEET_BENCH=ON >/dev/null 2>&1
cmake --build "$wasm" -j2 --target parse_bench >/dev/null
echo "== wasm under node $(node --version) (em++ $(em++ --version | head -1 | grep -o '[0-9.]*' | head -1))"
node "$wasm/bench/parse_bench.js" "$corpus" 5 "$gz"
