#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Only SQLite opens the database file and its side files. Any other open of
# that file inside a process that holds a connection drops the process's
# POSIX locks, and another program may then delete the WAL the connection
# still writes into (the lost-saves bug of the "Trust" issue). So every
# call in src/ that opens a file by path is listed here with why it cannot
# be the database; a new one fails this test until it is looked at.
set -eu
src="$1/src"
allowed='
store/ls-db-sqlite-file.c:g_mkstemp_full      # a new database made under a temporary name, then linked
store/ls-db-sqlite-file.c:sqlite3_open_v2     # the connection itself
store/ls-db-sqlite.c:sqlite3_open_v2     # a backup copy, into the new temporary file of a private file
export/ls-xml-reader.c:g_open            # a case file to import; refuses a held file first
export/ls-xml-schema.c:g_file_get_contents   # the shipped XML schema
core/ls-private-file.c:g_mkstemp_full    # every file the program writes: a new temporary file, renamed over a target that is not held
core/ls-private-file.c:g_open            # the folder of the target, to sync the rename
core/ls-private-file.c:open              # the first 16 bytes of an existing target, after it is found not held, to refuse writing over a database
cli/ls-cli-team.c:g_file_get_contents   # the password file of a new login, read before the database is opened
ui/ls-unsaved-file.c:g_file_get_contents     # unsaved text kept on this computer ($XDG_DATA_HOME/livsskisse/unsaved/HASH-[KIND-]ID.gvariant), never a database
ui/ls-team-connection.c:g_open      # the certificate authority file, one byte read to tell the user before connecting (libpq reads it next)
cli/bench-anchor/ls-bench-letter-anchor.c:cairo_pdf_surface_create   # the bench anchor: its own letters, in a program with no database
cli/bench-anchor/ls-bench-measure.c:open                        # opens /dev/null for the output of the program it measures; it has no database
'
found=$(cd "$src" && grep -rnoE '\b(g_)?(fopen|open|openat|creat|freopen|mkstemp|g_mkstemp_full|g_file_get_contents|g_file_set_contents|g_file_set_contents_full|sqlite3_open|sqlite3_open_v2|xmlReaderForFile|xmlReadFile|xmlNewTextWriterFilename|cairo_pdf_surface_create)[[:space:]]*\(' . \
  | sed -E 's|^\./||; s|:[0-9]+:|:|; s|[[:space:]]*\($||' | sort -u)
status=0
for call in $found; do
  if ! printf '%s\n' "$allowed" | sed 's/[[:space:]]*#.*//' | grep -qxF "$call"; then
    echo "not ok: $call opens a file by path; make sure it can never be an open database (ls_store_file_in_use) and list it in tests/test-file-opens.sh"
    status=1
  fi
done
[ $status = 0 ] && echo "ok: every file open in src/ is accounted for"
exit $status
