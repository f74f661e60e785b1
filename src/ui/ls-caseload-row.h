/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The text of one row of the caseload: a person's list name in the
 * heading style over their details (9 pt, not bold, at @details_alpha),
 * each line cut short with an ellipsis. GTK 4.8's list view makes about
 * 200 rows for its first frame, so a row is made to cost little: its
 * height comes from its fonts, not from its text, and its text is laid out
 * once, when it is drawn, at the width it was given (a GtkLabel measures
 * its text, then lays it out again at its width). It asks for no width of
 * its own: the caseload's width is the pane's. The row around it carries
 * the accessible name; this widget has no role of its own. */

#define LS_TYPE_CASELOAD_ROW (ls_caseload_row_get_type ())
G_DECLARE_FINAL_TYPE (LsCaseloadRow, ls_caseload_row, LS, CASELOAD_ROW, GtkWidget)

GtkWidget   *ls_caseload_row_new       (void);
/* @details_alpha: 0–65535, as a PangoAttribute's foreground alpha. */
void         ls_caseload_row_set_text  (LsCaseloadRow *self,
                                        const char    *name,
                                        const char    *details,
                                        guint16        details_alpha);
/* The laid-out text ("NAME\nDETAILS", with its attributes), made now if
 * it was not drawn yet; for tests. */
PangoLayout *ls_caseload_row_get_layout (LsCaseloadRow *self);

G_END_DECLS
