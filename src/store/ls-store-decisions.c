/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Decisions with goals and measures. Only drafts are written; issuing and
 * later status changes go through the state machine of
 * ls-decision-status.h, and triggers in the schema refuse any edit of an
 * issued decision as a second line of defence. */
#define G_LOG_DOMAIN "ls-store"

#include <glib/gi18n.h>

#include "ls-decision-change.h"
#include "ls-row-version.h"
#include "ls-store-decisions.h"
#include "ls-store-private.h"
#include "ls-store-teams.h"

#define DECISION_PERSON "SELECT person_id FROM decisions WHERE id = ?1"
#define DECISION_EXISTS "SELECT 1 FROM decisions WHERE id = ?1"

static gboolean
stored_status_version (LsStore          *self,
                       gint64            id,
                       LsDecisionStatus *status,
                       gint64           *version,
                       GError          **error)
{
  LsStmt *stmt = _ls_store_statement (self, "SELECT status, version FROM decisions WHERE id = ?1", error);
  LsDbStep rc;

  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, id);
  rc = ls_db_step (stmt, error);
  if (rc == LS_DB_ROW)
    {
      ls_decision_status_from_string (_ls_column_text (stmt, 0), status);
      if (version != NULL)
        *version = ls_db_column_int64 (stmt, 1);
    }
  ls_db_reset (stmt);
  if (rc == LS_DB_DONE)
    _ls_store_set_not_found (self, error);
  return rc == LS_DB_ROW;
}

static gboolean
stored_status (LsStore          *self,
               gint64            id,
               LsDecisionStatus *status,
               GError          **error)
{
  return stored_status_version (self, id, status, NULL, error);
}

static gboolean
refuse_not_editable (LsStore *self,
                     GError **error)
{
  g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_EDITABLE,
               _("An issued decision cannot be changed; make a new decision that refers to it"));
  return FALSE;
}

static gboolean
write_decision_row (LsStore    *self,
                    LsDecision *decision,
                    GError    **error)
{
  gint64 id = ls_decision_get_id (decision);
  LsStmt *stmt;

  if (id == 0)
    stmt = _ls_store_statement (self, "INSERT INTO decisions (person_id, case_id, previous_id, type, status,"
                                " start_date, end_date, evaluation_date, grounds, legal_basis, prepared_by,"
                                " approved_by, issued_by, issued_date, sketch_id, change_reason, notice_sent, notice_deadline,"
                                " notice_answer, notice_no_answer, drafted_login, uid)"
                                " VALUES (?1, ?2, ?3, ?4, 'draft', ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14,"
                                " ?15, ?16, ?17, ?18, ?19, ?20, ?21) RETURNING id", error);
  else
    stmt = _ls_store_statement (self, "UPDATE decisions SET person_id = ?1, case_id = ?2, previous_id = ?3,"
                                " type = ?4, start_date = ?5, end_date = ?6, evaluation_date = ?7, grounds = ?8,"
                                " legal_basis = ?9, prepared_by = ?10, approved_by = ?11, issued_by = ?12,"
                                " issued_date = ?13, sketch_id = ?14, change_reason = ?15, notice_sent = ?16, notice_deadline = ?17,"
                                " notice_answer = ?18, notice_no_answer = ?19,"
                                " version = version + 1 WHERE id = ?20 AND status = 'draft' AND version = ?21"
                                " RETURNING version", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, ls_decision_get_person_id (decision));
  _ls_bind_id (stmt, 2, ls_decision_get_case_id (decision));
  _ls_bind_id (stmt, 3, ls_decision_get_previous_id (decision));
  ls_db_bind_text (stmt, 4, ls_decision_type_to_string (ls_decision_get_decision_type (decision)));
  _ls_bind_date (stmt, 5, ls_decision_get_start (decision));
  _ls_bind_date (stmt, 6, ls_decision_get_end (decision));
  _ls_bind_date (stmt, 7, ls_decision_get_evaluation_date (decision));
  _ls_bind_text (stmt, 8, ls_decision_get_grounds (decision));
  _ls_bind_text (stmt, 9, ls_decision_get_legal_basis (decision));
  _ls_bind_text (stmt, 10, ls_decision_get_prepared_by (decision));
  _ls_bind_text (stmt, 11, ls_decision_get_approved_by (decision));
  _ls_bind_text (stmt, 12, ls_decision_get_issued_by (decision));
  _ls_bind_date (stmt, 13, ls_decision_get_issued_date (decision));
  _ls_bind_id (stmt, 14, ls_decision_get_sketch_id (decision));
  _ls_bind_text (stmt, 15, ls_decision_get_change_reason (decision));
  _ls_bind_date (stmt, 16, ls_decision_get_notice_sent (decision));
  _ls_bind_date (stmt, 17, ls_decision_get_notice_deadline (decision));
  _ls_bind_text (stmt, 18, ls_decision_get_notice_answer (decision));
  ls_db_bind_int64 (stmt, 19, ls_decision_get_notice_no_answer (decision) ? 1 : 0);
  /* Who drafted it, as a login: on a desk its user, so that the drafter
   * does not approve their own there either; on PostgreSQL the server's
   * trigger (ls_decision_authority) sets current_user whatever is sent. */
  if (id != 0)
    {
      ls_db_bind_int64 (stmt, 20, id);
      /* The decision is one document: this compare-and-swap on its row
       * covers its goals and measures too, which are only ever written
       * here, under it. */
      ls_db_bind_int64 (stmt, 21, ls_row_version_get (decision));
    }
  else
    {
      ls_db_bind_text (stmt, 20, ls_store_get_login (self));
      _ls_bind_uid (stmt, 21, decision);
    }
  if (!_ls_store_step_save (self, stmt, decision, &id, DECISION_EXISTS, "decision", error))
    return FALSE;
  ls_decision_set_id (decision, id);
  return TRUE;
}

