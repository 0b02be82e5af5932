#!/usr/bin/env bash
# The `broadsheet parse` contract: JSON Lines on stdout, one "file: reason"
# line per failure on stderr (with the line or record number when there is
# one), exit 0 / 1 / 2.
set -u
bin=$1; fixtures=$2
out=$(mktemp); err=$(mktemp); dir=$(mktemp -d); trap 'rm -rf "$out" "$err" "$dir"' EXIT
fail() { echo "FAIL: $*"; echo "--- stdout"; cat "$out"; echo "--- stderr"; cat "$err"; exit 1; }
has_json() { python3 -c 'import json,sys
keys=sys.argv[1].split(",")
for n,line in enumerate(open(sys.argv[2]),1):
    o=json.loads(line)
    missing=[k for k in keys if k not in o]
    if missing: sys.exit("line %d lacks %s" % (n, missing))' "$1" "$out" || fail "stdout is not JSON Lines with $1"; }

# One good text file: one line, every contract field present.
"$bin" parse "$fixtures/text/full-header.txt" >"$out" 2>"$err"; rc=$?
[ $rc -eq 0 ] || fail "good file: exit $rc, want 0"
[ "$(wc -l <"$out")" -eq 1 ] || fail "good file: want one line"
[ ! -s "$err" ] || fail "good file: stderr must be empty"
grep -q '"title":"Council approves the new tram line"' "$out" || fail "title missing"
grep -q '"published":"2025-06-14T09:30:00"' "$out" || fail "published missing"
has_json file,title,url,published,source,authors,description,language,paragraphs,alternate_titles,image_url,truncated,heading_indexes
grep -q '"heading_indexes":\[2\]' "$out" || fail "the subheading index is missing"
grep -q '"description":null' "$out" || fail "a missing description must be null"

# The output is itself importable, exactly: parsing it again prints the same lines.
"$bin" parse "$fixtures/text/full-header.txt" "$fixtures/json/news-please-full.json" \
  "$fixtures/feeds/atom.xml" >"$dir/again.jsonl" 2>"$err" || fail "round trip: first parse failed"
"$bin" parse "$dir/again.jsonl" >"$out" 2>"$err"; rc=$?
[ $rc -eq 0 ] || fail "round trip: exit $rc, want 0"
cmp -s "$out" "$dir/again.jsonl" || fail "round trip: parsing the output again changed it"
rm -f "$dir/again.jsonl"

# A good file next to a binary one: the good article still prints, exit 1.
"$bin" parse "$fixtures/text/full-header.txt" "$fixtures/text/not-an-article.png" >"$out" 2>"$err"; rc=$?
[ $rc -eq 1 ] || fail "mixed files: exit $rc, want 1"
[ "$(wc -l <"$out")" -eq 1 ] || fail "mixed files: the good article must still print"
grep -q "^$fixtures/text/not-an-article.png: " "$err" || fail "error line must start with the file name"

# JSON Lines with a broken line: every other line prints, the broken one is named by number.
"$bin" parse "$fixtures/json/broken-line.jsonl" >"$out" 2>"$err"; rc=$?
[ $rc -eq 1 ] || fail "broken jsonl: exit $rc, want 1"
[ "$(wc -l <"$out")" -eq 3 ] || fail "broken jsonl: want the 3 good records"
grep -q "^$fixtures/json/broken-line.jsonl: line 2: not valid JSON" "$err" || fail "broken line 2 not reported"
grep -q "^$fixtures/json/broken-line.jsonl: line 5: " "$err" || fail "non-article line 5 not reported"
has_json title,paragraphs

# A JSON array with bad records: named by record number.
"$bin" parse "$fixtures/json/array.json" >"$out" 2>"$err"; rc=$?
[ $rc -eq 1 ] || fail "array: exit $rc, want 1"
[ "$(wc -l <"$out")" -eq 2 ] || fail "array: want 2 good records"
grep -q "^$fixtures/json/array.json: record 2: no title" "$err" || fail "array: record 2 not reported"

# NewsAPI and news-please JSON, and .gz, all exit 0.
"$bin" parse "$fixtures/json/newsapi.json" "$fixtures/json/news-please-full.json" \
  "$fixtures/gzip/articles.jsonl.gz" >"$out" 2>"$err"; rc=$?
[ $rc -eq 0 ] || fail "json + gz: exit $rc, want 0"
[ "$(wc -l <"$out")" -eq 5 ] || fail "json + gz: want 5 articles"
grep -q '"source":"BBC News"' "$out" || fail "NewsAPI source.name missing"
grep -q '"authors":\["Jane Roe","John Doe"\]' "$out" || fail "news-please authors missing"
grep -q '"published":"2024-05-06T07:08:09Z"' "$out" || fail "NewsAPI publishedAt missing"

# Windows-1252 text loads with a warning line but exit 0.
"$bin" parse "$fixtures/encoding/cp1252.txt" >"$out" 2>"$err"; rc=$?
[ $rc -eq 0 ] || fail "cp1252: exit $rc, want 0"
grep -q '"title":"Café prices rise"' "$out" || fail "cp1252 title not decoded"
grep -q "^$fixtures/encoding/cp1252.txt: warning: " "$err" || fail "cp1252: warning line expected"

# A folder is walked; a missing file is an error; a truncated .gz is an error.
cp "$fixtures/text/full-header.txt" "$fixtures/json/cc-news.jsonl" "$dir/"
"$bin" parse "$dir" >"$out" 2>"$err"; rc=$?
[ $rc -eq 0 ] || fail "folder: exit $rc, want 0"
[ "$(wc -l <"$out")" -eq 3 ] || fail "folder: want 3 articles"
"$bin" parse "$dir/missing.txt" "$fixtures/gzip/truncated.jsonl.gz" >"$out" 2>"$err"; rc=$?
[ $rc -eq 1 ] || fail "missing file: exit $rc, want 1"
grep -q "^$dir/missing.txt: cannot read" "$err" || fail "missing file not reported"
grep -q "^$fixtures/gzip/truncated.jsonl.gz: the gzip data is cut short" "$err" || fail "truncated gz not reported"

# Hostile input (issue 13). Devices and FIFOs are refused without blocking or
# reading; "timeout" turns a hang into a failure.
timeout 10 "$bin" parse /dev/zero >"$out" 2>"$err"; rc=$?
[ $rc -eq 1 ] || fail "/dev/zero: exit $rc, want 1 (not a hang or an endless read)"
grep -q "^/dev/zero: cannot read: a character device, not a regular file; skipped" "$err" || fail "/dev/zero not reported"
mkfifo "$dir/pipe.txt"
timeout 10 "$bin" parse "$dir/pipe.txt" "$fixtures/text/full-header.txt" >"$out" 2>"$err"; rc=$?
[ $rc -eq 1 ] || fail "FIFO: exit $rc, want 1 (not a hang)"
grep -q "pipe.txt: cannot read: a named pipe (FIFO), not a regular file; skipped" "$err" || fail "FIFO not reported"
[ "$(wc -l <"$out")" -eq 1 ] || fail "FIFO: the good file must still print"
rm "$dir/pipe.txt"

# "--" ends the options: a file named like an option is read.
cp "$fixtures/text/full-header.txt" "$dir/-x.txt"
(cd "$dir" && "$bin" parse -- -x.txt) >"$out" 2>"$err"; rc=$?
[ $rc -eq 0 ] || fail "-- -x.txt: exit $rc, want 0"
[ "$(wc -l <"$out")" -eq 1 ] || fail "-- -x.txt: want one article"
rm "$dir/-x.txt"

# A link inside a folder to a file outside it is not followed, and says so;
# a link to a file inside it is read.
walk=$(mktemp -d); outside=$(mktemp -d); trap 'rm -rf "$out" "$err" "$dir" "$walk" "$outside"' EXIT
cp "$fixtures/text/full-header.txt" "$outside/secret.txt"
cp "$fixtures/text/full-header.txt" "$walk/inside.txt"
ln -s "$outside/secret.txt" "$walk/out-link.txt"
ln -s inside.txt "$walk/in-link.txt"
"$bin" parse "$walk" >"$out" 2>"$err"; rc=$?
[ $rc -eq 1 ] || fail "link out of the folder: exit $rc, want 1"
[ "$(wc -l <"$out")" -eq 2 ] || fail "link walk: want inside.txt and in-link.txt only"
grep -q "secret" "$out" && fail "a link out of the folder was followed"
grep -q "out-link.txt: a link to .*secret.txt, outside the folder; not followed" "$err" || fail "link out not reported"

# An unreadable subfolder is reported with exit 1. Root reads everything, so
# as root the check runs as "nobody" (setpriv) on a copy of the binary.
as_user=()
if [ "$(id -u)" -eq 0 ] && command -v setpriv >/dev/null; then
  as_user=(setpriv --reuid=65534 --regid=65534 --clear-groups)
fi
if [ "$(id -u)" -ne 0 ] || [ ${#as_user[@]} -gt 0 ]; then
  chmod 755 "$walk"; cp "$bin" "$walk/.bin"; chmod 755 "$walk/.bin"; chmod 644 "$walk/inside.txt"
  mkdir "$walk/locked"; chmod 000 "$walk/locked"
  "${as_user[@]}" "$walk/.bin" parse "$walk" >"$out" 2>"$err"; rc=$?
  chmod 700 "$walk/locked"
  [ $rc -eq 1 ] || fail "unreadable folder: exit $rc, want 1"
  grep -q "locked: cannot list the folder: Permission denied; skipped" "$err" || fail "unreadable folder not reported"
  grep -q '"title":"Council approves the new tram line"' "$out" || fail "the readable file beside it must still print"
fi

# Names with terminal escape sequences and bidi overrides are escaped on stderr.
evil=$(printf 'evil\033[31mred\342\200\256gpj.png')
cp "$fixtures/text/not-an-article.png" "$dir/$evil"
"$bin" parse "$dir/$evil" >"$out" 2>"$err"; rc=$?
[ $rc -eq 1 ] || fail "escaped name: exit $rc, want 1"
grep -q "$(printf '\033')" "$err" && fail "a raw ESC reached the terminal"
grep -q 'evil\\x1B\[31mred\\u202Egpj.png: this is a PNG image' "$err" || fail "the name is not shown escaped"
rm "$dir/$evil"

# Usage errors.
"$bin" parse >"$out" 2>"$err"; rc=$?
[ $rc -eq 2 ] || fail "no files: exit $rc, want 2"
"$bin" parse --frobnicate "$fixtures/text/full-header.txt" >"$out" 2>"$err"; rc=$?
[ $rc -eq 2 ] || fail "unknown option: exit $rc, want 2"
"$bin" frobnicate >"$out" 2>"$err"; rc=$?
[ $rc -eq 2 ] || fail "unknown command: exit $rc, want 2"
echo "parse contract: ok"
