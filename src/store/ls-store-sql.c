/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Statement cache, transactions and binding helpers shared by the
 * repositories. */
#define G_LOG_DOMAIN "ls-store"

#include <glib/gi18n.h>
#include <string.h>

#include "ls-participant.h"
#include "ls-record-uid.h"
#include "ls-store-private.h"
#include "ls-value.h"

static GThread *forbidden_thread;
static guint forbidden_count;

void
ls_store_forbid_thread (GThread *thread)
{
  g_atomic_pointer_set (&forbidden_thread, thread);
  g_atomic_int_set (&forbidden_count, 0);
}

guint
ls_store_get_forbidden_count (void)
{
  return (guint) g_atomic_int_get (&forbidden_count);
}

/* The first words of @sql, up to one that could hold a value (a quote,
 * a digit, a parameter): "SELECT p.id, p.given_name". */
static char *
first_words (const char *sql)
{
  g_auto(GStrv) words = g_strsplit_set (sql, " \t\n", -1);
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = 0;

  for (guint i = 0; words[i] != NULL && n < 4; i++)
    {
      if (words[i][0] == '\0')
        continue;
      if (strpbrk (words[i], "'\"?$0123456789") != NULL)
        break;
      g_string_append_printf (out, "%s%s", n > 0 ? " " : "", words[i]);
      n++;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

void
_ls_store_check_thread (const char *sql)
{
  GThread *thread = g_atomic_pointer_get (&forbidden_thread);
  g_autofree char *words = NULL;

  if (thread == NULL || thread != g_thread_self ())
    return;
  g_atomic_int_inc (&forbidden_count);
  words = first_words (sql);
  g_message ("On the forbidden thread: %s", words);
}

LsStmt *
_ls_store_statement (LsStore    *self,
                     const char *sql,
                     GError    **error)
{
  LsStmt *stmt = g_hash_table_lookup (self->statements, sql);

  _ls_store_check_thread (sql);

  if (stmt != NULL)
    {
      ls_db_reset (stmt);
      return stmt;
    }
  stmt = ls_db_prepare (self->db, sql, error);
  if (stmt == NULL)
    return NULL;
  g_hash_table_insert (self->statements, (gpointer) sql, stmt);
  return stmt;
}

gboolean
_ls_store_step_done (LsStore  *self,
                     LsStmt   *stmt,
                     GError  **error)
{
  LsDbStep step = ls_db_step (stmt, error);

  ls_db_reset (stmt);
  return step != LS_DB_ERROR;
}

gboolean
_ls_store_step_id (LsStore  *self,
                       LsStmt   *stmt,
                       gint64   *id,
                       GError  **error)
{
  LsDbStep step = ls_db_step (stmt, error);

  if (step == LS_DB_ROW)
    {
      *id = ls_db_column_int64 (stmt, 0);
      /* To its end: SQLite finishes the change (and may find the disk
       * full) only then, and a reset would not report it. */
      if (ls_db_step (stmt, error) == LS_DB_ERROR)
        step = LS_DB_ERROR;
    }
  else if (step == LS_DB_DONE)
    _ls_store_set_not_found (self, error);
  ls_db_reset (stmt);
  return step == LS_DB_ROW;
}

gboolean
_ls_store_collect_rows (LsStore    *self,
                        LsStmt     *stmt,
                        LsRowFunc   row_func,
                        GPtrArray  *rows,
                        GError    **error)
{
  LsDbStep step;

  while ((step = ls_db_step (stmt, error)) == LS_DB_ROW)
    g_ptr_array_add (rows, row_func (stmt));
  ls_db_reset (stmt);
  return step == LS_DB_DONE;
}

char *
_ls_store_timestamp (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *seconds = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

  return g_strdup_printf ("%s.%03dZ", seconds, g_date_time_get_microsecond (now) / 1000);
}

gboolean
_ls_store_write_participants (LsStore    *self,
                              const char *delete_sql,
                              const char *insert_sql,
                              gint64      owner_id,
                              GPtrArray  *participants,
                              GError    **error)
{
  LsStmt *stmt;

  if (delete_sql != NULL)
    {
      stmt = _ls_store_statement (self, delete_sql, error);
      if (stmt == NULL)
        return FALSE;
      ls_db_bind_int64 (stmt, 1, owner_id);
      if (!_ls_store_step_done (self, stmt, error))
        return FALSE;
    }
  for (guint i = 0; i < participants->len; i++)
    {
      LsParticipant *p = g_ptr_array_index (participants, i);

      stmt = _ls_store_statement (self, insert_sql, error);
      if (stmt == NULL)
        return FALSE;
      ls_db_bind_int64 (stmt, 1, owner_id);
      ls_db_bind_int64 (stmt, 2, i);
      _ls_bind_text (stmt, 3, p->name);
      _ls_bind_text (stmt, 4, p->role);
      _ls_bind_text (stmt, 5, p->contribution);
      if (!_ls_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gpointer
_ls_store_fetch_row (LsStore    *self,
                     LsStmt     *stmt,
                     LsRowFunc   row_func,
                     GError    **error)
{
  gpointer object = NULL;
  LsDbStep step = ls_db_step (stmt, error);

  if (step == LS_DB_ROW)
    object = row_func (stmt);
  else if (step == LS_DB_DONE)
    _ls_store_set_not_found (self, error);
  ls_db_reset (stmt);
  return object;
}

gboolean
_ls_store_exec (LsStore    *self,
                const char *sql,
                GError    **error)
{
  _ls_store_check_thread (sql);
  return ls_db_exec (self->db, sql, error);
}

gboolean
_ls_store_begin (LsStore *self,
                 GError **error)
{
  const char *begin = self->db->engine->begin_write;
  g_autoptr(GError) local = NULL;

  /* A connection the server dropped while it was idle (a restart) is
   * found here, before anything was done; the next statement connects
   * again (LS_STORE_ERROR_OFFLINE), so beginning once more is safe. */
  if (self->transaction_depth == 0 && !_ls_store_exec (self, begin, &local))
    {
      if (!g_error_matches (local, LS_STORE_ERROR, LS_STORE_ERROR_OFFLINE))
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      g_clear_error (&local);
      if (!_ls_store_exec (self, begin, error))
        return FALSE;
    }
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
  /* The transaction's audit rows go onto the chain last, so that its
   * head stays locked only for the commit (ls-store-audit.c). */
  if (!_ls_store_audit_flush (self, error) || !_ls_store_exec (self, "COMMIT", error))
    {
      _ls_store_rollback (self);
      return FALSE;
    }
  self->transaction_depth = 0;
  _ls_store_settle_versions (self, TRUE);
  return TRUE;
}

void
_ls_store_rollback (LsStore *self)
{
  if (self->batch)
    self->db->engine->batch_end (self->db, FALSE, NULL);
  self->batch = FALSE;
  self->db->tidy_wanted = FALSE;   /* what wanted it is undone too */
  _ls_store_audit_forget (self);
  /* A failure anywhere undoes the whole outermost transaction. */
  self->transaction_depth = 0;
  if (self->db->engine->in_transaction (self->db))
    ls_db_exec (self->db, "ROLLBACK", NULL);
  _ls_store_settle_versions (self, FALSE);
}

void
_ls_bind_text (LsStmt     *stmt,
               int         index,
               const char *text)
{
  ls_db_bind_text (stmt, index, text);
}

void
_ls_bind_date (LsStmt      *stmt,
               int          index,
               const GDate *date)
{
  char buf[16];

  if (date == NULL || !g_date_valid (date))
    {
      ls_db_bind_null (stmt, index);
      return;
    }
  g_snprintf (buf, sizeof buf, "%04u-%02u-%02u", g_date_get_year (date),
              g_date_get_month (date), g_date_get_day (date));
  ls_db_bind_text (stmt, index, buf);
}

void
_ls_bind_id (LsStmt *stmt,
             int     index,
             gint64  id)
{
  if (id == 0)
    ls_db_bind_null (stmt, index);
  else
    ls_db_bind_int64 (stmt, index, id);
}

void
_ls_bind_uid (LsStmt  *stmt,
              int      index,
              gpointer object)
{
  ls_db_bind_text (stmt, index, ls_record_uid_get (object));
}

const char *
_ls_column_text (LsStmt *stmt,
                 int     index)
{
  return ls_db_column_text (stmt, index);
}

GDate *
_ls_column_date (LsStmt *stmt,
                 int     index)
{
  return ls_date_from_iso (_ls_column_text (stmt, index));
}

gint64
_ls_store_person_of (LsStore    *self,
                     const char *sql,
                     gint64      id,
                     GError    **error)
{
  LsStmt *stmt = _ls_store_statement (self, sql, error);
  gint64 person_id = 0;
  LsDbStep step;

  if (stmt == NULL)
    return -1;
  ls_db_bind_int64 (stmt, 1, id);
  step = ls_db_step (stmt, error);
  if (step == LS_DB_ROW)
    person_id = ls_db_column_int64 (stmt, 0);
  ls_db_reset (stmt);
  if (step == LS_DB_DONE)
    _ls_store_set_not_found (self, error);
  return step == LS_DB_ROW ? person_id : -1;
}

gboolean
_ls_store_delete_audited (LsStore    *self,
                          const char *person_sql,
                          const char *delete_sql,
                          const char *object,
                          gint64      id,
                          GError    **error)
{
  LsStmt *stmt;
  gint64 person_id;

  if (!_ls_store_begin (self, error))
    return FALSE;
  person_id = _ls_store_person_of (self, person_sql, id, error);
  if (person_id < 0)
    goto fail;
  stmt = _ls_store_statement (self, delete_sql, error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, id);
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
  LsStmt *stmt = _ls_store_statement (self, sql, error);
  LsDbStep step;

  if (stmt == NULL)
    return FALSE;
  step = ls_db_step (stmt, error);
  if (step == LS_DB_ROW)
    *id = ls_db_column_int64 (stmt, 0);
  else if (step == LS_DB_DONE)
    _ls_store_set_not_found (self, error);
  ls_db_reset (stmt);
  return step == LS_DB_ROW;
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
  if (!self->db->engine->batch_begin (self->db, error))
    {
      _ls_store_rollback (self);
      return FALSE;
    }
  self->batch = TRUE;
  return TRUE;
}

/* After the last batch of a series: what the engine tidies after a bulk
 * write, a bounded step in each transaction with a pause between, so a
 * save waits for one step at most. It changes nothing anyone sees; if a
 * step fails, what was committed stays and the engine's own upkeep does
 * the rest later, so the batch still succeeded. */
static void
tidy_after_series (LsStore *self)
{
  for (guint step = 0; self->db->tidy_wanted; step++)
    {
      g_autoptr(GError) error = NULL;

      if (step > 0)
        g_usleep (LS_STORE_WRITERS_PAUSE_USEC);
      if (!_ls_store_begin (self, &error)
          || !self->db->engine->tidy_step (self->db, &error)
          || !_ls_store_commit (self, &error))
        {
          _ls_store_rollback (self);   /* clears tidy_wanted */
          g_debug ("Tidying the database after a bulk write stopped: %s", error->message);
        }
    }
}

gboolean
ls_store_end_batch (LsStore *self,
                    GError **error)
{
  g_return_val_if_fail (LS_IS_STORE (self), FALSE);

  if (self->transaction_depth == 1 && self->batch)
    {
      self->batch = FALSE;
      if (!self->db->engine->batch_end (self->db, TRUE, error))
        {
          _ls_store_rollback (self);
          return FALSE;
        }
    }
  if (!_ls_store_commit (self, error))
    return FALSE;
  if (self->transaction_depth == 0)   /* not inside a caller's transaction */
    tidy_after_series (self);
  return TRUE;
}

void
ls_store_cancel_batch (LsStore *self)
{
  g_return_if_fail (LS_IS_STORE (self));
  _ls_store_rollback (self);
}

void
ls_store_set_series (LsStore  *self,
                     gboolean  series)
{
  g_return_if_fail (LS_IS_STORE (self));
  self->db->bulk = series;
}