/* Goals and measures are parts of their decision, saved only by
 * ls_store_save_decision() after the compare-and-swap on the decision's
 * row succeeded (which raises the decision's version for any change to
 * them), so their own versions are raised but need no check: two editors
 * of one decision conflict on the decision even when one changed only a
 * goal. */
static gboolean
write_goal (LsStore *self,
            gint64   decision_id,
            guint    position,
            LsGoal  *goal,
            GError **error)
{
  gint64 id = ls_goal_get_id (goal);
  LsStmt *stmt;

  if (id == 0)
    stmt = _ls_store_statement (self, "INSERT INTO goals (decision_id, position, text, level_minus_2,"
                                " level_minus_1, level_0, level_plus_1, level_plus_2, baseline, weight,"
                                " domain_key, need_entry_id, uid) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10,"
                                " ?11, ?12, ?13) RETURNING id", error);
  else
    stmt = _ls_store_statement (self, "UPDATE goals SET decision_id = ?1, position = ?2, text = ?3,"
                                " level_minus_2 = ?4, level_minus_1 = ?5, level_0 = ?6, level_plus_1 = ?7,"
                                " level_plus_2 = ?8, baseline = ?9, weight = ?10, domain_key = ?11,"
                                " need_entry_id = ?12, version = version + 1 WHERE id = ?13", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, decision_id);
  ls_db_bind_int64 (stmt, 2, position);
  _ls_bind_text (stmt, 3, ls_goal_get_text (goal));
  for (int level = -2; level <= 2; level++)
    _ls_bind_text (stmt, 6 + level, ls_goal_get_level_text (goal, level));
  ls_db_bind_int64 (stmt, 9, ls_goal_get_baseline (goal));
  ls_db_bind_double (stmt, 10, ls_goal_get_weight (goal));
  _ls_bind_text (stmt, 11, ls_goal_get_domain_key (goal));
  _ls_bind_id (stmt, 12, ls_goal_get_need_entry_id (goal));
  if (id != 0)
    ls_db_bind_int64 (stmt, 13, id);
  else
    _ls_bind_uid (stmt, 13, goal);
  if (id == 0 ? !_ls_store_step_id (self, stmt, &id, error) : !_ls_store_step_done (self, stmt, error))
    return FALSE;
  ls_goal_set_decision_id (goal, decision_id);
  ls_goal_set_position (goal, position);
  ls_goal_set_id (goal, id);
  return TRUE;
}

