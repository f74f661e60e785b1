/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Decisions with goals and measures, the issue rules, status chains,
 * evaluations and service plans. */
#include <math.h>
#include <string.h>

#include "ls-gas.h"
#include "ls-case.h"
#include "ls-decision-change.h"
#include "ls-sketch.h"
#include "ls-store-decisions.h"
#include "ls-store-persons.h"
#include "ls-store-private.h"
#include "ls-store-sketches.h"
#include "ls-store-teams.h"
#include "ls-test-util.h"
#include "ls-value.h"
#include "ls-db-sqlite.h"

typedef struct
{
  char     *dir;
  char    *location;
  LsStore  *store;
  LsPerson *person;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ls_test_mkdtemp ();
  f->location = ls_test_store_location (f->dir, "t.db");
  f->store = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->person = ls_person_new ();
  ls_person_set_given_name (f->person, "Kari");
  ls_person_set_family_name (f->person, "Nordmann");
  g_assert_true (ls_store_save_person (f->store, f->person, &error));
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_object (&f->person);
  g_clear_object (&f->store);
  ls_test_drop_store (f->location);
  g_free (f->location);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
}

static LsDecision *
make_draft (Fixture *f)
{
  LsDecision *decision = ls_decision_new ();
  g_autoptr(LsGoal) goal = ls_goal_new ();
  g_autoptr(LsGoal) goal2 = ls_goal_new ();
  g_autoptr(LsMeasure) measure = ls_measure_new ();
  g_autoptr(GDate) start = ls_date_new_dmy (1, 2, 2026);
  g_autoptr(GDate) end = ls_date_new_dmy (31, 7, 2026);
  g_autoptr(GDate) evaluation = ls_date_new_dmy (15, 7, 2026);

  ls_decision_set_person_id (decision, ls_person_get_id (f->person));
  ls_decision_set_decision_type (decision, LS_DECISION_TYPE_TRIAL);
  ls_decision_set_start (decision, start);
  ls_decision_set_end (decision, end);
  ls_decision_set_evaluation_date (decision, evaluation);
  ls_decision_set_grounds (decision, "Du har sagt at du vil lage middag selv.");
  ls_decision_set_legal_basis (decision, "hol § 3-2 første ledd nr. 6 bokstav b");
  ls_decision_set_prepared_by (decision, "per");
  ls_decision_set_approved_by (decision, "lise");
  ls_goal_set_text (goal, "Lage middag to dager i uka med støtte, innen 1. juli");
  for (int level = -2; level <= 2; level++)
    {
      g_autofree char *text = g_strdup_printf ("nivå %d", level);

      ls_goal_set_level_text (goal, level, text);
    }
  ls_goal_set_baseline (goal, -2);
  ls_goal_set_weight (goal, 6.0);
  ls_goal_set_domain_key (goal, "home");
  ls_goal_set_text (goal2, "Ta bussen alene til jobb");
  ls_measure_set_service_key (measure, "personal_assistance");
  ls_measure_set_extent (measure, 4.5);
  ls_measure_set_unit (measure, "hours");
  ls_measure_set_provider (measure, "Hjemmetjenesten sone nord");
  ls_measure_set_start (measure, start);
  ls_measure_set_end (measure, end);
  g_list_store_append (ls_decision_get_goals (decision), goal);
  g_list_store_append (ls_decision_get_goals (decision), goal2);
  g_list_store_append (ls_decision_get_measures (decision), measure);
  return decision;
}

