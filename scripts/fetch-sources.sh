#!/usr/bin/env bash
# Unpacks the Debian source packages the wasm build compiles into
# third_party/<name>/ (ignored by git). Idempotent: a package already
# unpacked is left alone. Needs a deb-src entry (scripts/install-deps.sh).
#
# Each line of the list: <dir name> <source package>/<suite>
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dest=${BROADSHEET_THIRD_PARTY_DIR:-$root/third_party}
mkdir -p "$dest"

sources=(
  "imgui imgui/sid"
)
# Extra packages (one "dir package/suite" per line) from scripts/sources.d/*.list
for list in "$root"/scripts/sources.d/*.list; do
  [ -e "$list" ] || continue
  while read -r line; do
    [[ -z "$line" || "$line" == \#* ]] && continue
    sources+=("$line")
  done <"$list"
done

for entry in "${sources[@]}"; do
  read -r name pkg <<<"$entry"
  [ -f "$dest/$name/.fetched" ] && continue
  echo "fetch-sources: $pkg -> third_party/$name"
  work=$(mktemp -d)
  # The mirror may lack the .dsc or .debian.tar of a package; the upstream
  # tarball alone is enough to build from (Debian's patches are then skipped).
  (cd "$work" && apt-get source --download-only "$pkg" >/dev/null 2>"$work/log") ||
    ls "$work"/*.orig.tar.* >/dev/null 2>&1 || {
    cat "$work/log" >&2; echo "fetch-sources: apt-get source $pkg failed" >&2; exit 1; }
  orig=$(ls "$work"/*.orig.tar.* 2>/dev/null | head -1 || true)
  [ -n "$orig" ] || orig=$(ls "$work"/*.tar.* | grep -v debian.tar | head -1)
  rm -rf "$dest/$name" && mkdir -p "$dest/$name"
  tar xf "$orig" -C "$dest/$name" --strip-components=1
  # Apply Debian's patches when the package has them (quilt series).
  deb=$(ls "$work"/*.debian.tar.* 2>/dev/null | head -1 || true)
  if [ -n "$deb" ]; then
    tar xf "$deb" -C "$work"
    if [ -f "$work/debian/patches/series" ]; then
      while read -r patch _; do
        [[ -z "$patch" || "$patch" == \#* ]] && continue
        patch -s -p1 -d "$dest/$name" <"$work/debian/patches/$patch" || true
      done <"$work/debian/patches/series"
    fi
  fi
  touch "$dest/$name/.fetched"
  rm -rf "$work"
done