static gboolean
write_measure (LsStore   *self,
               gint64     decision_id,
               guint      position,
               LsMeasure *measure,
               GError   **error)
{
  gint64 id = ls_measure_get_id (measure);
  LsStmt *stmt;

  if (id == 0)
    stmt = _ls_store_statement (self, "INSERT INTO measures (decision_id, position, service_key, extent, unit,"
                                " provider, start_date, end_date, granted, refusal_grounds, uid)"
                                " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11) RETURNING id", error);
  else
    stmt = _ls_store_statement (self, "UPDATE measures SET decision_id = ?1, position = ?2, service_key = ?3,"
                                " extent = ?4, unit = ?5, provider = ?6, start_date = ?7, end_date = ?8,"
                                " granted = ?9, refusal_grounds = ?10, version = version + 1 WHERE id = ?11", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, decision_id);
  ls_db_bind_int64 (stmt, 2, position);
  _ls_bind_text (stmt, 3, ls_measure_get_service_key (measure));
  ls_db_bind_double (stmt, 4, ls_measure_get_extent (measure));
  _ls_bind_text (stmt, 5, ls_measure_get_unit (measure));
  _ls_bind_text (stmt, 6, ls_measure_get_provider (measure));
  _ls_bind_date (stmt, 7, ls_measure_get_start (measure));
  _ls_bind_date (stmt, 8, ls_measure_get_end (measure));
  ls_db_bind_int64 (stmt, 9, ls_measure_get_granted (measure));
  _ls_bind_text (stmt, 10, ls_measure_get_refusal_grounds (measure));
  if (id != 0)
    ls_db_bind_int64 (stmt, 11, id);
  else
    _ls_bind_uid (stmt, 11, measure);
  if (id == 0 ? !_ls_store_step_id (self, stmt, &id, error) : !_ls_store_step_done (self, stmt, error))
    return FALSE;
  ls_measure_set_decision_id (measure, decision_id);
  ls_measure_set_position (measure, position);
  ls_measure_set_id (measure, id);
  return TRUE;
}

/* Goals and measures no longer in the decision are deleted first. */
static gint64
object_id (gpointer object)
{
  gint64 id = 0;

  g_object_get (object, "id", &id, NULL);
  return id;
}

static gboolean
delete_children (LsStore    *self,
                 const char *select_sql,
                 const char *delete_sql,
                 gint64      decision_id,
                 GListModel *kept,
                 GError    **error)
{
  LsStmt *stmt = _ls_store_statement (self, select_sql, error);
  g_autoptr(GArray) stale = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint n = g_list_model_get_n_items (kept);
  LsDbStep rc;

  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, decision_id);
  while ((rc = ls_db_step (stmt, error)) == LS_DB_ROW)
    {
      gint64 id = ls_db_column_int64 (stmt, 0);
      gboolean found = FALSE;

      for (guint i = 0; i < n && !found; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (kept, i);

          found = object_id (item) == id;
        }
      if (!found)
        g_array_append_val (stale, id);
    }
  ls_db_reset (stmt);
  if (rc != LS_DB_DONE)
    {
      return FALSE;
    }
  for (guint i = 0; i < stale->len; i++)
    {
      stmt = _ls_store_statement (self, delete_sql, error);
      if (stmt == NULL)
        return FALSE;
      ls_db_bind_int64 (stmt, 1, g_array_index (stale, gint64, i));
      if (!_ls_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

GPtrArray *
_ls_store_unsaved_parts (LsDecision *decision)
{
  GListModel *lists[] = { G_LIST_MODEL (ls_decision_get_goals (decision)),
                          G_LIST_MODEL (ls_decision_get_measures (decision)) };
  GPtrArray *unsaved = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(GObject) part = g_list_model_get_item (lists[l], i);

        if (object_id (part) == 0)
          g_ptr_array_add (unsaved, g_steal_pointer (&part));
      }
  return unsaved;
}

void
_ls_store_forget_ids (GPtrArray *objects)
{
  for (guint i = 0; objects != NULL && i < objects->len; i++)
    g_object_set (g_ptr_array_index (objects, i), "id", (gint64) 0, NULL);
}

static gboolean
write_children (LsStore    *self,
                LsDecision *decision,
                gboolean    is_new,
                GError    **error)
{
  GListModel *goals = G_LIST_MODEL (ls_decision_get_goals (decision));
  GListModel *measures = G_LIST_MODEL (ls_decision_get_measures (decision));
  gint64 id = ls_decision_get_id (decision);

  /* A new decision has nothing stored to remove. */
  if (!is_new
      && (!delete_children (self, "SELECT id FROM goals WHERE decision_id = ?1",
                            "DELETE FROM goals WHERE id = ?1", id, goals, error)
          || !delete_children (self, "SELECT id FROM measures WHERE decision_id = ?1",
                               "DELETE FROM measures WHERE id = ?1", id, measures, error)))
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (goals); i++)
    {
      g_autoptr(LsGoal) goal = g_list_model_get_item (goals, i);

      if (!write_goal (self, id, i, goal, error))
        return FALSE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(LsMeasure) measure = g_list_model_get_item (measures, i);

      if (!write_measure (self, id, i, measure, error))
        return FALSE;
    }
  return TRUE;
}

