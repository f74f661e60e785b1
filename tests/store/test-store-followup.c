/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The follow-up queries: due and overdue evaluations, drafts awaiting
 * approval, the chain of decisions after an evaluation, refusals, and the
 * outcome figures read back from a small caseload. */
#include <math.h>
#include <string.h>

#include "ls-decision-change.h"
#include "ls-decision-draft.h"
#include "ls-due.h"
#include "ls-outcomes.h"
#include "ls-store-decisions.h"
#include "ls-store-followup.h"
#include "ls-store-persons.h"
#include "ls-store-private.h"
#include "ls-store-sketches.h"
#include "ls-test-util.h"
#include "ls-db-sqlite.h"

typedef struct
{
  char    *dir;
  char    *location;
  LsStore *store;
  gint64   person_id;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autoptr(LsPerson) person = ls_person_new ();

  f->dir = ls_test_mkdtemp ();
  f->location = ls_test_store_location (f->dir, "t.db");
  f->store = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_person_set_given_name (person, "Ola");
  ls_person_set_family_name (person, "Testesen");
  g_assert_true (ls_store_save_person (f->store, person, &error));
  f->person_id = ls_person_get_id (person);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  ls_test_drop_store (f->location);
  g_free (f->location);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
}

/* A complete trial draft: evaluation @eval_offset days from 1 March 2026. */
static LsDecision *
make_trial (Fixture *f, int eval_offset, double hours)
{
  LsDecision *decision = ls_decision_new ();
  g_autoptr(GDate) start = g_date_new_dmy (1, 1, 2026);
  g_autoptr(GDate) end = g_date_new_dmy (30, 6, 2026);
  g_autoptr(GDate) evaluation = g_date_new_dmy (1, 3, 2026);
  g_autoptr(GError) error = NULL;

  if (eval_offset >= 0)
    g_date_add_days (evaluation, eval_offset);
  else
    g_date_subtract_days (evaluation, -eval_offset);
  ls_decision_set_person_id (decision, f->person_id);
  ls_decision_set_decision_type (decision, LS_DECISION_TYPE_TRIAL);
  ls_decision_set_start (decision, start);
  ls_decision_set_end (decision, end);
  ls_decision_set_evaluation_date (decision, evaluation);
  ls_decision_set_grounds (decision, "Grounds");
  ls_decision_set_legal_basis (decision, "hol § 3-2");
  ls_decision_set_prepared_by (decision, "kari");
  for (int i = 0; i < 2; i++)
    {
      g_autoptr(LsGoal) goal = ls_goal_new ();
      g_autoptr(LsMeasure) measure = ls_measure_new ();

      ls_goal_set_text (goal, i == 0 ? "Goal one" : "Goal two");
      ls_goal_set_weight (goal, i == 0 ? 3 : 1);
      for (int level = -2; level <= 2; level++)
        ls_goal_set_level_text (goal, level, "level");
      g_list_store_append (ls_decision_get_goals (decision), goal);
      ls_measure_set_service_key (measure, "personal_assistance");
      ls_measure_set_extent (measure, hours / 2);
      ls_measure_set_unit (measure, "hours");
      ls_measure_set_granted (measure, TRUE);
      g_list_store_append (ls_decision_get_measures (decision), measure);
    }
  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  g_assert_no_error (error);
  return decision;
}

static void
issue (Fixture *f, LsDecision *decision)
{
  g_autoptr(GDate) today = g_date_new_dmy (2, 1, 2026);
  g_autoptr(GError) error = NULL;

  g_assert_true (ls_decision_draft_check_issue (decision, "lead", TRUE, TRUE, &error));
  g_assert_true (ls_store_issue_decision (f->store, decision, "lead", today, TRUE, &error));
  g_assert_no_error (error);
}

