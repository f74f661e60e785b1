/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Evaluations of decisions, with a GAS score per goal. */
#define G_LOG_DOMAIN "ls-store"

#include <math.h>

#include "ls-row-version.h"
#include "ls-store-decisions.h"
#include "ls-store-private.h"

#define DECISION_PERSON "SELECT person_id FROM decisions WHERE id = ?1"
#define EVALUATION_COLUMNS "id, decision_id, date, person_view, measures_view, outcome, version"

static gboolean
write_scores (LsStore      *self,
              LsEvaluation *evaluation,
              GError      **error)
{
  gint64 id = ls_evaluation_get_id (evaluation);
  LsStmt *stmt = _ls_store_statement (self, "DELETE FROM evaluation_scores WHERE evaluation_id = ?1", error);

  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, id);
  if (!_ls_store_step_done (self, stmt, error))
    return FALSE;
  for (guint i = 0; i < ls_evaluation_get_n_scores (evaluation); i++)
    {
      const LsGoalScore *score = ls_evaluation_get_score (evaluation, i);

      stmt = _ls_store_statement (self, "INSERT INTO evaluation_scores (evaluation_id, goal_id, score, weight)"
                                  " VALUES (?1, ?2, ?3, ?4)", error);
      if (stmt == NULL)
        return FALSE;
      ls_db_bind_int64 (stmt, 1, id);
      ls_db_bind_int64 (stmt, 2, score->goal_id);
      ls_db_bind_int64 (stmt, 3, score->score);
      ls_db_bind_double (stmt, 4, score->weight);
      if (!_ls_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
write_evaluation (LsStore      *self,
                  LsEvaluation *evaluation,
                  GError      **error)
{
  gint64 id = ls_evaluation_get_id (evaluation);
  double t_score = ls_evaluation_get_t_score (evaluation);
  LsStmt *stmt;

  if (id == 0)
    stmt = _ls_store_statement (self, "INSERT INTO evaluations (decision_id, date, person_view, measures_view,"
                                " outcome, t_score, uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id", error);
  else
    stmt = _ls_store_statement (self, "UPDATE evaluations SET decision_id = ?1, date = ?2, person_view = ?3,"
                                " measures_view = ?4, outcome = ?5, t_score = ?6, version = version + 1"
                                " WHERE id = ?7 AND version = ?8 RETURNING version", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, ls_evaluation_get_decision_id (evaluation));
  _ls_bind_date (stmt, 2, ls_evaluation_get_date (evaluation));
  _ls_bind_text (stmt, 3, ls_evaluation_get_person_view (evaluation));
  _ls_bind_text (stmt, 4, ls_evaluation_get_measures_view (evaluation));
  ls_db_bind_text (stmt, 5, ls_evaluation_outcome_to_string (ls_evaluation_get_outcome (evaluation)));
  if (isnan (t_score))
    ls_db_bind_null (stmt, 6);
  else
    ls_db_bind_double (stmt, 6, t_score);
  if (id != 0)
    {
      ls_db_bind_int64 (stmt, 7, id);
      ls_db_bind_int64 (stmt, 8, ls_row_version_get (evaluation));
    }
  else
    _ls_bind_uid (stmt, 7, evaluation);
  if (!_ls_store_step_save (self, stmt, evaluation, &id, "SELECT 1 FROM evaluations WHERE id = ?1", "evaluation",
                            error))
    return FALSE;
  ls_evaluation_set_id (evaluation, id);
  return write_scores (self, evaluation, error);
}

gboolean
ls_store_save_evaluation (LsStore      *self,
                          LsEvaluation *evaluation,
                          GError      **error)
{
  gint64 old_id, person_id;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LS_IS_EVALUATION (evaluation), FALSE);

  old_id = ls_evaluation_get_id (evaluation);
  if (!_ls_store_begin (self, error))
    return FALSE;
  person_id = _ls_store_person_of (self, DECISION_PERSON, ls_evaluation_get_decision_id (evaluation), error);
  if (person_id >= 0
      && write_evaluation (self, evaluation, error)
      && ls_store_audit (self, person_id, "evaluation", ls_evaluation_get_id (evaluation),
                         old_id == 0 ? LS_AUDIT_CREATE : LS_AUDIT_CHANGE, error)
      && _ls_store_commit (self, error))
    return TRUE;
  _ls_store_rollback (self);
  ls_evaluation_set_id (evaluation, old_id);
  return FALSE;
}

static gpointer
evaluation_from_row (LsStmt *stmt)
{
  LsEvaluation *evaluation = ls_evaluation_new ();
  g_autoptr(GDate) date = _ls_column_date (stmt, 2);
  LsEvaluationOutcome outcome = LS_EVALUATION_OUTCOME_CONTINUE;

  ls_evaluation_set_id (evaluation, ls_db_column_int64 (stmt, 0));
  ls_evaluation_set_decision_id (evaluation, ls_db_column_int64 (stmt, 1));
  ls_evaluation_set_date (evaluation, date);
  ls_evaluation_set_person_view (evaluation, _ls_column_text (stmt, 3));
  ls_evaluation_set_measures_view (evaluation, _ls_column_text (stmt, 4));
  ls_evaluation_outcome_from_string (_ls_column_text (stmt, 5), &outcome);
  ls_evaluation_set_outcome (evaluation, outcome);
  ls_row_version_set (evaluation, ls_db_column_int64 (stmt, 6));
  return evaluation;
}

static gboolean
read_scores (LsStore      *self,
             LsEvaluation *evaluation,
             GError      **error)
{
  LsStmt *stmt = _ls_store_statement (self, "SELECT s.goal_id, s.score, s.weight FROM evaluation_scores s"
                                            " JOIN goals g ON g.id = s.goal_id WHERE s.evaluation_id = ?1"
                                            " ORDER BY g.position, g.id", error);
  LsDbStep rc;

  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, ls_evaluation_get_id (evaluation));
  while ((rc = ls_db_step (stmt, error)) == LS_DB_ROW)
    ls_evaluation_set_score (evaluation, ls_db_column_int64 (stmt, 0),
                             CLAMP (ls_db_column_int (stmt, 1), -2, 2),
                             MAX (ls_db_column_double (stmt, 2), 0.0));
  ls_db_reset (stmt);
  return rc == LS_DB_DONE;
}

