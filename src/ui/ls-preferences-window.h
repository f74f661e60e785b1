/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-letterhead.h"

G_BEGIN_DECLS

/* Preferences: the municipality's letterhead for letters (municipality,
 * unit, address, logo, appeal body and deadline, contact, signature).
 * Saved as it is edited to the letterhead file (ls_letterhead_save()).
 * And the team database (LsTeamDatabasePage). */

#define LS_TYPE_PREFERENCES_WINDOW (ls_preferences_window_get_type ())
G_DECLARE_FINAL_TYPE (LsPreferencesWindow, ls_preferences_window, LS, PREFERENCES_WINDOW, AdwPreferencesWindow)

/* @path: the letterhead file, NULL = the default. */
GtkWidget    *ls_preferences_window_new            (GtkWindow  *parent,
                                                    const char *path);
void          ls_preferences_window_present        (GtkWindow  *parent);
LsLetterhead *ls_preferences_window_get_letterhead (LsPreferencesWindow *self);
/* Saves now instead of after the short pause (for tests and closing). */
gboolean      ls_preferences_window_save           (LsPreferencesWindow *self,
                                                    GError             **error);

G_END_DECLS
