/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The address of a team database (PostgreSQL on the municipality's
 * server) made from what a person types in Preferences: no GTK, no I/O. */

#define LS_TEAM_DATABASE_ERROR (ls_team_database_error_quark ())

typedef enum
{
  LS_TEAM_DATABASE_ERROR_INVALID_SERVER,    /* not a host name or address, or a bad port */
  LS_TEAM_DATABASE_ERROR_INVALID_DATABASE,  /* no database name */
} LsTeamDatabaseError;

GQuark  ls_team_database_error_quark (void);

/* A postgresql:// URI for @server ("host", "host:port", an IPv4 or IPv6
 * address, "[v6]:port"; no port means PostgreSQL's own, 5432), @database
 * and @user (empty or NULL: the login name on this computer) and
 * @password (empty or NULL: none in the URI). Every part is %-escaped;
 * the host is written in ASCII (IDNA). @verify asks for a certificate that
 * proves the server is the one named (sslmode=verify-full); otherwise the
 * connection is still encrypted (sslmode=require) but anyone on the way
 * could pose as the server. Never without TLS. With @verify, @ca_file
 * (empty or NULL: libpq's ~/.postgresql/root.crt) names the file with the
 * certificate of the authority that signed the server's (sslrootcert),
 * %-escaped like every other part; it is not read here. NULL with @error
 * set (one sentence, naming the field) when @server or @database cannot
 * be used. */
char   *ls_team_database_build_uri   (const char  *server,
                                      const char  *database,
                                      const char  *user,
                                      const char  *password,
                                      gboolean     verify,
                                      const char  *ca_file,
                                      GError     **error);

/* Zeroes @text (a password, or an address that may hold one) before it
 * is freed, so that it does not stay in the freed memory; NULL is allowed.
 * The one way the programs wipe a password. */
void    ls_team_database_wipe        (char        *text);

G_END_DECLS