static void
test_round_trip (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) decision = make_draft (f);
  g_autoptr(LsDecision) back = NULL;
  g_autoptr(LsGoal) goal = NULL;
  g_autoptr(LsMeasure) measure = NULL;

  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_decision_get_id (decision), >, 0);

  /* Drop the second goal while still a draft. */
  g_list_store_remove (ls_decision_get_goals (decision), 1);
  g_assert_true (ls_store_save_decision (f->store, decision, &error));

  back = ls_store_load_decision (f->store, ls_decision_get_id (decision), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ls_decision_get_status (back), ==, LS_DECISION_DRAFT);
  g_assert_cmpint (ls_decision_get_decision_type (back), ==, LS_DECISION_TYPE_TRIAL);
  g_assert_cmpint (g_date_compare (ls_decision_get_evaluation_date (back), ls_decision_get_evaluation_date (decision)), ==, 0);
  g_assert_cmpstr (ls_decision_get_grounds (back), ==, "Du har sagt at du vil lage middag selv.");
  g_assert_cmpstr (ls_decision_get_legal_basis (back), ==, "hol § 3-2 første ledd nr. 6 bokstav b");
  g_assert_cmpstr (ls_decision_get_prepared_by (back), ==, "per");
  g_assert_cmpstr (ls_decision_get_approved_by (back), ==, "lise");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ls_decision_get_goals (back))), ==, 1);
  goal = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_goals (back)), 0);
  g_assert_cmpstr (ls_goal_get_level_text (goal, -2), ==, "nivå -2");
  g_assert_cmpstr (ls_goal_get_level_text (goal, 2), ==, "nivå 2");
  g_assert_cmpint (ls_goal_get_baseline (goal), ==, -2);
  g_assert_cmpfloat (ls_goal_get_weight (goal), ==, 6.0);
  g_assert_cmpstr (ls_goal_get_domain_key (goal), ==, "home");
  measure = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_measures (back)), 0);
  g_assert_cmpstr (ls_measure_get_service_key (measure), ==, "personal_assistance");
  g_assert_cmpfloat (ls_measure_get_extent (measure), ==, 4.5);
  g_assert_cmpstr (ls_measure_get_unit (measure), ==, "hours");
  g_assert_cmpstr (ls_measure_get_provider (measure), ==, "Hjemmetjenesten sone nord");
  g_assert_true (ls_measure_get_granted (measure));
}

static void
test_issue_and_chain (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) decision = make_draft (f);
  g_autoptr(LsDecision) next = make_draft (f);
  g_autoptr(LsDecision) back = NULL;
  g_autoptr(GDate) today = ls_date_new_dmy (20, 1, 2026);
  g_autoptr(GPtrArray) list = NULL;
  LsDb *db;

  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  /* Four eyes: the one who prepared it cannot issue it. */
  g_assert_false (ls_store_issue_decision (f->store, decision, "per", today, TRUE, &error));
  g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_FOUR_EYES);
  g_clear_error (&error);
  g_assert_true (ls_store_issue_decision (f->store, decision, "lise", today, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_decision_get_status (decision), ==, LS_DECISION_ISSUED);
  g_assert_cmpuint (ls_store_count_audit (f->store, ls_person_get_id (f->person), LS_AUDIT_ISSUE, NULL), ==, 1);

  /* Issued: never edited, not even behind the repository's back. */
  ls_decision_set_grounds (decision, "Endret");
  g_assert_false (ls_store_save_decision (f->store, decision, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_EDITABLE);
  g_clear_error (&error);
  db = _ls_store_get_db (f->store);
  g_assert_false (ls_db_exec (db, "UPDATE decisions SET grounds = 'x'", NULL));
  g_assert_false (ls_db_exec (db, "UPDATE goals SET text = 'x'", NULL));
  g_assert_false (ls_store_delete_decision (f->store, ls_decision_get_id (decision), &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_EDITABLE);
  g_clear_error (&error);

  /* The state machine decides what may follow. */
  g_assert_false (ls_store_set_decision_status (f->store, decision, LS_DECISION_DRAFT, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == LS_DECISION_ERROR);
  g_clear_error (&error);
  g_assert_true (ls_store_set_decision_status (f->store, decision, LS_DECISION_UNDER_EVALUATION, &error));
  g_assert_no_error (error);

  ls_decision_set_previous_id (next, ls_decision_get_id (decision));
  ls_decision_set_decision_type (next, LS_DECISION_TYPE_ORDINARY);
  g_assert_true (ls_store_save_decision (f->store, next, &error));
  g_assert_true (ls_store_set_decision_status (f->store, decision, LS_DECISION_SUPERSEDED, &error));
  g_assert_no_error (error);

  back = ls_store_load_decision (f->store, ls_decision_get_id (next), &error);
  g_assert_cmpint (ls_decision_get_previous_id (back), ==, ls_decision_get_id (decision));
  g_clear_object (&back);
  back = ls_store_load_decision (f->store, ls_decision_get_id (decision), &error);
  g_assert_cmpint (ls_decision_get_status (back), ==, LS_DECISION_SUPERSEDED);
  g_assert_cmpstr (ls_decision_get_issued_by (back), ==, "lise");
  g_assert_cmpint (g_date_compare (ls_decision_get_issued_date (back), today), ==, 0);
  g_assert_cmpstr (ls_decision_get_grounds (back), ==, "Du har sagt at du vil lage middag selv.");

  list = ls_store_list_decisions (f->store, ls_person_get_id (f->person), &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_clear_pointer (&list, g_ptr_array_unref);
  list = ls_store_list_decisions (f->store, 0, &error);
  g_assert_cmpuint (list->len, ==, 2);

  /* A draft can be deleted. */
  g_assert_true (ls_store_delete_decision (f->store, ls_decision_get_id (next), &error));
  g_assert_no_error (error);
}

static void
test_evaluation (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) decision = make_draft (f);
  g_autoptr(LsEvaluation) evaluation = ls_evaluation_new ();
  g_autoptr(LsEvaluation) back = NULL;
  g_autoptr(GDate) date = ls_date_new_dmy (15, 7, 2026);
  g_autoptr(GPtrArray) list = NULL;
  g_autoptr(LsGoal) goal1 = NULL;
  g_autoptr(LsGoal) goal2 = NULL;
  int score = 99;

  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  goal1 = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_goals (decision)), 0);
  goal2 = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_goals (decision)), 1);
  ls_evaluation_set_decision_id (evaluation, ls_decision_get_id (decision));
  ls_evaluation_set_date (evaluation, date);
  ls_evaluation_set_person_view (evaluation, "Det går bedre enn jeg trodde");
  ls_evaluation_set_measures_view (evaluation, "Assistansen kom til avtalt tid");
  ls_evaluation_set_outcome (evaluation, LS_EVALUATION_OUTCOME_MAKE_ORDINARY);
  ls_evaluation_set_score (evaluation, ls_goal_get_id (goal1), 0, 1.0);
  ls_evaluation_set_score (evaluation, ls_goal_get_id (goal2), 1, 1.0);
  g_assert_true (ls_store_save_evaluation (f->store, evaluation, &error));
  g_assert_no_error (error);

  back = ls_store_load_evaluation (f->store, ls_evaluation_get_id (evaluation), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ls_evaluation_get_person_view (back), ==, "Det går bedre enn jeg trodde");
  g_assert_cmpstr (ls_evaluation_get_measures_view (back), ==, "Assistansen kom til avtalt tid");
  g_assert_cmpint (ls_evaluation_get_outcome (back), ==, LS_EVALUATION_OUTCOME_MAKE_ORDINARY);
  g_assert_cmpuint (ls_evaluation_get_n_scores (back), ==, 2);
  g_assert_true (ls_evaluation_lookup_score (back, ls_goal_get_id (goal2), &score));
  g_assert_cmpint (score, ==, 1);
  g_assert_cmpfloat_with_epsilon (ls_evaluation_get_t_score (back), ls_evaluation_get_t_score (evaluation), 1e-9);
  g_assert_cmpfloat (ls_evaluation_get_t_score (back), >, 50.0);

  list = ls_store_list_evaluations (f->store, ls_decision_get_id (decision), &error);
  g_assert_cmpuint (list->len, ==, 1);
}

