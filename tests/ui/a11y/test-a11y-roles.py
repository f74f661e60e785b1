#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 14 on a real team database (PostgreSQL, from the PG* variables of
# pg_virtualenv): a caseworker and a decision-maker, each made with
# `livsskisse-cli team add-caseworker … --password-file` and signed in as
# their own login, draft a decision. The main menu says who is signed in;
# "Issue Decision" is there for the decision-maker only, and the
# caseworker is told why instead. Then, with the municipality's four-eyes
# rule on (`team four-eyes on`), a second decision-maker approves the
# first one's complete draft with "Approve Decision", and the first may
# then issue it, recorded under their login. "Hand Over…" on the person
# page is there for the team's lead, not for a caseworker. Through all of
# it, no statement runs on the window's main thread.
import datetime
import os
import subprocess
import tempfile

from lsa11y import App, Tap, find_any, has_actions, press, sensitive, set_number, set_text, skip_all, visible, wait_until

CLI = os.environ.get("LIVSSKISSE_CLI")


def owner_query(sql):
    """One value, as the schema's owner (the PG* user) sees it."""
    return subprocess.run(["psql", "-qAtc", sql, database], capture_output=True, text=True,
                          check=True).stdout.strip()


def fill_draft(app):
    """The open draft made complete, as test-a11y-decision.py does it: two goals with their five
    levels, two measures with their extent, the trial's end date."""
    press(find_any(app, ["push button"], "Add as Goal: ", prefix=True))
    press(find_any(app, ["push button"], "Add as Goal: ", prefix=True))
    for goal in (1, 2):
        text = find_any(app, ["text", "entry"], "Goal %d in plain words" % goal)
        if not text.queryText().getText(0, -1).strip():
            set_text(text, "Goal number %d in the person's words" % goal)
        for level in ("−2", "−1", "0", "+1", "+2"):
            set_text(find_any(app, ["text", "entry"], "Goal %d, level %s " % (goal, level), prefix=True),
                     "What level %s looks like for goal %d" % (level, goal))
    press(find_any(app, ["push button"], "Add a Measure"))
    press(find_any(app, ["push button"], "Add a Measure"))
    set_number(find_any(app, ["spin button"], "Measure 1, extent per week"), 6.0)
    set_number(find_any(app, ["spin button"], "Measure 2, extent per week"), 2.0)
    end = datetime.date.today() + datetime.timedelta(days=182)
    set_text(find_any(app, ["text", "entry"], "End date"), end.strftime("%d.%m.%Y"))


def open_person(role):
    """The app signed in as @role's login, showing the person."""
    app = App(database=location, check_main_thread=True)
    app.env.update({"PGUSER": logins[role], "PGPASSWORD": logins[role]})
    app.start()
    people = app.find("list", "People")
    tap.ok(wait_until(lambda: len(people.children) > 0), "%s: the caseload lists the person" % role)
    people.querySelection().selectChild(0)
    return app


def open_draft(app):
    press(find_any(app, ["push button"], "Decisions"))
    press(find_any(app, ["push button"], "Open the decision of ", prefix=True))


def cli(*args, login=None):
    env = dict(os.environ)
    if login:
        env.update({"PGUSER": login, "PGPASSWORD": login})
    subprocess.run([CLI, *args], env=env, check=True, stdout=subprocess.DEVNULL)


if not os.environ.get("PGHOST"):
    if os.environ.get("LS_TEST_REQUIRE_POSTGRESQL") == "1":
        print("1..1\nnot ok 1 - PGHOST is set (LS_TEST_REQUIRE_POSTGRESQL=1)", flush=True)
        raise SystemExit(1)
    skip_all("no PostgreSQL server (PGHOST unset; run inside pg_virtualenv)")

tap = Tap()
workdir = tempfile.mkdtemp(prefix="livsskisse-roles-")
suffix = "%d" % os.getpid()
database = "ls_a11y_roles_%s" % suffix
location = "postgresql://%s/%s" % (os.environ["PGHOST"], database)
logins = {"caseworker": "ls_a11y_cw_" + suffix, "decision-maker": "ls_a11y_dm_" + suffix,
          "second decision-maker": "ls_a11y_dm2_" + suffix, "lead": "ls_a11y_ld_" + suffix}
names = {"caseworker": "Kari Saksbehandler", "decision-maker": "Per Vedtaksfatter",
         "second decision-maker": "Lise Godkjenner", "lead": "Lea Leder"}
server_roles = {"second decision-maker": "decision-maker"}

# One invented person with a finished life sketch, copied into the team's
# database (its default team, "Alpha"), and the two logins.
desk = os.path.join(workdir, "desk.db")
cli("demo", "--persons", "1", "--database", desk)
subprocess.run(["createdb", database], check=True)
cli("server", "init", location, "--team", "Alpha")
cli("copy", "--from", desk, "--to", location)
for role, login in logins.items():
    password = os.path.join(workdir, "password")
    with open(password, "w") as f:
        f.write(login + "\n")
    cli("team", "add-caseworker", login, "--name", names[role], "--team", "Alpha", "--role",
        server_roles.get(role, role), "--password-file", password, "--database", location)

