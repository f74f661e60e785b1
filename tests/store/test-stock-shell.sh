#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A Livsskisse file needs nothing of Livsskisse to be read: the stock
# sqlite3 shell checks it, dumps it, and the dump restored into a new file
# is a working Livsskisse database with the same cases (schema 8: no custom
# collation, no application-defined function in the schema).
set -eu
cli="$LIVSSKISSE_CLI"
if ! command -v sqlite3 >/dev/null; then
  echo "1..0 # SKIP the sqlite3 shell (Debian sqlite3) is not installed"
  exit 0
fi
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
echo "1..5"
"$cli" demo --persons 12 --database "$dir/demo.db" >/dev/null

check=$(sqlite3 "$dir/demo.db" 'PRAGMA integrity_check; PRAGMA foreign_key_check;' 2>&1)
[ "$check" = "ok" ] && echo "ok 1 - sqlite3 checks the file: $check" || { echo "not ok 1 - integrity_check: $check"; exit 1; }

sqlite3 "$dir/demo.db" .dump > "$dir/dump.sql" 2>"$dir/dump.err"
if [ -s "$dir/dump.err" ] || grep -q 'ls_fts_pending\|COLLATE nb' "$dir/dump.sql"; then
  echo "not ok 2 - the dump needs Livsskisse: $(head -c 300 "$dir/dump.err")"; exit 1
fi
echo "ok 2 - sqlite3 dumps it"

sqlite3 "$dir/restored.db" < "$dir/dump.sql" 2>"$dir/restore.err"
[ ! -s "$dir/restore.err" ] && echo "ok 3 - sqlite3 restores the dump" \
  || { echo "not ok 3 - restore: $(head -c 300 "$dir/restore.err")"; exit 1; }

"$cli" check --database "$dir/restored.db" > "$dir/check.out" \
  && echo "ok 4 - livsskisse-cli check: $(cat "$dir/check.out")" \
  || { echo "not ok 4 - the restored file is refused"; exit 1; }

# The same cases: the exchange file of both, apart from when it was made.
"$cli" export-xml --database "$dir/demo.db" -o "$dir/a.xml"
"$cli" export-xml --database "$dir/restored.db" -o "$dir/b.xml"
"$cli" list persons --database "$dir/restored.db" > "$dir/b.list"
"$cli" list persons --database "$dir/demo.db" > "$dir/a.list"
grep -v '<export time=' "$dir/a.xml" > "$dir/a.body"
grep -v '<export time=' "$dir/b.xml" > "$dir/b.body"
if cmp -s "$dir/a.body" "$dir/b.body" && cmp -s "$dir/a.list" "$dir/b.list" && [ -s "$dir/a.list" ]; then
  echo "ok 5 - the restored database holds the same cases, in the same order"
else
  echo "not ok 5 - the restored database differs"; diff "$dir/a.list" "$dir/b.list" | head -5; exit 1
fi
