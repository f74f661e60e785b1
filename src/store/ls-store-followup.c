/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Follow-up queries across the caseload. Bulk reads are plain SELECTs
 * over indexed columns; nothing here changes what a decision says. */
#define G_LOG_DOMAIN "ls-store-followup"

#include "config.h"

#include "ls-decision-draft.h"
#include "ls-store-decisions.h"
#include "ls-store-followup.h"
#include "ls-store-private.h"
#include "ls-value.h"

void
ls_followup_item_free (LsFollowupItem *item)
{
  if (item == NULL)
    return;
  g_free (item->person_name);
  g_free (item->prepared_by);
  g_free (item);
}

/* Columns: id, person_id, given, family, date, type, status, prepared_by. */
static gpointer
item_from_row (LsStmt *stmt)
{
  LsFollowupItem *item = g_new0 (LsFollowupItem, 1);
  g_autoptr(GDate) date = _ls_column_date (stmt, 4);

  item->decision_id = ls_db_column_int64 (stmt, 0);
  item->person_id = ls_db_column_int64 (stmt, 1);
  item->person_name = g_strstrip (g_strdup_printf ("%s %s", _ls_column_text (stmt, 2) ?: "",
                                                   _ls_column_text (stmt, 3) ?: ""));
  g_date_clear (&item->date, 1);
  if (date != NULL)
    item->date = *date;
  ls_decision_type_from_string (_ls_column_text (stmt, 5), &item->type);
  ls_decision_status_from_string (_ls_column_text (stmt, 6), &item->status);
  item->prepared_by = g_strdup (_ls_column_text (stmt, 7));
  return item;
}

static GPtrArray *
collect_items (LsStore      *self,
               LsStmt *stmt,
               GError      **error)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_followup_item_free);

  /* A list of names: read and logged in one transaction, one audit row
   * for the list (as ls_store_list_persons()). */
  if (!_ls_store_begin (self, error))
    return NULL;
  if (!_ls_store_collect_rows (self, stmt, item_from_row, items, error)
      || !ls_store_audit_person_list (self, error)
      || !_ls_store_commit (self, error))
    {
      _ls_store_rollback (self);
      return NULL;
    }
  return g_steal_pointer (&items);
}

GPtrArray *
ls_store_list_due_evaluations (LsStore     *self,
                               const GDate *today,
                               guint        soon_days,
                               guint        limit,
                               GError     **error)
{
  LsStmt *stmt;
  GDate last;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  stmt = _ls_store_statement (self,
    "SELECT d.id, d.person_id, p.given_name, p.family_name, d.evaluation_date, d.type, d.status,"
    "  d.prepared_by FROM decisions d JOIN persons p ON p.id = d.person_id"
    " WHERE d.status IN ('issued', 'under-evaluation') AND d.type = 'trial'"
    "  AND d.evaluation_date IS NOT NULL AND d.evaluation_date <= ?1"
    " ORDER BY d.evaluation_date, d.id LIMIT ?2", error);
  if (stmt == NULL)
    return NULL;
  last = *today;
  g_date_add_days (&last, soon_days);
  _ls_bind_date (stmt, 1, &last);
  ls_db_bind_int64 (stmt, 2, limit > 0 ? (gint64) limit : G_MAXINT64);   /* no limit */
  return collect_items (self, stmt, error);
}

gint64
ls_store_count_due_evaluations (LsStore     *self,
                                const GDate *today,
                                guint        soon_days,
                                GError     **error)
{
  LsStmt *stmt;
  GDate last;
  gint64 count = -1;
  LsDbStep rc;

  g_return_val_if_fail (LS_IS_STORE (self), -1);
  g_return_val_if_fail (today != NULL && g_date_valid (today), -1);

  stmt = _ls_store_statement (self,
    "SELECT count(*) FROM decisions d"
    " WHERE d.status IN ('issued', 'under-evaluation') AND d.type = 'trial'"
    "  AND d.evaluation_date IS NOT NULL AND d.evaluation_date <= ?1", error);
  if (stmt == NULL)
    return -1;
  last = *today;
  g_date_add_days (&last, soon_days);
  _ls_bind_date (stmt, 1, &last);
  rc = ls_db_step (stmt, error);
  if (rc == LS_DB_ROW)
    count = ls_db_column_int64 (stmt, 0);
  ls_db_reset (stmt);
  return count;
}

