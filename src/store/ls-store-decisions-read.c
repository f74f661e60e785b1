/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading decisions back with their goals and measures. */
#define G_LOG_DOMAIN "ls-store"

#include "ls-row-version.h"
#include "ls-store-decisions.h"
#include "ls-store-private.h"

#define DECISION_COLUMNS \
  "id, person_id, case_id, previous_id, type, status, start_date, end_date, evaluation_date," \
  " grounds, legal_basis, prepared_by, approved_by, issued_by, issued_date, sketch_id," \
  " change_reason, notice_sent, notice_deadline, notice_answer, notice_no_answer, version"

static void
set_date (LsDecision   *decision,
          LsStmt *stmt,
          int           column,
          void        (*setter) (LsDecision *, const GDate *))
{
  g_autoptr(GDate) date = _ls_column_date (stmt, column);

  setter (decision, date);
}

static gpointer
decision_from_row (LsStmt *stmt)
{
  LsDecision *decision = ls_decision_new ();
  LsDecisionType type = LS_DECISION_TYPE_TRIAL;
  LsDecisionStatus status = LS_DECISION_DRAFT;

  ls_decision_set_id (decision, ls_db_column_int64 (stmt, 0));
  ls_decision_set_person_id (decision, ls_db_column_int64 (stmt, 1));
  ls_decision_set_case_id (decision, ls_db_column_int64 (stmt, 2));
  ls_decision_set_previous_id (decision, ls_db_column_int64 (stmt, 3));
  ls_decision_type_from_string (_ls_column_text (stmt, 4), &type);
  ls_decision_set_decision_type (decision, type);
  ls_decision_status_from_string (_ls_column_text (stmt, 5), &status);
  ls_decision_set_status (decision, status);
  set_date (decision, stmt, 6, ls_decision_set_start);
  set_date (decision, stmt, 7, ls_decision_set_end);
  set_date (decision, stmt, 8, ls_decision_set_evaluation_date);
  ls_decision_set_grounds (decision, _ls_column_text (stmt, 9));
  ls_decision_set_legal_basis (decision, _ls_column_text (stmt, 10));
  ls_decision_set_prepared_by (decision, _ls_column_text (stmt, 11));
  ls_decision_set_approved_by (decision, _ls_column_text (stmt, 12));
  ls_decision_set_issued_by (decision, _ls_column_text (stmt, 13));
  set_date (decision, stmt, 14, ls_decision_set_issued_date);
  ls_decision_set_sketch_id (decision, ls_db_column_int64 (stmt, 15));
  ls_decision_set_change_reason (decision, _ls_column_text (stmt, 16));
  set_date (decision, stmt, 17, ls_decision_set_notice_sent);
  set_date (decision, stmt, 18, ls_decision_set_notice_deadline);
  ls_decision_set_notice_answer (decision, _ls_column_text (stmt, 19));
  ls_decision_set_notice_no_answer (decision, ls_db_column_int64 (stmt, 20) != 0);
  ls_row_version_set (decision, ls_db_column_int64 (stmt, 21));
  return decision;
}

static gboolean
read_goals (LsStore    *self,
            LsDecision *decision,
            GError    **error)
{
  LsStmt *stmt = _ls_store_statement (self, "SELECT id, position, text, level_minus_2, level_minus_1,"
                                            " level_0, level_plus_1, level_plus_2, baseline, weight, domain_key,"
                                            " need_entry_id FROM goals WHERE decision_id = ?1"
                                            " ORDER BY position, id", error);
  LsDbStep rc;

  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, ls_decision_get_id (decision));
  while ((rc = ls_db_step (stmt, error)) == LS_DB_ROW)
    {
      g_autoptr(LsGoal) goal = ls_goal_new ();

      ls_goal_set_id (goal, ls_db_column_int64 (stmt, 0));
      ls_goal_set_decision_id (goal, ls_decision_get_id (decision));
      ls_goal_set_position (goal, ls_db_column_int (stmt, 1));
      ls_goal_set_text (goal, _ls_column_text (stmt, 2));
      for (int level = -2; level <= 2; level++)
        ls_goal_set_level_text (goal, level, _ls_column_text (stmt, 5 + level));
      ls_goal_set_baseline (goal, CLAMP (ls_db_column_int (stmt, 8), -2, 2));
      ls_goal_set_weight (goal, CLAMP (ls_db_column_double (stmt, 9), 0.0, 9.0));
      ls_goal_set_domain_key (goal, _ls_column_text (stmt, 10));
      ls_goal_set_need_entry_id (goal, ls_db_column_int64 (stmt, 11));
      g_list_store_append (ls_decision_get_goals (decision), goal);
    }
  ls_db_reset (stmt);
  return rc == LS_DB_DONE;
}