try:
    for role in ("caseworker", "decision-maker"):
        app = App(database=location, check_main_thread=True)
        app.env.update({"PGUSER": logins[role], "PGPASSWORD": logins[role]})
        try:
            app.start()
            # Who is signed in, atop the main menu.
            menu = [n for n in app.window.findChildren(
                lambda n: n.name == "Main Menu" and n.roleName == "push button" and visible(n)) if has_actions(n)]
            press(menu[0])
            tap.ok(find_any(app, ["label"], names[role]) is not None, "%s: the menu names the login" % role)
            detail = "%s · Alpha" % ("Caseworker" if role == "caseworker" else "Decision-maker")
            tap.ok(find_any(app, ["label"], detail) is not None, "%s: the menu says %r" % (role, detail))
            press(menu[0])

            people = app.find("list", "People")
            tap.ok(wait_until(lambda: len(people.children) > 0), "%s: the caseload lists the person" % role)
            people.querySelection().selectChild(0)
            if role == "caseworker":
                tap.ok(find_any(app, ["label"], "No responsible caseworker · Alpha") is not None,
                       "caseworker: the person page says who is responsible")
                tap.ok(find_any(app, ["push button"], "Hand Over", timeout=3) is None,
                       "caseworker: no Hand Over button")
            press(find_any(app, ["push button"], "Decisions"))
            press(find_any(app, ["push button"], "New Decision"))
            tap.ok(find_any(app, ["push button"], "Add a Measure") is not None, "%s: a draft is open" % role)
            # Its absence is waited for briefly; its presence as long as any control
            # (a loaded machine took more than 3 s to show it).
            issue = find_any(app, ["push button"], "Issue Decision", timeout=3 if role == "caseworker" else 15)
            if role == "caseworker":
                tap.ok(issue is None, "caseworker: no Issue Decision button")
                tap.ok(find_any(app, ["label"], "Only a decision-maker may issue a decision",
                                prefix=True) is not None, "caseworker: the reason is shown instead")
            else:
                tap.ok(issue is not None, "decision-maker: the Issue Decision button is there")
        finally:
            app.cleanup()

    # The team's lead may hand the person (of the lead's team) over.
    app = open_person("lead")
    try:
        tap.ok(find_any(app, ["label"], "No responsible caseworker · Alpha") is not None,
               "lead: the person page says who is responsible")
        tap.ok(find_any(app, ["push button"], "Hand Over") is not None, "lead: the Hand Over button is there")
    finally:
        app.cleanup()

    # Four eyes, the municipality's rule: only the draft below.
    owner_query("DELETE FROM decisions")
    cli("team", "four-eyes", "on", "--database", location)
    app = open_person("decision-maker")
    try:
        press(find_any(app, ["push button"], "Decisions"))
        press(find_any(app, ["push button"], "New Decision"))
        fill_draft(app)
        tap.ok(wait_until(lambda: owner_query("SELECT count (*) FROM decisions WHERE end_date IS NOT NULL"
                                              " AND status = 'draft'") == "1"), "decision-maker: the draft is stored")
        tap.ok(find_any(app, ["label"], "The municipality requires a second decision-maker’s approval",
                        within=True) is not None, "decision-maker: own draft, the approval is awaited")
        tap.ok(find_any(app, ["push button"], "Issue Decision", timeout=2) is None,
               "decision-maker: no Issue Decision before the approval")
        tap.ok(find_any(app, ["push button"], "Approve Decision", timeout=2) is None,
               "decision-maker: no Approve Decision for one's own draft")
    finally:
        app.cleanup()

    app = open_person("second decision-maker")
    try:
        open_draft(app)
        approve = find_any(app, ["push button"], "Approve Decision")
        tap.ok(approve is not None, "second decision-maker: the Approve Decision button is there")
        if approve is not None:
            press(approve)
        tap.ok(wait_until(lambda: owner_query("SELECT approved_login FROM decisions")
                          == logins["second decision-maker"]), "the approval is recorded under the approver's login")
        tap.ok(find_any(app, ["push button"], "Approve Decision", timeout=2) is None,
               "second decision-maker: approved, the button is gone")
    finally:
        app.cleanup()

    app = open_person("decision-maker")
    try:
        open_draft(app)
        issue = find_any(app, ["push button"], "Issue Decision")
        tap.ok(issue is not None and wait_until(lambda: sensitive(issue)),
               "decision-maker: approved by another, Issue Decision is enabled")
        if issue is not None:
            press(issue)
            press(find_any(app, ["push button"], "Issue Now"))
        tap.ok(find_any(app, ["push button"], "Make a Correction") is not None, "decision-maker: issued")
        tap.ok(owner_query("SELECT status || ' ' || issued_by FROM decisions")
               == "issued " + logins["decision-maker"], "issued under the issuer's login")
    finally:
        app.cleanup()
    # Issue 15: the window never waits on the server. Every app above ran
    # with each statement on its main thread logged; none may have run.
    tap.ok(not App.main_thread_statements,
           "nothing in these acts ran a statement on the window's thread %s" % App.main_thread_statements)
finally:
    subprocess.run(["dropdb", "--if-exists", database], stderr=subprocess.DEVNULL)
    for login in logins.values():
        subprocess.run(["psql", "-qc", "DROP ROLE IF EXISTS %s" % login, "postgres"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
tap.done()
