#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# The programs load libraries only some of their work needs when that work
# is done, not when they start (each library at start costs the loader's
# relocations in every process, a letter's included): no program has them
# in its ELF dynamic section's NEEDED entries.
#   libpq: only a team database (src/store/ls-db-pg-libpq.c);
#   librsvg: only a pictogram drawn (src/render/ls-pictogram.c);
#   libical: only a calendar written (src/export/ls-ics-export.c);
#   libqpdf: only a PDF written (src/export/ls-pdf-accessible.c);
#   libxml2: only XML read or written (src/export/ls-xml-libxml.h);
#   ICU: only a name's sort key made (src/store/ls-sort-key.c), and libxml2's;
#   libsecret: only a team database's password kept or looked up
#   (src/ui/ls-team-connection.c).
set -eu
lazy="libpq.so librsvg-2.so libical.so libqpdf.so libxml2.so libicuuc.so libicui18n.so libsecret-1.so"
programs="$LIVSSKISSE_CLI $LIVSSKISSE_APP"
if ! command -v readelf >/dev/null; then
  echo "1..0 # SKIP readelf (Debian binutils) is not installed"
  exit 0
fi
echo "1..2"
n=0
status=0
for program in $programs; do
  n=$((n + 1))
  needed=$(readelf -d "$program" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
  # The list is read at all: every program needs GLib.
  case "$needed" in
    *libglib-2.0.so*) ;;
    *) echo "not ok $n - $(basename "$program"): no NEEDED entries read"; status=1; continue ;;
  esac
  found=""
  for library in $lazy; do
    for entry in $needed; do
      case "$entry" in "$library"*) found="$found $entry" ;; esac
    done
  done
  if [ -n "$found" ]; then
    echo "not ok $n - $(basename "$program") loads at start what it should load when needed:$found"
    status=1
  else
    echo "ok $n - $(basename "$program") needs $(echo $needed | wc -w) libraries, none of: $lazy"
  fi
done
exit $status