static gboolean
read_measures (LsStore    *self,
               LsDecision *decision,
               GError    **error)
{
  LsStmt *stmt = _ls_store_statement (self, "SELECT id, position, service_key, extent, unit, provider,"
                                            " start_date, end_date, granted, refusal_grounds FROM measures"
                                            " WHERE decision_id = ?1 ORDER BY position, id", error);
  LsDbStep rc;

  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, ls_decision_get_id (decision));
  while ((rc = ls_db_step (stmt, error)) == LS_DB_ROW)
    {
      g_autoptr(LsMeasure) measure = ls_measure_new ();
      g_autoptr(GDate) start = _ls_column_date (stmt, 6);
      g_autoptr(GDate) end = _ls_column_date (stmt, 7);

      ls_measure_set_id (measure, ls_db_column_int64 (stmt, 0));
      ls_measure_set_decision_id (measure, ls_decision_get_id (decision));
      ls_measure_set_position (measure, ls_db_column_int (stmt, 1));
      ls_measure_set_service_key (measure, _ls_column_text (stmt, 2));
      ls_measure_set_extent (measure, CLAMP (ls_db_column_double (stmt, 3), 0.0, 168.0));
      ls_measure_set_unit (measure, _ls_column_text (stmt, 4));
      ls_measure_set_provider (measure, _ls_column_text (stmt, 5));
      ls_measure_set_start (measure, start);
      ls_measure_set_end (measure, end);
      ls_measure_set_granted (measure, ls_db_column_int (stmt, 8));
      ls_measure_set_refusal_grounds (measure, _ls_column_text (stmt, 9));
      g_list_store_append (ls_decision_get_measures (decision), measure);
    }
  ls_db_reset (stmt);
  return rc == LS_DB_DONE;
}

LsDecision *
ls_store_load_decision (LsStore *self,
                        gint64   id,
                        GError **error)
{
  g_autoptr(LsDecision) decision = NULL;
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  if (!_ls_store_begin (self, error))
    return NULL;
  stmt = _ls_store_statement (self, "SELECT " DECISION_COLUMNS " FROM decisions WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, id);
  decision = _ls_store_fetch_row (self, stmt, decision_from_row, error);
  if (decision == NULL
      || !read_goals (self, decision, error)
      || !read_measures (self, decision, error)
      || !ls_store_audit (self, ls_decision_get_person_id (decision), "decision", id, LS_AUDIT_READ, error))
    goto fail;
  if (!_ls_store_commit (self, error))
    return NULL;
  return g_steal_pointer (&decision);

fail:
  _ls_store_rollback (self);
  return NULL;
}

GArray *
ls_store_list_decision_ids (LsStore  *self,
                            gint64    after_id,
                            guint     limit,
                            gboolean  drafts,
                            GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  LsStmt *stmt;
  LsDbStep rc;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  g_return_val_if_fail (limit > 0, NULL);

  /* Keyset paging on the primary key: each page costs the same, wherever
   * it begins. */
  stmt = _ls_store_statement (self, drafts ? "SELECT id FROM decisions WHERE id > ?1 ORDER BY id LIMIT ?2"
                                           : "SELECT id FROM decisions WHERE id > ?1 AND status <> 'draft'"
                                             " ORDER BY id LIMIT ?2", error);
  if (stmt == NULL)
    return NULL;
  ls_db_bind_int64 (stmt, 1, after_id);
  ls_db_bind_int64 (stmt, 2, limit);
  while ((rc = ls_db_step (stmt, error)) == LS_DB_ROW)
    {
      gint64 id = ls_db_column_int64 (stmt, 0);

      g_array_append_val (ids, id);
    }
  ls_db_reset (stmt);
  return rc == LS_DB_DONE ? g_steal_pointer (&ids) : NULL;
}

gint64
ls_store_count_decisions (LsStore  *self,
                          gboolean  drafts,
                          GError  **error)
{
  LsStmt *stmt;
  gint64 count = -1;
  LsDbStep rc;

  g_return_val_if_fail (LS_IS_STORE (self), -1);

  stmt = _ls_store_statement (self, drafts ? "SELECT count(*) FROM decisions"
                                           : "SELECT count(*) FROM decisions WHERE status <> 'draft'", error);
  if (stmt == NULL)
    return -1;
  rc = ls_db_step (stmt, error);
  if (rc == LS_DB_ROW)
    count = ls_db_column_int64 (stmt, 0);
  ls_db_reset (stmt);
  return count;
}

GPtrArray *
ls_store_list_decisions (LsStore *self,
                         gint64   person_id,
                         GError **error)
{
  g_autoptr(GPtrArray) decisions = g_ptr_array_new_with_free_func (g_object_unref);
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  if (!_ls_store_begin (self, error))
    return NULL;
  if (person_id != 0)
    stmt = _ls_store_statement (self, "SELECT " DECISION_COLUMNS " FROM decisions WHERE person_id = ?1"
                                " ORDER BY id", error);
  else
    stmt = _ls_store_statement (self, "SELECT " DECISION_COLUMNS " FROM decisions ORDER BY id", error);
  if (stmt == NULL)
    goto fail;
  if (person_id != 0)
    ls_db_bind_int64 (stmt, 1, person_id);
  if (!_ls_store_collect_rows (self, stmt, decision_from_row, decisions, error))
    goto fail;
  /* One row for the whole listing; person 0 (NULL) means all persons. */
  if (!ls_store_audit (self, person_id, "decision", 0, LS_AUDIT_READ, error)
      || !_ls_store_commit (self, error))
    goto fail;
  return g_steal_pointer (&decisions);

fail:
  _ls_store_rollback (self);
  return NULL;
}
