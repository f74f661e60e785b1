/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "ls-goal.h"

G_BEGIN_DECLS

/* One goal in the decision editor: the goal in plain words, its five GAS
 * levels written now (-2 .. +2) with the baseline marked, and an optional
 * weight. Edits go straight into the LsGoal; "changed" says one happened,
 * "remove" that the caseworker asked to remove the goal. */
#define LS_TYPE_GOAL_ROW (ls_goal_row_get_type ())
G_DECLARE_FINAL_TYPE (LsGoalRow, ls_goal_row, LS, GOAL_ROW, AdwBin)

GtkWidget *ls_goal_row_new      (LsGoal   *goal,
                                 guint     number,
                                 gboolean  editable);
LsGoal    *ls_goal_row_get_goal (LsGoalRow *self);

/* "−2", "−1", "0", "+1", "+2" (a real minus sign). */
const char *ls_goal_level_sign (int level);

/* A button whose accessible name is exactly @label (a label child with the
 * presentation role: GTK 4.8 would otherwise name it twice). */
GtkWidget *ls_plain_button_new  (const char *label);
/* A horizontally expanding entry showing @text (NULL: empty) with the
 * accessible label @accessible; unless @editable, a wrapping, selectable
 * label instead (no "changed", no placeholder). */
GtkWidget *ls_labelled_entry_new (const char *accessible,
                                  const char *text,
                                  gboolean    editable);
/* Gives @widget the accessible label @label. */
void       ls_set_accessible_label (GtkWidget  *widget,
                                    const char *label);

G_END_DECLS
