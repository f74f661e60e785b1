# SPDX-License-Identifier: GPL-3.0-or-later
"""Drive the real Livsskisse app through the accessibility tree (AT-SPI).

Used by the tests that act like a person. Run with Debian's /usr/bin/python3
(dogtail and pyatspi come from Debian packages), each on an X display and
in a D-Bus session of its own (own-display.sh, as meson runs them). Controls are found by role and
accessible name and used through their actions, never by coordinates.
"""

import os
import shutil
import subprocess
import sys
import tempfile
import time

INTERACTIVE_ROLES = {
    "push button", "toggle button", "check box", "radio button", "text",
    "entry", "password text", "spin button", "slider", "combo box",
    "menu item", "check menu item", "radio menu item", "switch", "link",
    "list item", "page tab", "tree item",
}


class Tap:
    """Minimal TAP producer, so meson counts each step."""

    def __init__(self):
        import contextlib
        self.n = 0
        self.failed = 0
        # dogtail, once imported, replaces sys.excepthook with one that
        # writes only to its own debug log (off here): so import it first.
        with contextlib.redirect_stdout(sys.stderr):
            import dogtail.logging  # noqa: F401
        sys.excepthook = self._stopped

    def _stopped(self, kind, value, trace):
        """A script stopped by an error (a control not found in time, …)
        ends with a failed step that says so, not only a traceback."""
        import traceback
        traceback.print_exception(kind, value, trace)
        self.ok(False, "the script ran to its end (%s: %s)" % (kind.__name__, value))
        print("1..%d" % self.n, flush=True)

    def ok(self, cond, what):
        self.n += 1
        if not cond:
            self.failed += 1
        print(("ok %d - %s" if cond else "not ok %d - %s") % (self.n, what), flush=True)
        return cond

    def done(self):
        print("1..%d" % self.n, flush=True)
        sys.exit(1 if self.failed else 0)


def skip_all(reason):
    print("1..0 # SKIP %s" % reason, flush=True)
    sys.exit(0)


class App:
    """The real app on a private database, settings and accessibility bus."""

    # What any app of this script ran on its window's main thread
    # (LIVSSKISSE_CHECK_MAIN_THREAD: the first words of each statement).
    main_thread_statements = []

    def __init__(self, database=None, language=None, check_main_thread=False):
        if not os.environ.get("DISPLAY"):
            skip_all("no display")
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
            skip_all("no D-Bus session")
        self.workdir = tempfile.mkdtemp(prefix="livsskisse-a11y-")
        self.database = database or os.path.join(self.workdir, "livsskisse.db")
        self.check_main_thread = check_main_thread
        self.env = dict(os.environ)
        self.env.update({
            "GSETTINGS_BACKEND": "keyfile",
            "XDG_CONFIG_HOME": os.path.join(self.workdir, "config"),
            "XDG_DATA_HOME": os.path.join(self.workdir, "data"),
            "GSK_RENDERER": "cairo",
            "GTK_A11Y": "atspi",
        })
        if language:
            self.env["LANGUAGE"] = language
        os.environ.update({k: self.env[k] for k in ("GSETTINGS_BACKEND", "XDG_CONFIG_HOME")})
        subprocess.run(["gsettings", "set", "org.gnome.desktop.interface",
                        "toolkit-accessibility", "true"], env=self.env, check=True)
        self.proc = None

    def start(self, *args):
        import contextlib
        # Dogtail greets on stdout when imported; stdout is TAP here.
        with contextlib.redirect_stdout(sys.stderr):
            from dogtail import tree
            from dogtail.config import config
        config.searchShowingOnly = False
        config.defaultDelay = 0.2
        config.searchCutoffCount = 25
        # Dogtail narrates ("click on …") to stdout, which is TAP here.
        config.logDebugToStdOut = False
        config.logDebugToFile = False
        app_path = os.environ["LIVSSKISSE_APP"]
        if self.check_main_thread:
            self.env["LIVSSKISSE_CHECK_MAIN_THREAD"] = "1"
            self.log = open(os.path.join(self.workdir, "app.log"), "w+")
        self.proc = subprocess.Popen([app_path, "--database", self.database, *args], env=self.env,
                                     stderr=self.log if self.check_main_thread else None)
        deadline = time.time() + 30
        while time.time() < deadline:
            try:
                self.root = tree.root.application("livsskisse")
                self.window = self.root.child(roleName="frame")
                return self
            except Exception:
                time.sleep(0.3)
        raise RuntimeError("the app did not appear on the accessibility bus")

    def find(self, role, name, parent=None, timeout=10):
        """The first visible node with this role and name, waiting for it.

        GTK 4.8 never sets AT-SPI's SHOWING state, so VISIBLE is what counts."""
        node = parent or self.root
        deadline = time.time() + timeout
        while True:
            hit = first(node, lambda n: n.roleName == role and n.name == name and visible(n))
            if hit is not None:
                return hit
            if time.time() > deadline:
                raise LookupError("no visible %s named %r" % (role, name))
            time.sleep(0.2)

    def click(self, name, role="push button", parent=None):
        self.find(role, name, parent).doActionNamed("click")
        time.sleep(0.3)

    def type_into(self, name, text, role="text", parent=None):
        node = self.find(role, name, parent)
        node.text = text
        time.sleep(0.2)
        return node

    def quit(self):
        if self.proc:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
            self.proc = None
            if self.check_main_thread:
                self.log.seek(0)
                for line in self.log:
                    sys.stderr.write(line)
                    if "On the forbidden thread: " in line:
                        App.main_thread_statements.append(line.split("On the forbidden thread: ")[1].strip())
                self.log.close()

    def cleanup(self):
        self.quit()
        shutil.rmtree(self.workdir, ignore_errors=True)


