/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The decision editor's rules without widgets. */
#include <math.h>

#include <glib.h>

#include "ls-decision-draft.h"
#include "ls-gas.h"

static LsSketch *
make_sketch (void)
{
  LsSketch *sketch = ls_sketch_new ();
  GListStore *entries = ls_sketch_get_entries (sketch);
  const char *priorities[] = { "leisure", "entry:11", NULL };
  struct { gint64 id; const char *domain; LsEntryKind kind; LsEntryAuthor author; const char *text; } rows[] = {
    { 10, "home", LS_ENTRY_SUPPORT_NEED, LS_ENTRY_AUTHOR_CASEWORKER, "Help planning meals" },
    { 11, "home", LS_ENTRY_WISH, LS_ENTRY_AUTHOR_PERSON, "I want to cook for my friends" },
    { 12, "leisure", LS_ENTRY_SUPPORT_NEED, LS_ENTRY_AUTHOR_PERSON, "Someone to go to football with" },
    { 13, "leisure", LS_ENTRY_CHALLENGE, LS_ENTRY_AUTHOR_CASEWORKER, "Anxious in crowds" },
    { 14, "work", LS_ENTRY_STRENGTH, LS_ENTRY_AUTHOR_PERSON, "Good with computers" },
  };

  ls_sketch_set_person_id (sketch, 7);
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(LsSketchEntry) entry = ls_sketch_entry_new_with (rows[i].domain, rows[i].kind,
                                                                 rows[i].author, rows[i].text);
      ls_sketch_entry_set_id (entry, rows[i].id);
      g_list_store_append (entries, entry);
    }
  ls_sketch_set_priorities (sketch, priorities);
  return sketch;
}

static void
test_needs_and_grounds (void)
{
  g_autoptr(LsSketch) sketch = make_sketch ();
  g_autoptr(GPtrArray) needs = ls_decision_draft_needs (sketch);
  g_autoptr(LsGoal) goal = NULL;
  g_autofree char *grounds = NULL;
  g_autoptr(LsLegalTexts) legal = NULL;
  LsDraftNeed *need;

  /* leisure (its support need), then the wish, then the remaining support need */
  g_assert_cmpuint (needs->len, ==, 3);
  need = g_ptr_array_index (needs, 0);
  g_assert_cmpint (need->entry_id, ==, 12);
  g_assert_true (need->own_words);
  need = g_ptr_array_index (needs, 1);
  g_assert_cmpint (need->entry_id, ==, 11);
  g_assert_cmpstr (need->text, ==, "I want to cook for my friends");
  need = g_ptr_array_index (needs, 2);
  g_assert_cmpint (need->entry_id, ==, 10);
  g_assert_false (need->own_words);

  goal = ls_decision_draft_goal_for_need (g_ptr_array_index (needs, 0));
  g_assert_cmpstr (ls_goal_get_domain_key (goal), ==, "leisure");
  g_assert_cmpint (ls_goal_get_need_entry_id (goal), ==, 12);
  g_assert_cmpint (ls_goal_get_baseline (goal), ==, -1);

  legal = ls_legal_texts_new ("/nonexistent/legal.ini", NULL);
  grounds = ls_decision_draft_grounds (sketch, legal, "nb", NULL, NULL);
  /* the person's words quoted; the assessment from the caseworker's entries */
  g_assert_nonnull (strstr (grounds, "«Someone to go to football with» (leisure)"));
  g_assert_nonnull (strstr (grounds, "«I want to cook for my friends» (home)"));
  g_assert_nonnull (strstr (grounds, "leisure: Anxious in crowds"));
  g_assert_nonnull (strstr (grounds, "home: Help planning meals"));
  /* a domain nobody prioritised stays out */
  g_assert_null (strstr (grounds, "computers"));
  g_assert_true (strstr (grounds, "football") < strstr (grounds, "Anxious"));
}

