/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Being told of other caseworkers' changes: a connection of its own that
 * LISTENs on the channel "livsskisse", whose notifications (sent by the
 * triggers of schema step 16: "KIND:PERSON_ID:ID", ids only) are read
 * without waiting when its socket can be read (ls-store-watch.c watches
 * it in the main loop). Which server processes are this program's own
 * connections is kept here too, so that a screen can tell its own saves
 * from someone else's. */
#define G_LOG_DOMAIN "ls-store"

#include "config.h"

#include "ls-db-pg-private.h"

/* The server process ids of this program's open connections. */
static GMutex own_lock;
static GHashTable *own_pids;

void
_ls_db_pg_own_add (Pg *self)
{
  g_mutex_lock (&own_lock);
  if (own_pids == NULL)
    own_pids = g_hash_table_new (g_direct_hash, g_direct_equal);
  self->backend_pid = PQbackendPID (self->conn);
  g_hash_table_add (own_pids, GINT_TO_POINTER (self->backend_pid));
  g_mutex_unlock (&own_lock);
}

void
_ls_db_pg_own_remove (Pg *self)
{
  g_mutex_lock (&own_lock);
  if (own_pids != NULL && self->backend_pid != 0)
    g_hash_table_remove (own_pids, GINT_TO_POINTER (self->backend_pid));
  self->backend_pid = 0;
  g_mutex_unlock (&own_lock);
}

static gboolean
is_own (int pid)
{
  gboolean own;

  g_mutex_lock (&own_lock);
  own = own_pids != NULL && g_hash_table_contains (own_pids, GINT_TO_POINTER (pid));
  g_mutex_unlock (&own_lock);
  return own;
}

/* A connection opened as @db was, reading only, that listens. */
LsDbListener *
_ls_db_pg_listen (LsDb    *db,
                  GError **error)
{
  Pg *self = PG (db);
  LsDb *listener = ls_db_pg_open (self->uri, self->flags | LS_STORE_OPEN_READ_ONLY, error);

  if (listener == NULL)
    return NULL;
  if (!listener->engine->exec (listener, "LISTEN livsskisse", error)
      || PQsetnonblocking (PG (listener)->conn, 1) != 0)
    {
      if (error != NULL && *error == NULL)
        _ls_db_pg_set_error (PG (listener), NULL, error);
      ls_db_close (listener);
      return NULL;
    }
  return (LsDbListener *) listener;
}

int
_ls_db_pg_listener_fd (LsDbListener *listener)
{
  return PQsocket (PG (listener)->conn);
}

gboolean
_ls_db_pg_listener_read (LsDbListener   *listener,
                         LsDbNotifyFunc  func,
                         gpointer        user_data)
{
  PGconn *conn = PG (listener)->conn;
  PGnotify *notify;

  if (!PQconsumeInput (conn) || PQstatus (conn) == CONNECTION_BAD)
    return FALSE;
  while ((notify = PQnotifies (conn)) != NULL)
    {
      func (notify->extra, is_own (notify->be_pid), user_data);
      PQfreemem (notify);
    }
  return TRUE;
}

void
_ls_db_pg_listener_close (LsDbListener *listener)
{
  ls_db_close ((LsDb *) listener);
}