static void
test_service_plan (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsServicePlan) plan = ls_service_plan_new ();
  g_autoptr(LsServicePlan) back = NULL;
  g_autoptr(GDate) start = ls_date_new_dmy (1, 2, 2026);
  g_autoptr(GDate) end = ls_date_new_dmy (31, 1, 2027);
  g_autoptr(GDate) revision = ls_date_new_dmy (1, 8, 2026);
  g_autoptr(GPtrArray) list = NULL;
  LsParticipant *p;

  ls_service_plan_set_person_id (plan, ls_person_get_id (f->person));
  ls_service_plan_set_goals (plan, "Bo i egen leilighet");
  ls_service_plan_set_coordinator (plan, "Per Hansen");
  ls_service_plan_set_implementation (plan, "Assistent tirsdag og torsdag");
  ls_service_plan_set_period_start (plan, start);
  ls_service_plan_set_period_end (plan, end);
  ls_service_plan_set_revision_date (plan, revision);
  ls_service_plan_set_consent_plan (plan, TRUE);
  ls_service_plan_set_consent_share (plan, TRUE);
  ls_service_plan_set_cooperation (plan, "NAV arbeid");
  ls_service_plan_add_participant (plan, "Kari Nordmann", "the person", "Handler selv");
  ls_service_plan_add_participant (plan, "Hjemmetjenesten", "provider", "Praktisk bistand");
  g_assert_true (ls_store_save_service_plan (f->store, plan, &error));
  g_assert_no_error (error);

  back = ls_store_load_service_plan (f->store, ls_service_plan_get_id (plan), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ls_service_plan_get_goals (back), ==, "Bo i egen leilighet");
  g_assert_cmpstr (ls_service_plan_get_coordinator (back), ==, "Per Hansen");
  g_assert_cmpstr (ls_service_plan_get_implementation (back), ==, "Assistent tirsdag og torsdag");
  g_assert_cmpint (g_date_compare (ls_service_plan_get_revision_date (back), revision), ==, 0);
  g_assert_cmpint (g_date_compare (ls_service_plan_get_period_end (back), end), ==, 0);
  g_assert_true (ls_service_plan_get_consent_plan (back));
  g_assert_true (ls_service_plan_get_consent_share (back));
  g_assert_cmpstr (ls_service_plan_get_cooperation (back), ==, "NAV arbeid");
  g_assert_cmpuint (ls_service_plan_get_participants (back)->len, ==, 2);
  p = g_ptr_array_index (ls_service_plan_get_participants (back), 1);
  g_assert_cmpstr (p->name, ==, "Hjemmetjenesten");
  g_assert_cmpstr (p->contribution, ==, "Praktisk bistand");

  list = ls_store_list_service_plans (f->store, ls_person_get_id (f->person), &error);
  g_assert_cmpuint (list->len, ==, 1);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *count)
{
  (*count)++;
}

