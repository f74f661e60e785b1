#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Bokmål and nynorsk are complete: every message of the sources (the
# template made as po/meson.build makes it, glib preset) has a translation
# in po/nb.po and po/nn.po that is neither missing nor fuzzy.
here=$(cd "$(dirname "$0")" && pwd) || exit 1
cd "$1" || exit 1
dir=$(mktemp -d) || exit 1
trap 'rm -rf "$dir"' EXIT
sh "$here/make-pot.sh" "$dir/pot" || exit 1
status=0
# A format macro xgettext cannot read (G_GSIZE_FORMAT; <inttypes.h>'s PRIu64
# it can) cuts the msgid short at its "%", and no translation is ever found.
cut=$(grep '^msgid ".*%"$' "$dir/pot")
if [ -n "$cut" ]; then
    echo "messages cut short at a format macro xgettext cannot read (use PRIu64 and the like):"
    echo "$cut"
    status=1
fi
for lang in nb nn; do
    msgmerge --quiet --no-wrap --no-fuzzy-matching -o "$dir/$lang.po" "po/$lang.po" "$dir/pot" || exit 1
    missing=$( (msgattrib --no-wrap --untranslated --no-obsolete "$dir/$lang.po"
                msgattrib --no-wrap --only-fuzzy --no-obsolete "$dir/$lang.po") | grep '^msgid ' | grep -v '^msgid ""$')
    if [ -n "$missing" ]; then
        echo "po/$lang.po has no translation of:"
        echo "$missing"
        status=1
    fi
done
exit $status
