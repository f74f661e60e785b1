#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# A whole life-sketch conversation, done the way a screen-reader or keyboard
# user would: every control found by role and accessible name and used
# through its AT-SPI action or editable text. Then the app is quit and
# reopened, and every answer and rating is looked for in the database
# through livsskisse-cli show-sketch.
import os
import subprocess
import time

from lsa11y import App, Tap, find_any, first, synthetic_id, unnamed_controls, visible, wait_until


def find_prefix(app, role, prefix, parent=None, timeout=10):
    node = parent or app.window
    hits = []
    wait_until(lambda: hits.append(first(
        node, lambda n: n.roleName == role and (n.name or "").startswith(prefix) and visible(n)))
        or hits[-1] is not None, timeout)
    if not hits or hits[-1] is None:
        raise LookupError("no %s starting with %r" % (role, prefix))
    return hits[-1]


def step(app, prefix):
    """Go to a step through the stepper (its buttons say how far each got)."""
    find_prefix(app, "push button", prefix).doActionNamed("click")
    time.sleep(0.4)


def domain(app, name):
    """The page of one life domain: a named group, so its controls are found
    there and not on the other domains' pages (GTK 4.8 reports hidden stack
    pages as visible)."""
    return app.find("panel", name)


def toggle(app, name, parent):
    app.find("push button", name, parent).doActionNamed("click")
    time.sleep(0.3)


def add_entry(app, page, button, field, text):
    app.click(button, parent=page)
    app.type_into(field, text, parent=page)


def show_sketch(app, person_id):
    out = subprocess.run([os.environ["LIVSSKISSE_CLI"], "show-sketch", "--person", str(person_id),
                          "--database", app.database], capture_output=True, text=True)
    return out.returncode, [line.split("\t") for line in out.stdout.splitlines()]


