#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test that acts like a person (its arguments: the program and its
# own arguments) on an X display and in a D-Bus session of its own: its own
# accessibility bus, its own keyboard. So these tests run beside each other
# and beside the rest, never finding another test's window or sending keys
# to it. Xvfb picks a free display itself (-displayfd), so two starting at
# once never take the same one.
set -eu
for tool in Xvfb dbus-run-session; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "1..0 # SKIP $tool is not installed (Debian packages xvfb, dbus)"
        exit 0
    fi
done

dir=$(mktemp -d)
xvfb=
cleanup() {
    [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null && wait "$xvfb" 2>/dev/null
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

Xvfb -displayfd 3 -screen 0 1280x1024x24 -nolisten tcp 3>"$dir/display" 2>"$dir/xvfb.log" &
xvfb=$!
# Xvfb writes the display's number once it accepts clients.
tries=0
until [ -s "$dir/display" ]; do
    if ! kill -0 "$xvfb" 2>/dev/null || [ "$tries" -ge 200 ]; then
        echo "Bail out! Xvfb did not start" && cat "$dir/xvfb.log" >&2
        exit 1
    fi
    tries=$((tries + 1))
    sleep 0.05
done
DISPLAY=:$(cat "$dir/display")
export DISPLAY

# dogtail makes its folders in /tmp when first imported, and fails when
# another test makes them at the same moment.
mkdir -p "/tmp/dogtail-${LOGNAME:-$(id -un)}/logs" "/tmp/dogtail-${LOGNAME:-$(id -un)}/data"

# Only the test speaks on stdout (TAP): the bus and the services it
# starts (the accessibility registry greets) write to stderr.
status=0
dbus-run-session -- sh -c 'exec "$@" 1>&3 3>&-' sh "$@" 3>&1 1>&2 || status=$?
exit "$status"
