#!/usr/bin/env bash
# Builds the libFuzzer targets and runs each for SECONDS (default 60):
#   parse_file  every parser, through parse_file (seeds: fuzz/seeds/parse_file
#               and tests/fixtures)
#   url_hash    the URL-hash codec (seeds: fuzz/seeds/url_hash)
#   query       the search-box parser (seeds: fuzz/seeds/query)
# New inputs are kept in build-fuzz/corpus-TARGET (not in git). A crash
# leaves crash-* files in build-fuzz/ and exits non-zero; add each as a
# regression test.
#   usage: fuzz/run-fuzz.sh [SECONDS] [extra libFuzzer flags...]
#   FUZZ_TARGETS="query url_hash" fuzz/run-fuzz.sh 30    only some targets
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}; shift || true
targets=${FUZZ_TARGETS:-parse_file url_hash query}
build=${BROADSHEET_FUZZ_BUILD:-$root/build-fuzz}
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -g"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DBROADSHEET_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" >/dev/null
for t in $targets; do
  cmake --build "$build" -j2 --target "fuzz_$t" >/dev/null
done
cd "$build"
for t in $targets; do
  mkdir -p "corpus-$t"
  seeds=("$root/fuzz/seeds/$t")
  [ "$t" = parse_file ] && seeds+=("$root/tests/fixtures")
  echo "fuzz_$t: ${seconds}s"
  ./fuzz/"fuzz_$t" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
    -timeout=10 -dict="$root/fuzz/$t.dict" -print_final_stats=1 "$@" \
    "corpus-$t" "${seeds[@]}"
done
