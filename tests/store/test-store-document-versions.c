/* SPDX-License-Identifier: GPL-3.0-or-later */
/* No lost update for decisions, evaluations, service plans and cases: two
 * connections to one database (two caseworkers) load the same document;
 * the first one's save wins, the second one's save from the stale copy is
 * refused with a conflict and writes nothing. A decision is one document:
 * a change to one of its goals conflicts with a change to its grounds. A
 * caller that saves the same object again carries the version forward and
 * never conflicts with itself. */
#include <string.h>

#include "ls-case.h"
#include "ls-row-version.h"
#include "ls-store-cases.h"
#include "ls-store-decisions.h"
#include "ls-store-persons.h"
#include "ls-store-private.h"
#include "ls-store-teams.h"
#include "ls-test-util.h"
#include "ls-value.h"

typedef struct
{
  char    *dir;
  char    *location;
  LsStore *kari;      /* two connections, as two caseworkers */
  LsStore *ola;
  gint64   person_id;
  gint64   decision_id;
} Fixture;

static LsDecision *
make_draft (gint64 person_id)
{
  LsDecision *decision = ls_decision_new ();
  g_autoptr(LsGoal) goal = ls_goal_new ();
  g_autoptr(LsMeasure) measure = ls_measure_new ();
  g_autoptr(GDate) start = ls_date_new_dmy (1, 2, 2026);
  g_autoptr(GDate) end = ls_date_new_dmy (31, 7, 2026);
  g_autoptr(GDate) evaluation = ls_date_new_dmy (15, 7, 2026);

  ls_decision_set_person_id (decision, person_id);
  ls_decision_set_decision_type (decision, LS_DECISION_TYPE_TRIAL);
  ls_decision_set_start (decision, start);
  ls_decision_set_end (decision, end);
  ls_decision_set_evaluation_date (decision, evaluation);
  ls_decision_set_grounds (decision, "Du har sagt at du vil lage middag selv.");
  ls_decision_set_legal_basis (decision, "hol § 3-2 første ledd nr. 6 bokstav b");
  ls_decision_set_prepared_by (decision, "per");
  ls_decision_set_approved_by (decision, "lise");
  ls_goal_set_text (goal, "Lage middag to dager i uka");
  ls_goal_set_weight (goal, 1.0);
  ls_measure_set_service_key (measure, "personal_assistance");
  ls_measure_set_extent (measure, 4.5);
  ls_measure_set_unit (measure, "hours");
  ls_measure_set_start (measure, start);
  ls_measure_set_end (measure, end);
  g_list_store_append (ls_decision_get_goals (decision), goal);
  g_list_store_append (ls_decision_get_measures (decision), measure);
  return decision;
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsDecision) decision = NULL;

  f->dir = ls_test_mkdtemp ();
  f->location = ls_test_store_location (f->dir, "t.db");
  f->kari = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_store_set_actor (f->kari, "Kari Saksbehandler");
  f->ola = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_store_set_actor (f->ola, "Ola Saksbehandler");

  ls_person_set_given_name (person, "Åse");
  ls_person_set_family_name (person, "Bakkeli");
  g_assert_true (ls_store_save_person (f->kari, person, &error));
  g_assert_no_error (error);
  f->person_id = ls_person_get_id (person);
  decision = make_draft (f->person_id);
  g_assert_true (ls_store_save_decision (f->kari, decision, &error));
  g_assert_no_error (error);
  f->decision_id = ls_decision_get_id (decision);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_object (&f->kari);
  g_clear_object (&f->ola);
  ls_test_drop_store (f->location);
  g_free (f->location);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
}

static LsDecision *
load_decision (LsStore *store,
               gint64   id)
{
  g_autoptr(GError) error = NULL;
  LsDecision *decision = ls_store_load_decision (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (decision);
  return decision;
}

static LsGoal *
first_goal (LsDecision *decision)
{
  g_autoptr(LsGoal) goal = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_goals (decision)), 0);

  return goal;   /* the decision holds it */
}

