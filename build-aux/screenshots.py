#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of the real app for data/screenshots/, driven through AT-SPI
# (tests/ui/a11y/lsa11y.py) on a fresh demo database of 40 persons: the
# person page with the wheel, the person's own view, an issued decision and
# its evaluation (a level and the outcome chosen), then a new person chosen
# in the caseload.
#
#   for s in light dark; do for w in "1230 950" "360 760 -360"; do
#     xvfb-run -a -s "-screen 0 1400x1000x24" dbus-run-session -- env \
#       GSETTINGS_SCHEMA_DIR=_build/data GSK_RENDERER=cairo LC_ALL=C.UTF-8 \
#       LIVSSKISSE_CLI=_build/src/cli/livsskisse-cli LIVSSKISSE_APP=_build/src/livsskisse \
#       PYTHONPATH=tests/ui/a11y build-aux/screenshots.py data/screenshots $s $w
#   done; done
#
# Arguments: folder, light|dark, window width and height, a suffix for the
# file names ("-360"). A narrow window shoots only the pages that change
# with the width (the person page, the own view, the issued decision and the
# evaluation).
import os
import subprocess
import sys
import tempfile
import time

from lsa11y import App, visible

OUT, SCHEME = sys.argv[1], sys.argv[2]
WIDTH, HEIGHT = int(sys.argv[3]), int(sys.argv[4])
SUFFIX = sys.argv[5] if len(sys.argv) > 5 else ""
NARROW = WIDTH < 600
CLI = os.environ["LIVSSKISSE_CLI"]


def wait_until(predicate, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if predicate():
                return True
        except Exception:
            pass
        time.sleep(0.2)
    return False


def find_any(app, roles, name, prefix=False, holding=None, timeout=10):
    hits = []

    def match(n):
        nm = n.name or ""
        return (n.roleName in roles and (nm.startswith(name) if prefix else nm == name)
                and (holding is None or holding in nm) and visible(n))

    wait_until(lambda: hits.extend(app.root.findChildren(match)) or hits, timeout)
    if not hits:
        raise LookupError("no visible %s named %r" % ("/".join(roles), name))
    return hits[0]


def press(node):
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    action.doAction(names.index("click") if "click" in names else 0)
    time.sleep(0.6)


def xdo(*args):
    return subprocess.run(["xdotool", *args], capture_output=True, text=True).stdout.strip()


def shot(window, name):
    time.sleep(1.0)
    path = os.path.join(OUT, "%s%s%s.png" % (name, SUFFIX, "-dark" if SCHEME == "dark" else ""))
    subprocess.run(["import", "-window", window, path], check=True)
    print("wrote", path)


workdir = tempfile.mkdtemp(prefix="livsskisse-shots-")
database = os.path.join(workdir, "demo.db")
subprocess.run([CLI, "demo", "--persons", "40", "--database", database], check=True, stdout=subprocess.DEVNULL)
app = App(database=database)
if SCHEME == "dark":
    app.env["ADW_DEBUG_COLOR_SCHEME"] = "prefer-dark"
app.start()
try:
    wait_until(lambda: xdo("search", "--pid", str(app.proc.pid)))
    window = xdo("search", "--pid", str(app.proc.pid)).split()[-1]
    xdo("windowmove", window, "0", "0")
    xdo("windowsize", window, str(WIDTH), str(HEIGHT))
    time.sleep(1)
    people = app.find("list", "People")
    wait_until(lambda: len(people.children) > 0)
    people.querySelection().selectChild(0)
    time.sleep(1.5)
    shot(window, "person")
    # The person's own view (a window of its own), at the same size.
    show = find_any(app, ["push button"], "Show to Person")
    press(show)
    time.sleep(1.5)
    own = xdo("search", "--name", "Your Life Sketch").split()
    if own:
        xdo("windowmove", own[-1], "0", "0")
        xdo("windowsize", own[-1], str(WIDTH), str(HEIGHT))
        time.sleep(1)
        shot(own[-1], "own-view")
        xdo("key", "--window", own[-1], "Escape")
        time.sleep(1)
    press(find_any(app, ["push button"], "Decisions"))
    time.sleep(1)
    press(find_any(app, ["push button"], "Open", prefix=True))
    time.sleep(1.5)
    shot(window, "decision")
    press(find_any(app, ["push button"], "Evaluate", prefix=True))
    time.sleep(1.5)
    press(find_any(app, ["toggle button", "push button"], "Goal 1: ", prefix=True, holding=" — level 0"))
    press(find_any(app, ["toggle button", "push button"], "Continue"))
    shot(window, "evaluation")
    if not NARROW:
        # A new person whose name sorts late: chosen and scrolled to.
        xdo("mousemove", "28", "27", "click", "1")   # "New Person" in the sidebar's header
        xdo("mousemove", str(WIDTH - 40), str(HEIGHT - 40))
        dialog = app.root.child(name="New Person", roleName="dialog")
        app.type_into("Given name", "Sara", parent=dialog)
        app.type_into("Family name", "Øien", parent=dialog)
        app.click("Save", parent=dialog)
        time.sleep(2.5)
        shot(window, "caseload-new-person")
finally:
    app.cleanup()
    subprocess.run(["rm", "-rf", workdir])