/* The stable storage keys of the entity enums go both ways, and setters
 * notify only on a change (the UI binds these properties). */
static void
test_entity_values (void)
{
  g_autoptr(LsEvaluation) evaluation = ls_evaluation_new ();
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(LsDomainReading) reading = ls_domain_reading_new_for_domain ("home");
  g_autoptr(GDate) date = ls_date_new_dmy (1, 3, 2026);
  guint notified = 0;
  int scores[] = { 0, 1 };

  for (int i = LS_CASE_RECEIVED; i <= LS_CASE_CLOSED; i++)
    {
      LsCaseStatus back = LS_CASE_RECEIVED;

      g_assert_true (ls_case_status_from_string (ls_case_status_to_string (i), &back));
      g_assert_cmpint (back, ==, i);
    }
  for (int i = LS_ENTRY_STRENGTH; i <= LS_ENTRY_BARRIER; i++)
    {
      LsEntryKind back = LS_ENTRY_STRENGTH;

      g_assert_true (ls_entry_kind_from_string (ls_entry_kind_to_string (i), &back));
      g_assert_cmpint (back, ==, i);
    }
  for (int i = LS_PICTOGRAM_UNSET; i <= LS_PICTOGRAM_HARD; i++)
    {
      LsPictogramRating back = LS_PICTOGRAM_UNSET;

      g_assert_true (ls_pictogram_rating_from_string (ls_pictogram_rating_to_string (i), &back));
      g_assert_cmpint (back, ==, i);
    }
  {
    LsEnvironmentFactor factor = LS_ENVIRONMENT_NONE;
    LsSketchStatus status = LS_SKETCH_IN_PROGRESS;

    g_assert_true (ls_environment_factor_from_string ("e4", &factor));
    g_assert_cmpint (factor, ==, LS_ENVIRONMENT_E4);
    g_assert_false (ls_environment_factor_from_string ("e2", &factor));
    g_assert_true (ls_sketch_status_from_string ("finished", &status));
    g_assert_cmpint (status, ==, LS_SKETCH_FINISHED);
  }

  g_signal_connect (reading, "notify::self-rating", G_CALLBACK (count_notify), &notified);
  ls_domain_reading_set_self_rating (reading, 4);
  ls_domain_reading_set_self_rating (reading, 4);
  g_object_set (reading, "self-rating", 5, NULL);
  g_assert_cmpuint (notified, ==, 2);
  notified = 0;
  g_signal_connect (sketch, "notify::date", G_CALLBACK (count_notify), &notified);
  ls_sketch_set_date (sketch, date);
  ls_sketch_set_date (sketch, date);
  ls_sketch_set_date (sketch, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_null (ls_sketch_get_date (sketch));

  g_assert_true (isnan (ls_evaluation_get_t_score (evaluation)));
  ls_evaluation_set_score (evaluation, 1, 0, 1.0);
  ls_evaluation_set_score (evaluation, 2, 1, 1.0);
  ls_evaluation_set_score (evaluation, 2, 1, 1.0);   /* replaces, does not add */
  g_assert_cmpuint (ls_evaluation_get_n_scores (evaluation), ==, 2);
  g_assert_cmpfloat_with_epsilon (ls_evaluation_get_t_score (evaluation), ls_gas_t_score (scores, NULL, 2), 1e-9);
}

static gint64
add_sketch (Fixture        *f,
            int             day,
            LsSketchStatus  status)
{
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(GDate) date = ls_date_new_dmy (day, 1, 2026);
  g_autoptr(GError) error = NULL;

  ls_sketch_set_person_id (sketch, ls_person_get_id (f->person));
  ls_sketch_set_date (sketch, date);
  ls_sketch_set_status (sketch, status);
  g_assert_true (ls_store_save_sketch (f->store, sketch, &error));
  g_assert_no_error (error);
  return ls_sketch_get_id (sketch);
}

/* A draft is based on the newest finished sketch when it is drafted (not
 * one in progress), and stays so when a later one is finished. */
static void
test_based_on_sketch (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) decision = make_draft (f);
  g_autoptr(LsDecision) back = NULL;
  gint64 first = add_sketch (f, 5, LS_SKETCH_FINISHED);
  gint64 chosen = add_sketch (f, 10, LS_SKETCH_FINISHED);

  add_sketch (f, 12, LS_SKETCH_IN_PROGRESS);
  g_assert_cmpint (first, !=, chosen);
  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_decision_get_sketch_id (decision), ==, chosen);
  add_sketch (f, 20, LS_SKETCH_FINISHED);
  ls_decision_set_grounds (decision, "Endret");
  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  back = ls_store_load_decision (f->store, ls_decision_get_id (decision), &error);
  g_assert_no_error (error);
  g_assert_cmpint (ls_decision_get_sketch_id (back), ==, chosen);
}

