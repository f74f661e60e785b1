/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The window's hook for decisions, evaluations, service plans and the team
 * view: installs the actions "win.new-decision" (x: person id),
 * "win.open-decision", "win.evaluate-decision", "win.service-plan"
 * (x: decision id) and "win.team-view", which show their pages in the
 * window's content stack. Called once from ls_window_class_init(). */
void _ls_window_decisions_class_init (GtkWidgetClass *widget_class);

/* Shows the header's "Decisions" button (template id "decisions_button",
 * action "win.show-decisions": the current person's timeline as a page)
 * while a person's page is shown. Called from ls_window_init(). */
void _ls_window_decisions_init       (GtkWidget      *window);

G_END_DECLS
