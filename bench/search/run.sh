#!/usr/bin/env bash
# Search benchmark: our core (native and wasm under node) against MiniSearch,
# FlexSearch and lunr on corpora generated from Reuters-21578.
#   bench/search/run.sh [SIZE...]      SIZE: article count or "real" (19,043)
#                                      default: 1000 10000 real
# Env: LIBS="minisearch flexsearch lunr" (JS libraries to run), LIB_MAX=20000
# (skip JS libraries above this size; they need minutes and GBs at 100k),
# REPS=3 (runs per query; the median counts), ENGINES="native wasm".
# Writes bench/out/search/<size>-<engine>.json and prints the tables
# (bench/search/report.py); corpora go to the ignored bench/data/search/.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
here=$root/bench/search
data=$root/bench/data/search
out=$root/bench/out/search
corpus=${BROADSHEET_REUTERS:-$root/../shared/corpus/reuters-21578/articles.jsonl}
LIBS=${LIBS-"minisearch flexsearch lunr"}
LIB_MAX=${LIB_MAX:-20000}
REPS=${REPS:-3}
ENGINES=${ENGINES:-"native wasm"}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 real)
export NODE_PATH=/usr/share/nodejs

if [ ! -f "$corpus" ]; then
  echo "run.sh: $corpus not found (the Reuters-21578 corpus is only in the team workspace)" >&2
  exit 1
fi
mkdir -p "$data" "$out"
for s in "${sizes[@]}"; do
  [ -f "$data/reuters-$s.jsonl" ] || python3 "$here/gen_corpus.py" "$corpus" "$data" "$s"
done
if [ -n "$LIBS" ] && [ ! -d "$here/node_modules/minisearch" ]; then
  (cd "$here" && npm install --no-package-lock --no-audit --no-fund >/dev/null)
fi
if [[ " $ENGINES " == *" native "* ]]; then
  cmake -S "$here" -B "$root/bench/out/search-native" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$root/bench/out/search-native" --target search_bench -j2 >/dev/null
fi
if [[ " $ENGINES " == *" wasm "* ]]; then
  emcmake cmake -S "$here" -B "$root/bench/out/search-wasm" -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build "$root/bench/out/search-wasm" --target search_bench -j2 >/dev/null
fi

for s in "${sizes[@]}"; do
  c=$data/reuters-$s.jsonl
  q=$data/queries-$s.json
  n=$(wc -l <"$c")
  for e in $ENGINES; do
    echo "run.sh: $s articles: broadsheet $e" >&2
    if [ "$e" = native ]; then
      "$root/bench/out/search-native/search_bench" "$c" "$q" --reps "$REPS" --label broadsheet-native >"$out/$s-$e.json"
    else
      node "$root/bench/out/search-wasm/search_bench.js" "$c" "$q" --reps "$REPS" --label broadsheet-wasm >"$out/$s-$e.json"
    fi
  done
  for lib in $LIBS; do
    if [ "$n" -gt "$LIB_MAX" ]; then
      echo "run.sh: $s articles: skipping $lib (LIB_MAX=$LIB_MAX)" >&2
      continue
    fi
    echo "run.sh: $s articles: $lib" >&2
    node --expose-gc --max-old-space-size=8192 "$here/js_bench.mjs" "$lib" "$c" "$q" "$REPS" >"$out/$s-$lib.json" ||
      echo "run.sh: $lib failed on $s" >&2
  done
done
python3 "$here/report.py" "$out" "${sizes[@]}"
