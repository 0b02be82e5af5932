#!/usr/bin/env bash
# Lays out the static site: our page, the wasm app, the font and the
# bundled articles with their manifest. Usage: assemble-dist.sh BUILD_DIR DIST_DIR
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$1; dist=$2
rm -rf "$dist"
mkdir -p "$dist/fonts" "$dist/articles"
cp "$root"/web/* "$dist/"
cp "$build/broadsheet.js" "$build/broadsheet.wasm" "$dist/"
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
[ -f "$font" ] || { echo "assemble-dist: $font missing (apt-get install fonts-dejavu-core)" >&2; exit 1; }
cp "$font" "$dist/fonts/"
cp "$root"/assets/articles/* "$dist/articles/"
# The Thai word list: fetched by the page only when an article has Thai.
"$root"/scripts/build-thai-dictionary.sh "$dist/dict/thai-words.txt"
# The seed article this product was specified from is a publisher's text: it
# is never committed. Where the team's shared corpus sits beside the clone
# (our machines and CI) it is added to the build; a public clone goes without.
seed="$root/../shared/corpus/seed-article.txt"
[ -f "$seed" ] && cp "$seed" "$dist/articles/seed-article.txt"
python3 - "$dist/articles" <<'PY'
import json, os, sys
folder = sys.argv[1]
files = sorted(f for f in os.listdir(folder) if f != "manifest.json")
with open(os.path.join(folder, "manifest.json"), "w") as out:
    json.dump({"files": files}, out, indent=1)
PY
echo "assemble-dist: $(ls "$dist/articles" | wc -l) files in $dist/articles"
