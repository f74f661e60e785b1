#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Usage: check-po.sh LANG.po PAGE...
# Fails unless the help translation LANG.po is valid, every message in it is translated and
# not fuzzy, it has every message of the pages as they are now, and itstool can merge every
# message into the pages. A missing or untranslated message, or one whose markup does not
# match the English, leaves English text in the middle of the page.
set -eu
po=$1; shift
lang=$(basename "$po" .po)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if ! stats=$(LC_ALL=C msgfmt --check --statistics -o "$tmp/$lang.gmo" "$po" 2>&1); then
    printf '%s\n' "$stats" >&2
    echo "$po is not a valid translation (see above)" >&2
    exit 1
fi
echo "$po: $stats"
case $stats in
*untranslated* | *fuzzy*)
    echo "$po is not complete: translate every message and clear every fuzzy flag" >&2
    exit 1
    ;;
esac

# Every message of the pages as they are now: a page changed after the po was merged
# would otherwise show its new paragraphs in English.
itstool -o "$tmp/help.pot" "$@"
if ! LC_ALL=C msgcmp "$po" "$tmp/help.pot" 2>"$tmp/cmp.log"; then
    cat "$tmp/cmp.log" >&2
    echo "$po does not have these messages of the pages: merge it again (msgmerge) and translate them" >&2
    exit 1
fi

itstool -m "$tmp/$lang.gmo" --lang "$lang" -o "$tmp/" "$@" 2>"$tmp/merge.log"
if [ -s "$tmp/merge.log" ]; then
    cat "$tmp/merge.log" >&2
    echo "$po: these messages could not be merged into the pages: keep the markup of the English" >&2
    exit 1
fi
echo "$po: every message merged into $# pages"
