/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The PostgreSQL engine's insides shared by its two files: the engine
 * (ls-db-pg.c) and connecting, addresses and errors (ls-db-pg-connect.c),
 * which the engine uses and which uses nothing of it. */

#include <libpq-fe.h>

#include "ls-db.h"

G_BEGIN_DECLS

/* How long a server may take to answer a new connection, unless the URI
 * says (connect_timeout). */
#define DEFAULT_CONNECT_TIMEOUT_S 10

typedef struct
{
  LsDb              parent;
  PGconn           *conn;
  char             *uri;          /* as given, password and all: for reopen() */
  LsStoreOpenFlags  flags;
  char             *host;         /* how messages name the server */
  guint             next_statement;
  /* Prepared statements finalized but not yet deallocated: that waits for
   * the next statement (one round trip for all, outside a failed
   * transaction). */
  GPtrArray        *unused_names;
} Pg;

#define PG(db)      ((Pg *) (db))

/* @uri as it may be shown: without a password, however it was written. */
char       *_ls_db_pg_uri_without_password (const char       *uri);
/* The value of @keyword in parsed connection @options, NULL when unset. */
const char *_ls_db_pg_option_value      (PQconninfoOption *options,
                                         const char       *keyword);
/* Whether @sqlstate (or the connection's state) says the server went away. */
gboolean    _ls_db_pg_is_connection_lost (Pg              *self,
                                         const char       *sqlstate);
/* Sets @error from a failed @result, as one sentence naming the database
 * and never the data. */
void        _ls_db_pg_set_error         (Pg               *self,
                                         const PGresult   *result,
                                         GError          **error);
/* Connects @self->conn to @self->uri (TLS verify-full for a host that is
 * not this computer unless the address says otherwise); FALSE with one
 * sentence saying what is wrong and what to do. */
gboolean    _ls_db_pg_connect           (Pg               *self,
                                         GError          **error);

G_END_DECLS
