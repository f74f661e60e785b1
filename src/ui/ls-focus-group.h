/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* One tab stop for a group of controls (a list, a row of ratings, the
 * conversation's steps), the way a radio group or a list behaves: Tab and
 * Shift+Tab enter the group and leave it again; the arrow keys move inside
 * it and stop at its ends. Coming in, the keyboard lands on the preferred
 * control (ls_focus_group_set_preferred()), else on a chosen (checked)
 * toggle button inside, else on the first control. */
#define LS_TYPE_FOCUS_GROUP (ls_focus_group_get_type ())
G_DECLARE_FINAL_TYPE (LsFocusGroup, ls_focus_group, LS, FOCUS_GROUP, GtkWidget)

GtkWidget *ls_focus_group_new           (GtkWidget    *child);
GtkWidget *ls_focus_group_get_child     (LsFocusGroup *self);
void       ls_focus_group_set_child     (LsFocusGroup *self,
                                         GtkWidget    *child);
void       ls_focus_group_set_preferred (LsFocusGroup *self,
                                         GtkWidget    *preferred);

G_END_DECLS
