/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-store"

#include <errno.h>
#include <signal.h>
#include <unistd.h>

#include "ls-store-import.h"
#include "ls-store-private.h"

/* How long one chunk holds the write lock (LS_STORE_WRITERS_PAUSE_USEC
 * between chunks). */
#define CHUNK_USEC (200 * G_TIME_SPAN_MILLISECOND)

/* What an import adds and its undo deletes, by table; the rows below them
 * (entries, goals, measures, scores, participants) go with them (ON DELETE
 * CASCADE), and a merge adds those only under records it adds. The index
 * is the journal's kind. The audit rows it wrote stay (the audit is a
 * hash chain that no one deletes from, ls-store-audit.c), and the undo
 * adds one; journals of older versions may name the audit as kind 6,
 * which the undo now passes over. */
typedef struct
{
  const char *max_id;
  const char *note;     /* ?1 run, ?2 kind, ?3 the largest id before the chunk */
  const char *remove;   /* ?1 id */
} Kind;

#define KIND(table) \
  { "SELECT coalesce (max (id), 0) FROM " table, \
    "INSERT INTO import_rows (run_id, kind, row_id) SELECT ?1, ?2, id FROM " table " WHERE id > ?3", \
    "DELETE FROM " table " WHERE id = ?1" }
static const Kind kinds[] = {
  KIND ("persons"),
  KIND ("cases"),
  KIND ("sketches"),
  KIND ("decisions"),
  KIND ("evaluations"),
  KIND ("service_plans"),
};
#undef KIND

struct _LsStoreImport
{
  LsStore *store;
  gint64   run_id;
  gint64   floor[G_N_ELEMENTS (kinds)];
  gint64   chunk_start;
  gboolean committed;   /* a chunk is in the database: undo from the journal */
};

/* How many imports this process has under way. A run with our pid is
 * one of them, or was left by an earlier process that had the same pid
 * (after a restart, in a sandbox); while we import, it is left alone. */
static gint live_imports;

static gboolean
is_alive (gint64 pid)
{
  if (pid == getpid ())
    return g_atomic_int_get (&live_imports) > 0;
  return pid > 0 && pid <= G_MAXINT && (kill ((pid_t) pid, 0) == 0 || errno == EPERM);
}

static gboolean
begin_chunk (LsStoreImport *im,
             GError       **error)
{
  if (!ls_store_begin_batch (im->store, error))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    if (!_ls_store_query_id (im->store, kinds[i].max_id, &im->floor[i], error))
      {
        ls_store_cancel_batch (im->store);
        return FALSE;
      }
  im->chunk_start = g_get_monotonic_time ();
  return TRUE;
}

/* Notes the chunk's rows in the journal and commits them together. */
static gboolean
commit_chunk (LsStoreImport *im,
              GError       **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      LsStmt *stmt = _ls_store_statement (im->store, kinds[i].note, error);

      if (stmt == NULL)
        goto fail;
      ls_db_bind_int64 (stmt, 1, im->run_id);
      ls_db_bind_int64 (stmt, 2, (int) i);
      ls_db_bind_int64 (stmt, 3, im->floor[i]);
      if (!_ls_store_step_done (im->store, stmt, error))
        goto fail;
    }
  if (!ls_store_end_batch (im->store, error))
    return FALSE;
  im->committed = TRUE;
  return TRUE;

fail:
  ls_store_cancel_batch (im->store);
  return FALSE;
}

LsStoreImport *
ls_store_import_begin (LsStore *store,
                       GError **error)
{
  g_autofree LsStoreImport *im = g_new0 (LsStoreImport, 1);
  g_autofree char *started = _ls_store_timestamp ();
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);
  g_return_val_if_fail (store->transaction_depth == 0, NULL);

  im->store = store;
  /* The chunks follow each other closely: the WAL is checkpointed as in
   * one batch, not after every chunk. */
  ls_store_set_series (store, TRUE);
  if (!begin_chunk (im, error))
    {
      ls_store_set_series (store, FALSE);
      return NULL;
    }
  stmt = _ls_store_statement (store, "INSERT INTO import_runs (host, pid, started)"
                              " VALUES (?1, ?2, ?3) RETURNING id", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_text (stmt, 1, g_get_host_name ());
  ls_db_bind_int64 (stmt, 2, getpid ());
  ls_db_bind_text (stmt, 3, started);
  if (!_ls_store_step_id (store, stmt, &im->run_id, error))
    goto fail;
  g_atomic_int_inc (&live_imports);
  g_object_ref (store);
  return g_steal_pointer (&im);

fail:
  ls_store_set_series (store, FALSE);
  ls_store_cancel_batch (store);
  return NULL;
}

gboolean
ls_store_import_step (LsStoreImport *im,
                      GError       **error)
{
  g_return_val_if_fail (im != NULL, FALSE);

  if (g_get_monotonic_time () - im->chunk_start < CHUNK_USEC)
    return TRUE;
  if (!commit_chunk (im, error))
    return FALSE;
  g_usleep (LS_STORE_WRITERS_PAUSE_USEC);
  return begin_chunk (im, error);
}

static void
import_free (LsStoreImport *im)
{
  g_atomic_int_add (&live_imports, -1);
  g_object_unref (im->store);
  g_free (im);
}