GPtrArray *
ls_store_list_draft_decisions (LsStore *self,
                               guint    limit,
                               GError **error)
{
  LsStmt *stmt;
  g_autoptr(GPtrArray) items = NULL;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  stmt = _ls_store_statement (self,
    "SELECT d.id, d.person_id, p.given_name, p.family_name, d.start_date, d.type, d.status,"
    "  d.prepared_by FROM decisions d JOIN persons p ON p.id = d.person_id"
    " WHERE d.status = 'draft' ORDER BY d.id LIMIT ?1", error);
  if (stmt == NULL)
    return NULL;
  ls_db_bind_int64 (stmt, 1, limit);
  items = collect_items (self, stmt, error);
  if (items == NULL)
    return NULL;
  for (guint i = 0; i < items->len; i++)
    {
      LsFollowupItem *item = g_ptr_array_index (items, i);
      g_autoptr(LsDecision) decision = ls_store_load_decision (self, item->decision_id, error);
      g_autoptr(GPtrArray) missing = NULL;

      if (decision == NULL)
        return NULL;
      missing = ls_decision_draft_missing (decision);
      item->complete = missing->len == 0;
    }
  return g_steal_pointer (&items);
}

static gboolean
load_decisions (LsStore   *self,
                GPtrArray *decisions,
                GError   **error)
{
  LsStmt *stmt = _ls_store_statement (self,
    "SELECT d.id, d.previous_id, d.type, d.status, d.evaluation_date,"
    "  (SELECT coalesce (sum (m.extent), 0.0) FROM measures m WHERE m.decision_id = d.id"
    "   AND m.granted = 1 AND m.unit = 'hours')"
    " FROM decisions d ORDER BY d.id", error);
  LsDbStep rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = ls_db_step (stmt, error)) == LS_DB_ROW)
    {
      LsDecision *decision = ls_decision_new ();
      g_autoptr(LsMeasure) hours = ls_measure_new ();
      g_autoptr(GDate) evaluation = _ls_column_date (stmt, 4);
      LsDecisionType type = LS_DECISION_TYPE_TRIAL;
      LsDecisionStatus status = LS_DECISION_DRAFT;

      ls_decision_type_from_string (_ls_column_text (stmt, 2), &type);
      ls_decision_status_from_string (_ls_column_text (stmt, 3), &status);
      ls_decision_set_id (decision, ls_db_column_int64 (stmt, 0));
      ls_decision_set_previous_id (decision, ls_db_column_int64 (stmt, 1));
      ls_decision_set_decision_type (decision, type);
      ls_decision_set_status (decision, status);
      if (evaluation != NULL)
        ls_decision_set_evaluation_date (decision, evaluation);
      ls_measure_set_unit (hours, "hours");
      ls_measure_set_extent (hours, ls_db_column_double (stmt, 5));
      ls_measure_set_granted (hours, TRUE);
      g_list_store_append (ls_decision_get_measures (decision), hours);
      g_ptr_array_add (decisions, decision);
    }
  ls_db_reset (stmt);
  return rc == LS_DB_DONE;
}

