/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What an issued decision sent: each document's PDF, stored once when the
 * decision is issued (or first printed, for decisions issued before the
 * store kept them) and never changed, so every later print is the same. */
#define G_LOG_DOMAIN "ls-store"

#include "ls-store-decisions.h"
#include "ls-store-private.h"

gboolean
ls_store_save_issued_document (LsStore    *self,
                               gint64      decision_id,
                               const char *kind,
                               gint64      plan_id,
                               GBytes     *pdf,
                               GError    **error)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *created = g_date_time_format_iso8601 (now);
  LsStmt *stmt;
  gsize size = 0;
  gconstpointer data;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (kind != NULL, FALSE);
  g_return_val_if_fail (pdf != NULL, FALSE);

  data = g_bytes_get_data (pdf, &size);
  if (!_ls_store_begin (self, error))
    return FALSE;
  stmt = _ls_store_statement (self, "INSERT INTO issued_documents (decision_id, kind, plan_id, pdf, created)"
                              " VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, decision_id);
  ls_db_bind_text (stmt, 2, kind);
  _ls_bind_id (stmt, 3, plan_id);
  ls_db_bind_blob (stmt, 4, size > 0 ? data : "", size);
  ls_db_bind_text (stmt, 5, created);
  if (!_ls_store_step_done (self, stmt, error))
    goto fail;
  return _ls_store_commit (self, error);

fail:
  _ls_store_rollback (self);
  return FALSE;
}

GBytes *
ls_store_load_issued_document (LsStore    *self,
                               gint64      decision_id,
                               const char *kind,
                               gint64     *plan_id,
                               GError    **error)
{
  LsStmt *stmt;
  GBytes *pdf = NULL;
  LsDbStep rc;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  g_return_val_if_fail (kind != NULL, NULL);

  stmt = _ls_store_statement (self, "SELECT pdf, plan_id FROM issued_documents"
                              " WHERE decision_id = ?1 AND kind = ?2", error);
  if (stmt == NULL)
    return NULL;
  ls_db_bind_int64 (stmt, 1, decision_id);
  ls_db_bind_text (stmt, 2, kind);
  rc = ls_db_step (stmt, error);
  if (rc == LS_DB_ROW)
    {
      gsize size = 0;
      const void *data = ls_db_column_blob (stmt, 0, &size);

      pdf = g_bytes_new (data, size);
      if (plan_id != NULL)
        *plan_id = ls_db_column_int64 (stmt, 1);
    }
  ls_db_reset (stmt);
  return pdf;
}