LsEvaluation *
ls_store_load_evaluation (LsStore *self,
                          gint64   id,
                          GError **error)
{
  g_autoptr(LsEvaluation) evaluation = NULL;
  LsStmt *stmt;
  gint64 person_id = -1;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  if (!_ls_store_begin (self, error))
    return NULL;
  stmt = _ls_store_statement (self, "SELECT " EVALUATION_COLUMNS " FROM evaluations WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, id);
  evaluation = _ls_store_fetch_row (self, stmt, evaluation_from_row, error);
  if (evaluation != NULL)
    person_id = _ls_store_person_of (self, DECISION_PERSON, ls_evaluation_get_decision_id (evaluation), error);
  if (person_id < 0
      || !read_scores (self, evaluation, error)
      || !ls_store_audit (self, person_id, "evaluation", id, LS_AUDIT_READ, error))
    goto fail;
  if (!_ls_store_commit (self, error))
    return NULL;
  return g_steal_pointer (&evaluation);

fail:
  _ls_store_rollback (self);
  return NULL;
}

GPtrArray *
ls_store_list_evaluations (LsStore *self,
                           gint64   decision_id,
                           GError **error)
{
  g_autoptr(GPtrArray) evaluations = g_ptr_array_new_with_free_func (g_object_unref);
  LsStmt *stmt;
  gint64 person_id;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  if (!_ls_store_begin (self, error))
    return NULL;
  person_id = _ls_store_person_of (self, DECISION_PERSON, decision_id, error);
  if (person_id < 0)
    goto fail;
  stmt = _ls_store_statement (self, "SELECT " EVALUATION_COLUMNS " FROM evaluations WHERE decision_id = ?1"
                              " ORDER BY date, id", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, decision_id);
  if (!_ls_store_collect_rows (self, stmt, evaluation_from_row, evaluations, error))
    goto fail;
  for (guint i = 0; i < evaluations->len; i++)
    if (!read_scores (self, g_ptr_array_index (evaluations, i), error))
      goto fail;
  if (!ls_store_audit (self, person_id, "evaluation", 0, LS_AUDIT_READ, error)
      || !_ls_store_commit (self, error))
    goto fail;
  return g_steal_pointer (&evaluations);

fail:
  _ls_store_rollback (self);
  return NULL;
}
