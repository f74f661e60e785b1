/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-store"

#include <string.h>

#include "ls-store-exchange.h"
#include "ls-store-private.h"

void
ls_export_event_free (LsExportEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->time);
  g_free (event->user);
  g_free (event);
}

gboolean
ls_store_exchange_begin (LsStore *self,
                         GError **error)
{
  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  return _ls_store_begin (self, error);
}

gboolean
ls_store_exchange_commit (LsStore *self,
                          GError **error)
{
  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  return _ls_store_commit (self, error);
}

void
ls_store_exchange_rollback (LsStore *self)
{
  g_return_if_fail (LS_IS_STORE (self));
  /* Already undone when an inner save failed. */
  if (self->transaction_depth > 0)
    _ls_store_rollback (self);
}

gboolean
ls_store_exchange_begin_read (LsStore *self,
                              GError **error)
{
  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (self->transaction_depth == 0, FALSE);

  if (!_ls_store_exec (self, self->db->engine->begin_read, error))
    return FALSE;
  self->transaction_depth = 1;
  return TRUE;
}

static gboolean
query_one (LsStore    *self,
           const char *sql,
           const char *text_arg,
           gint64     *int_out,
           char      **text_out,
           GError    **error)
{
  LsStmt *stmt = _ls_store_statement (self, sql, error);
  LsDbStep rc;

  if (stmt == NULL)
    return FALSE;
  if (text_arg != NULL)
    ls_db_bind_text (stmt, 1, text_arg);
  rc = ls_db_step (stmt, error);
  if (rc == LS_DB_ROW && int_out != NULL)
    *int_out = ls_db_column_int64 (stmt, 0);
  if (rc == LS_DB_ROW && text_out != NULL)
    *text_out = g_strdup (_ls_column_text (stmt, 0));
  ls_db_reset (stmt);
  if (rc != LS_DB_ROW && rc != LS_DB_DONE)
    {
      return FALSE;
    }
  return TRUE;
}

gboolean
ls_store_exchange_restore_decision (LsStore          *self,
                                    gint64            decision_id,
                                    gint64            previous_id,
                                    LsDecisionStatus  status,
                                    GError          **error)
{
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);

  /* The chain first, while the decision is still a draft (a trigger
   * refuses changing it afterwards). */
  stmt = _ls_store_statement (self, "UPDATE decisions SET previous_id = ?2 WHERE id = ?1 AND status = 'draft'",
                              error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, decision_id);
  _ls_bind_id (stmt, 2, previous_id);
  if (!_ls_store_step_done (self, stmt, error))
    return FALSE;
  stmt = _ls_store_statement (self, "UPDATE decisions SET status = ?2 WHERE id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, decision_id);
  ls_db_bind_text (stmt, 2, ls_decision_status_to_string (status));
  return _ls_store_step_done (self, stmt, error);
}

GPtrArray *
ls_store_exchange_list_export_events (LsStore *self,
                                      gint64   person_id,
                                      GError **error)
{
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_export_event_free);
  LsStmt *stmt;
  LsDbStep rc;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  stmt = _ls_store_statement (self, "SELECT substr (at, 1, 19) || 'Z', os_user FROM audit"
                              " WHERE person_id = ?1 AND action = 'export' ORDER BY at, id", error);
  if (stmt == NULL)
    return NULL;
  ls_db_bind_int64 (stmt, 1, person_id);
  while ((rc = ls_db_step (stmt, error)) == LS_DB_ROW)
    {
      LsExportEvent *event = g_new0 (LsExportEvent, 1);

      event->time = g_strdup (_ls_column_text (stmt, 0));
      event->user = g_strdup (_ls_column_text (stmt, 1));
      g_ptr_array_add (events, event);
    }
  ls_db_reset (stmt);
  if (rc != LS_DB_DONE)
    {
      return NULL;
    }
  return g_steal_pointer (&events);
}