static void
add_goal (LsDecision *decision, gint64 id, const char *text, double weight, gboolean levels)
{
  g_autoptr(LsGoal) goal = ls_goal_new ();

  ls_goal_set_id (goal, id);
  ls_goal_set_text (goal, text);
  ls_goal_set_weight (goal, weight);
  for (int level = -2; level <= 2 && levels; level++)
    ls_goal_set_level_text (goal, level, "level");
  g_list_store_append (ls_decision_get_goals (decision), goal);
}

static void
add_measure (LsDecision *decision, const char *service, double hours)
{
  g_autoptr(LsMeasure) measure = ls_measure_new ();

  ls_measure_set_service_key (measure, service);
  ls_measure_set_extent (measure, hours);
  ls_measure_set_unit (measure, "hours");
  ls_measure_set_granted (measure, TRUE);
  g_list_store_append (ls_decision_get_measures (decision), measure);
}

static LsDecision *
complete_trial (void)
{
  LsDecision *decision = ls_decision_new ();
  g_autoptr(GDate) start = g_date_new_dmy (1, 2, 2026);
  g_autoptr(GDate) end = g_date_new_dmy (31, 7, 2026);
  g_autoptr(GDate) evaluation = g_date_new_dmy (15, 7, 2026);

  ls_decision_set_id (decision, 40);
  ls_decision_set_person_id (decision, 7);
  ls_decision_set_decision_type (decision, LS_DECISION_TYPE_TRIAL);
  ls_decision_set_start (decision, start);
  ls_decision_set_end (decision, end);
  ls_decision_set_evaluation_date (decision, evaluation);
  ls_decision_set_grounds (decision, "Grounds");
  ls_decision_set_legal_basis (decision, "hol § 3-2");
  ls_decision_set_prepared_by (decision, "kari");
  add_goal (decision, 1, "Go to football twice a month", 1, TRUE);
  add_goal (decision, 2, "Cook a meal for friends", 1, TRUE);
  add_measure (decision, "personal_assistance", 6);
  add_measure (decision, "respite", 2);
  return decision;
}

/* A need answered by a goal is not offered again; goals and measures
 * added by hand come after the others with the draft's defaults. */
static void
test_answered_and_added (void)
{
  g_autoptr(LsSketch) sketch = make_sketch ();
  g_autoptr(GPtrArray) needs = ls_decision_draft_needs (sketch);
  g_autoptr(LsDecision) decision = complete_trial ();
  LsDraftNeed domain_need = { (char *) "leisure", 0, (char *) "Football", TRUE };
  LsDraftNeed *entry_need = g_ptr_array_index (needs, 0);   /* entry 12, in leisure */
  LsGoal *goal;
  LsMeasure *measure;

  g_assert_cmpint (entry_need->entry_id, ==, 12);
  g_assert_false (ls_decision_draft_need_answered (decision, entry_need));
  g_assert_false (ls_decision_draft_need_answered (decision, &domain_need));

  /* a goal for the entry answers that entry, not its domain as a whole */
  goal = ls_decision_draft_add_goal (decision, entry_need);
  g_assert_cmpuint (ls_goal_get_position (goal), ==, 2);
  g_assert_cmpint (ls_goal_get_need_entry_id (goal), ==, 12);
  g_assert_cmpstr (ls_goal_get_text (goal), ==, "Someone to go to football with");
  g_assert_cmpint (ls_goal_get_baseline (goal), ==, LS_GAS_DEFAULT_BASELINE);
  g_assert_cmpfloat (ls_goal_get_weight (goal), ==, 1.0);
  g_assert_true (ls_decision_draft_need_answered (decision, entry_need));
  g_assert_false (ls_decision_draft_need_answered (decision, &domain_need));

  /* a goal for the domain answers the domain need, and no other entry */
  ls_decision_draft_add_goal (decision, &domain_need);
  g_assert_true (ls_decision_draft_need_answered (decision, &domain_need));
  g_assert_false (ls_decision_draft_need_answered (decision, g_ptr_array_index (needs, 1)));

  /* a goal written by hand answers no need */
  goal = ls_decision_draft_add_goal (decision, NULL);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ls_decision_get_goals (decision))), ==, 5);
  g_assert_cmpuint (ls_goal_get_position (goal), ==, 4);
  g_assert_cmpint (ls_goal_get_need_entry_id (goal), ==, 0);
  g_assert_null (ls_goal_get_domain_key (goal));
  g_assert_cmpint (ls_goal_get_baseline (goal), ==, LS_GAS_DEFAULT_BASELINE);
  g_assert_cmpfloat (ls_goal_get_weight (goal), ==, 1.0);
  g_assert_false (ls_decision_draft_need_answered (decision, g_ptr_array_index (needs, 2)));

  /* a measure: granted for the decision's period, in the service's unit */
  measure = ls_decision_draft_add_measure (decision, "transport", "trips");
  g_assert_cmpuint (ls_measure_get_position (measure), ==, 2);
  g_assert_cmpstr (ls_measure_get_service_key (measure), ==, "transport");
  g_assert_cmpstr (ls_measure_get_unit (measure), ==, "trips");
  g_assert_true (ls_measure_get_granted (measure));
  g_assert_cmpint (g_date_compare (ls_measure_get_start (measure), ls_decision_get_start (decision)), ==, 0);
  g_assert_cmpint (g_date_compare (ls_measure_get_end (measure), ls_decision_get_end (decision)), ==, 0);
  /* no unit in the catalog: hours */
  measure = ls_decision_draft_add_measure (decision, NULL, NULL);
  g_assert_cmpuint (ls_measure_get_position (measure), ==, 3);
  g_assert_cmpstr (ls_measure_get_unit (measure), ==, "hours");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ls_decision_get_measures (decision))), ==, 4);
}

