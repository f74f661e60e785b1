#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Words a translator must be able to say apart have their own msgid or
# context, and one button reads one way wherever it is: cancelling a booked
# time is not a dialog's Cancel (bokmål "Avbestill", not "Avbryt"), and the
# own view opens with "Show to Person" from the conversation and the person
# page alike. The template is made as po/meson.build makes it (glib preset).
here=$(cd "$(dirname "$0")" && pwd) || exit 1
cd "$1" || exit 1
pot=$(mktemp) || exit 1
trap 'rm -f "$pot"' EXIT
sh "$here/make-pot.sh" "$pot" || exit 1

# The places of msgid $2 with context $1 ("" for none), one per line.
places () {
    awk -v ctxt="$1" -v id="$2" '
        /^#: / { for (i = 2; i <= NF; i++) refs = refs $i "\n"; next }
        /^msgctxt / { c = substr ($0, 9) }
        /^msgid / { if (c == "\"" ctxt "\"" || (ctxt == "" && c == "") ) if (substr ($0, 7) == "\"" id "\"") printf "%s", refs }
        /^$/ { refs = ""; c = "" }' "$pot"
}

status=0
if places "" "Cancel" | grep -q '^src/ui/ls-week-view.c:'; then
    echo "the week view's Cancel (a booking) shares the msgid of a dialog's Cancel"; status=1
fi
places "booking" "Cancel" | grep -q '^src/ui/ls-week-view.c:' \
    || { echo "no Cancel in context \"booking\" from src/ui/ls-week-view.c"; status=1; }
if [ -n "$(places "" "Show to the Person")" ]; then
    echo "\"Show to the Person\" beside \"Show to Person\": one button, one label"; status=1
fi
for f in src/ui/ls-conversation-nav.c src/ui/ls-conversation-page.c src/ui/ls-person-page.ui; do
    places "" "Show to Person" | grep -q "^$f:" || { echo "$f does not say \"Show to Person\""; status=1; }
done
exit $status