gboolean
ls_store_exchange_add_export_event (LsStore    *self,
                                    gint64      person_id,
                                    const char *time,
                                    const char *user,
                                    GError    **error)
{
  g_autofree char *at = NULL;
  gboolean known = FALSE;
  LsStmt *stmt;
  LsDbStep step;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (time != NULL && strlen (time) == 20, FALSE);

  /* The store writes milliseconds: YYYY-MM-DDThh:mm:ss.sssZ. */
  at = g_strdup_printf ("%.19s.000Z", time);
  /* Once: merging the same file again adds nothing (rows of this
   * transaction too, so they are written first). */
  if (!_ls_store_audit_flush (self, error))
    return FALSE;
  stmt = _ls_store_statement (self, "SELECT count(*) FROM audit WHERE person_id = ?3 AND action = 'export'"
                              " AND substr (at, 1, 19) = substr (?1, 1, 19) AND os_user = ?2", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_text (stmt, 1, at);
  ls_db_bind_text (stmt, 2, user != NULL ? user : "");
  ls_db_bind_int64 (stmt, 3, person_id);
  step = ls_db_step (stmt, error);
  if (step == LS_DB_ROW)
    known = ls_db_column_int64 (stmt, 0) > 0;
  ls_db_reset (stmt);
  if (step != LS_DB_ROW)
    return FALSE;
  return known || _ls_store_audit_row (self, at, user != NULL ? user : "", NULL, person_id, "person", person_id,
                                       "export", error);
}

GArray *
ls_store_exchange_list_person_ids (LsStore *self,
                                   GError **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  LsStmt *stmt;
  LsDbStep rc;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  stmt = _ls_store_statement (self, "SELECT id FROM persons ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = ls_db_step (stmt, error)) == LS_DB_ROW)
    {
      gint64 id = ls_db_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  ls_db_reset (stmt);
  if (rc != LS_DB_DONE)
    {
      return NULL;
    }
  return g_steal_pointer (&ids);
}

gboolean
ls_store_exchange_begin_id_index (LsStore *self,
                                  GError **error)
{
  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  /* Temporary tables: this connection's own, gone when it closes. */
  return _ls_store_exec (self, "DROP TABLE IF EXISTS ls_import_ids;"
                         "CREATE TEMP TABLE ls_import_ids (national_id TEXT PRIMARY KEY, person_id BIGINT);"
                         "DROP TABLE IF EXISTS ls_import_seen;"
                         "CREATE TEMP TABLE ls_import_seen (fingerprint BIGINT PRIMARY KEY, key TEXT NOT NULL, line BIGINT);"
                         "DROP TABLE IF EXISTS ls_import_seen_more;"
                         "CREATE TEMP TABLE ls_import_seen_more (key TEXT PRIMARY KEY, line BIGINT);"
                         "INSERT INTO ls_import_ids SELECT national_id, min (id) FROM persons"
                         " WHERE national_id IS NOT NULL AND national_id <> '' GROUP BY national_id;", error);
}

gint64
ls_store_exchange_lookup_id (LsStore    *self,
                             const char *national_id,
                             GError    **error)
{
  LsStmt *stmt;
  gint64 id = 0;
  LsDbStep rc;

  g_return_val_if_fail (LS_IS_STORE (self), -1);

  stmt = _ls_store_statement (self, "SELECT person_id FROM ls_import_ids WHERE national_id = ?1", error);
  if (stmt == NULL)
    return -1;
  ls_db_bind_text (stmt, 1, national_id);
  rc = ls_db_step (stmt, error);
  if (rc == LS_DB_ROW)
    id = ls_db_column_int64 (stmt, 0);
  ls_db_reset (stmt);
  if (rc != LS_DB_ROW && rc != LS_DB_DONE)
    {
      return -1;
    }
  return id;
}

gboolean
ls_store_exchange_note_id (LsStore    *self,
                           const char *national_id,
                           gint64      person_id,
                           GError    **error)
{
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);

  stmt = _ls_store_statement (self, "INSERT INTO ls_import_ids VALUES (?1, ?2) ON CONFLICT DO NOTHING", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_text (stmt, 1, national_id);
  ls_db_bind_int64 (stmt, 2, person_id);
  return _ls_store_step_done (self, stmt, error);
}

void
ls_store_exchange_end_id_index (LsStore *self)
{
  g_return_if_fail (LS_IS_STORE (self));
  _ls_store_exec (self, "DROP TABLE IF EXISTS ls_import_ids; DROP TABLE IF EXISTS ls_import_seen;"
                  " DROP TABLE IF EXISTS ls_import_seen_more", NULL);
}

/* Per kind of record, the statements on its table; @person is how to
 * find the person a row (aliased r) belongs to. Written out once, not
 * made for each call: an import looks up a uid for every record (275 000
 * entries in a 10 000-person demo), and the statement cache keeps a
 * statement by its SQL's address. */
#define UID_KIND(table, person) \
  { "SELECT uid FROM " table " WHERE id = ?1", \
    "SELECT r.id, " person " FROM " table " AS r WHERE r.uid = ?1", \
    "SELECT coalesce (max (id), 0) FROM " table }
static const struct
{
  const char *get_uid;    /* ?1 the id */
  const char *find_uid;   /* ?1 the uid: the id and the person's */
  const char *last_id;
} uid_kinds[LS_UID_N_KINDS] = {
  [LS_UID_PERSON] = UID_KIND ("persons", "r.id"),
  [LS_UID_CASE] = UID_KIND ("cases", "r.person_id"),
  [LS_UID_SKETCH] = UID_KIND ("sketches", "r.person_id"),
  [LS_UID_ENTRY] = UID_KIND ("sketch_entries", "(SELECT person_id FROM sketches WHERE id = r.sketch_id)"),
  [LS_UID_DECISION] = UID_KIND ("decisions", "r.person_id"),
  [LS_UID_GOAL] = UID_KIND ("goals", "(SELECT person_id FROM decisions WHERE id = r.decision_id)"),
  [LS_UID_MEASURE] = UID_KIND ("measures", "(SELECT person_id FROM decisions WHERE id = r.decision_id)"),
  [LS_UID_EVALUATION] = UID_KIND ("evaluations", "(SELECT person_id FROM decisions WHERE id = r.decision_id)"),
  [LS_UID_PLAN] = UID_KIND ("service_plans", "r.person_id"),
};
#undef UID_KIND

char *
ls_store_exchange_get_uid (LsStore  *self,
                           LsUidKind kind,
                           gint64    id,
                           GError  **error)
{
  LsStmt *stmt;
  char *uid = NULL;
  LsDbStep rc;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  g_return_val_if_fail ((guint) kind < LS_UID_N_KINDS, NULL);

  if ((stmt = _ls_store_statement (self, uid_kinds[kind].get_uid, error)) == NULL)
    return NULL;
  ls_db_bind_int64 (stmt, 1, id);
  rc = ls_db_step (stmt, error);
  if (rc == LS_DB_ROW)
    uid = g_strdup (_ls_column_text (stmt, 0));
  ls_db_reset (stmt);
  return uid;
}

gint64
ls_store_exchange_find_uid (LsStore    *self,
                            LsUidKind   kind,
                            const char *uid,
                            gint64     *person_id,
                            GError    **error)
{
  LsStmt *stmt;
  gint64 id = 0;
  LsDbStep rc;

  g_return_val_if_fail (LS_IS_STORE (self), -1);
  g_return_val_if_fail ((guint) kind < LS_UID_N_KINDS, -1);

  if (person_id != NULL)
    *person_id = 0;
  if (uid == NULL)
    return 0;
  if ((stmt = _ls_store_statement (self, uid_kinds[kind].find_uid, error)) == NULL)
    return -1;
  ls_db_bind_text (stmt, 1, uid);
  rc = ls_db_step (stmt, error);
  if (rc == LS_DB_ROW)
    {
      id = ls_db_column_int64 (stmt, 0);
      if (person_id != NULL)
        *person_id = ls_db_column_int64 (stmt, 1);
    }
  ls_db_reset (stmt);
  if (rc != LS_DB_ROW && rc != LS_DB_DONE)
    {
      return -1;
    }
  return id;
}

gint64
ls_store_exchange_last_id (LsStore  *self,
                           LsUidKind kind,
                           GError  **error)
{
  LsStmt *stmt;
  gint64 id = 0;

  g_return_val_if_fail (LS_IS_STORE (self), -1);
  g_return_val_if_fail ((guint) kind < LS_UID_N_KINDS, -1);

  if ((stmt = _ls_store_statement (self, uid_kinds[kind].last_id, error)) == NULL)
    return -1;
  return _ls_store_step_id (self, stmt, &id, error) ? id : -1;
}

/* 64-bit FNV-1a: the seen keys' table is keyed by it (an integer key is
 * found and kept much faster than a text one); the key beside it tells a
 * repeat from another key with the same fingerprint. */
static gint64
fingerprint (const char *key)
{
  guint64 h = G_GUINT64_CONSTANT (14695981039346656037);

  for (const guchar *p = (const guchar *) key; *p != '\0'; p++)
    h = (h ^ *p) * G_GUINT64_CONSTANT (1099511628211);
  return (gint64) h;
}

/* Notes @key at @line in @sql's table (INSERT … RETURNING line, ?1 key,
 * ?2 line, ?3 fingerprint); FALSE on error, *@inserted when it is new. */
static gboolean
insert_seen (LsStore    *self,
             const char *sql,
             const char *key,
             gint64      fp,
             guint       line,
             gboolean   *inserted,
             GError    **error)
{
  LsStmt *stmt = _ls_store_statement (self, sql, error);
  LsDbStep step;

  if (stmt == NULL)
    return FALSE;
  ls_db_bind_text (stmt, 1, key);
  ls_db_bind_int64 (stmt, 2, line);
  if (fp != 0)
    ls_db_bind_int64 (stmt, 3, fp);
  step = ls_db_step (stmt, error);
  if (step == LS_DB_ROW && ls_db_step (stmt, error) == LS_DB_ERROR)
    step = LS_DB_ERROR;
  ls_db_reset (stmt);
  *inserted = step == LS_DB_ROW;
  return step != LS_DB_ERROR;
}

gboolean
ls_store_exchange_note_seen (LsStore    *self,
                             const char *key,
                             guint       line,
                             guint      *earlier_line,
                             GError    **error)
{
  gint64 fp, earlier = 0;
  g_autofree char *holder = NULL;
  gboolean inserted = FALSE;
  LsStmt *stmt;
  LsDbStep step;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (earlier_line != NULL, FALSE);

  *earlier_line = 0;
  fp = fingerprint (key);
  fp = fp != 0 ? fp : 1;
  if (!insert_seen (self, "INSERT INTO ls_import_seen (key, line, fingerprint) VALUES (?1, ?2, ?3)"
                    " ON CONFLICT (fingerprint) DO NOTHING RETURNING line", key, fp, line, &inserted, error))
    return FALSE;
  if (inserted)
    return TRUE;   /* not seen before */
  stmt = _ls_store_statement (self, "SELECT key, line FROM ls_import_seen WHERE fingerprint = ?1", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, fp);
  step = ls_db_step (stmt, error);
  if (step == LS_DB_ROW)
    {
      holder = g_strdup (_ls_column_text (stmt, 0));
      earlier = ls_db_column_int64 (stmt, 1);
    }
  ls_db_reset (stmt);
  if (step != LS_DB_ROW)
    return step != LS_DB_ERROR;   /* gone: cannot happen within the import */
  if (g_strcmp0 (holder, key) != 0)
    {
      /* Another key has this fingerprint: this one is kept by its text. */
      if (!insert_seen (self, "INSERT INTO ls_import_seen_more (key, line) VALUES (?1, ?2)"
                        " ON CONFLICT (key) DO NOTHING RETURNING line", key, 0, line, &inserted, error))
        return FALSE;
      if (inserted)
        return TRUE;
      if (!query_one (self, "SELECT line FROM ls_import_seen_more WHERE key = ?1", key, &earlier, NULL, error))
        return FALSE;
    }
  /* Line 0 would read as "not seen". */
  *earlier_line = (guint) MAX (earlier, 1);
  return TRUE;
}