/* A support need added and left empty is never quoted as if the person
 * had said it: not as a priority, nor among the remaining needs. */
static void
test_blank_need (void)
{
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(GPtrArray) needs = NULL;
  const char *priorities[] = { "entry:21", "work", NULL };
  struct { gint64 id; const char *domain; LsEntryKind kind; const char *text; } rows[] = {
    { 20, "home", LS_ENTRY_SUPPORT_NEED, "Help planning meals" },
    { 21, "home", LS_ENTRY_SUPPORT_NEED, "" },
    { 22, "work", LS_ENTRY_SUPPORT_NEED, "  \n" },
    { 23, "work", LS_ENTRY_WISH, "A job in a shop" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    {
      g_autoptr(LsSketchEntry) entry = ls_sketch_entry_new_with (rows[i].domain, rows[i].kind,
                                                                 LS_ENTRY_AUTHOR_PERSON, rows[i].text);
      ls_sketch_entry_set_id (entry, rows[i].id);
      g_list_store_append (ls_sketch_get_entries (sketch), entry);
    }
  ls_sketch_set_priorities (sketch, priorities);
  {
    g_autoptr(LsSketchEntry) blank = g_list_model_get_item (G_LIST_MODEL (ls_sketch_get_entries (sketch)), 2);
    g_autoptr(LsSketchEntry) said = g_list_model_get_item (G_LIST_MODEL (ls_sketch_get_entries (sketch)), 0);

    g_assert_false (ls_sketch_entry_has_text (blank));
    g_assert_true (ls_sketch_entry_has_text (said));
  }
  needs = ls_decision_draft_needs (sketch);
  for (guint i = 0; i < needs->len; i++)
    {
      LsDraftNeed *need = g_ptr_array_index (needs, i);
      g_autofree char *text = g_strstrip (g_strdup (need->text));

      g_assert_cmpstr (text, !=, "");
      g_assert_cmpint (need->entry_id, !=, 21);
      g_assert_cmpint (need->entry_id, !=, 22);
    }
  /* work: its blank need gives way to the wish */
  g_assert_cmpuint (needs->len, ==, 2);
  g_assert_cmpstr (((LsDraftNeed *) g_ptr_array_index (needs, 0))->text, ==, "A job in a shop");
  g_assert_cmpstr (((LsDraftNeed *) g_ptr_array_index (needs, 1))->text, ==, "Help planning meals");
}

static void
test_missing (void)
{
  g_autoptr(LsDecision) empty = ls_decision_new ();
  g_autoptr(LsDecision) decision = complete_trial ();
  g_autoptr(GPtrArray) missing = ls_decision_draft_missing (empty);
  g_autoptr(GPtrArray) complete = ls_decision_draft_missing (decision);
  g_autoptr(LsMeasure) refused = ls_measure_new ();
  g_autoptr(GPtrArray) refusal = NULL;

  g_assert_cmpuint (complete->len, ==, 0);
  /* goal, measure, start, end, evaluation date, grounds */
  g_assert_cmpuint (missing->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (missing, 3), ==, "A trial decision needs an end date");

  ls_measure_set_service_key (refused, "bpa");
  ls_measure_set_granted (refused, FALSE);
  g_list_store_append (ls_decision_get_measures (decision), refused);
  refusal = ls_decision_draft_missing (decision);
  g_assert_cmpuint (refusal->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (refusal, 0), ==,
                   "Measure 3 is refused: give the grounds for the refusal");
}

static void
test_issue_refusals (void)
{
  g_autoptr(LsDecision) decision = complete_trial ();
  g_autoptr(GDate) today = g_date_new_dmy (20, 1, 2026);
  GDate cleared;
  GError *error = NULL;

  /* a trial without an end date */
  g_date_clear (&cleared, 1);
  ls_decision_set_end (decision, &cleared);
  g_assert_false (ls_decision_draft_check_issue (decision, "lead", TRUE, TRUE, &error));
  g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_MISSING_DATE);
  g_clear_error (&error);
  {
    g_autoptr(GDate) end = g_date_new_dmy (31, 7, 2026);
    ls_decision_set_end (decision, end);
  }

  /* not a decision-maker; four eyes: the preparer cannot issue */
  g_assert_false (ls_decision_draft_check_issue (decision, "lead", TRUE, FALSE, &error));
  g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_NOT_DECISION_MAKER);
  g_clear_error (&error);
  g_assert_false (ls_decision_draft_check_issue (decision, "kari", TRUE, TRUE, &error));
  g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_FOUR_EYES);
  g_clear_error (&error);
  g_assert_true (ls_decision_draft_check_issue (decision, "kari", FALSE, TRUE, NULL));

  /* evaluation before issue */
  g_assert_false (ls_decision_draft_check_evaluate (decision, &error));
  g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_TRANSITION);
  g_clear_error (&error);

  g_assert_true (ls_decision_draft_issue (decision, "lead", TRUE, TRUE, today, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_decision_get_status (decision), ==, LS_DECISION_ISSUED);
  g_assert_cmpstr (ls_decision_get_issued_by (decision), ==, "lead");
  g_assert_true (ls_decision_draft_check_evaluate (decision, NULL));

  /* issuing again, or editing an issued decision */
  g_assert_false (ls_decision_draft_check_issue (decision, "lead", TRUE, TRUE, &error));
  g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_TRANSITION);
  g_clear_error (&error);
  g_assert_false (ls_decision_check_editable (ls_decision_get_status (decision), &error));
  g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_NOT_EDITABLE);
  g_clear_error (&error);
}

