#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# The main window as a screen reader sees it: every control named, the
# welcome page's actions reachable by name.
from lsa11y import App, Tap, unnamed_controls

tap = Tap()
app = App()
try:
    app.start()
    tap.ok(app.window.name == "Livsskisse", "the window is called Livsskisse")
    unnamed = unnamed_controls(app.window)
    tap.ok(not unnamed, "every interactive control has a name %s" % unnamed)
    names = [n.name for n in app.window.findChildren(lambda n: n.roleName == "push button")]
    tap.ok(not [n for n in names if "_" in n], "no mnemonic underscores in names %s" % names)
    tap.ok(app.find("entry", "Search people") is not None, "the caseload search is an entry")
    tap.ok(app.find("push button", "Create Demo Data") is not None, "the welcome page offers demo data")
finally:
    app.cleanup()
tap.done()
