#!/usr/bin/env bash
# The `broadsheet parse` contract: JSON Lines on stdout, one "file: reason"
# line per failure on stderr, exit 0 / 1 / 2.
set -u
bin=$1; fixtures=$2
out=$(mktemp); err=$(mktemp); trap 'rm -f "$out" "$err"' EXIT
fail() { echo "FAIL: $*"; echo "--- stdout"; cat "$out"; echo "--- stderr"; cat "$err"; exit 1; }

"$bin" parse "$fixtures/text/full-header.txt" >"$out" 2>"$err"; rc=$?
[ $rc -eq 0 ] || fail "good file: exit $rc, want 0"
[ "$(wc -l <"$out")" -eq 1 ] || fail "good file: want one line"
grep -q '"title":"Council approves the new tram line"' "$out" || fail "title missing"
grep -q '"published":"2025-06-14T09:30:00"' "$out" || fail "published missing"

"$bin" parse "$fixtures/text/full-header.txt" "$fixtures/text/not-an-article.png" >"$out" 2>"$err"; rc=$?
[ $rc -eq 1 ] || fail "mixed files: exit $rc, want 1"
[ "$(wc -l <"$out")" -eq 1 ] || fail "mixed files: the good article must still print"
grep -q "^$fixtures/text/not-an-article.png: " "$err" || fail "error line must start with the file name"

"$bin" parse >"$out" 2>"$err"; rc=$?
[ $rc -eq 2 ] || fail "no files: exit $rc, want 2"
"$bin" frobnicate >"$out" 2>"$err"; rc=$?
[ $rc -eq 2 ] || fail "unknown command: exit $rc, want 2"
echo "parse contract: ok"
