/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

void ls_test_assert_header_caps (GtkWidget  *root);
/* The text of the visible labels under @widget, one a line, added to @out. */
void       ls_test_collect_text (GtkWidget  *widget,
                                 GString    *out);
/* The shown, sensitive button under @widget whose words begin with @text. */
GtkWidget *ls_test_find_button  (GtkWidget  *widget,
                                 const char *text);
/* Whether @widget lies wholly inside the part of its scrolled window that
 * is shown. */
gboolean   ls_test_shown_in_scroller (GtkWidget *widget);
/* Draws frames until @widget's scrolled window has stopped moving (it
 * scrolls smoothly, over several frames). */
void       ls_test_settle_scroll     (GtkWidget *widget);
/* That @widget with the keyboard focus, shown (after a key press), looks
 * different by a ring at least half its perimeter long. Afterwards no
 * widget has the focus. */
void       ls_test_assert_focus_shown (GtkWidget *widget);
