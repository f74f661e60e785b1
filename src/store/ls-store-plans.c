/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Service plans (individual plans) with their participants. */
#define G_LOG_DOMAIN "ls-store"

#include "ls-row-version.h"
#include "ls-store-decisions.h"
#include "ls-store-private.h"

#define PLAN_COLUMNS \
  "id, person_id, decision_id, goals, coordinator, implementation, period_start, period_end," \
  " revision_date, consent_plan, consent_share, cooperation, version"

static gboolean
write_participants (LsStore       *self,
                    LsServicePlan *plan,
                    GError       **error)
{
  return _ls_store_write_participants (self, "DELETE FROM service_plan_participants WHERE plan_id = ?1",
                                       "INSERT INTO service_plan_participants (plan_id, position, name,"
                                       " role, contribution) VALUES (?1, ?2, ?3, ?4, ?5)",
                                       ls_service_plan_get_id (plan),
                                       ls_service_plan_get_participants (plan), error);
}

static gboolean
write_plan (LsStore       *self,
            LsServicePlan *plan,
            GError       **error)
{
  gint64 id = ls_service_plan_get_id (plan);
  LsStmt *stmt;

  if (id == 0)
    stmt = _ls_store_statement (self, "INSERT INTO service_plans (person_id, decision_id, goals, coordinator,"
                                " implementation, period_start, period_end, revision_date, consent_plan,"
                                " consent_share, cooperation, uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)"
                                " RETURNING id",
                                error);
  else
    stmt = _ls_store_statement (self, "UPDATE service_plans SET person_id = ?1, decision_id = ?2, goals = ?3,"
                                " coordinator = ?4, implementation = ?5, period_start = ?6, period_end = ?7,"
                                " revision_date = ?8, consent_plan = ?9, consent_share = ?10, cooperation = ?11,"
                                " version = version + 1 WHERE id = ?12 AND version = ?13 RETURNING version", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, ls_service_plan_get_person_id (plan));
  _ls_bind_id (stmt, 2, ls_service_plan_get_decision_id (plan));
  _ls_bind_text (stmt, 3, ls_service_plan_get_goals (plan));
  _ls_bind_text (stmt, 4, ls_service_plan_get_coordinator (plan));
  _ls_bind_text (stmt, 5, ls_service_plan_get_implementation (plan));
  _ls_bind_date (stmt, 6, ls_service_plan_get_period_start (plan));
  _ls_bind_date (stmt, 7, ls_service_plan_get_period_end (plan));
  _ls_bind_date (stmt, 8, ls_service_plan_get_revision_date (plan));
  ls_db_bind_int64 (stmt, 9, ls_service_plan_get_consent_plan (plan));
  ls_db_bind_int64 (stmt, 10, ls_service_plan_get_consent_share (plan));
  _ls_bind_text (stmt, 11, ls_service_plan_get_cooperation (plan));
  if (id != 0)
    {
      ls_db_bind_int64 (stmt, 12, id);
      ls_db_bind_int64 (stmt, 13, ls_row_version_get (plan));
    }
  else
    _ls_bind_uid (stmt, 12, plan);
  if (!_ls_store_step_save (self, stmt, plan, &id, "SELECT 1 FROM service_plans WHERE id = ?1", "service-plan",
                            error))
    return FALSE;
  ls_service_plan_set_id (plan, id);
  return write_participants (self, plan, error);
}

gboolean
ls_store_save_service_plan (LsStore       *self,
                            LsServicePlan *plan,
                            GError       **error)
{
  gint64 old_id;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LS_IS_SERVICE_PLAN (plan), FALSE);
  g_return_val_if_fail (ls_service_plan_get_person_id (plan) > 0, FALSE);

  old_id = ls_service_plan_get_id (plan);
  if (!_ls_store_begin (self, error))
    return FALSE;
  if (write_plan (self, plan, error)
      && ls_store_audit (self, ls_service_plan_get_person_id (plan), "service-plan", ls_service_plan_get_id (plan),
                         old_id == 0 ? LS_AUDIT_CREATE : LS_AUDIT_CHANGE, error)
      && _ls_store_commit (self, error))
    return TRUE;
  _ls_store_rollback (self);
  ls_service_plan_set_id (plan, old_id);
  return FALSE;
}