static gboolean
load_evaluations (LsStore   *self,
                  GPtrArray *evaluations,
                  GError   **error)
{
  LsStmt *stmt = _ls_store_statement (self,
    "SELECT e.id, e.decision_id, e.date, s.goal_id, s.score, s.weight"
    " FROM evaluations e LEFT JOIN evaluation_scores s ON s.evaluation_id = e.id"
    " ORDER BY e.id", error);
  LsEvaluation *current = NULL;
  LsDbStep rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = ls_db_step (stmt, error)) == LS_DB_ROW)
    {
      gint64 id = ls_db_column_int64 (stmt, 0);

      if (current == NULL || ls_evaluation_get_id (current) != id)
        {
          g_autoptr(GDate) date = _ls_column_date (stmt, 2);

          current = ls_evaluation_new ();
          ls_evaluation_set_id (current, id);
          ls_evaluation_set_decision_id (current, ls_db_column_int64 (stmt, 1));
          if (date != NULL)
            ls_evaluation_set_date (current, date);
          g_ptr_array_add (evaluations, current);
        }
      if (!ls_db_column_is_null (stmt, 3))
        ls_evaluation_set_score (current, ls_db_column_int64 (stmt, 3),
                                 ls_db_column_int (stmt, 4), ls_db_column_double (stmt, 5));
    }
  ls_db_reset (stmt);
  return rc == LS_DB_DONE;
}

static gboolean
load_sketches (LsStore   *self,
               GPtrArray *sketches,
               GError   **error)
{
  LsStmt *stmt = _ls_store_statement (self,
    "SELECT s.id, s.person_id, s.date, r.domain_key, r.self_rating"
    " FROM sketches s JOIN sketch_readings r ON r.sketch_id = s.id"
    " WHERE s.status = 'finished' AND r.self_rating > 0 AND r.skipped = 0"
    " ORDER BY s.id", error);
  LsSketch *current = NULL;
  LsDbStep rc;

  if (stmt == NULL)
    return FALSE;
  while ((rc = ls_db_step (stmt, error)) == LS_DB_ROW)
    {
      gint64 id = ls_db_column_int64 (stmt, 0);

      if (current == NULL || ls_sketch_get_id (current) != id)
        {
          g_autoptr(GDate) date = _ls_column_date (stmt, 2);

          current = ls_sketch_new ();
          ls_sketch_set_id (current, id);
          ls_sketch_set_person_id (current, ls_db_column_int64 (stmt, 1));
          ls_sketch_set_status (current, LS_SKETCH_FINISHED);
          if (date != NULL)
            ls_sketch_set_date (current, date);
          g_ptr_array_add (sketches, current);
        }
      ls_domain_reading_set_self_rating (ls_sketch_ensure_reading (current, _ls_column_text (stmt, 3)),
                                         ls_db_column_int (stmt, 4));
    }
  ls_db_reset (stmt);
  return rc == LS_DB_DONE;
}

gboolean
ls_store_load_outcome_data (LsStore    *self,
                            GPtrArray **decisions,
                            GPtrArray **evaluations,
                            GPtrArray **sketches,
                            GError    **error)
{
  g_autoptr(GPtrArray) d = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) e = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) s = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);

  /* one read transaction: the three lists agree with each other */
  if (!_ls_store_begin (self, error))
    return FALSE;
  if (!load_decisions (self, d, error) || !load_evaluations (self, e, error)
      || !load_sketches (self, s, error) || !_ls_store_commit (self, error))
    {
      _ls_store_rollback (self);
      return FALSE;
    }
  if (decisions != NULL)
    *decisions = g_steal_pointer (&d);
  if (evaluations != NULL)
    *evaluations = g_steal_pointer (&e);
  if (sketches != NULL)
    *sketches = g_steal_pointer (&s);
  return TRUE;
}

gboolean
ls_store_finish_evaluation (LsStore      *self,
                            LsDecision   *decision,
                            LsEvaluation *evaluation,
                            LsDecision   *next,
                            GError      **error)
{
  g_autoptr(GPtrArray) next_parts = NULL;
  gint64 evaluation_id, next_id = 0;
  LsDecisionStatus final;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LS_IS_DECISION (decision), FALSE);
  g_return_val_if_fail (LS_IS_EVALUATION (evaluation), FALSE);
  g_return_val_if_fail (next == NULL || LS_IS_DECISION (next), FALSE);

  final = ls_evaluation_outcome_next_status (ls_evaluation_get_outcome (evaluation));
  /* The saves below give ids before the outermost commit: a failure takes
   * them back, so the objects say what the database holds. */
  evaluation_id = ls_evaluation_get_id (evaluation);
  if (next != NULL)
    {
      next_id = ls_decision_get_id (next);
      next_parts = _ls_store_unsaved_parts (next);
    }
  if (!_ls_store_begin (self, error))
    return FALSE;
  if ((ls_decision_get_status (decision) == LS_DECISION_UNDER_EVALUATION
       || ls_store_set_decision_status (self, decision, LS_DECISION_UNDER_EVALUATION, error))
      && ls_store_save_evaluation (self, evaluation, error)
      && ls_store_set_decision_status (self, decision, final, error)
      && (next == NULL || ls_store_save_decision (self, next, error))
      && _ls_store_commit (self, error))
    {
      ls_decision_set_status (decision, final);
      return TRUE;
    }
  _ls_store_rollback (self);
  ls_evaluation_set_id (evaluation, evaluation_id);
  if (next != NULL)
    ls_decision_set_id (next, next_id);
  _ls_store_forget_ids (next_parts);
  return FALSE;
}

