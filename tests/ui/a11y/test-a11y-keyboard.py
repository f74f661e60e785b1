#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# A conversation and an evaluation done with the keyboard only, the way
# someone who cannot use a mouse works: real key presses (XTest), and the
# accessibility tree only to see where the keyboard is and what was done.
# Nothing is clicked.
import os
import subprocess
import time

from lsa11y import App, FocusTracker, Tap, wait_until

CLI = os.environ["LIVSSKISSE_CLI"]


def focused(app):
    """The node that has the keyboard, or None."""
    return focus.current()


def focus_name(app):
    node = focused(app)
    return node.name if node is not None else ""


def key(name, times=1):
    from dogtail import rawinput
    for _ in range(times):
        rawinput.pressKey(name)
        time.sleep(0.15)


def combo(keys):
    from dogtail import rawinput
    rawinput.keyCombo(keys)
    time.sleep(0.4)


def type_text(text):
    from dogtail import rawinput
    rawinput.typeText(text)
    time.sleep(0.3)


def tab_to(app, prefix, most=40, backwards=False):
    """Tab (or Shift+Tab) until the keyboard is on a control whose name
    starts with @prefix; returns how many presses it took, or None."""
    for n in range(most + 1):
        if focus_name(app).startswith(prefix):
            return n
        if backwards:
            combo("<Shift>Tab")
        else:
            key("Tab")
    return None


