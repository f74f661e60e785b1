#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Export and import of case exchange files through the main menu, as a
# screen-reader user would: export everyone, import a hostile file and read
# the error (file name and line) from the accessibility tree, then import a
# file whose people are already registered and answer the merge question.
# The file chooser is replaced by the documented test hook
# LIVSSKISSE_TEST_EXCHANGE_FILE.
import os
import shutil
import subprocess
import tempfile
import time

from lsa11y import App, Tap, has_actions, label_texts, show_person, unnamed_controls, visible, wait_until

CLI = os.environ.get("LIVSSKISSE_CLI")

HOSTILE = """<?xml version="1.0"?>
<!DOCTYPE livsskisse [ <!ENTITY leak SYSTEM "file:///etc/passwd"> ]>
<livsskisse xmlns="https://livsskisse.org/ns/case/1" version="1">&leak;</livsskisse>
"""


def all_labels(app):
    texts = []
    for window in app.root.children:
        try:
            texts.extend(label_texts(window))
        except Exception:
            pass
    return texts


def text_of(node):
    """A label's text: GTK 4.8 gives it as the name (its Text is empty)."""
    try:
        return node.name or node.queryText().getText(0, -1)
    except NotImplementedError:
        return ""


def menu(app, item):
    """Opens the main menu and chooses @item (its "menu item", clicked)."""
    button = [n for n in app.window.findChildren(
        lambda n: n.name == "Main Menu" and n.roleName == "push button" and visible(n)) if has_actions(n)]
    button[0].doActionNamed("click")
    hits = []
    wait_until(lambda: hits.extend(app.root.findChildren(
        lambda n: n.roleName == "menu item" and n.name == item and visible(n))) or hits)
    tap.ok(bool(hits), "the main menu has %s" % item)
    if hits:
        hits[0].doActionNamed("click")
    time.sleep(0.5)


tap = Tap()
if not CLI:
    tap.ok(False, "LIVSSKISSE_CLI is set")
    tap.done()
workdir = tempfile.mkdtemp(prefix="livsskisse-exchange-")
database = os.path.join(workdir, "case.db")
exchange = os.path.join(workdir, "exchange.xml")
subprocess.run([CLI, "demo", "--persons", "5", "--database", database], check=True,
               stdout=subprocess.DEVNULL)
app = App(database=database)
app.env["LIVSSKISSE_TEST_EXCHANGE_FILE"] = exchange
try:
    app.start()
    people = app.find("list", "People")
    tap.ok(wait_until(lambda: len(people.children) > 0), "the caseload lists the demo people")

    # Export everyone: a toast says how many, the file is there.
    menu(app, "Export All Cases…")
    tap.ok(wait_until(lambda: any("Exported 5 people" in t for t in all_labels(app))),
           "a toast says the 5 people were exported")
    tap.ok(os.path.getsize(exchange) > 0, "the file was written")
    good = os.path.join(workdir, "good.xml")
    shutil.copy(exchange, good)

    # A hostile file: refused, and the message names the file and line.
    with open(exchange, "w") as f:
        f.write(HOSTILE)
    menu(app, "Import Cases…")
    error = []
    tap.ok(wait_until(lambda: error.extend(app.root.findChildren(
        lambda n: n.roleName == "label" and "exchange.xml:" in text_of(n) and visible(n))) or error),
        "the import error is readable through the accessibility tree")
    message = text_of(error[0]) if error else ""
    tap.ok("exchange.xml:2:" in message, "it names the file and line 2: %r" % message)
    tap.ok("passwd" not in message and "root:" not in message, "nothing from the entity's target is shown")
    dialog = [w for w in app.root.children if w.name == "Importing Cases"]
    tap.ok(dialog and not unnamed_controls(dialog[0]), "every control in the dialog has a name %s"
           % (unnamed_controls(dialog[0]) if dialog else "(no dialog)"))
    tap.ok(app.find("push button", "Copy Message") is not None, "the message can be copied")
    app.click("Close", parent=dialog[0])
    tap.ok(wait_until(lambda: not [w for w in app.root.children if w.name == "Importing Cases"]),
           "Close ends the dialog")

    # The exported file again: its 5 people are registered, so it asks.
    shutil.copy(good, exchange)
    menu(app, "Import Cases…")
    tap.ok(wait_until(lambda: any("5 people in this file are already registered" in t
                                  for t in all_labels(app))), "the import asks about registered people")
    question = [w for w in app.root.children if w.name == "Merge Into Registered People?"]
    tap.ok(question and not unnamed_controls(question[0]), "the question's controls have names")
    names = [n.name for n in question[0].findChildren(lambda n: n.roleName == "push button")] if question else []
    tap.ok("Merge" in names and "Cancel" in names and not [n for n in names if "_" in n],
           "its buttons are called Merge and Cancel %s" % names)
    app.click("Merge", parent=question[0] if question else None)
    # The file is this database's own export: merging it again adds nothing.
    tap.ok(wait_until(lambda: any(t.startswith("Nothing new in") for t in all_labels(app))),
           "a toast says nothing in the file was new")

    # One person's case, from the person page.
    tap.ok(show_person(app, people, 0), "the person page shows the first person")
    app.click("Export Case")
    tap.ok(wait_until(lambda: any("Exported 1 person" in t for t in all_labels(app))),
           "Export Case on the person page exports that one person")
    with open(exchange) as f:
        tap.ok(f.read().count("<person ") == 1, "the file holds one person")
finally:
    app.cleanup()
    shutil.rmtree(workdir, ignore_errors=True)
tap.done()
