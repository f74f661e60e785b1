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

/* The server process ids of this program's connections, each with when
 * it was closed (0 while open). A closed one still counts for a while:
 * its last commit's notifications may be read after it closed (a worker's
 * connection), and the server hands its id to another so soon only
 * rarely. */
#define OWN_AFTER_CLOSE_US (30 * G_USEC_PER_SEC)

static GMutex own_lock;
static GHashTable *own_pids;   /* pid → gint64 closed at (monotonic µs), 0 while open */

static gboolean
forgotten (gpointer key,
           gpointer value,
           gpointer user_data)
{
  gint64 closed = *(gint64 *) value;

  return closed != 0 && closed < *(gint64 *) user_data - OWN_AFTER_CLOSE_US;
}

void
_ls_db_pg_own_add (Pg *self)
{
  gint64 now = g_get_monotonic_time ();

  g_mutex_lock (&own_lock);
  if (own_pids == NULL)
    own_pids = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, g_free);
  g_hash_table_foreach_remove (own_pids, forgotten, &now);
  self->backend_pid = PQbackendPID (self->conn);
  g_hash_table_insert (own_pids, GINT_TO_POINTER (self->backend_pid), g_new0 (gint64, 1));
  g_mutex_unlock (&own_lock);
}

void
_ls_db_pg_own_remove (Pg *self)
{
  gint64 *closed;

  g_mutex_lock (&own_lock);
  closed = own_pids != NULL && self->backend_pid != 0
           ? g_hash_table_lookup (own_pids, GINT_TO_POINTER (self->backend_pid)) : NULL;
  if (closed != NULL)
    *closed = g_get_monotonic_time ();
  self->backend_pid = 0;
  g_mutex_unlock (&own_lock);
}

static gboolean
is_own (int pid)
{
  gint64 *closed;
  gboolean own;

  g_mutex_lock (&own_lock);
  closed = own_pids != NULL ? g_hash_table_lookup (own_pids, GINT_TO_POINTER (pid)) : NULL;
  own = closed != NULL && (*closed == 0 || *closed >= g_get_monotonic_time () - OWN_AFTER_CLOSE_US);
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