/* One that comes with an issue date (an import) is based on the newest
 * sketch finished by then. */
static void
test_based_on_sketch_by_issue_date (Fixture      *f,
                                    gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) decision = make_draft (f);
  g_autoptr(GDate) issued = ls_date_new_dmy (7, 1, 2026);
  gint64 first = add_sketch (f, 5, LS_SKETCH_FINISHED);

  add_sketch (f, 10, LS_SKETCH_FINISHED);
  ls_decision_set_issued_date (decision, issued);
  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_decision_get_sketch_id (decision), ==, first);
}

static gboolean
freeze_fails (LsStore  *store,
              gint64    decision_id,
              gpointer  user_data,
              GError  **error)
{
  g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_FAILED, "the documents could not be made");
  return FALSE;
}

static gboolean
freeze_one (LsStore  *store,
            gint64    decision_id,
            gpointer  user_data,
            GError  **error)
{
  g_autoptr(GBytes) pdf = g_bytes_new_static ("%PDF-1.5 sent", 13);

  return ls_store_save_issued_document (store, decision_id, "decision", 0, pdf, error);
}

/* Issued together with its documents or not at all; a draft has none; a
 * stored document is never replaced or changed. */
static void
test_issued_documents (Fixture      *f,
                       gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) decision = make_draft (f);
  g_autoptr(LsDecision) back = NULL;
  g_autoptr(GDate) today = ls_date_new_dmy (20, 1, 2026);
  g_autoptr(GBytes) other = g_bytes_new_static ("%PDF-1.5 other", 14);
  g_autoptr(GBytes) stored = NULL;
  gint64 id;

  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  id = ls_decision_get_id (decision);
  g_assert_false (ls_store_save_issued_document (f->store, id, "decision", 0, other, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);

  g_assert_false (ls_store_issue_decision_frozen (f->store, decision, "lise", today, TRUE, FALSE, freeze_fails,
                                                  NULL, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_FAILED);
  g_clear_error (&error);
  g_assert_cmpint (ls_decision_get_status (decision), ==, LS_DECISION_DRAFT);
  back = ls_store_load_decision (f->store, id, &error);
  g_assert_cmpint (ls_decision_get_status (back), ==, LS_DECISION_DRAFT);
  g_assert_null (ls_store_load_issued_document (f->store, id, "decision", NULL, &error));
  g_assert_no_error (error);

  g_assert_true (ls_store_issue_decision_frozen (f->store, decision, "lise", today, TRUE, FALSE, freeze_one,
                                                 NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_decision_get_status (decision), ==, LS_DECISION_ISSUED);
  g_assert_false (ls_store_save_issued_document (f->store, id, "decision", 0, other, &error));
  g_clear_error (&error);
  g_assert_false (_ls_store_exec (f->store, "UPDATE issued_documents SET pdf = x'00'", &error));
  g_clear_error (&error);
  stored = ls_store_load_issued_document (f->store, id, "decision", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (stored);
  g_assert_cmpmem (g_bytes_get_data (stored, NULL), g_bytes_get_size (stored), "%PDF-1.5 sent", 13);
}

/* Issue 11: every decision carries the caseworker's own assessment, and a
 * decision that gives less than the one before is issued only after an
 * advance notice (forhåndsvarsel) and the answer, or its passed deadline,
 * are recorded; kept with the draft. */
static void
test_reduction_needs_notice (Fixture      *f,
                             gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) first = make_draft (f);
  g_autoptr(LsDecision) next = make_draft (f);
  g_autoptr(LsDecision) back = NULL;
  g_autoptr(LsMeasure) measure = NULL;
  g_autoptr(GDate) issued = ls_date_new_dmy (20, 1, 2026);
  g_autoptr(GDate) later = ls_date_new_dmy (10, 8, 2026);
  g_autoptr(GDate) sent = ls_date_new_dmy (1, 7, 2026);
  g_autoptr(GDate) deadline = ls_date_new_dmy (15, 7, 2026);
  g_autoptr(GDate) before_deadline = ls_date_new_dmy (10, 7, 2026);

  g_assert_true (ls_store_save_decision (f->store, first, &error));
  g_assert_true (ls_store_issue_decision (f->store, first, "lise", issued, TRUE, &error));
  g_assert_no_error (error);

  /* 4.5 hours a week become 2. */
  ls_decision_set_previous_id (next, ls_decision_get_id (first));
  measure = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_measures (next)), 0);
  ls_measure_set_extent (measure, 2);
  ls_decision_set_change_reason (next, "Du klarer mer selv.");
  g_assert_true (ls_store_save_decision (f->store, next, &error));

  g_assert_false (ls_store_issue_decision (f->store, next, "lise", later, TRUE, &error));
  g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_NO_ADVANCE_NOTICE);
  g_assert_null (strchr (error->message, '\n'));
  g_clear_error (&error);
  g_assert_cmpint (ls_decision_get_status (next), ==, LS_DECISION_DRAFT);

  /* Sent, but no answer and the deadline not passed: still refused. */
  g_assert_false (ls_decision_record_notice (next, sent, deadline, NULL, TRUE, before_deadline, &error));
  g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_DATE_ORDER);
  g_clear_error (&error);
  g_assert_true (ls_decision_record_notice (next, sent, deadline, NULL, FALSE, before_deadline, &error));
  g_assert_true (ls_store_save_decision (f->store, next, &error));
  g_assert_false (ls_store_issue_decision (f->store, next, "lise", later, TRUE, &error));
  g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_NO_ADVANCE_NOTICE);
  g_clear_error (&error);

  /* The answer recorded: kept with the draft, and now it may be issued. */
  g_assert_true (ls_decision_record_notice (next, NULL, NULL, "Jeg vil beholde tirsdagene.", FALSE, later, &error));
  g_assert_true (ls_store_save_decision (f->store, next, &error));
  back = ls_store_load_decision (f->store, ls_decision_get_id (next), &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_compare (ls_decision_get_notice_sent (back), sent), ==, 0);
  g_assert_cmpint (g_date_compare (ls_decision_get_notice_deadline (back), deadline), ==, 0);
  g_assert_cmpstr (ls_decision_get_notice_answer (back), ==, "Jeg vil beholde tirsdagene.");
  g_assert_false (ls_decision_get_notice_no_answer (back));
  g_assert_cmpstr (ls_decision_get_change_reason (back), ==, "Du klarer mer selv.");
  g_assert_true (ls_store_issue_decision (f->store, back, "lise", later, TRUE, &error));
  g_assert_no_error (error);
}

