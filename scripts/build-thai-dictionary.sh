#!/usr/bin/env bash
# Writes the Thai word list the app segments Thai with (src/core/text/
# thai_words.h): libthai's word lists (Debian source package libthai,
# unpacked by scripts/fetch-sources.sh) merged, sorted bytewise and made
# unique, one UTF-8 word a line, as libthai's own build does for its trie.
# Usage: build-thai-dictionary.sh OUT_FILE
# Without libthai's source it writes nothing and says so: the app then
# indexes and breaks Thai by clusters.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=$1
src=${BROADSHEET_THIRD_PARTY_DIR:-$root/third_party}/libthai/data
if ! ls "$src"/tdict-*.txt >/dev/null 2>&1; then
  echo "build-thai-dictionary: no $src/tdict-*.txt (scripts/fetch-sources.sh fetches libthai); Thai stays on clusters" >&2
  exit 0
fi
mkdir -p "$(dirname "$out")"
cat "$src"/tdict-*.txt | tr -d '\r' | grep -v '^$' | LC_ALL=C sort -u >"$out"
echo "build-thai-dictionary: $(wc -l <"$out") words, $(wc -c <"$out") bytes -> $out"
