/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Preferences' "Team Database" page: whether Livsskisse works in the
 * team's PostgreSQL database, which one (kept in GSettings as typed), the
 * password (kept in the keyring, never in GSettings), whether the server's
 * certificate is checked and against which certificate authority's file,
 * and Connect, which opens it now (on a worker
 * thread) and says in one sentence on the page when that fails. */

#define LS_TYPE_TEAM_DATABASE_PAGE (ls_team_database_page_get_type ())
G_DECLARE_FINAL_TYPE (LsTeamDatabasePage, ls_team_database_page, LS, TEAM_DATABASE_PAGE, AdwPreferencesPage)

GtkWidget *ls_team_database_page_new     (void);
/* Connect, as the button does (for tests). */
void       ls_team_database_page_connect (LsTeamDatabasePage *self);
/* Keeps @file (NULL: none, libpq's ~/.postgresql/root.crt) as the
 * certificate authority's file, as choosing it in the file chooser does. */
void       ls_team_database_page_set_ca_file (LsTeamDatabasePage *self,
                                              GFile              *file);
/* Whether a connection is being made (the spinner turns). */
gboolean   ls_team_database_page_get_connecting (LsTeamDatabasePage *self);

G_END_DECLS
