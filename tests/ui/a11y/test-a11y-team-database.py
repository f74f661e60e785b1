#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Preferences' Team Database page as a screen reader sees it: every control
# named once, the certificate checked by default, and turning that off
# brings a warning; a server name that cannot be one is told on the page
# (test-ui-team-database checks that what was typed is kept).
import subprocess
import time

from lsa11y import App, Tap, has_actions, visible


def wait_for(find, timeout=10):
    deadline = time.time() + timeout
    while time.time() < deadline:
        hits = find()
        if hits:
            return hits
        time.sleep(0.2)
    return []


tap = Tap()
app = App()
settings = [("team-database", "true"), ("team-server", "db example.no"),
            ("team-database-name", "livsskisse"), ("team-user", "kari")]
for key, value in settings:
    subprocess.run(["gsettings", "set", "org.livsskisse.Livsskisse", key, value], env=app.env, check=True)
try:
    app.start()
    button = [n for n in app.window.findChildren(
        lambda n: n.name == "Main Menu" and n.roleName == "push button" and visible(n)) if has_actions(n)]
    button[0].doActionNamed("click")
    item = wait_for(lambda: app.root.findChildren(
        lambda n: n.roleName == "menu item" and n.name == "Preferences" and visible(n)))
    item[0].doActionNamed("click")
    prefs = wait_for(lambda: [f for f in app.root.children if f.name == "Preferences"])
    tap.ok(bool(prefs), "Preferences opens")
    prefs = prefs[0]
    tab = wait_for(lambda: prefs.findChildren(lambda n: n.roleName == "page tab" and n.name == "Team Database"))
    tap.ok(bool(tab), "Preferences has a Team Database page")
    tab[0].doActionNamed(tab[0].queryAction().getName(0))
    time.sleep(0.5)

    names = {n.name: n for n in prefs.findChildren(
        lambda n: n.roleName in ("check box", "text", "push button") and visible(n))}
    for name in ("Use the team database", "Server", "Database", "User name",
                 "Password (kept in the keyring)", "Check the server’s certificate", "Connect"):
        # Exactly, and once (GTK 4.8 joins a label and a labelled-by).
        tap.ok(name in names, "a control is named %r" % name)

    import pyatspi
    verify = names["Check the server’s certificate"]
    warning = lambda: prefs.findChildren(lambda n: n.roleName == "label" and n.name.startswith(
        "The certificate is not checked") and visible(n))
    tap.ok(verify.getState().contains(pyatspi.STATE_CHECKED), "the certificate is checked by default")
    tap.ok(not warning(), "no warning while it is checked")
    verify.doActionNamed(verify.queryAction().getName(0))
    tap.ok(bool(wait_for(warning)), "turned off, a warning says what that risks")

    names["Connect"].doActionNamed("click")
    said = wait_for(lambda: prefs.findChildren(
        lambda n: n.roleName == "label" and "“db example.no”" in n.name and visible(n)))
    tap.ok(bool(said), "a server name that cannot be one is told on the page")
finally:
    app.cleanup()
tap.done()
