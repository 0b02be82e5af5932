#!/usr/bin/env bash
# Builds the libFuzzer target over parse_file and runs it for SECONDS
# (default 60). Seeds come from fuzz/seeds/ and tests/fixtures/; new inputs
# are kept in build-fuzz/corpus (not in git). A crash leaves crash-* files in
# build-fuzz/ and exits non-zero; add each as a regression test.
#   usage: fuzz/run-fuzz.sh [SECONDS] [extra libFuzzer flags...]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-60}; shift || true
build=${BROADSHEET_FUZZ_BUILD:-$root/build-fuzz}
flags="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -g"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -DBROADSHEET_FUZZ=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" >/dev/null
cmake --build "$build" -j2 --target fuzz_parse_file >/dev/null
mkdir -p "$build/corpus"
cd "$build"
./fuzz/fuzz_parse_file -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
  -timeout=10 -dict="$root/fuzz/parse.dict" -print_final_stats=1 "$@" \
  corpus "$root/fuzz/seeds" "$root/tests/fixtures"
