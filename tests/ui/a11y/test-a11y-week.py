#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Min uke (issue 16) with the keyboard only: in the person's own view, Tab
# to "Your Week", the next week, "Book a Time", then Enter through service,
# day, time and "Book This Time"; then Tab to the new time's Cancel button
# and cancel it. The store, read back through livsskisse-cli booking list,
# must have the booking and then its cancellation. Screen-reader names are
# checked on the way (each booking reads whole).
import datetime
import json
import os
import subprocess
import tempfile
import time

from lsa11y import App, Tap, show_person, visible, wait_until

CLI = os.environ.get("LIVSSKISSE_CLI")


def cli_json(*args):
    run = subprocess.run([CLI, *args, "--json", "--database", database], capture_output=True, text=True)
    if run.returncode != 0:
        print("# livsskisse-cli %s: %s" % (" ".join(args), run.stderr.strip()), flush=True)
    run.check_returncode()
    return json.loads(run.stdout)


def bookable_person():
    """A person whose decision is in force for the next three weeks and has
    free time next week: (person, decision)."""
    today = datetime.date.today()
    monday = today - datetime.timedelta(days=today.weekday()) + datetime.timedelta(days=7)
    week = "%d-W%02d" % monday.isocalendar()[:2]
    for decision in cli_json("list", "decisions"):
        if decision["status"] != "issued":
            continue
        for item in cli_json("booking", "budget", "--decision", str(decision["id"])):
            if (item["start"] <= today.isoformat() and item["end"] is not None
                    and item["end"] >= (monday + datetime.timedelta(days=14)).isoformat()
                    and cli_json("booking", "free", "--decision", str(decision["id"]),
                                 "--measure", str(item["measure"]), "--week", week)):
                return decision["person_id"]
    return None


def focused(window):
    import pyatspi
    hits = window.findChildren(lambda n: n.getState().contains(pyatspi.STATE_FOCUSED) and visible(n))
    return hits[0] if hits else None


def tab_to(window, name, prefix=False, limit=60):
    """Presses Tab until the control named @name has the keyboard focus."""
    from dogtail import rawinput
    for _ in range(limit):
        node = focused(window)
        here = (node.name or "") if node is not None else ""
        if here == name or (prefix and here.startswith(name)):
            return node
        rawinput.pressKey("Tab")
        time.sleep(0.15)
    return None


def press_key(key):
    from dogtail import rawinput
    rawinput.pressKey(key)
    time.sleep(0.5)


tap = Tap()
if not CLI:
    tap.ok(False, "LIVSSKISSE_CLI is set")
    tap.done()
workdir = tempfile.mkdtemp(prefix="livsskisse-week-")
database = os.path.join(workdir, "case.db")
subprocess.run([CLI, "demo", "--persons", "12", "--database", database], check=True, stdout=subprocess.DEVNULL)
person_id = bookable_person()
tap.ok(person_id is not None, "the demo has a person with time to book next week")
person = [p for p in cli_json("list", "persons") if p["id"] == person_id][0]
before = {b["id"] for b in cli_json("booking", "list", "--person", str(person_id))}

app = App(database=database)
try:
    app.start()
    # To the person (not the subject here), then their own view.
    app.type_into("Search people", person["family_name"] + " " + person["given_name"], role="entry")
    people = app.find("list", "People")
    wanted = "%s, %s" % (person["family_name"], person["given_name"])
    tap.ok(wait_until(lambda: [c for c in people.children if (c.name or "").startswith(wanted)]),
           "the caseload finds the person")
    tap.ok(show_person(app, people, [i for i, c in enumerate(people.children)
                                     if (c.name or "").startswith(wanted)][0]),
           "the person page shows the person")
    app.click("Show to Person")
    views = []
    tap.ok(wait_until(lambda: views.extend(c for c in app.root.children if c.name == "Your Life Sketch") or views),
           "the person's own view opens")
    own = views[0]

    # From here on, keys only.
    week_button = tab_to(own, "Your Week")
    tap.ok(week_button is not None, "Tab reaches Your Week")
    press_key("space")
    tap.ok(wait_until(lambda: app.find("label", "Your week", own, timeout=1) is not None), "Space shows the week")
    tap.ok(tab_to(own, "Next Week") is not None, "Tab reaches Next Week")
    press_key("Return")
    tap.ok(tab_to(own, "Book a Time") is not None, "Tab reaches Book a Time")
    press_key("Return")
    service = focused(own)
    tap.ok(service is not None and (service.name or "").endswith("left"),
           "the keyboard is on the first service, which says the time left (%s)" % (service and service.name))
    press_key("Return")
    day = focused(own)
    tap.ok(day is not None and day.roleName == "push button", "then on the first day (%s)" % (day and day.name))
    press_key("Return")
    slot = focused(own)
    tap.ok(slot is not None and " to " in (slot.name or ""), "then on the first time (%s)" % (slot and slot.name))
    press_key("Return")
    confirm = focused(own)
    tap.ok(confirm is not None and confirm.name == "Book This Time", "then on Book This Time")
    press_key("Return")

    booked = []
    tap.ok(wait_until(lambda: booked.extend(b for b in cli_json("booking", "list", "--person", str(person_id))
                                            if b["id"] not in before and b["status"] == "booked") or booked),
           "the store has the new booking")
    new = booked[0] if booked else None
    if new is not None:
        start = datetime.datetime.strptime(new["start"], "%Y-%m-%dT%H:%M")
        end = start + datetime.timedelta(minutes=new["minutes"])
        when = "%s %s to %s" % (start.strftime("%A"), start.strftime("%H:%M"), end.strftime("%H:%M"))
        # The week is read again after the save, then the row takes the focus.
        rows = []
        wait_until(lambda: rows.append(focused(own)) or (rows[-1] is not None
                                                        and (rows[-1].name or "").startswith(when + ", ")))
        row = rows[-1] if rows else None
        tap.ok(row is not None and (row.name or "").startswith(when + ", "),
               "the keyboard is on the new time's row, which reads whole (%s)" % (row and row.name))
        tap.ok(tab_to(own, "Cancel " + when) is not None, "Tab reaches its Cancel button")
        press_key("Return")
        sure = focused(own)
        tap.ok(sure is not None and sure.name == "Cancel This Time", "then on Cancel This Time")
        press_key("Return")
        tap.ok(wait_until(lambda: [b for b in cli_json("booking", "list", "--person", str(person_id))
                                   if b["id"] == new["id"] and b["status"] == "cancelled"]),
               "the store has the booking cancelled")
        tap.ok(wait_until(lambda: app.find("label", "The time is cancelled.", own, timeout=1) is not None),
               "the week says the time is cancelled")
finally:
    app.cleanup()
tap.done()
