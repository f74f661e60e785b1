#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Every source file with translatable strings must be listed in po/POTFILES.in,
# and every listed file must exist.
cd "$1" || exit 1
status=0
for f in $(find src -name '*.c' -o -name '*.ui' | sort); do
    if grep -qE '\b(N?_|C_|NC_|g_dngettext|ngettext)\(|translatable="yes"' "$f"; then
        grep -qx "$f" po/POTFILES.in || { echo "missing from po/POTFILES.in: $f"; status=1; }
    fi
done
for f in $(grep -v '^#' po/POTFILES.in); do
    [ -f "$f" ] || { echo "listed in po/POTFILES.in but absent: $f"; status=1; }
done
exit $status