/* The conflict names who came first, never what they wrote. */
static void
assert_conflict (GError    **error,
                 const char *not_in_message)
{
  g_assert_error (*error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr ((*error)->message, "Kari Saksbehandler"));
  if (not_in_message != NULL)
    g_assert_null (strstr ((*error)->message, not_in_message));
  g_clear_error (error);
}

static void
test_decision_conflicts (Fixture      *f,
                         gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) at_kari = load_decision (f->kari, f->decision_id);
  g_autoptr(LsDecision) at_ola = load_decision (f->ola, f->decision_id);
  g_autoptr(LsDecision) back = NULL;
  gint64 version = ls_row_version_get (at_kari);

  g_assert_cmpint (version, >, 0);
  g_assert_cmpint (ls_row_version_get (at_ola), ==, version);

  ls_decision_set_grounds (at_kari, "Kari skrev dette først.");
  g_assert_true (ls_store_save_decision (f->kari, at_kari, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_row_version_get (at_kari), ==, version + 1);
  /* Saving the same copy again carries its version forward. */
  ls_decision_set_legal_basis (at_kari, "hol § 3-2 første ledd nr. 6 bokstav a");
  g_assert_true (ls_store_save_decision (f->kari, at_kari, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_row_version_get (at_kari), ==, version + 2);

  ls_decision_set_grounds (at_ola, "Ola skrev dette etterpå.");
  g_assert_false (ls_store_save_decision (f->ola, at_ola, &error));
  assert_conflict (&error, "Kari skrev");
  g_assert_cmpint (ls_row_version_get (at_ola), ==, version);

  back = load_decision (f->ola, f->decision_id);
  g_assert_cmpstr (ls_decision_get_grounds (back), ==, "Kari skrev dette først.");
  g_assert_cmpint (ls_row_version_get (back), ==, version + 2);
}

/* Goals are saved under their decision: a changed goal raises the
 * decision's version, so it conflicts with a changed grounds text. */
static void
test_goal_against_grounds (Fixture      *f,
                           gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) at_kari = load_decision (f->kari, f->decision_id);
  g_autoptr(LsDecision) at_ola = load_decision (f->ola, f->decision_id);
  g_autoptr(LsDecision) back = NULL;

  ls_goal_set_text (first_goal (at_kari), "Lage middag tre dager i uka");
  g_assert_true (ls_store_save_decision (f->kari, at_kari, &error));
  g_assert_no_error (error);

  ls_decision_set_grounds (at_ola, "Ola endret bare begrunnelsen.");
  g_assert_false (ls_store_save_decision (f->ola, at_ola, &error));
  assert_conflict (&error, "tre dager");

  back = load_decision (f->ola, f->decision_id);
  g_assert_cmpstr (ls_goal_get_text (first_goal (back)), ==, "Lage middag tre dager i uka");
  g_assert_cmpstr (ls_decision_get_grounds (back), ==, "Du har sagt at du vil lage middag selv.");
}

/* Issuing what Ola read while Kari changed it since would issue a
 * decision Ola never saw. */
static void
test_issue_stale (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) at_kari = load_decision (f->kari, f->decision_id);
  g_autoptr(LsDecision) at_ola = load_decision (f->ola, f->decision_id);
  g_autoptr(LsDecision) back = NULL;
  g_autoptr(GDate) today = ls_date_new_dmy (20, 1, 2026);

  ls_decision_set_grounds (at_kari, "Kari skrev dette først.");
  g_assert_true (ls_store_save_decision (f->kari, at_kari, &error));
  g_assert_no_error (error);

  g_assert_false (ls_store_issue_decision (f->ola, at_ola, "lise", today, TRUE, &error));
  assert_conflict (&error, NULL);
  g_assert_cmpint (ls_decision_get_status (at_ola), ==, LS_DECISION_DRAFT);
  back = load_decision (f->ola, f->decision_id);
  g_assert_cmpint (ls_decision_get_status (back), ==, LS_DECISION_DRAFT);

  /* Kari's own copy is current: she issues it. */
  g_assert_true (ls_store_issue_decision (f->kari, at_kari, "lise", today, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_row_version_get (at_kari), ==, ls_row_version_get (back) + 1);
}

