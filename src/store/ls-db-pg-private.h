/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The PostgreSQL engine's insides shared by its three files: the engine
 * (ls-db-pg.c: connecting it, statements, the engine table), connecting,
 * addresses and errors (ls-db-pg-connect.c) and the schema's housekeeping
 * (ls-db-pg-schema.c): the engine uses the other two, schema uses connect,
 * and neither uses the engine file. */

#include "ls-db-pg-libpq.h"

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
  int               backend_pid;  /* the server's process, while open */
  /* Counts the connections made: a statement prepared on an earlier one
   * is prepared again on the next (ls-db-pg.c). */
  guint             generation;
  /* The connection was lost inside a transaction: until the store ends
   * it (ROLLBACK, or a COMMIT that fails), nothing connects again, so no
   * statement of it runs on a new connection outside its transaction. */
  gboolean          lost_in_transaction;
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

/* ls-db-pg-schema.c: the engine functions of the same names. */
gboolean    _ls_db_pg_open_schema       (LsDb *db, LsStoreOpenFlags flags, guint latest, guint *version,
                                         GError **error);
gboolean    _ls_db_pg_get_version       (LsDb *db, guint *version, GError **error);
gboolean    _ls_db_pg_set_version       (LsDb *db, guint version, GError **error);
gboolean    _ls_db_pg_batch_begin       (LsDb *db, GError **error);
gboolean    _ls_db_pg_batch_end         (LsDb *db, gboolean commit, GError **error);
gboolean    _ls_db_pg_suspend_guards    (LsDb *db, gboolean suspend, GError **error);
gboolean    _ls_db_pg_check_integrity   (LsDb *db, char **problem, GError **error);
gboolean    _ls_db_pg_ids_taken         (LsDb *db, const char *table, GError **error);
char       *_ls_db_pg_search_query      (const char * const *words);

/* ls-db-pg-listen.c: the engine functions of the same names, and which
 * server processes are this program's own connections (added when one
 * is opened, removed when it is closed). */
LsDbListener *_ls_db_pg_listen          (LsDb *db, GError **error);
int         _ls_db_pg_listener_fd       (LsDbListener *listener);
gboolean    _ls_db_pg_listener_read     (LsDbListener *listener, LsDbNotifyFunc func, gpointer user_data);
void        _ls_db_pg_listener_close    (LsDbListener *listener);
void        _ls_db_pg_own_add           (Pg *self);
void        _ls_db_pg_own_remove        (Pg *self);

G_END_DECLS
