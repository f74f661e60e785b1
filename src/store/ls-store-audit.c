/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The audit log: who did what with whose data, and when — never the data.
 * Rows name the person only by id and outlive the person (deletion leaves
 * a trace).
 *
 * The log is a hash chain, so that a row deleted or altered behind the
 * program's back (the sqlite3 shell, psql) is found by `check`: each row's
 * hash is SHA-256 over the hash of the row before it (in id order) and the
 * row's own fields, and audit_chain holds the last row's id and hash (the
 * head). Rows are written at the outermost commit of the transaction that
 * made them (_ls_store_audit_flush), under a lock on the head: SQLite's
 * write transaction serialises writers anyway, and on PostgreSQL the
 * UPDATE of the head's one row locks it until the commit, so that two
 * connections never chain onto the same row; taking it last keeps that
 * lock short and never held while waiting for another. The chain begins
 * with the migration that introduced it: rows written before were
 * chained as they were found then. */
#define G_LOG_DOMAIN "ls-store"

#include <string.h>

#include <glib/gi18n.h>

#include "ls-store-exchange.h"
#include "ls-store-private.h"

static const char * const action_keys[] = {
  [LS_AUDIT_READ] = "read",
  [LS_AUDIT_CREATE] = "create",
  [LS_AUDIT_CHANGE] = "change",
  [LS_AUDIT_ISSUE] = "issue",
  [LS_AUDIT_EXPORT] = "export",
  [LS_AUDIT_DELETE] = "delete",
};

/* One row's fields as they are stored (ids 0: NULL). */
typedef struct
{
  char   *at;
  char   *os_user;
  char   *display_name;
  gint64  person_id;
  char   *object_type;
  gint64  object_id;
  char   *action;
} AuditRow;

static void
clear_row (AuditRow *row)
{
  g_free (row->at);
  g_free (row->os_user);
  g_free (row->display_name);
  g_free (row->object_type);
  g_free (row->action);
  memset (row, 0, sizeof *row);
}

static void
audit_row_free (AuditRow *row)
{
  clear_row (row);
  g_free (row);
}

const char *
ls_audit_action_to_string (LsAuditAction action)
{
  g_return_val_if_fail ((guint) action < G_N_ELEMENTS (action_keys), NULL);
  return action_keys[action];
}

/* A field as "LENGTH:BYTES", NULL as "-": no two rows encode alike. */
static void
hash_text (GChecksum  *checksum,
           const char *text)
{
  char length[24];

  if (text == NULL)
    {
      g_checksum_update (checksum, (const guchar *) "-", 1);
      return;
    }
  g_snprintf (length, sizeof length, "%" G_GSIZE_FORMAT ":", strlen (text));
  g_checksum_update (checksum, (const guchar *) length, -1);
  g_checksum_update (checksum, (const guchar *) text, -1);
}

static void
hash_id (GChecksum *checksum,
         gint64     id)
{
  char text[24];

  if (id == 0)
    {
      hash_text (checksum, NULL);
      return;
    }
  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, id);
  hash_text (checksum, text);
}

/* The hash of @row following a row whose hash is @previous ("" for the
 * first row), in lower-case hex. */
static char *
chain_hash (const char     *previous,
            const AuditRow *row)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  hash_text (checksum, "livsskisse-audit-1");
  hash_text (checksum, previous);
  hash_text (checksum, row->at);
  hash_text (checksum, row->os_user);
  hash_text (checksum, row->display_name);
  hash_id (checksum, row->person_id);
  hash_text (checksum, row->object_type);
  hash_id (checksum, row->object_id);
  hash_text (checksum, row->action);
  return g_strdup (g_checksum_get_string (checksum));
}

/* The audit columns of the chain's statements, in AuditRow's order. */
#define AUDIT_COLUMNS "at, os_user, display_name, person_id, object_type, object_id, action"