/* A status change checks the version of the decision given and carries
 * the new one forward, so the same copy moves on twice. */
static void
test_status_stale (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) decision = load_decision (f->kari, f->decision_id);
  g_autoptr(LsDecision) at_kari = NULL;
  g_autoptr(LsDecision) at_ola = NULL;
  g_autoptr(LsDecision) back = NULL;
  g_autoptr(GDate) today = ls_date_new_dmy (20, 1, 2026);
  gint64 version;

  g_assert_true (ls_store_issue_decision (f->kari, decision, "lise", today, TRUE, &error));
  g_assert_no_error (error);
  at_kari = load_decision (f->kari, f->decision_id);
  at_ola = load_decision (f->ola, f->decision_id);
  version = ls_row_version_get (at_kari);

  g_assert_true (ls_store_set_decision_status (f->kari, at_kari, LS_DECISION_UNDER_EVALUATION, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_row_version_get (at_kari), ==, version + 1);

  /* Ola still holds the issued decision Kari has moved on since. */
  g_assert_false (ls_store_set_decision_status (f->ola, at_ola, LS_DECISION_ENDED, &error));
  assert_conflict (&error, NULL);
  g_assert_cmpint (ls_row_version_get (at_ola), ==, version);
  back = load_decision (f->ola, f->decision_id);
  g_assert_cmpint (ls_decision_get_status (back), ==, LS_DECISION_UNDER_EVALUATION);

  /* Kari's copy carried the version forward: her next step passes. */
  g_assert_true (ls_store_set_decision_status (f->kari, at_kari, LS_DECISION_ENDED, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_row_version_get (at_kari), ==, version + 2);
}

/* A failed step inside a transaction gives the decision its old version
 * back with everything else that was undone. */
static void
test_status_undone (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) decision = load_decision (f->kari, f->decision_id);
  g_autoptr(LsDecision) other = load_decision (f->kari, f->decision_id);
  g_autoptr(GDate) today = ls_date_new_dmy (20, 1, 2026);
  gint64 version;

  g_assert_true (ls_store_issue_decision (f->kari, decision, "lise", today, TRUE, &error));
  g_assert_no_error (error);
  version = ls_row_version_get (decision);
  g_assert_true (ls_store_begin_batch (f->kari, &error));
  g_assert_true (ls_store_set_decision_status (f->kari, decision, LS_DECISION_UNDER_EVALUATION, &error));
  g_assert_cmpint (ls_row_version_get (decision), ==, version + 1);
  /* a stale copy in the same transaction fails it */
  g_assert_false (ls_store_set_decision_status (f->kari, other, LS_DECISION_ENDED, &error));
  g_clear_error (&error);
  ls_store_cancel_batch (f->kari);
  g_assert_cmpint (ls_row_version_get (decision), ==, version);
  g_assert_true (ls_store_set_decision_status (f->kari, decision, LS_DECISION_UNDER_EVALUATION, &error));
  g_assert_no_error (error);
}

/* One approves what one has seen: approving a stale copy is refused, and
 * a save from a copy read before an approval names the approver. On a
 * desk only (the roles on a server: tests/cli/test-cli-teams.c). */