def first(node, predicate):
    """The first node below @node for which @predicate holds, in the order
    findChildren lists them, or None. It stops there: each node asked costs
    a D-Bus call, and a window has about a thousand."""
    try:
        children = list(node)
    except Exception:
        return None
    for child in children:
        if child is None:
            continue
        try:
            if predicate(child):
                return child
        except Exception:
            pass
        hit = first(child, predicate)
        if hit is not None:
            return hit
    return None


def visible(node):
    import pyatspi
    return node.getState().contains(pyatspi.STATE_VISIBLE)


def unnamed_controls(node, path=""):
    """Interactive nodes without an accessible name, as readable paths."""
    found = []
    try:
        role = node.roleName
        name = node.name
        showing = visible(node)
    except Exception:
        return found
    here = "%s/%s[%s]" % (path, role, name)
    # GTK names an unlabelled widget after its class ("GtkButton").
    if showing and role in INTERACTIVE_ROLES and (not (name or "").strip()
                                                  or name.startswith(("Gtk", "Adw"))):
        found.append(here)
    for child in node.children:
        found.extend(unnamed_controls(child, here))
    return found


class FocusTracker:
    """Where the keyboard is, from the app's own focus events: one D-Bus
    signal per move, instead of asking every node of the tree (about a
    thousand calls) each time. Make it before the app starts."""

    def __init__(self):
        import pyatspi
        self.node = None
        pyatspi.Registry.registerEventListener(self._moved, "object:state-changed:focused")

    def _moved(self, event):
        if event.detail1:
            self.node = event.source
        elif event.source == self.node:
            self.node = None

    def current(self):
        """The node that has the keyboard, or None, after the events
        waiting on the bus are read."""
        from gi.repository import GLib
        context = GLib.MainContext.default()
        while context.pending():
            context.iteration(False)
        return self.node


# Small acts the scripts share: waiting, finding and using a control.

def wait_until(predicate, timeout=15):
    """Whether @predicate() became true within @timeout seconds (an
    AT-SPI error while the tree changes counts as not yet)."""
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if predicate():
                return True
        except Exception:
            pass
        time.sleep(0.2)
    return False


def find_any(app, roles, name, prefix=False, timeout=15, within=False, holding=None, must=False):
    """The first visible node with one of @roles named @name (or starting
    with it when @prefix, or holding it when @within; and holding @holding
    too when given); None when there is none (LookupError when @must)."""
    hits = []

    def match(n):
        nm = n.name or ""
        named = name in nm if within else nm.startswith(name) if prefix else nm == name
        return (n.roleName in roles and named and (holding is None or holding in nm)
                and visible(n))

    wait_until(lambda: hits.append(first(app.root, match)) or hits[-1] is not None, timeout)
    hit = hits[-1] if hits else None
    if hit is None and must:
        raise LookupError("no visible %s named %r" % ("/".join(roles), name))
    return hit


def label_texts(node):
    return [n.name or "" for n in node.findChildren(lambda n: n.roleName == "label" and visible(n))]


def show_person(app, people, index):
    """Chooses row @index of the caseload (@people) and whether the person
    page then showed that person. The page is read off the main thread and
    shown when read; until then its buttons are in the tree (GTK 4.8 says
    VISIBLE, never SHOWING) but act on no one, so a test that presses one
    must wait for this first."""
    family, given = people.children[index].name.split(", ")[:2]
    people.querySelection().selectChild(index)
    return find_any(app, ["label"], "%s %s" % (given, family)) is not None


def has_actions(node):
    try:
        return node.queryAction().nActions > 0
    except NotImplementedError:
        return False


def sensitive(node):
    import pyatspi
    states = node.getState()
    return states.contains(pyatspi.STATE_SENSITIVE) or states.contains(pyatspi.STATE_ENABLED)


def press(node):
    """A button or radio button, through its first action (click/activate)."""
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    action.doAction(names.index("click") if "click" in names else 0)
    time.sleep(0.4)


def set_text(node, text):
    node.queryEditableText().setTextContents(text)
    time.sleep(0.15)


def set_number(node, value):
    try:
        node.queryValue().currentValue = value
    except Exception:
        set_text(node, str(value))
    time.sleep(0.15)


def _control(digits, weights):
    rest = 11 - sum(d * w for d, w in zip(digits, weights)) % 11
    return 0 if rest == 11 else rest


def synthetic_id(day, month, year):
    """A synthetic Norwegian id number (month + 80, the public test-data
    convention) with valid control digits: never a real person's."""
    for individual in range(500, 1000):
        digits = [int(c) for c in "%02d%02d%02d%03d" % (day, month + 80, year % 100, individual)]
        k1 = _control(digits, [3, 7, 6, 1, 8, 9, 4, 5, 2])
        if k1 == 10:
            continue
        k2 = _control(digits + [k1], [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])
        if k2 == 10:
            continue
        return "".join(map(str, digits + [k1, k2]))
    raise ValueError("no valid number")
