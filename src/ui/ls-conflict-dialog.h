/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Someone else saved a change to what the caseworker was editing: says
 * who and when, shows their text beside the caseworker's own, and lets
 * them choose. Nothing is saved by the dialog itself; "Copy Mine" puts
 * their own text on the clipboard and leaves the dialog open.
 *
 * Signals (the dialog closes after either):
 *   "keep-mine" ()    save mine over the change shown
 *   "take-theirs" ()  take the other's text */

#define LS_TYPE_CONFLICT_DIALOG (ls_conflict_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LsConflictDialog, ls_conflict_dialog, LS, CONFLICT_DIALOG, AdwWindow)

/* @changed_by and @changed_at may be NULL (the audit did not say). */
GtkWidget  *ls_conflict_dialog_new   (const char *mine,
                                      const char *theirs,
                                      const char *changed_by,
                                      GDateTime  *changed_at);
/* What the dialog says about who changed it and when (for tests). */
const char *ls_conflict_dialog_get_who (LsConflictDialog *self);

G_END_DECLS