static void
test_refused_measure_needs_notice (Fixture      *f,
                                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) first = make_draft (f);
  g_autoptr(LsDecision) next = make_draft (f);
  g_autoptr(LsMeasure) measure = NULL;
  g_autoptr(GDate) issued = ls_date_new_dmy (20, 1, 2026);
  g_autoptr(GDate) later = ls_date_new_dmy (10, 8, 2026);
  g_autoptr(GDate) sent = ls_date_new_dmy (1, 7, 2026);
  g_autoptr(GDate) deadline = ls_date_new_dmy (15, 7, 2026);

  g_assert_true (ls_store_save_decision (f->store, first, &error));
  g_assert_true (ls_store_issue_decision (f->store, first, "lise", issued, TRUE, &error));
  /* What was granted before is now refused. */
  ls_decision_set_previous_id (next, ls_decision_get_id (first));
  measure = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_measures (next)), 0);
  ls_measure_set_granted (measure, FALSE);
  ls_measure_set_refusal_grounds (measure, "Behovet er dekket.");
  g_assert_true (ls_store_save_decision (f->store, next, &error));
  g_assert_false (ls_store_issue_decision (f->store, next, "lise", later, TRUE, &error));
  g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_NO_ADVANCE_NOTICE);
  g_clear_error (&error);
  /* The deadline passed without an answer. */
  g_assert_true (ls_decision_record_notice (next, sent, deadline, NULL, TRUE, later, &error));
  g_assert_true (ls_store_save_decision (f->store, next, &error));
  g_assert_true (ls_store_issue_decision (f->store, next, "lise", later, TRUE, &error));
  g_assert_no_error (error);
}