/* @row from columns @first… of @stmt (AUDIT_COLUMNS). */
static void
read_row (LsStmt   *stmt,
          int       first,
          AuditRow *row)
{
  row->at = g_strdup (_ls_column_text (stmt, first));
  row->os_user = g_strdup (_ls_column_text (stmt, first + 1));
  row->display_name = g_strdup (_ls_column_text (stmt, first + 2));
  row->person_id = ls_db_column_is_null (stmt, first + 3) ? 0 : ls_db_column_int64 (stmt, first + 3);
  row->object_type = g_strdup (_ls_column_text (stmt, first + 4));
  row->object_id = ls_db_column_is_null (stmt, first + 5) ? 0 : ls_db_column_int64 (stmt, first + 5);
  row->action = g_strdup (_ls_column_text (stmt, first + 6));
}

/* Locks the chain's head (until the commit) and reads it; a missing head
 * (deleted behind our back) is begun again, which `check` reports. */
static gboolean
lock_head (LsStore  *self,
           gint64   *last_id,
           char    **hash,
           GError  **error)
{
  for (guint attempt = 0; attempt < 2; attempt++)
    {
      LsStmt *stmt = _ls_store_statement (self, "UPDATE audit_chain SET hash = hash WHERE id = 1"
                                          " RETURNING last_id, hash", error);
      LsDbStep step;

      if (stmt == NULL)
        return FALSE;
      step = ls_db_step (stmt, error);
      if (step == LS_DB_ROW)
        {
          *last_id = ls_db_column_int64 (stmt, 0);
          *hash = g_strdup (_ls_column_text (stmt, 1));
          step = ls_db_step (stmt, error);
        }
      ls_db_reset (stmt);
      if (step == LS_DB_ERROR)
        return FALSE;
      if (*hash != NULL)
        return TRUE;
      if (!_ls_store_exec (self, "INSERT INTO audit_chain (id, last_id, hash) VALUES (1, 0, '')"
                           " ON CONFLICT (id) DO NOTHING", error))
        return FALSE;
    }
  _ls_store_set_not_found (self, error);
  return FALSE;
}

