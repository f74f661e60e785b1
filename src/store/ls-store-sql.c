/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Statement cache, transactions and binding helpers shared by the
 * repositories. */
#define G_LOG_DOMAIN "ls-store"

#include <glib/gi18n.h>

#include "ls-participant.h"
#include "ls-store-private.h"
#include "ls-value.h"

#define BATCH_CHECKPOINT_PAGES   16384   /* 64 MB of WAL */
#define DEFAULT_CHECKPOINT_PAGES 1000    /* SQLite's default */

sqlite3_stmt *
_ls_store_statement (LsStore    *self,
                     const char *sql,
                     GError    **error)
{
  sqlite3_stmt *stmt = g_hash_table_lookup (self->statements, sql);
  int rc;

  if (stmt != NULL)
    {
      sqlite3_reset (stmt);
      sqlite3_clear_bindings (stmt);
      return stmt;
    }
  rc = sqlite3_prepare_v3 (self->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_warning ("Could not prepare a statement: %s", sqlite3_errmsg (self->db));
      _ls_store_set_error (self, rc, error);
      return NULL;
    }
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

gboolean
_ls_store_step_done (LsStore      *self,
                     sqlite3_stmt *stmt,
                     GError      **error)
{
  int rc = sqlite3_step (stmt);

  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
    {
      _ls_store_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
_ls_store_collect_rows (LsStore      *self,
                        sqlite3_stmt *stmt,
                        LsRowFunc     row_func,
                        GPtrArray    *rows,
                        GError      **error)
{
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (rows, row_func (stmt));
  sqlite3_reset (stmt);
  if (rc != SQLITE_DONE)
    {
      _ls_store_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
_ls_store_write_participants (LsStore    *self,
                              const char *delete_sql,
                              const char *insert_sql,
                              gint64      owner_id,
                              GPtrArray  *participants,
                              GError    **error)
{
  sqlite3_stmt *stmt;

  if (delete_sql != NULL)
    {
      stmt = _ls_store_statement (self, delete_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, owner_id);
      if (!_ls_store_step_done (self, stmt, error))
        return FALSE;
    }
  for (guint i = 0; i < participants->len; i++)
    {
      LsParticipant *p = g_ptr_array_index (participants, i);

      stmt = _ls_store_statement (self, insert_sql, error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, owner_id);
      sqlite3_bind_int (stmt, 2, i);
      _ls_bind_text (stmt, 3, p->name);
      _ls_bind_text (stmt, 4, p->role);
      _ls_bind_text (stmt, 5, p->contribution);
      if (!_ls_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gpointer
_ls_store_fetch_row (LsStore      *self,
                     sqlite3_stmt *stmt,
                     LsRowFunc     row_func,
                     GError      **error)
{
  gpointer object = NULL;
  int rc = sqlite3_step (stmt);

  if (rc == SQLITE_ROW)
    object = row_func (stmt);
  else if (rc == SQLITE_DONE)
    _ls_store_set_not_found (self, error);
  else
    _ls_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return object;
}

gboolean
_ls_store_exec (LsStore    *self,
                const char *sql,
                GError    **error)
{
  int rc = sqlite3_exec (self->db, sql, NULL, NULL, NULL);

  if (rc != SQLITE_OK)
    {
      _ls_store_set_error (self, sqlite3_extended_errcode (self->db), error);
      return FALSE;
    }
  return TRUE;
}

gboolean
_ls_store_begin (LsStore *self,
                 GError **error)
{
  /* IMMEDIATE takes the write lock up front, so a busy database waits
   * (busy_wait) instead of failing half way. */
  if (self->transaction_depth == 0 && !_ls_store_exec (self, "BEGIN IMMEDIATE", error))
    return FALSE;
  self->transaction_depth++;
  return TRUE;
}

gboolean
_ls_store_commit (LsStore *self,
                  GError **error)
{
  if (self->transaction_depth == 0)
    {
      /* An inner step failed and rolled everything back already. */
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_FAILED,
                   _("Nothing was saved in “%s”: an earlier step failed"), self->path);
      return FALSE;
    }
  if (self->transaction_depth > 1)
    {
      self->transaction_depth--;
      return TRUE;
    }
  if (!_ls_store_exec (self, "COMMIT", error))
    {
      _ls_store_rollback (self);
      return FALSE;
    }
  self->transaction_depth = 0;
  return TRUE;
}

void
_ls_store_rollback (LsStore *self)
{
  if (self->batch)
    sqlite3_wal_autocheckpoint (self->db, DEFAULT_CHECKPOINT_PAGES);
  self->batch = FALSE;
  /* A failure anywhere undoes the whole outermost transaction. */
  self->transaction_depth = 0;
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

void
_ls_bind_text (sqlite3_stmt *stmt,
               int           index,
               const char   *text)
{
  if (text == NULL)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
}

void
_ls_bind_date (sqlite3_stmt *stmt,
               int           index,
               const GDate  *date)
{
  char buf[16];

  if (date == NULL || !g_date_valid (date))
    {
      sqlite3_bind_null (stmt, index);
      return;
    }
  g_snprintf (buf, sizeof buf, "%04u-%02u-%02u", g_date_get_year (date),
              g_date_get_month (date), g_date_get_day (date));
  sqlite3_bind_text (stmt, index, buf, -1, SQLITE_TRANSIENT);
}

void
_ls_bind_id (sqlite3_stmt *stmt,
             int           index,
             gint64        id)
{
  if (id == 0)
    sqlite3_bind_null (stmt, index);
  else
    sqlite3_bind_int64 (stmt, index, id);
}

const char *
_ls_column_text (sqlite3_stmt *stmt,
                 int           index)
{
  return (const char *) sqlite3_column_text (stmt, index);
}

GDate *
_ls_column_date (sqlite3_stmt *stmt,
                 int           index)
{
  return ls_date_from_iso (_ls_column_text (stmt, index));
}

gint64
_ls_store_person_of (LsStore    *self,
                     const char *sql,
                     gint64      id,
                     GError    **error)
{
  sqlite3_stmt *stmt = _ls_store_statement (self, sql, error);
  gint64 person_id = 0;
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 1, id);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    person_id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc == SQLITE_DONE)
    {
      _ls_store_set_not_found (self, error);
      return -1;
    }
  if (rc != SQLITE_ROW)
    {
      _ls_store_set_error (self, rc, error);
      return -1;
    }
  return person_id;
}

gboolean
_ls_store_delete_audited (LsStore    *self,
                          const char *person_sql,
                          const char *delete_sql,
                          const char *object,
                          gint64      id,
                          GError    **error)
{
  sqlite3_stmt *stmt;
  gint64 person_id;

  if (!_ls_store_begin (self, error))
    return FALSE;
  person_id = _ls_store_person_of (self, person_sql, id, error);
  if (person_id < 0)
    goto fail;
  stmt = _ls_store_statement (self, delete_sql, error);
  if (stmt == NULL)
    goto fail;
  sqlite3_bind_int64 (stmt, 1, id);
  if (!_ls_store_step_done (self, stmt, error)
      || !ls_store_audit (self, person_id, object, id, LS_AUDIT_DELETE, error))
    goto fail;
  return _ls_store_commit (self, error);

fail:
  _ls_store_rollback (self);
  return FALSE;
}

void
_ls_store_set_not_found (LsStore *self,
                         GError **error)
{
  g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_FOUND,
               _("What was asked for is not in the database “%s”"), self->path);
}

gboolean
_ls_store_query_id (LsStore    *self,
                    const char *sql,
                    gint64     *id,
                    GError    **error)
{
  sqlite3_stmt *stmt = _ls_store_statement (self, sql, error);
  int rc;

  if (stmt == NULL)
    return FALSE;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    *id = sqlite3_column_int64 (stmt, 0);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW)
    _ls_store_set_error (self, rc, error);
  return rc == SQLITE_ROW;
}

gboolean
ls_store_begin_batch (LsStore *self,
                      GError **error)
{
  g_return_val_if_fail (LS_IS_STORE (self), FALSE);

  if (!_ls_store_begin (self, error))
    return FALSE;
  if (self->transaction_depth > 1)
    return TRUE;
  if (!_ls_store_query_id (self, "SELECT coalesce (max (id), 0) FROM persons", &self->fts_floor[0], error)
      || !_ls_store_query_id (self, "SELECT coalesce (max (id), 0) FROM sketch_entries", &self->fts_floor[1], error))
    {
      _ls_store_rollback (self);
      return FALSE;
    }
  /* Checkpoint less often while the batch runs: the same index pages are
   * then copied back once instead of after every few megabytes. */
  sqlite3_wal_autocheckpoint (self->db, BATCH_CHECKPOINT_PAGES);
  self->batch = TRUE;
  return TRUE;
}

/* Indexes the rows the batch added, from their final content. */
static gboolean
index_batch (LsStore *self,
             GError **error)
{
  sqlite3_stmt *stmt;

  self->batch = FALSE;
  stmt = _ls_store_statement (self, "INSERT INTO person_fts (rowid, given_name, family_name, national_id)"
                              " SELECT id, given_name, family_name, national_id FROM persons WHERE id > ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->fts_floor[0]);
  if (!_ls_store_step_done (self, stmt, error))
    return FALSE;
  stmt = _ls_store_statement (self, "INSERT INTO entry_fts (rowid, text)"
                              " SELECT id, text FROM sketch_entries WHERE id > ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->fts_floor[1]);
  return _ls_store_step_done (self, stmt, error);
}

gboolean
ls_store_end_batch (LsStore *self,
                    GError **error)
{
  gboolean outermost;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);

  outermost = self->transaction_depth == 1;
  if (outermost && self->batch && !index_batch (self, error))
    {
      _ls_store_rollback (self);
      return FALSE;
    }
  if (!_ls_store_commit (self, error))
    return FALSE;
  if (outermost)
    sqlite3_wal_autocheckpoint (self->db, DEFAULT_CHECKPOINT_PAGES);
  return TRUE;
}

void
ls_store_cancel_batch (LsStore *self)
{
  g_return_if_fail (LS_IS_STORE (self));
  _ls_store_rollback (self);
}
