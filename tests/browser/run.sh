#!/usr/bin/env bash
# Runs the browser tests against a built dist/ in headless Debian Chromium.
# Usage: tests/browser/run.sh [DIST_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
export BROADSHEET_DIST=$(cd "${1:-$here/../../dist}" && pwd)
[ -f "$BROADSHEET_DIST/broadsheet.wasm" ] || { echo "browser tests: no build in $BROADSHEET_DIST (run ./build-wasm.sh)" >&2; exit 1; }
cd "$here"
if [ ! -d node_modules/playwright-core ]; then
  npm install --no-audit --no-fund --loglevel=error
fi
node --test --test-concurrency=1 *.test.mjs
