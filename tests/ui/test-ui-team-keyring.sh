#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the keyring test program ($1) in a D-Bus session of its own with a
# fresh, unlocked GNOME keyring (Debian gnome-keyring) in a temporary
# folder, so that no one's real keyring is touched.
set -eu
program=$1
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "1..0 # SKIP $tool is not installed (Debian packages dbus, gnome-keyring)"
        exit 0
    fi
done
exec dbus-run-session -- sh -c '
    XDG_DATA_HOME=$(mktemp -d)
    XDG_RUNTIME_DIR=$XDG_DATA_HOME
    export XDG_DATA_HOME XDG_RUNTIME_DIR
    trap "rm -rf \"\$XDG_DATA_HOME\"" EXIT
    if ! printf x | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; then
        echo "1..0 # SKIP gnome-keyring-daemon could not start in this D-Bus session"
        exit 0
    fi
    # Under AddressSanitizer: libsecret answers from GDBus worker threads
    # whose few per-thread allocations LeakSanitizer cannot attribute (no
    # frames past g_malloc0), as with the display tests; memory errors are
    # still caught.
    ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}detect_leaks=0" LS_TEST_KEYRING=1 "$1"
' sh "$program"