static void
test_evaluation_t_score (void)
{
  g_autoptr(LsDecision) decision = complete_trial ();
  g_autoptr(LsEvaluation) evaluation = ls_evaluation_new ();
  g_autoptr(LsGoal) first = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_goals (decision)), 0);
  g_autoptr(LsGoal) second = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_goals (decision)), 1);

  g_assert_true (isnan (ls_evaluation_get_t_score (evaluation)));
  ls_decision_draft_score_goal (evaluation, first, 0);
  ls_decision_draft_score_goal (evaluation, second, 0);
  g_assert_cmpfloat (ls_evaluation_get_t_score (evaluation), ==, 50.0);

  /* weights 6 and 2, scores +1 and -1: Σwx = 4, Σw = 8, Σw² = 40;
   * T = 50 + 10·4/√(0.7·40 + 0.3·64) = 50 + 40/√47.2 = 55.82 */
  ls_goal_set_weight (first, 6);
  ls_goal_set_weight (second, 2);
  ls_decision_draft_score_goal (evaluation, first, 1);
  ls_decision_draft_score_goal (evaluation, second, -1);
  g_assert_cmpuint (ls_evaluation_get_n_scores (evaluation), ==, 2);
  g_assert_cmpfloat_with_epsilon (ls_evaluation_get_t_score (evaluation), 55.82, 0.005);
}