gboolean
ls_store_import_finish (LsStoreImport *im,
                        GError       **error)
{
  LsStmt *stmt;

  g_return_val_if_fail (im != NULL, FALSE);

  ls_store_set_series (im->store, FALSE);
  stmt = _ls_store_statement (im->store, "DELETE FROM import_runs WHERE id = ?1", error);
  if (stmt != NULL)
    ls_db_bind_int64 (stmt, 1, im->run_id);
  if (stmt == NULL || !_ls_store_step_done (im->store, stmt, error))
    ls_store_cancel_batch (im->store);
  else if (ls_store_end_batch (im->store, error))
    {
      import_free (im);
      return TRUE;
    }
  ls_store_import_abort (im);
  return FALSE;
}

/* Deletes journaled rows of @run_id for about one chunk's time; *@done
 * when none is left (the run is gone then too). */
static gboolean
undo_some (LsStore  *store,
           gint64    run_id,
           gboolean *done,
           GError  **error)
{
  gint64 start = g_get_monotonic_time ();
  LsStmt *next, *stmt;
  LsDbStep rc = LS_DB_ROW;

  *done = FALSE;
  while (g_get_monotonic_time () - start < CHUNK_USEC)
    {
      gint64 kind, row_id;

      /* Newest first, along the journal's key. */
      next = _ls_store_statement (store, "SELECT kind, row_id FROM import_rows WHERE run_id = ?1"
                                  " ORDER BY kind DESC, row_id DESC LIMIT 1", error);
      if (next == NULL)
        return FALSE;
      ls_db_bind_int64 (next, 1, run_id);
      rc = ls_db_step (next, error);
      kind = ls_db_column_int64 (next, 0);
      row_id = ls_db_column_int64 (next, 1);
      ls_db_reset (next);
      if (rc != LS_DB_ROW)
        break;
      if (kind >= 0 && kind < (gint64) G_N_ELEMENTS (kinds))
        {
          if ((stmt = _ls_store_statement (store, kinds[kind].remove, error)) == NULL)
            return FALSE;
          ls_db_bind_int64 (stmt, 1, row_id);
          if (!_ls_store_step_done (store, stmt, error))
            return FALSE;
        }
      stmt = _ls_store_statement (store, "DELETE FROM import_rows WHERE run_id = ?1 AND kind = ?2 AND row_id = ?3",
                                  error);
      if (stmt == NULL)
        return FALSE;
      ls_db_bind_int64 (stmt, 1, run_id);
      ls_db_bind_int64 (stmt, 2, kind);
      ls_db_bind_int64 (stmt, 3, row_id);
      if (!_ls_store_step_done (store, stmt, error))
        return FALSE;
    }
  if (rc != LS_DB_ROW && rc != LS_DB_DONE)
    {
      return FALSE;
    }
  if (rc == LS_DB_ROW)
    return TRUE;   /* more in the next transaction */
  stmt = _ls_store_statement (store, "DELETE FROM import_runs WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, run_id);
  *done = TRUE;
  return _ls_store_step_done (store, stmt, error)
         && ls_store_audit (store, 0, "import", run_id, LS_AUDIT_DELETE, error);
}

/* Deletes what the import @run_id added, in transactions as short as the
 * import's own. The rules that refuse changing an issued decision and its
 * goals and measures are suspended inside each: the undo's cascades (ON
 * DELETE SET NULL of a case, an earlier decision or an entry) would set
 * them off. */
static gboolean
undo_run (LsStore *store,
          gint64   run_id,
          GError **error)
{
  gboolean done = FALSE;

  while (!done)
    {
      LsDb *db = store->db;
      gboolean ok;

      if (!_ls_store_begin (store, error))
        return FALSE;
      ok = db->engine->suspend_guards (db, TRUE, error)
           && undo_some (store, run_id, &done, error)
           && db->engine->suspend_guards (db, FALSE, error);
      if (!ok)
        {
          _ls_store_rollback (store);
          return FALSE;
        }
      if (!_ls_store_commit (store, error))
        return FALSE;
      if (!done)
        g_usleep (LS_STORE_WRITERS_PAUSE_USEC);
    }
  return TRUE;
}

void
ls_store_import_abort (LsStoreImport *im)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (im != NULL);

  ls_store_set_series (im->store, FALSE);
  ls_store_cancel_batch (im->store);
  /* When even the undo fails (the disk, the lock), the journal stays and
   * the next open undoes it. */
  if (im->committed && !undo_run (im->store, im->run_id, &error))
    g_message ("An interrupted import is undone the next time the database is opened: %s", error->message);
  import_free (im);
}

gboolean
_ls_store_undo_dead_imports (LsStore *self,
                             GError **error)
{
  g_autoptr(GArray) dead = g_array_new (FALSE, FALSE, sizeof (gint64));
  LsStmt *stmt;
  LsDbStep rc;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);

  if (self->read_only || self->schema_version < 6)
    return TRUE;
  /* Another computer's processes cannot be asked: its imports wait for it. */
  stmt = _ls_store_statement (self, "SELECT id, pid FROM import_runs WHERE host = ?1", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_text (stmt, 1, g_get_host_name ());
  while ((rc = ls_db_step (stmt, error)) == LS_DB_ROW)
    {
      gint64 run_id = ls_db_column_int64 (stmt, 0);

      if (!is_alive (ls_db_column_int64 (stmt, 1)))
        g_array_append_val (dead, run_id);
    }
  ls_db_reset (stmt);
  if (rc != LS_DB_DONE)
    {
      return FALSE;
    }
  for (guint i = 0; i < dead->len; i++)
    if (!undo_run (self, g_array_index (dead, gint64, i), error))
      return FALSE;
  return TRUE;
}