gboolean
ls_store_issue_and_supersede (LsStore     *self,
                              LsDecision  *decision,
                              const char  *issued_by,
                              const GDate *issued_date,
                              gboolean     four_eyes,
                              GError     **error)
{
  return _ls_store_issue (self, decision, issued_by, issued_date, four_eyes, TRUE, NULL, NULL, error);
}

gint64
_ls_store_finished_sketch_until (LsStore     *self,
                                 gint64       person_id,
                                 const GDate *until,
                                 GError     **error)
{
  LsStmt *stmt;
  gint64 id = 0;
  LsDbStep rc;

  stmt = _ls_store_statement (self,
    "SELECT id FROM sketches WHERE person_id = ?1 AND status = 'finished'"
    " AND (CAST (?2 AS TEXT) IS NULL OR date IS NULL OR date <= ?2)"
    " ORDER BY date DESC, id DESC LIMIT 1", error);
  if (stmt == NULL)
    return -1;
  ls_db_bind_int64 (stmt, 1, person_id);
  _ls_bind_date (stmt, 2, until);
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

gint64
ls_store_latest_finished_sketch (LsStore *self,
                                 gint64   person_id,
                                 GError **error)
{
  g_return_val_if_fail (LS_IS_STORE (self), -1);

  return _ls_store_finished_sketch_until (self, person_id, NULL, error);
}

/* nb or nn when the user's language is one of them, else NULL (English). */
static const char *
catalog_language (void)
{
  const char * const *languages = g_get_language_names ();

  for (guint i = 0; languages[i] != NULL; i++)
    {
      if (g_str_has_prefix (languages[i], "nb") || g_str_has_prefix (languages[i], "no"))
        return "nb";
      if (g_str_has_prefix (languages[i], "nn"))
        return "nn";
      if (g_str_has_prefix (languages[i], "en"))
        return NULL;
    }
  return NULL;
}

GKeyFile *
ls_store_load_services (LsStore *self,
                        GError **error)
{
  g_autoptr(GKeyFile) services = g_key_file_new ();
  const char *language = catalog_language ();
  LsStmt *stmt;
  LsDbStep rc;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  stmt = _ls_store_statement (self,
    "SELECT key, name, name_nb, name_nn, legal_basis, unit FROM services ORDER BY position, key", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = ls_db_step (stmt, error)) == LS_DB_ROW)
    {
      const char *key = _ls_column_text (stmt, 0);
      const char *name = _ls_column_text (stmt, 1);
      const char *local = g_strcmp0 (language, "nb") == 0 ? _ls_column_text (stmt, 2)
                          : g_strcmp0 (language, "nn") == 0 ? _ls_column_text (stmt, 3) : NULL;

      g_key_file_set_string (services, key, "Name", local != NULL && *local != '\0' ? local : name);
      g_key_file_set_string (services, key, "LegalBasis", _ls_column_text (stmt, 4) ?: "");
      g_key_file_set_string (services, key, "Unit", _ls_column_text (stmt, 5) ?: "hours");
    }
  ls_db_reset (stmt);
  if (rc != LS_DB_DONE)
    {
      return NULL;
    }
  return g_steal_pointer (&services);
}