/* A draft is based on the person's newest finished sketch when it is
 * drafted (or, drafted before any was finished, when it is next saved);
 * its documents quote that sketch and no later one. One that already
 * carries an issue date (an imported decision) takes the newest finished
 * on or before that date. */
static gboolean
choose_sketch (LsStore    *self,
               LsDecision *decision,
               GError    **error)
{
  /* The conversation it follows: finished by the time it was issued or,
   * for a draft, by the time it starts (a backdated decision does not
   * quote a later conversation). */
  const GDate *until = ls_decision_get_issued_date (decision) != NULL ? ls_decision_get_issued_date (decision)
                                                                      : ls_decision_get_start (decision);
  gint64 sketch_id = _ls_store_finished_sketch_until (self, ls_decision_get_person_id (decision), until, error);

  if (sketch_id < 0)
    return FALSE;
  ls_decision_set_sketch_id (decision, sketch_id);
  return TRUE;
}

gboolean
ls_store_save_decision (LsStore    *self,
                        LsDecision *decision,
                        GError    **error)
{
  g_autoptr(GPtrArray) added = NULL;
  gint64 old_id, old_sketch_id;
  LsDecisionStatus status = LS_DECISION_DRAFT;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LS_IS_DECISION (decision), FALSE);
  g_return_val_if_fail (ls_decision_get_person_id (decision) > 0, FALSE);

  if (ls_decision_get_status (decision) != LS_DECISION_DRAFT)
    return refuse_not_editable (self, error);
  old_id = ls_decision_get_id (decision);
  old_sketch_id = ls_decision_get_sketch_id (decision);
  added = _ls_store_unsaved_parts (decision);
  if (!_ls_store_begin (self, error))
    return FALSE;
  if (old_id != 0 && !stored_status (self, old_id, &status, error))
    goto fail;
  if (old_sketch_id == 0 && !choose_sketch (self, decision, error))
    goto fail;
  if (status != LS_DECISION_DRAFT)
    {
      refuse_not_editable (self, error);
      goto fail;
    }
  if (write_decision_row (self, decision, error)
      && write_children (self, decision, old_id == 0, error)
      && ls_store_audit (self, ls_decision_get_person_id (decision), "decision", ls_decision_get_id (decision),
                         old_id == 0 ? LS_AUDIT_CREATE : LS_AUDIT_CHANGE, error)
      && _ls_store_commit (self, error))
    return TRUE;

fail:
  _ls_store_rollback (self);
  ls_decision_set_id (decision, old_id);
  ls_decision_set_sketch_id (decision, old_sketch_id);
  _ls_store_forget_ids (added);
  return FALSE;
}

