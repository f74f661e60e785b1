#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the message template to $1, run in the source tree, as
# po/meson.build makes it (i18n.gettext's glib preset), for the tests that
# read it (test-msgids.sh, test-po-complete.sh).
exec xgettext --from-code=UTF-8 --add-comments --no-wrap \
    --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
    --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
    -f po/POTFILES.in -o "$1"