gboolean
_ls_store_audit_flush (LsStore *self,
                       GError **error)
{
  gboolean chained = self->schema_version >= _ls_store_audit_chain_version ();
  g_autofree char *hash = NULL;
  gint64 last_id = 0;
  LsStmt *stmt;

  if (self->pending_audit == NULL || self->pending_audit->len == 0)
    return TRUE;
  g_assert (self->transaction_depth > 0);
  if (chained && !lock_head (self, &last_id, &hash, error))
    return FALSE;
  for (guint i = 0; i < self->pending_audit->len; i++)
    {
      AuditRow *row = g_ptr_array_index (self->pending_audit, i);
      g_autofree char *next = chained ? chain_hash (hash, row) : NULL;

      /* Before the chain's migration (a file opened as it is) without. */
      stmt = _ls_store_statement (self, chained
                                  ? "INSERT INTO audit (" AUDIT_COLUMNS ", hash)"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id"
                                  : "INSERT INTO audit (" AUDIT_COLUMNS ")"
                                    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
                                  error);
      if (stmt == NULL)
        return FALSE;
      ls_db_bind_text (stmt, 1, row->at);
      ls_db_bind_text (stmt, 2, row->os_user);
      _ls_bind_text (stmt, 3, row->display_name);
      _ls_bind_id (stmt, 4, row->person_id);
      ls_db_bind_text (stmt, 5, row->object_type);
      _ls_bind_id (stmt, 6, row->object_id);
      ls_db_bind_text (stmt, 7, row->action);
      if (chained)
        ls_db_bind_text (stmt, 8, next);
      if (!_ls_store_step_id (self, stmt, &last_id, error))
        return FALSE;
      g_free (hash);
      hash = g_steal_pointer (&next);
    }
  g_ptr_array_set_size (self->pending_audit, 0);
  if (!chained)
    return TRUE;
  stmt = _ls_store_statement (self, "UPDATE audit_chain SET last_id = ?1, hash = ?2 WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, last_id);
  ls_db_bind_text (stmt, 2, hash);
  return _ls_store_step_done (self, stmt, error);
}

void
_ls_store_audit_forget (LsStore *self)
{
  if (self->pending_audit != NULL)
    g_ptr_array_set_size (self->pending_audit, 0);
}

gboolean
_ls_store_audit_row (LsStore    *self,
                     const char *at,
                     const char *os_user,
                     const char *display_name,
                     gint64      person_id,
                     const char *object_type,
                     gint64      object_id,
                     const char *action,
                     GError    **error)
{
  AuditRow *row;

  /* Outside a transaction the row is one of its own. */
  if (self->transaction_depth == 0)
    {
      if (!_ls_store_begin (self, error))
        return FALSE;
      if (!_ls_store_audit_row (self, at, os_user, display_name, person_id, object_type, object_id, action,
                                error))
        {
          _ls_store_rollback (self);
          return FALSE;
        }
      return _ls_store_commit (self, error);
    }
  if (self->pending_audit == NULL)
    self->pending_audit = g_ptr_array_new_with_free_func ((GDestroyNotify) audit_row_free);
  row = g_new0 (AuditRow, 1);
  row->at = g_strdup (at);
  row->os_user = g_strdup (os_user);
  row->display_name = g_strdup (display_name);
  row->person_id = person_id;
  row->object_type = g_strdup (object_type);
  row->object_id = object_id;
  row->action = g_strdup (action);
  g_ptr_array_add (self->pending_audit, row);
  return TRUE;
}

gboolean
ls_store_audit (LsStore       *self,
                gint64         person_id,
                const char    *object_type,
                gint64         object_id,
                LsAuditAction  action,
                GError       **error)
{
  g_autofree char *at = _ls_store_timestamp ();

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (object_type != NULL, FALSE);
  g_return_val_if_fail ((guint) action < G_N_ELEMENTS (action_keys), FALSE);

  return _ls_store_audit_row (self, at, self->os_user, self->actor, person_id, object_type, object_id,
                              action_keys[action], error);
}

gboolean
ls_store_audit_person_list (LsStore  *self,
                            GError  **error)
{
  return ls_store_audit (self, 0, "person-list", 0, LS_AUDIT_READ, error);
}

guint
ls_store_count_audit (LsStore       *self,
                      gint64         person_id,
                      LsAuditAction  action,
                      GError       **error)
{
  LsStmt *stmt;
  guint count = 0;
  LsDbStep rc;

  g_return_val_if_fail (LS_IS_STORE (self), 0);

  /* Counting the rows of this transaction too. */
  if (self->transaction_depth > 0 && !_ls_store_audit_flush (self, error))
    return 0;
  stmt = _ls_store_statement (self, "SELECT count(*) FROM audit WHERE person_id = ?1 AND action = ?2", error);
  if (stmt == NULL)
    return 0;
  ls_db_bind_int64 (stmt, 1, person_id);
  ls_db_bind_text (stmt, 2, action_keys[action]);
  rc = ls_db_step (stmt, error);
  if (rc == LS_DB_ROW)
    count = ls_db_column_int (stmt, 0);
  ls_db_reset (stmt);
  return count;
}

gboolean
_ls_store_build_audit_chain (LsStore *self,
                             GError **error)
{
  LsStmt *read, *write;
  g_autofree char *hash = g_strdup ("");
  gint64 last_id = 0;
  LsDbStep step;

  read = _ls_store_statement (self, "SELECT id, " AUDIT_COLUMNS " FROM audit ORDER BY id", error);
  if (read == NULL)
    return FALSE;
  while ((step = ls_db_step (read, error)) == LS_DB_ROW)
    {
      AuditRow row = { 0 };
      char *next;

      last_id = ls_db_column_int64 (read, 0);
      read_row (read, 1, &row);
      next = chain_hash (hash, &row);
      clear_row (&row);
      g_free (hash);
      hash = next;
      write = _ls_store_statement (self, "UPDATE audit SET hash = ?2 WHERE id = ?1", error);
      if (write == NULL)
        break;
      ls_db_bind_int64 (write, 1, last_id);
      ls_db_bind_text (write, 2, hash);
      if (!_ls_store_step_done (self, write, error))
        break;
    }
  ls_db_reset (read);
  if (step != LS_DB_DONE)
    return FALSE;
  write = _ls_store_statement (self, "INSERT INTO audit_chain (id, last_id, hash) VALUES (1, ?1, ?2)", error);
  if (write == NULL)
    return FALSE;
  ls_db_bind_int64 (write, 1, last_id);
  ls_db_bind_text (write, 2, hash);
  return _ls_store_step_done (self, write, error);
}

/* The one sentence `check` gives for a broken chain: @after is the last
 * row that still checks out (0: none). */
static char *
describe_break (gint64 after)
{
  if (after == 0)
    return g_strdup (_("the audit log has been changed: its first row is missing or altered"));
  return g_strdup_printf (_("the audit log has been changed: the row after audit row %lld"
                            " is missing or altered"), (long long) after);
}

/* Walks the chain in id order inside the current reading transaction. */
static gboolean
walk_chain (LsStore  *self,
            char    **problem,
            GError  **error)
{
  LsStmt *stmt;
  g_autofree char *head_hash = NULL;
  g_autofree char *hash = g_strdup ("");
  gint64 head_id = 0, last_id = 0, before_last = 0, broken = -1;
  LsDbStep step;

  stmt = _ls_store_statement (self, "SELECT last_id, hash FROM audit_chain WHERE id = 1", error);
  if (stmt == NULL)
    return FALSE;
  step = ls_db_step (stmt, error);
  if (step == LS_DB_ROW)
    {
      head_id = ls_db_column_int64 (stmt, 0);
      head_hash = g_strdup (_ls_column_text (stmt, 1));
    }
  ls_db_reset (stmt);
  if (step == LS_DB_ERROR)
    return FALSE;

  stmt = _ls_store_statement (self, "SELECT id, hash, " AUDIT_COLUMNS " FROM audit ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  while ((step = ls_db_step (stmt, error)) == LS_DB_ROW)
    {
      AuditRow row = { 0 };
      g_autofree char *expected = NULL;
      const char *stored = _ls_column_text (stmt, 1);
      gint64 id = ls_db_column_int64 (stmt, 0);

      read_row (stmt, 2, &row);
      expected = chain_hash (hash, &row);
      clear_row (&row);
      /* A row past the head was added behind the program's back. */
      if (stored == NULL || g_strcmp0 (stored, expected) != 0 || (head_hash != NULL && id > head_id))
        {
          broken = last_id;
          break;
        }
      before_last = last_id;
      last_id = id;
      g_free (hash);
      hash = g_strdup (stored);
    }
  ls_db_reset (stmt);
  if (step == LS_DB_ERROR)
    return FALSE;

  if (broken < 0 && head_hash == NULL)
    {
      *problem = g_strdup (_("the audit log has been changed: the record of its last row is missing"));
      return TRUE;
    }
  /* Rows missing at the end, or the last one rewritten with a new hash. */
  if (broken < 0 && head_id > last_id)
    broken = last_id;
  else if (broken < 0 && g_strcmp0 (head_hash, hash) != 0)
    broken = before_last;
  if (broken >= 0)
    *problem = describe_break (broken);
  return TRUE;
}

gboolean
_ls_store_check_audit_chain (LsStore  *self,
                             char    **problem,
                             GError  **error)
{
  gboolean ok;

  *problem = NULL;
  if (self->schema_version < _ls_store_audit_chain_version ())
    return TRUE;
  /* Inside a transaction its moment is the one to check (its own queued
   * rows are not on the chain yet). */
  if (self->transaction_depth > 0)
    return walk_chain (self, problem, error);
  /* Head and rows as of one moment, while others may be writing. */
  if (!ls_store_exchange_begin_read (self, error))
    return FALSE;
  ok = walk_chain (self, problem, error);
  ls_store_exchange_rollback (self);
  return ok;
}