static gpointer
plan_from_row (LsStmt *stmt)
{
  LsServicePlan *plan = ls_service_plan_new ();
  g_autoptr(GDate) start = _ls_column_date (stmt, 6);
  g_autoptr(GDate) end = _ls_column_date (stmt, 7);
  g_autoptr(GDate) revision = _ls_column_date (stmt, 8);

  ls_service_plan_set_id (plan, ls_db_column_int64 (stmt, 0));
  ls_service_plan_set_person_id (plan, ls_db_column_int64 (stmt, 1));
  ls_service_plan_set_decision_id (plan, ls_db_column_int64 (stmt, 2));
  ls_service_plan_set_goals (plan, _ls_column_text (stmt, 3));
  ls_service_plan_set_coordinator (plan, _ls_column_text (stmt, 4));
  ls_service_plan_set_implementation (plan, _ls_column_text (stmt, 5));
  ls_service_plan_set_period_start (plan, start);
  ls_service_plan_set_period_end (plan, end);
  ls_service_plan_set_revision_date (plan, revision);
  ls_service_plan_set_consent_plan (plan, ls_db_column_int (stmt, 9));
  ls_service_plan_set_consent_share (plan, ls_db_column_int (stmt, 10));
  ls_service_plan_set_cooperation (plan, _ls_column_text (stmt, 11));
  ls_row_version_set (plan, ls_db_column_int64 (stmt, 12));
  return plan;
}

static gboolean
read_participants (LsStore       *self,
                   LsServicePlan *plan,
                   GError       **error)
{
  LsStmt *stmt = _ls_store_statement (self, "SELECT name, role, contribution FROM service_plan_participants"
                                            " WHERE plan_id = ?1 ORDER BY position", error);
  LsDbStep rc;

  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, ls_service_plan_get_id (plan));
  while ((rc = ls_db_step (stmt, error)) == LS_DB_ROW)
    ls_service_plan_add_participant (plan, _ls_column_text (stmt, 0), _ls_column_text (stmt, 1),
                                     _ls_column_text (stmt, 2));
  ls_db_reset (stmt);
  return rc == LS_DB_DONE;
}

LsServicePlan *
ls_store_load_service_plan (LsStore *self,
                            gint64   id,
                            GError **error)
{
  g_autoptr(LsServicePlan) plan = NULL;
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  if (!_ls_store_begin (self, error))
    return NULL;
  stmt = _ls_store_statement (self, "SELECT " PLAN_COLUMNS " FROM service_plans WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, id);
  plan = _ls_store_fetch_row (self, stmt, plan_from_row, error);
  if (plan == NULL
      || !read_participants (self, plan, error)
      || !ls_store_audit (self, ls_service_plan_get_person_id (plan), "service-plan", id, LS_AUDIT_READ, error))
    goto fail;
  if (!_ls_store_commit (self, error))
    return NULL;
  return g_steal_pointer (&plan);

fail:
  _ls_store_rollback (self);
  return NULL;
}

GPtrArray *
ls_store_list_service_plans (LsStore *self,
                             gint64   person_id,
                             GError **error)
{
  g_autoptr(GPtrArray) plans = g_ptr_array_new_with_free_func (g_object_unref);
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  if (!_ls_store_begin (self, error))
    return NULL;
  stmt = _ls_store_statement (self, "SELECT " PLAN_COLUMNS " FROM service_plans WHERE person_id = ?1"
                              " ORDER BY period_start, id", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, person_id);
  if (!_ls_store_collect_rows (self, stmt, plan_from_row, plans, error))
    goto fail;
  for (guint i = 0; i < plans->len; i++)
    if (!read_participants (self, g_ptr_array_index (plans, i), error))
      goto fail;
  if (!ls_store_audit (self, person_id, "service-plan", 0, LS_AUDIT_READ, error)
      || !_ls_store_commit (self, error))
    goto fail;
  return g_steal_pointer (&plans);

fail:
  _ls_store_rollback (self);
  return NULL;
}