tap = Tap()
app = App()
try:
    app.start()
    from dogtail.config import config
    config.actionDelay = 0.3   # the default full second per action makes this slow
    # A person, made through the New Person dialog.
    app.click("New Person")
    dialogs = []
    wait_until(lambda: dialogs.extend(c for c in app.root.children if c.name == "New Person") or dialogs)
    dialog = dialogs[0]
    app.type_into("Given name", "Sigrid", parent=dialog)
    app.type_into("Family name", "Testdatter", parent=dialog)
    app.type_into("Id number", synthetic_id(14, 3, 2000), parent=dialog)
    save = app.find("push button", "Save", dialog)
    wait_until(lambda: save.sensitive)
    app.click("Save", parent=dialog)

    # The person page is read on a worker; its buttons act on no one until
    # it shows the person.
    find_any(app, ["label"], "Sigrid Testdatter", must=True)
    app.click("Start Conversation")
    tap.ok(app.find("push button", "Next Step") is not None, "the conversation starts")
    unnamed = unnamed_controls(app.window)
    tap.ok(not unnamed, "every control of the conversation has a name %s" % unnamed)

    # Who is present: the person is there already; add a representative.
    app.click("Add Someone")
    app.type_into("Name 2", "Per Verge")
    app.type_into("Role 2", "verge")
    app.click("Next Step")

    app.type_into("What matters most", "Having my own flat, and a dog")
    app.click("Next Step")

    home = domain(app, "Home and daily life")
    toggle(app, "Rating 7 of 10", home)
    toggle(app, "Good", home)
    add_entry(app, home, "Add What Works", "What works 1", "I cook dinner myself")
    add_entry(app, home, "Add a Support Need", "Support needed 1", "Help with shopping on Fridays")
    toggle(app, "Caseworker rating 5 of 10", home)
    app.click("Next Step")

    # Self-care is skipped for now, and the conversation moves on.
    app.click("Skip for Now", parent=domain(app, "Self-care and health"))
    communication = domain(app, "Communication, sight and hearing")
    toggle(app, "Rating 4 of 10", communication)
    add_entry(app, communication, "Add What Is Hard", "What is hard 1", "Phone calls with strangers")
    add_entry(app, communication, "Add a Support Need", "Support needed 1", "Someone to make calls with me")
    add_entry(app, communication, "Add What Helps", "What helps 1", "Text messages instead of calls")
    tap.ok(find_prefix(app, "push button", "Self-care and health, Skipped") is not None,
           "the stepper shows self-care as skipped")

    # Back to the skipped domain.
    step(app, "Self-care and health")
    selfcare = domain(app, "Self-care and health")
    app.click("Talk About It Now", parent=selfcare)
    toggle(app, "Rating 3 of 10", selfcare)
    add_entry(app, selfcare, "Add a Wish", "What I wish for 1", "Sleep better")
    tap.ok(find_prefix(app, "push button", "Self-care and health, Done") is not None,
           "after returning, self-care is done")

    step(app, "Wellbeing")
    toggle(app, "Rating 8 of 10", domain(app, "Wellbeing and mental health"))

    # The summary wheel speaks each domain with its rating.
    step(app, "Summary")
    tap.ok(find_prefix(app, "push button", "Home and daily life: rated 7 of 10") is not None,
           "the wheel announces Home and daily life rated 7 of 10")
    tap.ok(find_prefix(app, "push button", "Self-care and health: rated 3 of 10") is not None,
           "the wheel announces the returned-to domain")

    # Real keys: the summary puts focus on the wheel's first segment, Right
    # moves to the next, Enter opens it.
    import pyatspi
    from dogtail import rawinput
    first_segment = find_prefix(app, "push button", "Home and daily life: rated 7 of 10")
    tap.ok(wait_until(lambda: first_segment.getState().contains(pyatspi.STATE_FOCUSED)),
           "the summary puts keyboard focus on the wheel")
    rawinput.pressKey("Right")
    second = find_prefix(app, "push button", "Self-care and health: rated 3 of 10")
    tap.ok(wait_until(lambda: second.getState().contains(pyatspi.STATE_FOCUSED)),
           "the Right arrow moves keyboard focus to the next segment")
    rawinput.pressKey("Return")
    tap.ok(wait_until(lambda: find_prefix(app, "push button", "Self-care and health, Done").description
                      == "Current step"), "Enter on a segment opens that life area")

    # The person's own view: a window of its own, driven by keys.
    # The person page (hidden behind the conversation) has a "Show to
    # Person" too: the conversation's is the one that can be pressed.
    shows = app.root.findChildren(lambda n: n.roleName == "push button" and n.name == "Show to Person"
                                  and visible(n) and n.getState().contains(pyatspi.STATE_SENSITIVE))
    shows[0].doActionNamed("click")
    views = []
    tap.ok(wait_until(lambda: views.extend(c for c in app.root.children if c.name == "Your Life Sketch") or views),
           "Show to Person opens the person's own view")
    own = views[0]
    tap.ok(find_prefix(app, "label", "Your life sketch, Sigrid", parent=own) is not None,
           "the own view speaks to the person by name")
    rawinput.pressKey("Page_Down")
    tap.ok(wait_until(lambda: app.find("label", "Life area 1 of 10", own, timeout=1) is not None),
           "Page Down moves to the first life area")
    tap.ok(wait_until(lambda: find_prefix(app, "label", "\u201cI cook dinner myself\u201d", parent=own, timeout=1)),
           "the person's own words are shown, quoted")
    tap.ok(not own.findChildren(lambda n: "Caseworker" in (n.name or "") or "e1" == (n.name or "")),
           "no caseworker's rating or codes in the own view")
    rawinput.pressKey("Escape")
    tap.ok(wait_until(lambda: not [c for c in app.root.children if c.name == "Your Life Sketch"]),
           "Escape closes the own view")

    # Needs in priority order, with the keyboard-friendly buttons.
    step(app, "Priorities")
    app.click("Move down: Home and daily life: Help with shopping on Fridays")
    tap.ok(wait_until(lambda: not app.find("push button", "Move up: Communication, sight and hearing: "
                                           "Someone to make calls with me").sensitive),
           "the moved need is now first")

    step(app, "Agreements")
    app.type_into("Agreements and next steps", "Per calls the housing office; we meet on Tuesday")
    time.sleep(0.6)   # typing is saved after a short pause
    app.click("Finish Conversation")
    app.quit()

    # Reopen: the app starts cleanly on the same database.
    app.start()
    tap.ok(app.find("entry", "Search people") is not None, "the app opens again on the same database")
    app.quit()

    status, rows = show_sketch(app, 1)
    tap.ok(status == 0, "livsskisse-cli show-sketch finds the conversation")
    facts = {tuple(r) for r in rows}
    readings = {r[1]: r[2:] for r in rows if r[0] == "reading"}
    entries = [(r[2], r[3], r[4], r[5], r[6]) for r in rows if r[0] == "entry"]
    tap.ok(any(r[0] == "sketch" and r[3] == "finished" for r in rows), "the conversation is finished")
    tap.ok(("participant", "Per Verge", "verge") in facts, "the representative is among those present")
    tap.ok(readings.get("home") == ["7", "good", "5", "0"],
           "home: self-rating 7, picture good, caseworker 5 %s" % readings.get("home"))
    tap.ok(readings.get("selfcare") == ["3", "unset", "0", "0"],
           "self-care: returned to, rated 3, no longer skipped %s" % readings.get("selfcare"))
    tap.ok(readings.get("communication", [""])[0] == "4", "communication rated 4")
    tap.ok(readings.get("wellbeing", [""])[0] == "8", "wellbeing rated 8")
    expected = [
        ("matters", "wish", "person", "none", "Having my own flat, and a dog"),
        ("home", "strength", "person", "none", "I cook dinner myself"),
        ("home", "support-need", "person", "none", "Help with shopping on Fridays"),
        ("communication", "challenge", "person", "none", "Phone calls with strangers"),
        ("communication", "support-need", "person", "none", "Someone to make calls with me"),
        ("communication", "facilitator", "caseworker", "none", "Text messages instead of calls"),
        ("selfcare", "wish", "person", "none", "Sleep better"),
    ]
    for e in expected:
        tap.ok(e in entries, "stored: %s / %s: %s" % (e[0], e[1], e[4]))
    priorities = [r[2] for r in rows if r[0] == "priority"]
    ids = {(r[2], r[6]): r[1] for r in rows if r[0] == "entry"}
    tap.ok(priorities[:2] == ["entry:" + ids.get(("communication", "Someone to make calls with me"), "?"),
                              "entry:" + ids.get(("home", "Help with shopping on Fridays"), "?")],
           "the needs are stored in the order chosen %s" % priorities)
    tap.ok(("agreements", "Per calls the housing office; we meet on Tuesday") in facts, "the agreements are stored")
finally:
    app.cleanup()
tap.done()