static void
test_next_decision (void)
{
  g_autoptr(LsDecision) decision = complete_trial ();
  g_autoptr(LsEvaluation) evaluation = ls_evaluation_new ();
  g_autoptr(LsDecision) next = NULL;
  g_autoptr(LsDecision) ordinary = NULL;
  g_autoptr(LsGoal) goal = NULL;
  g_autoptr(LsMeasure) measure = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(GPtrArray) missing = NULL;
  g_autoptr(GDate) expected_start = g_date_new_dmy (1, 8, 2026);

  ls_decision_set_status (decision, LS_DECISION_UNDER_EVALUATION);
  goal = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_goals (decision)), 0);
  ls_decision_draft_score_goal (evaluation, goal, 1);
  g_clear_object (&goal);

  ls_evaluation_set_outcome (evaluation, LS_EVALUATION_OUTCOME_END);
  g_assert_null (ls_decision_draft_next (decision, evaluation, "kari"));

  ls_evaluation_set_outcome (evaluation, LS_EVALUATION_OUTCOME_ADJUST);
  next = ls_decision_draft_next (decision, evaluation, "kari");
  g_assert_nonnull (next);
  g_assert_cmpint (ls_decision_get_previous_id (next), ==, 40);
  g_assert_cmpint (ls_decision_get_id (next), ==, 0);
  g_assert_cmpint (ls_decision_get_status (next), ==, LS_DECISION_DRAFT);
  g_assert_cmpint (ls_decision_get_decision_type (next), ==, LS_DECISION_TYPE_TRIAL);
  g_assert_cmpint (g_date_compare (ls_decision_get_start (next), expected_start), ==, 0);
  /* same length of period, evaluation inside it */
  g_assert_cmpint (g_date_days_between (ls_decision_get_start (next), ls_decision_get_end (next)), ==, 180);
  g_assert_true (g_date_valid (ls_decision_get_evaluation_date (next)));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ls_decision_get_goals (next))), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ls_decision_get_measures (next))), ==, 2);
  goal = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_goals (next)), 0);
  g_assert_cmpint (ls_goal_get_id (goal), ==, 0);
  g_assert_cmpint (ls_goal_get_baseline (goal), ==, 1);   /* where the period ended */
  g_assert_cmpstr (ls_goal_get_level_text (goal, 2), ==, "level");
  measure = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_measures (next)), 0);
  g_assert_cmpint (g_date_compare (ls_measure_get_start (measure), expected_start), ==, 0);
  missing = ls_decision_draft_missing (next);
  g_assert_cmpuint (missing->len, ==, 0);

  ls_evaluation_set_outcome (evaluation, LS_EVALUATION_OUTCOME_MAKE_ORDINARY);
  ordinary = ls_decision_draft_next (decision, evaluation, "kari");
  g_assert_cmpint (ls_decision_get_decision_type (ordinary), ==, LS_DECISION_TYPE_ORDINARY);
  g_assert_true (ls_decision_get_end (ordinary) == NULL || !g_date_valid (ls_decision_get_end (ordinary)));

  /* what changed: fewer hours, a goal dropped */
  g_list_store_remove (ls_decision_get_measures (next), 1);
  g_list_store_remove (ls_decision_get_goals (next), 1);
  changes = ls_decision_draft_changes (decision, next);
  g_assert_cmpuint (changes->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (changes, 0), ==, "Hours per week: 8 → 6");
  g_assert_cmpstr (g_ptr_array_index (changes, 1), ==, "Goal dropped: Cook a meal for friends");
}

