#!/usr/bin/env bash
# The `broadsheet search` contract: ranked JSON Lines for --query, one JSON
# line per query for --queries, folders read recursively, exit 0 / 1 / 2.
set -u
bin=$1; fixtures=$2
out=$(mktemp); err=$(mktemp); queries=$(mktemp); trap 'rm -f "$out" "$err" "$queries"' EXIT
fail() { echo "FAIL: $*"; echo "--- stdout"; cat "$out"; echo "--- stderr"; cat "$err"; exit 1; }

"$bin" search "$fixtures/search" --query "cafe" >"$out" 2>"$err"; rc=$?
[ $rc -eq 0 ] || fail "--query: exit $rc, want 0"
head -1 "$out" | grep -q '"rank":1' || fail "first line must be rank 1"
head -1 "$out" | grep -q '"title":"Café owners in Lyon raise prices by 3.5%"' || fail "accent folding: cafe must find Café"
for field in '"url":' '"file":' '"score":' '"snippet":'; do
  head -1 "$out" | grep -q "$field" || fail "missing $field"
done

printf 'cafe\n"no such phrase anywhere"\n' >"$queries"
"$bin" search "$fixtures/search" --queries "$queries" --limit 1 >"$out" 2>"$err"; rc=$?
[ $rc -eq 0 ] || fail "--queries: exit $rc, want 0"
[ "$(wc -l <"$out")" -eq 2 ] || fail "--queries: want one line per query"
sed -n 1p "$out" | grep -q '"time_us":' || fail "--queries: each line has its time"
sed -n 2p "$out" | grep -q '"total":0' || fail "--queries: an unmatched phrase has no hits"

# Space-less Thai: a word from the middle of a sentence; Hindi vowel signs kept.
"$bin" search "$fixtures/scripts/th-river.txt" "$fixtures/scripts/hi-monsoon.txt" --query "แม่น้ำ" >"$out" 2>"$err"; rc=$?
[ $rc -eq 0 ] || fail "Thai query: exit $rc, want 0"
head -1 "$out" | grep -q 'th-river.txt' || fail "แม่น้ำ (mid-sentence) must find th-river.txt"
"$bin" search "$fixtures/scripts/th-river.txt" "$fixtures/scripts/hi-monsoon.txt" --query "बद" >"$out" 2>"$err"; rc=$?
[ $rc -eq 0 ] || fail "Hindi query: exit $rc, want 0"
[ -s "$out" ] && fail "बद must not match बाद (vowel signs are not accents)"

"$bin" search >"$out" 2>"$err"; rc=$?
[ $rc -eq 2 ] || fail "no arguments: exit $rc, want 2"
"$bin" search "$fixtures/search" >"$out" 2>"$err"; rc=$?
[ $rc -eq 2 ] || fail "no query: exit $rc, want 2"
"$bin" search /nonexistent/folder --query x >"$out" 2>"$err"; rc=$?
[ $rc -eq 1 ] || fail "unreadable path: exit $rc, want 1"
grep -q "^/nonexistent/folder: " "$err" || fail "the error names the path"
# "--" ends the options: a path after it is a path even if it looks like one.
"$bin" search --query "cafe" -- "$fixtures/search" >"$out" 2>"$err"; rc=$?
[ $rc -eq 0 ] || fail "-- PATH: exit $rc, want 0"
head -1 "$out" | grep -q '"rank":1' || fail "-- PATH: want results"
"$bin" search --query "cafe" -- --limit >"$out" 2>"$err"; rc=$?
[ $rc -eq 1 ] || fail "-- --limit: exit $rc, want 1 (a missing file, not an option)"
grep -q "^--limit: cannot read" "$err" || fail "-- --limit: read as a path"
echo "search contract: ok"