static void
test_approve_stale (Fixture      *f,
                    gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) at_kari = NULL;
  g_autoptr(LsDecision) at_ola = NULL;
  g_autoptr(LsDecision) back = NULL;

  if (ls_test_skip_unless_sqlite ("the roles on a server are tested with the command line"))
    return;
  g_assert_true (ls_store_add_caseworker (f->kari, ls_store_get_login (f->kari), "Kari", "Team 1",
                                          "decision-maker", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ls_store_set_four_eyes_rule (f->kari, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (_ls_store_exec (f->kari, "UPDATE decisions SET drafted_login = 'another'", &error));
  g_assert_no_error (error);

  at_kari = load_decision (f->kari, f->decision_id);
  at_ola = load_decision (f->ola, f->decision_id);
  ls_decision_set_grounds (at_kari, "Kari skrev dette først.");
  g_assert_true (ls_store_save_decision (f->kari, at_kari, &error));
  g_assert_no_error (error);
  g_assert_false (ls_store_approve_decision (f->ola, at_ola, &error));
  assert_conflict (&error, "Kari skrev");
  g_clear_object (&at_ola);

  /* Ola approves what he has now read; Kari's older copy then conflicts,
   * and the message names Ola, who approved. */
  at_ola = load_decision (f->ola, f->decision_id);
  g_assert_true (ls_store_approve_decision (f->ola, at_ola, &error));
  g_assert_no_error (error);
  ls_decision_set_grounds (at_kari, "Kari skrev mer.");
  g_assert_false (ls_store_save_decision (f->kari, at_kari, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Ola Saksbehandler"));
  g_clear_error (&error);
  back = load_decision (f->kari, f->decision_id);
  g_assert_cmpstr (ls_decision_get_grounds (back), ==, "Kari skrev dette først.");
}

static LsEvaluation *
load_evaluation (LsStore *store,
                 gint64   id)
{
  g_autoptr(GError) error = NULL;
  LsEvaluation *evaluation = ls_store_load_evaluation (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (evaluation);
  return evaluation;
}

static void
test_evaluation_conflicts (Fixture      *f,
                           gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsEvaluation) evaluation = ls_evaluation_new ();
  g_autoptr(LsEvaluation) at_kari = NULL;
  g_autoptr(LsEvaluation) at_ola = NULL;
  g_autoptr(LsEvaluation) back = NULL;
  g_autoptr(GDate) date = ls_date_new_dmy (15, 7, 2026);

  ls_evaluation_set_decision_id (evaluation, f->decision_id);
  ls_evaluation_set_date (evaluation, date);
  ls_evaluation_set_person_view (evaluation, "Det går bra.");
  g_assert_true (ls_store_save_evaluation (f->kari, evaluation, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_row_version_get (evaluation), ==, 1);
  /* Saved twice from one copy: no conflict with itself. */
  ls_evaluation_set_measures_view (evaluation, "Tiltakene virker.");
  g_assert_true (ls_store_save_evaluation (f->kari, evaluation, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_row_version_get (evaluation), ==, 2);

  at_kari = load_evaluation (f->kari, ls_evaluation_get_id (evaluation));
  at_ola = load_evaluation (f->ola, ls_evaluation_get_id (evaluation));
  g_assert_cmpint (ls_row_version_get (at_ola), ==, 2);
  ls_evaluation_set_person_view (at_kari, "Kari: det går svært bra.");
  g_assert_true (ls_store_save_evaluation (f->kari, at_kari, &error));
  g_assert_no_error (error);
  ls_evaluation_set_person_view (at_ola, "Ola: det går ikke så bra.");
  g_assert_false (ls_store_save_evaluation (f->ola, at_ola, &error));
  assert_conflict (&error, "svært bra");
  g_assert_cmpint (ls_row_version_get (at_ola), ==, 2);

  back = load_evaluation (f->ola, ls_evaluation_get_id (evaluation));
  g_assert_cmpstr (ls_evaluation_get_person_view (back), ==, "Kari: det går svært bra.");
}

static LsServicePlan *
load_plan (LsStore *store,
           gint64   id)
{
  g_autoptr(GError) error = NULL;
  LsServicePlan *plan = ls_store_load_service_plan (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static void
test_plan_conflicts (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsServicePlan) plan = ls_service_plan_new ();
  g_autoptr(LsServicePlan) at_kari = NULL;
  g_autoptr(LsServicePlan) at_ola = NULL;
  g_autoptr(LsServicePlan) back = NULL;

  ls_service_plan_set_person_id (plan, f->person_id);
  ls_service_plan_set_decision_id (plan, f->decision_id);
  ls_service_plan_set_goals (plan, "Bo i egen leilighet.");
  g_assert_true (ls_store_save_service_plan (f->kari, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_row_version_get (plan), ==, 1);
  ls_service_plan_set_coordinator (plan, "Per Koordinator");
  g_assert_true (ls_store_save_service_plan (f->kari, plan, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_row_version_get (plan), ==, 2);

  at_kari = load_plan (f->kari, ls_service_plan_get_id (plan));
  at_ola = load_plan (f->ola, ls_service_plan_get_id (plan));
  g_assert_cmpint (ls_row_version_get (at_ola), ==, 2);
  ls_service_plan_set_goals (at_kari, "Kari: bo i egen leilighet innen mai.");
  g_assert_true (ls_store_save_service_plan (f->kari, at_kari, &error));
  g_assert_no_error (error);
  ls_service_plan_set_goals (at_ola, "Ola: bo hos foreldrene.");
  g_assert_false (ls_store_save_service_plan (f->ola, at_ola, &error));
  assert_conflict (&error, "innen mai");
  g_assert_cmpint (ls_row_version_get (at_ola), ==, 2);

  back = load_plan (f->ola, ls_service_plan_get_id (plan));
  g_assert_cmpstr (ls_service_plan_get_goals (back), ==, "Kari: bo i egen leilighet innen mai.");
}

static LsCase *
load_case (LsStore *store,
           gint64   id)
{
  g_autoptr(GError) error = NULL;
  LsCase *kase = ls_store_load_case (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (kase);
  return kase;
}

static void
test_case_conflicts (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsCase) kase = ls_case_new ();
  g_autoptr(LsCase) at_kari = NULL;
  g_autoptr(LsCase) at_ola = NULL;
  g_autoptr(LsCase) back = NULL;

  ls_case_set_person_id (kase, f->person_id);
  ls_case_set_applied_for (kase, "Praktisk bistand");
  g_assert_true (ls_store_save_case (f->kari, kase, &error));
  g_assert_no_error (error);
  ls_case_set_channel (kase, "letter");
  g_assert_true (ls_store_save_case (f->kari, kase, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_row_version_get (kase), ==, 2);

  at_kari = load_case (f->kari, ls_case_get_id (kase));
  at_ola = load_case (f->ola, ls_case_get_id (kase));
  ls_case_set_applied_for (at_kari, "Kari: brukerstyrt personlig assistanse");
  g_assert_true (ls_store_save_case (f->kari, at_kari, &error));
  g_assert_no_error (error);
  ls_case_set_applied_for (at_ola, "Ola: avlastning");
  g_assert_false (ls_store_save_case (f->ola, at_ola, &error));
  assert_conflict (&error, "brukerstyrt");

  back = load_case (f->ola, ls_case_get_id (kase));
  g_assert_cmpstr (ls_case_get_applied_for (back), ==, "Kari: brukerstyrt personlig assistanse");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ls_test_init_engine ();
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/store/document-versions/decision-conflicts", test_decision_conflicts);
  ADD ("/store/document-versions/goal-against-grounds", test_goal_against_grounds);
  ADD ("/store/document-versions/issue-stale", test_issue_stale);
  ADD ("/store/document-versions/status-stale", test_status_stale);
  ADD ("/store/document-versions/status-undone", test_status_undone);
  ADD ("/store/document-versions/approve-stale", test_approve_stale);
  ADD ("/store/document-versions/evaluation-conflicts", test_evaluation_conflicts);
  ADD ("/store/document-versions/plan-conflicts", test_plan_conflicts);
  ADD ("/store/document-versions/case-conflicts", test_case_conflicts);
#undef ADD
  return g_test_run ();
}
