#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 14 on a real team database (PostgreSQL, from the PG* variables of
# pg_virtualenv): a caseworker and a decision-maker, each made with
# `livsskisse-cli team add-caseworker … --password-file` and signed in as
# their own login, draft a decision. The main menu says who is signed in;
# "Issue Decision" is there for the decision-maker only, and the
# caseworker is told why instead.
import os
import subprocess
import tempfile
import time

from lsa11y import App, Tap, skip_all, visible

CLI = os.environ.get("LIVSSKISSE_CLI")


def wait_until(predicate, timeout=15):
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            if predicate():
                return True
        except Exception:
            pass
        time.sleep(0.2)
    return False


def find_any(app, roles, name, prefix=False, timeout=15):
    hits = []

    def match(n):
        nm = n.name or ""
        return n.roleName in roles and (nm.startswith(name) if prefix else nm == name) and visible(n)

    wait_until(lambda: hits.extend(app.root.findChildren(match)) or hits, timeout)
    return hits[0] if hits else None


def has_actions(node):
    try:
        return node.queryAction().nActions > 0
    except NotImplementedError:
        return False


def press(node):
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    action.doAction(names.index("click") if "click" in names else 0)
    time.sleep(0.4)


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
logins = {"caseworker": "ls_a11y_cw_" + suffix, "decision-maker": "ls_a11y_dm_" + suffix}
names = {"caseworker": "Kari Saksbehandler", "decision-maker": "Per Vedtaksfatter"}

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
    cli("team", "add-caseworker", login, "--name", names[role], "--team", "Alpha", "--role", role,
        "--password-file", password, "--database", location)

try:
    for role in ("caseworker", "decision-maker"):
        app = App(database=location)
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
            press(find_any(app, ["push button"], "Decisions"))
            press(find_any(app, ["push button"], "New Decision"))
            tap.ok(find_any(app, ["push button"], "Add a Measure") is not None, "%s: a draft is open" % role)
            issue = find_any(app, ["push button"], "Issue Decision", timeout=3)
            if role == "caseworker":
                tap.ok(issue is None, "caseworker: no Issue Decision button")
                tap.ok(find_any(app, ["label"], "Only a decision-maker may issue a decision",
                                prefix=True) is not None, "caseworker: the reason is shown instead")
            else:
                tap.ok(issue is not None, "decision-maker: the Issue Decision button is there")
        finally:
            app.cleanup()
finally:
    subprocess.run(["dropdb", "--if-exists", database], stderr=subprocess.DEVNULL)
    for login in logins.values():
        subprocess.run(["psql", "-qc", "DROP ROLE IF EXISTS %s" % login, "postgres"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
tap.done()