static void
test_more_needs_no_notice (Fixture      *f,
                           gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) first = make_draft (f);
  g_autoptr(LsDecision) next = make_draft (f);
  g_autoptr(LsMeasure) measure = NULL;
  g_autoptr(GDate) issued = ls_date_new_dmy (20, 1, 2026);
  g_autoptr(GDate) later = ls_date_new_dmy (10, 8, 2026);

  g_assert_true (ls_store_save_decision (f->store, first, &error));
  g_assert_true (ls_store_issue_decision (f->store, first, "lise", issued, TRUE, &error));
  ls_decision_set_previous_id (next, ls_decision_get_id (first));
  measure = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_measures (next)), 0);
  ls_measure_set_extent (measure, 6);
  g_assert_true (ls_store_save_decision (f->store, next, &error));
  g_assert_true (ls_store_issue_decision (f->store, next, "lise", later, TRUE, &error));
  g_assert_no_error (error);
}

static void
test_assessment_required (Fixture      *f,
                          gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsDecision) decision = make_draft (f);
  g_autoptr(GDate) today = ls_date_new_dmy (20, 1, 2026);

  ls_decision_set_grounds (decision, "  \n ");
  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  g_assert_false (ls_store_issue_decision (f->store, decision, "lise", today, TRUE, &error));
  g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_MISSING_ASSESSMENT);
  g_assert_null (strchr (error->message, '\n'));
  g_clear_error (&error);
  g_assert_cmpint (ls_decision_get_status (decision), ==, LS_DECISION_DRAFT);
  ls_decision_set_grounds (decision, "Vi har lagt vekt på det du sa om middagene.");
  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  g_assert_true (ls_store_issue_decision (f->store, decision, "lise", today, TRUE, &error));
  g_assert_no_error (error);
}

static LsMay
may (Fixture       *f,
     gint64         id,
     LsDecisionAct  act,
     const char    *reason_part)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *reason = NULL;
  LsMay answer = ls_store_may_act_on_decision (f->store, id, act, &reason, &error);

  g_assert_no_error (error);
  g_assert_true ((answer == LS_MAY_NO) == (reason != NULL));
  if (reason_part != NULL)
    g_assert_nonnull (strstr (reason, reason_part));
  return answer;
}

/* Who may issue and approve, by the rules the team's server enforces,
 * read from the store: the role of the login, the municipality's
 * four-eyes rule and whether a second decision-maker approved. */