tap = Tap()
app = App()
focus = FocusTracker()
try:
    subprocess.run([CLI, "demo", "--persons", "3", "--database", app.database], check=True,
                   capture_output=True)
    decisions = [line.split("\t") for line in subprocess.run(
        [CLI, "list", "decisions", "--database", app.database], capture_output=True, text=True,
        check=True).stdout.splitlines()]
    # An issued decision whose evaluation was due before today.
    today = time.strftime("%Y-%m-%d")
    overdue = [d for d in decisions if d[3] == "issued" and d[7] < today]
    tap.ok(overdue, "the demo has an overdue evaluation %s" % overdue)
    person_id = overdue[0][1]
    persons = {line.split("\t")[0]: line.split("\t") for line in subprocess.run(
        [CLI, "list", "persons", "--database", app.database], capture_output=True, text=True,
        check=True).stdout.splitlines()}
    given = persons[person_id][2]

    app.start()
    from dogtail.config import config
    config.actionDelay = 0.3
    # Ctrl+F: the search field; Enter opens the first match.
    combo("<Control>f")
    tap.ok(wait_until(lambda: focus_name(app) == "Search people"), "Ctrl+F puts the keyboard in the search")
    type_text(given)
    time.sleep(1.0)
    key("Return")
    tap.ok(wait_until(lambda: focus_name(app).startswith(persons[person_id][1] + ", " + given)),
           "Enter in the search opens the person, keyboard on them in the list (%r)" % focus_name(app))
    # The list is one tab stop: Tab leaves it at once.
    key("Tab")
    tap.ok(not focused(app).roleName == "list item", "one Tab leaves the caseload (%r)" % focus_name(app))

    # The caseload is one tab stop: from the search, the list, then out.
    stops = tab_to(app, "Start Conversation") or tab_to(app, "Continue Conversation")
    tap.ok(stops is not None and stops < 12, "the conversation button is %s tab stops away" % stops)
    key("Return")
    tap.ok(wait_until(lambda: app.find("push button", "Next Step", timeout=5) is not None),
           "Enter starts the conversation")
    first = focus_name(app)
    tap.ok(first not in ("", "Show to Person", "New Person"),
           "the keyboard is on the first field (%r)" % first)

    # To the life areas with Alt+Right; each arrives with the keyboard in it.
    for _ in range(15):
        if wait_until(lambda: focus_name(app) in ("What works 1", "Add What Works"), 1):
            break
        combo("<Alt>Right")
    tap.ok(focus_name(app) in ("What works 1", "Add What Works"),
           "Alt+Right reaches a life area, keyboard on its first field (%r)" % focus_name(app))
    area = app.find("panel", "Home and daily life", timeout=2)
    # Back to the ratings: one tab stop each; the arrows choose, Space sets.
    stops = tab_to(app, "Rating ", backwards=True)
    tap.ok(stops is not None and stops <= 3, "the own rating is %s Shift+Tabs up" % stops)
    key("Right", 6)
    tap.ok(focus_name(app) == "Rating 7 of 10", "Right moves along the rating (%r)" % focus_name(app))
    key("space")
    combo("<Shift>Tab")
    tap.ok(focus_name(app) == "Skip for Now", "one Shift+Tab leaves the rating for Skip for Now (%r)"
           % focus_name(app))

    # Ctrl+Page Down to the next area, and skip it with the keyboard.
    combo("<Control>Page_Down")
    tap.ok(wait_until(lambda: focus_name(app) in ("What works 1", "Add What Works"), 3),
           "Ctrl+Page Down: the next area, keyboard in it")
    tab_to(app, "Skip for Now", backwards=True)
    key("space")
    tap.ok(wait_until(lambda: focus_name(app) in ("What works 1", "Add What Works"), 3),
           "after Skip for Now the keyboard is on the next area's first field, not a rating (%r)"
           % focus_name(app))

    # To the agreements, write them, finish; the skipped area is named.
    for _ in range(15):
        if focus_name(app) == "Agreements and next steps":
            break
        combo("<Alt>Right")
        time.sleep(0.3)
    tap.ok(focus_name(app) == "Agreements and next steps", "Alt+Right reaches the agreements, keyboard in them")
    type_text("We meet on Tuesday")
    time.sleep(0.8)
    tap.ok(tab_to(app, "Finish Conversation") is not None, "Tab reaches Finish Conversation")
    key("Return")
    dialogs = []
    tap.ok(wait_until(lambda: dialogs.extend(
        c for c in app.root.children if c.name in ("A Life Area Was Skipped", "Life Areas Were Skipped")) or dialogs),
        "finishing with a skipped area asks first")
    tap.ok(tab_to(app, "Finish Anyway", most=4) is not None, "Tab reaches Finish Anyway")
    key("Return")
    tap.ok(wait_until(lambda: app.find("push button", "Export Case", timeout=2) is not None),
           "the conversation is finished, back on the person")
    out = subprocess.run([CLI, "show-sketch", "--person", person_id, "--database", app.database],
                         capture_output=True, text=True).stdout.splitlines()
    rows = [r.split("\t") for r in out]
    readings = {r[1]: r[2:] for r in rows if r[0] == "reading"}
    tap.ok(any(r[0] == "sketch" and r[3] == "finished" for r in rows), "the conversation is stored as finished")
    tap.ok(readings.get("home", [""])[0] == "7", "the rating set with the arrows is stored %s" % readings.get("home"))

    # The overdue evaluation opens from where it is shown, with Enter.
    stops = tab_to(app, "Evaluation of the", most=30)
    tap.ok(stops is not None, "Tab reaches the overdue evaluation on the person page")
    key("Return")
    tap.ok(wait_until(lambda: tab_to(app, "Goal 1: ", most=30) is not None, 15),
           "Enter opens the evaluation; Tab reaches the first goal's levels")
    tap.ok(" — level " in focus_name(app), "a level reads its goal and words (%r)" % focus_name(app))
    key("Tab")
    tap.ok(not focus_name(app).startswith("Goal 1: "), "one Tab leaves the goal's levels (%r)" % focus_name(app))
    combo("<Shift>Tab")
    # Every goal as expected, the outcome "Continue", then finish: a goal's
    # levels are one tab stop, the arrows reach level 0, Space chooses, Tab
    # moves on.
    finished = False
    for _ in range(80):
        name = focus_name(app)
        if name.startswith("Goal ") and " — level 0 " in name:
            key("space")
        elif name.startswith("Goal ") and " — level " in name:
            key("Up" if " — level \u2212" in name else "Down")
            continue
        elif name == "Continue":
            key("space")
        elif name == "Finish Evaluation" and focused(app).sensitive:
            key("Return")
            finished = True
            break
        key("Tab")
    tap.ok(finished, "Tab and Space score every goal, choose the outcome and reach Finish Evaluation")
    status = ""
    for _ in range(30):
        status = [line.split("\t") for line in subprocess.run(
            [CLI, "list", "decisions", "--database", app.database], capture_output=True, text=True
        ).stdout.splitlines() if line.split("\t")[0] == overdue[0][0]][0][3]
        if status != "issued":
            break
        time.sleep(0.3)
    tap.ok(status != "issued", "the evaluation is stored (decision now %r)" % status)
finally:
    app.cleanup()
tap.done()