/* Moves decision @id on to @to as the state machine allows. With
 * @decision, only while the row still has the version @decision was read
 * with (else a conflict), and @decision gets the new version; without
 * (superseding the decision a correction refers to, which nobody holds a
 * copy of), only while the row still has the version read here, so that
 * two such changes at once cannot both pass the state machine. */
static gboolean
set_status (LsStore          *self,
            gint64            id,
            LsDecision       *decision,
            LsDecisionStatus  to,
            GError          **error)
{
  LsDecisionStatus from = LS_DECISION_DRAFT;
  LsStmt *stmt;
  gint64 person_id;
  gint64 version = 0;

  if (!_ls_store_begin (self, error))
    return FALSE;
  person_id = _ls_store_person_of (self, DECISION_PERSON, id, error);
  if (person_id < 0
      || !stored_status_version (self, id, &from, &version, error)
      || !ls_decision_check_transition (from, to, error))
    goto fail;
  stmt = _ls_store_statement (self, "UPDATE decisions SET status = ?1, version = version + 1"
                                    " WHERE id = ?2 AND version = ?3 RETURNING version", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_text (stmt, 1, ls_decision_status_to_string (to));
  ls_db_bind_int64 (stmt, 2, id);
  ls_db_bind_int64 (stmt, 3, decision != NULL ? ls_row_version_get (decision) : version);
  if (!_ls_store_step_swap (self, stmt, decision, DECISION_EXISTS, "decision", id, NULL, error)
      || !ls_store_audit (self, person_id, "decision", id, LS_AUDIT_CHANGE, error))
    goto fail;
  return _ls_store_commit (self, error);

fail:
  _ls_store_rollback (self);
  return FALSE;
}

/* The decision @decision corrects, when @supersede and it is still in
 * force; 0 when there is none to supersede, -1 with @error on failure. */
static gint64
in_force_previous (LsStore    *self,
                   LsDecision *decision,
                   gboolean    supersede,
                   GError    **error)
{
  gint64 previous_id = ls_decision_get_previous_id (decision);
  LsDecisionStatus status = LS_DECISION_DRAFT;

  if (!supersede || previous_id == 0)
    return 0;
  if (!stored_status (self, previous_id, &status, error))
    return -1;
  return status == LS_DECISION_ISSUED || status == LS_DECISION_UNDER_EVALUATION ? previous_id : 0;
}

/* The assessment is written and, for a change to the person's
 * disadvantage, the advance notice recorded (ls-decision-change.h). */
static gboolean
check_grounds (LsStore     *self,
               LsDecision  *decision,
               const GDate *issued_date,
               GError     **error)
{
  g_autoptr(LsDecision) previous = NULL;
  gint64 previous_id = ls_decision_get_previous_id (decision);

  if (previous_id != 0 && (previous = ls_store_load_decision (self, previous_id, error)) == NULL)
    return FALSE;
  return ls_decision_check_grounds_for_issue (previous, decision, issued_date, error);
}

gboolean
_ls_store_issue (LsStore     *self,
                 LsDecision  *decision,
                 const char  *issued_by,
                 const GDate *issued_date,
                 gboolean     four_eyes,
                 gboolean     supersede,
                 LsIssueFreezeFunc freeze,
                 gpointer     user_data,
                 GError     **error)
{
  LsDecisionStatus status = LS_DECISION_DRAFT;
  LsStmt *stmt;
  gint64 id, previous_id;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LS_IS_DECISION (decision), FALSE);
  g_return_val_if_fail (issued_date != NULL && g_date_valid (issued_date), FALSE);

  id = ls_decision_get_id (decision);
  if (!ls_decision_check_issue (ls_decision_get_decision_type (decision), ls_decision_get_start (decision),
                                ls_decision_get_end (decision), ls_decision_get_evaluation_date (decision),
                                ls_decision_get_prepared_by (decision), issued_by, four_eyes, TRUE, error)
      || !check_grounds (self, decision, issued_date, error))
    return FALSE;
  if (!_ls_store_begin (self, error))
    return FALSE;
  previous_id = in_force_previous (self, decision, supersede, error);
  if (previous_id < 0
      || !stored_status (self, id, &status, error)
      || !ls_decision_check_transition (status, LS_DECISION_ISSUED, error))
    goto fail;
  /* What is issued is the copy the caller read: issued only while nobody
   * changed the draft since. */
  stmt = _ls_store_statement (self, "UPDATE decisions SET status = 'issued', issued_by = ?1, issued_date = ?2,"
                              " version = version + 1 WHERE id = ?3 AND version = ?4 RETURNING version", error);
  if (stmt == NULL)
    goto fail;
  _ls_bind_text (stmt, 1, issued_by);
  _ls_bind_date (stmt, 2, issued_date);
  ls_db_bind_int64 (stmt, 3, id);
  ls_db_bind_int64 (stmt, 4, ls_row_version_get (decision));
  if (!_ls_store_step_swap (self, stmt, decision, DECISION_EXISTS, "decision", id, NULL, error)
      || !ls_store_audit (self, ls_decision_get_person_id (decision), "decision", id, LS_AUDIT_ISSUE, error)
      || (previous_id > 0 && !set_status (self, previous_id, NULL, LS_DECISION_SUPERSEDED, error))
      || (freeze != NULL && !freeze (self, id, user_data, error))
      || !_ls_store_commit (self, error))
    goto fail;
  /* Only now: had any step failed, the object would still say draft, as the
   * database does, and stay editable. */
  ls_decision_set_status (decision, LS_DECISION_ISSUED);
  ls_decision_set_issued_by (decision, issued_by);
  ls_decision_set_issued_date (decision, issued_date);
  return TRUE;

fail:
  _ls_store_rollback (self);
  return FALSE;
}

