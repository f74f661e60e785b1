/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <libsecret/secret.h>

#include "ls-store.h"

G_BEGIN_DECLS

/* Reaching the team database: its password in the GNOME keyring (through
 * libsecret, never in GSettings or a file), and opening it on a worker
 * thread so that the window never waits for the network. No GTK here.
 * Server, database and user are in the app's GSettings (team-server,
 * team-database-name, team-user, team-verify-certificate,
 * team-certificate-authority). */

/* "org.gnome.Livsskisse.TeamDatabase": attributes server, database, user. */
const SecretSchema *ls_team_connection_get_secret_schema   (void);

/* Keeps @password for the team database @server/@database/@user in the
 * keyring; an empty @password removes the one kept. */
void      ls_team_connection_store_password        (const char          *server,
                                                    const char          *database,
                                                    const char          *user,
                                                    const char          *password,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
gboolean  ls_team_connection_store_password_finish (GAsyncResult        *result,
                                                    GError             **error);
/* The password kept for @server/@database/@user; NULL without an error
 * when there is none. Free it with ls_team_connection_password_free(). */
void      ls_team_connection_lookup_password       (const char          *server,
                                                    const char          *database,
                                                    const char          *user,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
char     *ls_team_connection_lookup_password_finish (GAsyncResult       *result,
                                                     GError            **error);
/* Wipes the password's memory and frees it. */
void      ls_team_connection_password_free         (char                *password);
/* For tests, before the first use: the file name libsecret is loaded from. */
void      _ls_team_connection_set_secret_library   (const char          *file_name);

/* Opens the store at @location (a file path or a postgresql:// URI) on a
 * worker thread; the store is then the caller's, on its own thread. */
void      ls_team_connection_open                  (const char          *location,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
LsStore  *ls_team_connection_open_finish           (GAsyncResult        *result,
                                                    GError             **error);
/* Opens the team database @settings name, with the password kept in the
 * keyring. */
void      ls_team_connection_open_from_settings    (GSettings           *settings,
                                                    GCancellable        *cancellable,
                                                    GAsyncReadyCallback  callback,
                                                    gpointer             user_data);
LsStore  *ls_team_connection_open_from_settings_finish (GAsyncResult    *result,
                                                        GError         **error);
/* TRUE when the certificate authority file @path (empty or NULL: none
 * chosen, libpq's own) can be read; otherwise @error names the file, why,
 * and where to choose it again. Before connecting, since libpq only says
 * so after the server answered. */
gboolean  ls_team_connection_check_ca_file         (const char          *path,
                                                    GError             **error);

/* "DATABASE on SERVER" for the settings, for a person to read (no password). */
char     *ls_team_connection_dup_label             (GSettings           *settings);

G_END_DECLS