static void
test_due_and_overdue (Fixture *f, gconstpointer data)
{
  g_autoptr(LsDecision) overdue = make_trial (f, -5, 4);
  g_autoptr(LsDecision) soon = make_trial (f, 10, 4);
  g_autoptr(LsDecision) later = make_trial (f, 40, 4);
  g_autoptr(LsDecision) draft = make_trial (f, -20, 4);
  g_autoptr(GDate) today = g_date_new_dmy (1, 3, 2026);
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  LsFollowupItem *item;

  gint64 lists_before = -1, lists_after = -1;

  issue (f, soon);      /* issued out of order on purpose */
  issue (f, overdue);
  issue (f, later);
  g_assert_cmpint (ls_store_count_due_evaluations (f->store, today, 14, &error), ==, 2);
  g_assert_true (_ls_store_query_id (f->store, "SELECT count(*) FROM audit WHERE object_type = 'person-list'",
                                     &lists_before, &error));
  due = ls_store_list_due_evaluations (f->store, today, 14, 1, &error);
  /* A list of names is a read: one audit row for it. */
  g_assert_true (_ls_store_query_id (f->store, "SELECT count(*) FROM audit WHERE object_type = 'person-list'",
                                     &lists_after, &error));
  g_assert_cmpint (lists_after, ==, lists_before + 1);
  g_assert_cmpuint (due->len, ==, 1);   /* the limit keeps the most overdue */
  g_assert_cmpint (((LsFollowupItem *) g_ptr_array_index (due, 0))->decision_id, ==, ls_decision_get_id (overdue));
  g_clear_pointer (&due, g_ptr_array_unref);
  due = ls_store_list_due_evaluations (f->store, today, 14, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (due->len, ==, 2);
  item = g_ptr_array_index (due, 0);
  g_assert_cmpint (item->decision_id, ==, ls_decision_get_id (overdue));
  g_assert_cmpstr (item->person_name, ==, "Ola Testesen");
  g_assert_cmpint (ls_due_state (&item->date, today, 14), ==, LS_DUE_OVERDUE);
  item = g_ptr_array_index (due, 1);
  g_assert_cmpint (item->decision_id, ==, ls_decision_get_id (soon));
  g_assert_cmpint (ls_due_state (&item->date, today, 14), ==, LS_DUE_SOON);

  /* the draft is not due; it is complete, so it awaits approval */
  drafts = ls_store_list_draft_decisions (f->store, 50, &error);
  g_assert_no_error (error);
  g_assert_true (_ls_store_query_id (f->store, "SELECT count(*) FROM audit WHERE object_type = 'person-list'",
                                     &lists_after, &error));
  g_assert_cmpint (lists_after, ==, lists_before + 3);
  g_assert_cmpuint (drafts->len, ==, 1);
  item = g_ptr_array_index (drafts, 0);
  g_assert_cmpint (item->decision_id, ==, ls_decision_get_id (draft));
  g_assert_true (item->complete);
}

static void
test_refusals (Fixture *f, gconstpointer data)
{
  g_autoptr(LsDecision) decision = make_trial (f, 0, 4);
  g_autoptr(LsEvaluation) evaluation = ls_evaluation_new ();
  g_autoptr(LsDecision) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  GDate cleared;

  /* evaluation before issue */
  ls_evaluation_set_decision_id (evaluation, ls_decision_get_id (decision));
  ls_evaluation_set_outcome (evaluation, LS_EVALUATION_OUTCOME_END);
  g_assert_false (ls_decision_draft_check_evaluate (decision, &error));
  g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_false (ls_store_finish_evaluation (f->store, decision, evaluation, NULL, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (ls_evaluation_get_id (evaluation), ==, 0);

  /* a trial without an end date cannot be issued */
  g_date_clear (&cleared, 1);
  ls_decision_set_end (decision, &cleared);
  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  g_assert_false (ls_decision_draft_check_issue (decision, "lead", TRUE, TRUE, &error));
  g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_MISSING_DATE);
  g_clear_error (&error);
  {
    g_autoptr(GDate) today = g_date_new_dmy (2, 1, 2026);
    g_assert_false (ls_store_issue_decision (f->store, decision, "lead", today, TRUE, &error));
    g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_MISSING_DATE);
  }
  g_clear_error (&error);

  /* an issued decision is never edited */
  {
    g_autoptr(GDate) end = g_date_new_dmy (30, 6, 2026);
    ls_decision_set_end (decision, end);
  }
  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  issue (f, decision);
  ls_decision_set_grounds (decision, "Changed afterwards");
  g_assert_false (ls_store_save_decision (f->store, decision, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_EDITABLE);
  g_clear_error (&error);
  reloaded = ls_store_load_decision (f->store, ls_decision_get_id (decision), &error);
  g_assert_cmpstr (ls_decision_get_grounds (reloaded), ==, "Grounds");
}

static void
test_chain (Fixture *f, gconstpointer data)
{
  g_autoptr(LsDecision) first = make_trial (f, 0, 8);
  g_autoptr(LsEvaluation) evaluation = ls_evaluation_new ();
  g_autoptr(LsDecision) next = NULL;
  g_autoptr(LsDecision) loaded = NULL;
  g_autoptr(GPtrArray) all = NULL;
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GPtrArray) evaluations = NULL;
  g_autoptr(GPtrArray) sketches = NULL;
  g_autoptr(GDate) date = g_date_new_dmy (1, 3, 2026);
  g_autoptr(GError) error = NULL;
  GListModel *goals;
  LsOnTimeSummary on_time;
  LsHoursChange hours;
  g_autoptr(GArray) t_scores = NULL;

  issue (f, first);
  g_assert_true (ls_decision_draft_check_evaluate (first, NULL));
  goals = G_LIST_MODEL (ls_decision_get_goals (first));
  ls_evaluation_set_decision_id (evaluation, ls_decision_get_id (first));
  ls_evaluation_set_date (evaluation, date);
  ls_evaluation_set_person_view (evaluation, "It went well");
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(LsGoal) goal = g_list_model_get_item (goals, i);
      ls_decision_draft_score_goal (evaluation, goal, 0);
    }
  g_assert_cmpfloat (ls_evaluation_get_t_score (evaluation), ==, 50.0);
  ls_evaluation_set_outcome (evaluation, LS_EVALUATION_OUTCOME_ADJUST);
  next = ls_decision_draft_next (first, evaluation, "kari");
  /* adjusted: fewer hours */
  {
    g_autoptr(LsMeasure) measure = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_measures (next)), 0);
    ls_measure_set_extent (measure, 1);
  }
  g_assert_true (ls_store_finish_evaluation (f->store, first, evaluation, next, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_decision_get_id (next), >, 0);

  /* the chain as stored */
  loaded = ls_store_load_decision (f->store, ls_decision_get_id (first), &error);
  g_assert_cmpint (ls_decision_get_status (loaded), ==, LS_DECISION_SUPERSEDED);
  g_clear_object (&loaded);
  loaded = ls_store_load_decision (f->store, ls_decision_get_id (next), &error);
  g_assert_cmpint (ls_decision_get_previous_id (loaded), ==, ls_decision_get_id (first));
  g_assert_cmpint (ls_decision_get_status (loaded), ==, LS_DECISION_DRAFT);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ls_decision_get_goals (loaded))), ==, 2);
  all = ls_store_list_decisions (f->store, f->person_id, &error);
  g_assert_cmpuint (all->len, ==, 2);

  /* fewer hours: issued only once the advance notice and the person's
   * answer are recorded (issue 11) */
  {
    g_autoptr(GDate) sent = g_date_new_dmy (1, 12, 2025);
    g_autoptr(GDate) deadline = g_date_new_dmy (15, 12, 2025);

    g_assert_true (ls_decision_record_notice (loaded, sent, deadline, "Det går fint.", FALSE, NULL, &error));
    g_assert_true (ls_store_save_decision (f->store, loaded, &error));
    g_assert_no_error (error);
  }
  /* issue --date records a decision made earlier, but never one dated
   * before the decision it follows was issued (2 January), nor before
   * its advance notice was sent; nothing is changed */
  {
    g_autoptr(GDate) earlier = g_date_new_dmy (31, 12, 2025);
    g_autoptr(GDate) notice_later = g_date_new_dmy (10, 1, 2026);
    g_autoptr(LsDecision) stored = NULL;

    g_assert_false (ls_store_issue_decision (f->store, loaded, "lead", earlier, TRUE, &error));
    g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_DATE_ORDER);
    g_assert_cmpstr (error->message, ==,
                     "The decision cannot be dated 2025-12-31: the decision it follows was issued later, on 2026-01-02");
    g_clear_error (&error);
    stored = ls_store_load_decision (f->store, ls_decision_get_id (loaded), &error);
    g_assert_cmpint (ls_decision_get_status (stored), ==, LS_DECISION_DRAFT);
    g_assert_null (ls_decision_get_issued_date (stored));
    ls_decision_set_notice_sent (stored, notice_later);
    g_assert_true (ls_decision_check_grounds_for_issue (first, stored, notice_later, &error));
    g_assert_no_error (error);
    g_date_subtract_days (notice_later, 1);
    g_assert_false (ls_decision_check_grounds_for_issue (first, stored, notice_later, &error));
    g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_DATE_ORDER);
    g_assert_nonnull (strstr (error->message, "its advance notice was sent later, on 2026-01-10"));
    g_clear_error (&error);
  }
  /* figures read back: one evaluation at 50, on time; hours 8 -> 5 once issued */
  issue (f, loaded);
  g_assert_true (ls_store_load_outcome_data (f->store, &decisions, &evaluations, &sketches, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (decisions->len, ==, 2);
  ls_outcomes_on_time (decisions, evaluations, date, &on_time);
  g_assert_cmpuint (on_time.n_due, ==, 1);
  g_assert_cmpuint (on_time.n_on_time, ==, 1);
  t_scores = ls_outcomes_t_scores (evaluations);
  g_assert_cmpuint (t_scores->len, ==, 1);
  g_assert_cmpfloat (g_array_index (t_scores, double, 0), ==, 50.0);
  ls_outcomes_hours_change (decisions, &hours);
  g_assert_cmpuint (hours.n_pairs, ==, 1);
  g_assert_cmpfloat (hours.hours_before, ==, 8.0);
  g_assert_cmpfloat (hours.hours_after, ==, 5.0);
}

static void
test_latest_sketch (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (ls_store_latest_finished_sketch (f->store, f->person_id, &error), ==, 0);
  for (int i = 0; i < 3; i++)
    {
      g_autoptr(LsSketch) sketch = ls_sketch_new ();
      g_autoptr(GDate) date = g_date_new_dmy (1 + i, 2, 2026);

      ls_sketch_set_person_id (sketch, f->person_id);
      ls_sketch_set_date (sketch, date);
      ls_sketch_set_status (sketch, i < 2 ? LS_SKETCH_FINISHED : LS_SKETCH_IN_PROGRESS);
      g_assert_true (ls_store_save_sketch (f->store, sketch, &error));
      if (i == 1)
        g_assert_cmpint (ls_store_latest_finished_sketch (f->store, f->person_id, &error), ==,
                         ls_sketch_get_id (sketch));
    }
  /* the one in progress does not count */
  g_assert_cmpint (ls_store_latest_finished_sketch (f->store, f->person_id, &error), >, 0);
}

static void
test_correction (Fixture *f, gconstpointer data)
{
  g_autoptr(LsDecision) first = make_trial (f, 0, 4);
  g_autoptr(LsDecision) correction = NULL;
  g_autoptr(LsDecision) reloaded = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (3, 1, 2026);
  g_autoptr(GError) error = NULL;

  issue (f, first);
  correction = ls_decision_draft_correction (first, "kari");
  g_assert_cmpint (ls_decision_get_previous_id (correction), ==, ls_decision_get_id (first));
  g_assert_true (ls_store_save_decision (f->store, correction, &error));
  g_assert_true (ls_store_issue_and_supersede (f->store, correction, "lead", today, TRUE, &error));
  g_assert_no_error (error);
  reloaded = ls_store_load_decision (f->store, ls_decision_get_id (first), &error);
  g_assert_cmpint (ls_decision_get_status (reloaded), ==, LS_DECISION_SUPERSEDED);
  g_assert_cmpint (ls_decision_get_status (correction), ==, LS_DECISION_ISSUED);
}

/* Runs @sql on the store's own connection (test-only schema changes). */
static void
exec_sql (Fixture *f, const char *sql)
{
  g_autoptr(GError) error = NULL;

  ls_db_exec (_ls_store_get_db (f->store), sql, &error);
  g_assert_no_error (error);
}

/* A row in "trap" points at no decision; the check is deferred, so the
 * statement that adds it succeeds and the final COMMIT fails. */
static void
arm_commit_trap (Fixture *f, const char *trigger_on, const char *when)
{
  g_autofree char *trigger = NULL;

  exec_sql (f, "CREATE TABLE IF NOT EXISTS trap (decision_id BIGINT"
               " REFERENCES decisions (id) DEFERRABLE INITIALLY DEFERRED)");
  if (ls_test_on_postgresql ())
    {
      exec_sql (f, "CREATE OR REPLACE FUNCTION trap_insert () RETURNS trigger LANGUAGE plpgsql AS"
                   " $$ BEGIN INSERT INTO trap (decision_id) VALUES (-1); RETURN NULL; END $$");
      trigger = g_strdup_printf ("CREATE TRIGGER trap_%u AFTER %s FOR EACH ROW WHEN (%s)"
                                 " EXECUTE FUNCTION trap_insert ()", g_random_int (), trigger_on, when ? when : "TRUE");
    }
  else
    trigger = g_strdup_printf ("CREATE TRIGGER trap_%u AFTER %s WHEN %s BEGIN"
                               " INSERT INTO trap (decision_id) VALUES (-1); END",
                               g_random_int (), trigger_on, when ? when : "TRUE");
  exec_sql (f, trigger);
}

static void
assert_stored_status (Fixture *f, gint64 id, LsDecisionStatus status)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) stored = ls_store_load_decision (f->store, id, &error);

  g_assert_no_error (error);
  g_assert_cmpint (ls_decision_get_status (stored), ==, status);
}