gboolean
ls_store_issue_decision (LsStore     *self,
                         LsDecision  *decision,
                         const char  *issued_by,
                         const GDate *issued_date,
                         gboolean     four_eyes,
                         GError     **error)
{
  return _ls_store_issue (self, decision, issued_by, issued_date, four_eyes, FALSE, NULL, NULL, error);
}

gboolean
ls_store_issue_decision_frozen (LsStore           *self,
                                LsDecision        *decision,
                                const char        *issued_by,
                                const GDate       *issued_date,
                                gboolean           four_eyes,
                                gboolean           supersede,
                                LsIssueFreezeFunc  freeze,
                                gpointer           user_data,
                                GError           **error)
{
  g_return_val_if_fail (freeze != NULL, FALSE);

  return _ls_store_issue (self, decision, issued_by, issued_date, four_eyes, supersede, freeze, user_data, error);
}

gboolean
ls_store_set_decision_status (LsStore          *self,
                              LsDecision       *decision,
                              LsDecisionStatus  to,
                              GError          **error)
{
  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (LS_IS_DECISION (decision), FALSE);
  g_return_val_if_fail (to != LS_DECISION_ISSUED, FALSE);

  return set_status (self, ls_decision_get_id (decision), decision, to, error);
}

gboolean
ls_store_delete_decision (LsStore *self,
                          gint64   id,
                          GError **error)
{
  LsDecisionStatus status = LS_DECISION_DRAFT;
  LsStmt *stmt;
  gint64 person_id;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);

  if (!_ls_store_begin (self, error))
    return FALSE;
  person_id = _ls_store_person_of (self, DECISION_PERSON, id, error);
  if (person_id < 0 || !stored_status (self, id, &status, error))
    goto fail;
  if (status != LS_DECISION_DRAFT)
    {
      refuse_not_editable (self, error);
      goto fail;
    }
  stmt = _ls_store_statement (self, "DELETE FROM decisions WHERE id = ?1", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, id);
  if (!_ls_store_step_done (self, stmt, error)
      || !ls_store_audit (self, person_id, "decision", id, LS_AUDIT_DELETE, error))
    goto fail;
  return _ls_store_commit (self, error);

fail:
  _ls_store_rollback (self);
  return FALSE;
}