static void
test_legal_basis (void)
{
  g_autoptr(LsDecision) decision = complete_trial ();
  g_autoptr(GKeyFile) services = g_key_file_new ();
  g_autofree char *basis = NULL;

  g_key_file_set_string (services, "personal_assistance", "LegalBasis", "hol § 3-2 nr. 6 b");
  g_key_file_set_string (services, "respite", "LegalBasis", "hol § 3-6");
  basis = ls_decision_draft_legal_basis (decision, services);
  g_assert_cmpstr (basis, ==, "hol § 3-2 nr. 6 b\nhol § 3-6");
}

static void
test_dates (void)
{
  g_autoptr(GDate) a = ls_decision_draft_parse_date ("1.2.2026");
  g_autoptr(GDate) b = ls_decision_draft_parse_date ("2026-02-01");
  g_autofree char *text = ls_decision_draft_format_date (a);

  g_assert_nonnull (a);
  g_assert_cmpint (g_date_compare (a, b), ==, 0);
  g_assert_cmpstr (text, ==, "01.02.2026");
  g_assert_null (ls_decision_draft_parse_date ("31.02.2026"));
  g_assert_null (ls_decision_draft_parse_date ("1.2.2026x"));
  g_assert_null (ls_decision_draft_parse_date (""));
}

static void
test_service_plan (void)
{
  g_autoptr(LsDecision) decision = complete_trial ();
  g_autoptr(LsSketch) sketch = make_sketch ();
  g_autoptr(GKeyFile) services = g_key_file_new ();
  g_autoptr(LsServicePlan) plan = NULL;
  GPtrArray *participants;

  ls_sketch_add_participant (sketch, "Per Verge", "guardian");
  g_key_file_set_string (services, "personal_assistance", "Name", "Personal assistance");
  plan = ls_decision_draft_service_plan (decision, sketch, "Ola Testesen", services);
  g_assert_cmpint (ls_service_plan_get_decision_id (plan), ==, 40);
  g_assert_cmpint (ls_service_plan_get_person_id (plan), ==, 7);
  g_assert_nonnull (strstr (ls_service_plan_get_goals (plan), "Go to football twice a month"));
  g_assert_nonnull (strstr (ls_service_plan_get_goals (plan), "Good with computers"));
  g_assert_nonnull (strstr (ls_service_plan_get_implementation (plan), "Personal assistance: 6 hours per week"));
  g_assert_cmpint (g_date_compare (ls_service_plan_get_revision_date (plan),
                                   ls_decision_get_evaluation_date (decision)), ==, 0);
  g_assert_cmpint (g_date_compare (ls_service_plan_get_period_end (plan), ls_decision_get_end (decision)), ==, 0);
  g_assert_false (ls_service_plan_get_consent_plan (plan));
  participants = ls_service_plan_get_participants (plan);
  g_assert_cmpuint (participants->len, ==, 2);
  g_assert_cmpstr (((LsParticipant *) g_ptr_array_index (participants, 0))->name, ==, "Ola Testesen");
  g_assert_cmpstr (((LsParticipant *) g_ptr_array_index (participants, 1))->role, ==, "guardian");
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/decision-draft/needs-and-grounds", test_needs_and_grounds);
  g_test_add_func ("/decision-draft/missing", test_missing);
  g_test_add_func ("/decision-draft/blank-need", test_blank_need);
  g_test_add_func ("/decision-draft/answered-and-added", test_answered_and_added);
  g_test_add_func ("/decision-draft/issue-refusals", test_issue_refusals);
  g_test_add_func ("/decision-draft/evaluation-t-score", test_evaluation_t_score);
  g_test_add_func ("/decision-draft/next-decision", test_next_decision);
  g_test_add_func ("/decision-draft/legal-basis", test_legal_basis);
  g_test_add_func ("/decision-draft/dates", test_dates);
  g_test_add_func ("/decision-draft/service-plan", test_service_plan);
  return g_test_run ();
}