/* When superseding (or the commit after it) fails, the correction stays a
 * draft in the database and in memory, and can still be saved. */
static void
test_correction_fails (Fixture *f, gconstpointer data)
{
  g_autoptr(LsDecision) first = make_trial (f, 0, 4);
  g_autoptr(LsDecision) correction = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (3, 1, 2026);
  g_autoptr(GError) error = NULL;

  issue (f, first);
  correction = ls_decision_draft_correction (first, "kari");
  g_assert_true (ls_store_save_decision (f->store, correction, &error));

  /* The supersede step fails. */
  if (ls_test_on_postgresql ())
    exec_sql (f, "CREATE FUNCTION refuse () RETURNS trigger LANGUAGE plpgsql AS"
                 " $$ BEGIN RAISE EXCEPTION 'refused'; END $$;"
                 "CREATE TRIGGER no_supersede BEFORE UPDATE OF status ON decisions FOR EACH ROW"
                 " WHEN (NEW.status = 'superseded') EXECUTE FUNCTION refuse ()");
  else
    exec_sql (f, "CREATE TRIGGER no_supersede BEFORE UPDATE OF status ON decisions"
                 " WHEN NEW.status = 'superseded' BEGIN SELECT RAISE (ABORT, 'refused'); END");
  g_assert_false (ls_store_issue_and_supersede (f->store, correction, "lead", today, TRUE, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (ls_decision_get_status (correction), ==, LS_DECISION_DRAFT);
  g_assert_null (ls_decision_get_issued_by (correction));
  assert_stored_status (f, ls_decision_get_id (correction), LS_DECISION_DRAFT);
  assert_stored_status (f, ls_decision_get_id (first), LS_DECISION_ISSUED);
  exec_sql (f, ls_test_on_postgresql () ? "DROP TRIGGER no_supersede ON decisions" : "DROP TRIGGER no_supersede");

  /* The final COMMIT fails. */
  arm_commit_trap (f, "UPDATE OF status ON decisions", "NEW.status = 'superseded'");
  g_assert_false (ls_store_issue_and_supersede (f->store, correction, "lead", today, TRUE, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (ls_decision_get_status (correction), ==, LS_DECISION_DRAFT);
  assert_stored_status (f, ls_decision_get_id (correction), LS_DECISION_DRAFT);
  assert_stored_status (f, ls_decision_get_id (first), LS_DECISION_ISSUED);

  /* Still a draft, so further edits are saved. */
  ls_decision_set_grounds (correction, "Edited after the failure");
  g_assert_true (ls_store_save_decision (f->store, correction, &error));
  g_assert_no_error (error);
}

/* A failed end of an evaluation takes back the ids its saves handed out:
 * the evaluation, the next decision and its goals and measures. */
static void
test_finish_evaluation_fails (Fixture *f, gconstpointer data)
{
  g_autoptr(LsDecision) first = make_trial (f, 0, 8);
  g_autoptr(LsEvaluation) evaluation = ls_evaluation_new ();
  g_autoptr(LsDecision) next = NULL;
  g_autoptr(GDate) date = g_date_new_dmy (1, 3, 2026);
  g_autoptr(GError) error = NULL;
  GListModel *goals;

  issue (f, first);
  goals = G_LIST_MODEL (ls_decision_get_goals (first));
  ls_evaluation_set_decision_id (evaluation, ls_decision_get_id (first));
  ls_evaluation_set_date (evaluation, date);
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(LsGoal) goal = g_list_model_get_item (goals, i);
      ls_decision_draft_score_goal (evaluation, goal, 0);
    }
  ls_evaluation_set_outcome (evaluation, LS_EVALUATION_OUTCOME_ADJUST);
  next = ls_decision_draft_next (first, evaluation, "kari");
  arm_commit_trap (f, "INSERT ON measures", NULL);

  g_assert_false (ls_store_finish_evaluation (f->store, first, evaluation, next, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (ls_evaluation_get_id (evaluation), ==, 0);
  g_assert_cmpint (ls_decision_get_id (next), ==, 0);
  for (guint l = 0; l < 2; l++)
    {
      GListModel *parts = l == 0 ? G_LIST_MODEL (ls_decision_get_goals (next))
                                 : G_LIST_MODEL (ls_decision_get_measures (next));

      g_assert_cmpuint (g_list_model_get_n_items (parts), >, 0);
      for (guint i = 0; i < g_list_model_get_n_items (parts); i++)
        {
          g_autoptr(GObject) part = g_list_model_get_item (parts, i);
          gint64 id = -1;

          g_object_get (part, "id", &id, NULL);
          g_assert_cmpint (id, ==, 0);
        }
    }
  g_assert_cmpint (ls_decision_get_status (first), ==, LS_DECISION_ISSUED);
  assert_stored_status (f, ls_decision_get_id (first), LS_DECISION_ISSUED);
}

static void
test_services (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GKeyFile) services = ls_store_load_services (f->store, &error);
  g_auto(GStrv) groups = NULL;
  g_autofree char *basis = NULL;

  g_assert_no_error (error);
  groups = g_key_file_get_groups (services, NULL);
  g_assert_cmpstr (groups[0], ==, "home_nursing");
  basis = g_key_file_get_string (services, "bpa", "LegalBasis", NULL);
  g_assert_nonnull (strstr (basis, "§ 3-8"));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ls_test_init_engine ();
  g_test_add ("/store-followup/due-and-overdue", Fixture, NULL, fixture_setup, test_due_and_overdue, fixture_teardown);
  g_test_add ("/store-followup/refusals", Fixture, NULL, fixture_setup, test_refusals, fixture_teardown);
  g_test_add ("/store-followup/chain", Fixture, NULL, fixture_setup, test_chain, fixture_teardown);
  g_test_add ("/store-followup/latest-sketch", Fixture, NULL, fixture_setup, test_latest_sketch, fixture_teardown);
  g_test_add ("/store-followup/correction", Fixture, NULL, fixture_setup, test_correction, fixture_teardown);
  g_test_add ("/store-followup/correction-fails", Fixture, NULL, fixture_setup, test_correction_fails, fixture_teardown);
  g_test_add ("/store-followup/finish-evaluation-fails", Fixture, NULL, fixture_setup, test_finish_evaluation_fails, fixture_teardown);
  g_test_add ("/store-followup/services", Fixture, NULL, fixture_setup, test_services, fixture_teardown);
  return g_test_run ();
}
