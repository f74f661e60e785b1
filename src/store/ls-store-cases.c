/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Cases: the application that starts the process and where it stands. */
#define G_LOG_DOMAIN "ls-store"

#include "ls-store-cases.h"
#include "ls-row-version.h"
#include "ls-store-private.h"

#define CASE_COLUMNS "id, person_id, case_number, received, applied_for, applied_by, channel, status, version"

gboolean
ls_store_save_case (LsStore *self,
                    LsCase  *kase,
                    GError **error)
{
  gint64 new_id = 0;
  gint64 id;
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LS_IS_CASE (kase), FALSE);
  g_return_val_if_fail (ls_case_get_person_id (kase) > 0, FALSE);

  id = ls_case_get_id (kase);
  if (!_ls_store_begin (self, error))
    return FALSE;
  if (id == 0)
    stmt = _ls_store_statement (self, "INSERT INTO cases (person_id, case_number, received, applied_for,"
                                " applied_by, channel, status, uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id", error);
  else
    stmt = _ls_store_statement (self, "UPDATE cases SET person_id = ?1, case_number = ?2, received = ?3,"
                                " applied_for = ?4, applied_by = ?5, channel = ?6, status = ?7, version = version + 1"
                                " WHERE id = ?8 AND version = ?9 RETURNING version",
                                error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, ls_case_get_person_id (kase));
  _ls_bind_text (stmt, 2, ls_case_get_case_number (kase));
  _ls_bind_date (stmt, 3, ls_case_get_received (kase));
  _ls_bind_text (stmt, 4, ls_case_get_applied_for (kase));
  _ls_bind_text (stmt, 5, ls_case_get_applied_by (kase));
  _ls_bind_text (stmt, 6, ls_case_get_channel (kase));
  ls_db_bind_text (stmt, 7, ls_case_status_to_string (ls_case_get_status (kase)));
  if (id != 0)
    {
      ls_db_bind_int64 (stmt, 8, id);
      ls_db_bind_int64 (stmt, 9, ls_row_version_get (kase));
    }
  else
    _ls_bind_uid (stmt, 8, kase);
  new_id = id;
  if (!_ls_store_step_save (self, stmt, kase, &new_id, "SELECT 1 FROM cases WHERE id = ?1", "case", error))
    goto fail;
  ls_case_set_id (kase, new_id);
  if (!ls_store_audit (self, ls_case_get_person_id (kase), "case", ls_case_get_id (kase),
                       id == 0 ? LS_AUDIT_CREATE : LS_AUDIT_CHANGE, error))
    goto fail;
  if (_ls_store_commit (self, error))
    return TRUE;
  ls_case_set_id (kase, id);
  return FALSE;

fail:
  _ls_store_rollback (self);
  ls_case_set_id (kase, id);
  return FALSE;
}

static gpointer
case_from_row (LsStmt *stmt)
{
  LsCase *kase = ls_case_new ();
  g_autoptr(GDate) received = _ls_column_date (stmt, 3);
  LsCaseStatus status = LS_CASE_RECEIVED;

  ls_case_set_id (kase, ls_db_column_int64 (stmt, 0));
  ls_case_set_person_id (kase, ls_db_column_int64 (stmt, 1));
  ls_case_set_case_number (kase, _ls_column_text (stmt, 2));
  ls_case_set_received (kase, received);
  ls_case_set_applied_for (kase, _ls_column_text (stmt, 4));
  ls_case_set_applied_by (kase, _ls_column_text (stmt, 5));
  ls_case_set_channel (kase, _ls_column_text (stmt, 6));
  ls_case_status_from_string (_ls_column_text (stmt, 7), &status);
  ls_case_set_status (kase, status);
  ls_row_version_set (kase, ls_db_column_int64 (stmt, 8));
  return kase;
}

LsCase *
ls_store_load_case (LsStore *self,
                    gint64   id,
                    GError **error)
{
  LsStmt *stmt;
  g_autoptr(LsCase) kase = NULL;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  if (!_ls_store_begin (self, error))
    return NULL;
  stmt = _ls_store_statement (self, "SELECT " CASE_COLUMNS " FROM cases WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, id);
  kase = _ls_store_fetch_row (self, stmt, case_from_row, error);
  if (kase == NULL
      || !ls_store_audit (self, ls_case_get_person_id (kase), "case", id, LS_AUDIT_READ, error))
    goto fail;
  if (!_ls_store_commit (self, error))
    return NULL;
  return g_steal_pointer (&kase);

fail:
  _ls_store_rollback (self);
  return NULL;
}

GPtrArray *
ls_store_list_cases (LsStore *self,
                     gint64   person_id,
                     GError **error)
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  if (!_ls_store_begin (self, error))
    return NULL;
  stmt = _ls_store_statement (self, "SELECT " CASE_COLUMNS " FROM cases WHERE person_id = ?1"
                              " ORDER BY received, id", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, person_id);
  if (!_ls_store_collect_rows (self, stmt, case_from_row, cases, error))
    goto fail;
  if (!ls_store_audit (self, person_id, "case", 0, LS_AUDIT_READ, error)
      || !_ls_store_commit (self, error))
    goto fail;
  return g_steal_pointer (&cases);

fail:
  _ls_store_rollback (self);
  return NULL;
}