static void
test_may_act (Fixture      *f,
              gconstpointer data)
{
  g_autoptr(LsDecision) decision = make_draft (f);
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_assert_true (ls_store_save_decision (f->store, decision, &error));
  g_assert_no_error (error);
  id = ls_decision_get_id (decision);

  /* No role (a desk's user outside its caseworkers, the server's owner):
   * the desk's preferences decide; nothing to approve without the rule. */
  g_assert_cmpint (may (f, id, LS_DECISION_ACT_ISSUE, NULL), ==, LS_MAY_YES);
  g_assert_cmpint (may (f, id, LS_DECISION_ACT_APPROVE, NULL), ==, LS_MAY_NOT_NEEDED);
  if (ls_store_is_server (f->store))
    return;   /* roles on a server: tests/cli/test-cli-teams.c and the a11y test */

  g_assert_true (ls_store_add_caseworker (f->store, ls_store_get_login (f->store), "Per", "Team 1",
                                          "caseworker", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ls_store_set_four_eyes_rule (f->store, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (may (f, id, LS_DECISION_ACT_ISSUE, "decision-maker"), ==, LS_MAY_NO);
  g_assert_cmpint (may (f, id, LS_DECISION_ACT_APPROVE, "decision-maker"), ==, LS_MAY_NO);

  g_assert_true (_ls_store_exec (f->store, "UPDATE caseworkers SET role = 'decision-maker'", &error));
  g_assert_no_error (error);
  /* The desk's user drafted it (the save records the login on a desk
   * too), so they may not approve it, and the store refuses. */
  g_assert_cmpint (may (f, id, LS_DECISION_ACT_APPROVE, "drafted"), ==, LS_MAY_NO);
  g_assert_false (ls_store_approve_decision (f->store, decision, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "drafted"));
  g_clear_error (&error);

  /* Drafted by someone else: this decision-maker approves. */
  g_assert_true (_ls_store_exec (f->store, "UPDATE decisions SET drafted_login = 'another'", &error));
  g_assert_no_error (error);
  g_assert_cmpint (may (f, id, LS_DECISION_ACT_ISSUE, "approval"), ==, LS_MAY_NO);
  g_assert_cmpint (may (f, id, LS_DECISION_ACT_APPROVE, NULL), ==, LS_MAY_YES);
  g_assert_true (ls_store_approve_decision (f->store, decision, &error));
  g_assert_no_error (error);
  g_assert_cmpint (may (f, id, LS_DECISION_ACT_ISSUE, NULL), ==, LS_MAY_YES);
  g_assert_cmpint (may (f, id, LS_DECISION_ACT_APPROVE, NULL), ==, LS_MAY_NOT_NEEDED);

  /* The drafter does not approve their own. */
  g_assert_true (_ls_store_exec (f->store, "UPDATE decisions SET approved_login = NULL,"
                                           " drafted_login = (SELECT login FROM caseworkers)", &error));
  g_assert_no_error (error);
  g_assert_cmpint (may (f, id, LS_DECISION_ACT_APPROVE, "drafted"), ==, LS_MAY_NO);
  g_assert_true (ls_store_set_four_eyes_rule (f->store, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (may (f, id, LS_DECISION_ACT_ISSUE, NULL), ==, LS_MAY_YES);
  g_assert_cmpint (may (f, id, LS_DECISION_ACT_APPROVE, NULL), ==, LS_MAY_NOT_NEEDED);
}

/* The batch's enumeration: ids in id order a page at a time (keyset,
 * so pages neither repeat nor skip), issued ones only unless drafts are
 * wanted, the count to match, and no audit row for ids alone. */
static void
test_list_ids (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) issued = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GDate) today = ls_date_new_dmy (1, 2, 2026);
  guint reads;

  for (guint i = 0; i < 7; i++)
    {
      g_autoptr(LsDecision) decision = make_draft (f);
      gint64 id;

      g_assert_true (ls_store_save_decision (f->store, decision, &error));
      g_assert_no_error (error);
      id = ls_decision_get_id (decision);
      g_array_append_val (all, id);
      if (i % 3 != 1)
        {
          g_assert_true (ls_store_issue_decision (f->store, decision, "lise", today, TRUE, &error));
          g_assert_no_error (error);
          g_array_append_val (issued, id);
        }
    }
  reads = ls_store_count_audit (f->store, ls_person_get_id (f->person), LS_AUDIT_READ, &error);
  for (guint drafts = 0; drafts < 2; drafts++)
    {
      GArray *expected = drafts ? all : issued;
      g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (gint64));
      gint64 after = 0;

      g_assert_cmpint (ls_store_count_decisions (f->store, drafts, &error), ==, expected->len);
      for (;;)
        {
          g_autoptr(GArray) page = ls_store_list_decision_ids (f->store, after, 2, drafts, &error);

          g_assert_no_error (error);
          g_assert_cmpuint (page->len, <=, 2);
          if (page->len == 0)
            break;
          g_array_append_vals (seen, page->data, page->len);
          after = g_array_index (page, gint64, page->len - 1);
        }
      g_assert_cmpmem (seen->data, seen->len * sizeof (gint64), expected->data, expected->len * sizeof (gint64));
    }
  g_assert_cmpuint (ls_store_count_audit (f->store, ls_person_get_id (f->person), LS_AUDIT_READ, &error), ==,
                    reads);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ls_test_init_engine ();
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/store/decisions/round-trip", test_round_trip);
  ADD ("/store/decisions/issue-and-chain", test_issue_and_chain);
  ADD ("/store/evaluations/round-trip", test_evaluation);
  ADD ("/store/plans/round-trip", test_service_plan);
  ADD ("/store/decisions/based-on-sketch", test_based_on_sketch);
  ADD ("/store/decisions/based-on-sketch-by-issue-date", test_based_on_sketch_by_issue_date);
  ADD ("/store/decisions/issued-documents", test_issued_documents);
  ADD ("/store/decisions/reduction-needs-notice", test_reduction_needs_notice);
  ADD ("/store/decisions/refused-measure-needs-notice", test_refused_measure_needs_notice);
  ADD ("/store/decisions/more-needs-no-notice", test_more_needs_no_notice);
  ADD ("/store/decisions/assessment-required", test_assessment_required);
  ADD ("/store/decisions/may-act", test_may_act);
  ADD ("/store/decisions/list-ids", test_list_ids);
#undef ADD
  g_test_add_func ("/store/entities/values", test_entity_values);
  return g_test_run ();
}
