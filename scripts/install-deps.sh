#!/usr/bin/env bash
# Installs what the build and the tests need on a Debian 12 machine: the
# binary packages listed in scripts/apt-packages.d/*.txt, a deb-src entry so
# that Debian source packages can be fetched for the wasm build, and those
# sources (scripts/fetch-sources.sh). Skips whatever is already there, so it
# is cheap to run before every build.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

mapfile -t wanted < <(cat "$root"/scripts/apt-packages.d/*.txt | sed 's/#.*//' | awk 'NF {print $1}')
missing=()
for pkg in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# nodejs/npm may come from elsewhere (the machine's own node): accept any on PATH.
filtered=()
for pkg in "${missing[@]}"; do
  case "$pkg" in
    nodejs) command -v node >/dev/null || filtered+=("$pkg") ;;
    npm) command -v npm >/dev/null || filtered+=("$pkg") ;;
    *) filtered+=("$pkg") ;;
  esac
done

src_list=/etc/apt/sources.list.d/broadsheet-src.sources
need_update=0
# Dear ImGui >= 1.92 is only in forky/sid sources, so a deb-src entry for sid is what counts.
has_sid_src() { grep -rls "deb-src" /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null | xargs -r grep -ls "sid" | grep -q .; }
if ! has_sid_src; then
  sudo_if_needed tee "$src_list" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm trixie forky sid
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  need_update=1
fi
if [ ${#filtered[@]} -gt 0 ] || [ $need_update -eq 1 ]; then
  sudo_if_needed apt-get update -qq
fi
if [ ${#filtered[@]} -gt 0 ]; then
  echo "install-deps: apt-get install ${filtered[*]}"
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${filtered[@]}" >/dev/null
fi
"$root/scripts/fetch-sources.sh"
