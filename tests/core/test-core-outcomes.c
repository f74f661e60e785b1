/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Outcome figures on a small caseload made by hand. */
#include <math.h>

#include <glib.h>

#include "ls-measure.h"
#include "ls-outcomes.h"

static GDate *
day (int d, int m, int y)
{
  return g_date_new_dmy (d, m, y);
}

static LsDecision *
trial (gint64 id, LsDecisionStatus status, int eval_day)
{
  LsDecision *decision = ls_decision_new ();
  g_autoptr(GDate) evaluation = day (eval_day, 3, 2026);

  ls_decision_set_id (decision, id);
  ls_decision_set_decision_type (decision, LS_DECISION_TYPE_TRIAL);
  ls_decision_set_status (decision, status);
  ls_decision_set_evaluation_date (decision, evaluation);
  return decision;
}

static LsEvaluation *
evaluation_on (gint64 decision_id, int d)
{
  LsEvaluation *evaluation = ls_evaluation_new ();
  g_autoptr(GDate) date = day (d, 3, 2026);

  ls_evaluation_set_decision_id (evaluation, decision_id);
  ls_evaluation_set_date (evaluation, date);
  return evaluation;
}

static void
test_on_time (void)
{
  g_autoptr(GPtrArray) decisions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) evaluations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GDate) today = day (20, 3, 2026);
  LsOnTimeSummary summary;
  LsDecision *ordinary;

  g_ptr_array_add (decisions, trial (1, LS_DECISION_SUPERSEDED, 10)); /* on time */
  g_ptr_array_add (decisions, trial (2, LS_DECISION_SUPERSEDED, 10)); /* late */
  g_ptr_array_add (decisions, trial (3, LS_DECISION_ISSUED, 15));     /* missing */
  g_ptr_array_add (decisions, trial (4, LS_DECISION_ISSUED, 25));     /* not due */
  g_ptr_array_add (decisions, trial (5, LS_DECISION_DRAFT, 5));       /* draft */
  ordinary = trial (6, LS_DECISION_ISSUED, 5);
  ls_decision_set_decision_type (ordinary, LS_DECISION_TYPE_ORDINARY);
  g_ptr_array_add (decisions, ordinary);

  g_ptr_array_add (evaluations, evaluation_on (1, 12));  /* a later one does not count */
  g_ptr_array_add (evaluations, evaluation_on (1, 9));
  g_ptr_array_add (evaluations, evaluation_on (2, 11));

  ls_outcomes_on_time (decisions, evaluations, today, &summary);
  g_assert_cmpuint (summary.n_due, ==, 3);
  g_assert_cmpuint (summary.n_on_time, ==, 1);
  g_assert_cmpuint (summary.n_late, ==, 1);
  g_assert_cmpuint (summary.n_missing, ==, 1);
  g_assert_cmpfloat_with_epsilon (ls_outcomes_on_time_share (&summary), 1.0 / 3.0, 1e-12);

  g_ptr_array_set_size (decisions, 0);
  ls_outcomes_on_time (decisions, evaluations, today, &summary);
  g_assert_true (isnan (ls_outcomes_on_time_share (&summary)));
}

static void
test_t_score_bins (void)
{
  g_autoptr(GPtrArray) evaluations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) scores = NULL;
  g_autoptr(GArray) counts = NULL;
  LsEvaluation *e;

  e = evaluation_on (1, 1);                 /* all as expected: 50 */
  ls_evaluation_set_score (e, 1, 0, 1);
  ls_evaluation_set_score (e, 2, 0, 1);
  g_ptr_array_add (evaluations, e);
  e = evaluation_on (2, 1);                 /* one goal at +2: 70 */
  ls_evaluation_set_score (e, 3, 2, 1);
  g_ptr_array_add (evaluations, e);
  e = evaluation_on (3, 1);                 /* one goal at -2: 30 */
  ls_evaluation_set_score (e, 4, -2, 1);
  g_ptr_array_add (evaluations, e);
  g_ptr_array_add (evaluations, evaluation_on (4, 1));  /* no scores: left out */

  scores = ls_outcomes_t_scores (evaluations);
  g_assert_cmpuint (scores->len, ==, 3);
  g_assert_cmpfloat (g_array_index (scores, double, 0), ==, 50.0);
  g_assert_cmpfloat_with_epsilon (g_array_index (scores, double, 1), 70.0, 1e-9);

  /* bins 20-30, 30-40, ..., 70-80 */
  counts = ls_outcomes_bin_counts ((double *) scores->data, scores->len, 20, 80, 6);
  g_assert_cmpuint (counts->len, ==, 6);
  g_assert_cmpuint (g_array_index (counts, guint, 0), ==, 0);
  g_assert_cmpuint (g_array_index (counts, guint, 1), ==, 1);  /* 30 */
  g_assert_cmpuint (g_array_index (counts, guint, 3), ==, 1);  /* 50 */
  g_assert_cmpuint (g_array_index (counts, guint, 5), ==, 1);  /* 70 */
}

static LsSketch *
sketch_with (gint64 id, gint64 person, int d, LsSketchStatus status, const char *key, int rating)
{
  LsSketch *sketch = ls_sketch_new ();
  g_autoptr(GDate) date = day (d, 1, 2026);

  ls_sketch_set_id (sketch, id);
  ls_sketch_set_person_id (sketch, person);
  ls_sketch_set_date (sketch, date);
  ls_sketch_set_status (sketch, status);
  ls_domain_reading_set_self_rating (ls_sketch_ensure_reading (sketch, key), rating);
  return sketch;
}

static void
test_rating_change (void)
{
  g_autoptr(GPtrArray) sketches = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) changes = NULL;
  LsDomainChange *home;
  LsSketch *s;

  /* person 1: home 3 -> 7 (given out of order), leisure 5 -> 4 */
  s = sketch_with (2, 1, 20, LS_SKETCH_FINISHED, "home", 7);
  ls_domain_reading_set_self_rating (ls_sketch_ensure_reading (s, "leisure"), 4);
  g_ptr_array_add (sketches, s);
  s = sketch_with (1, 1, 5, LS_SKETCH_FINISHED, "home", 3);
  ls_domain_reading_set_self_rating (ls_sketch_ensure_reading (s, "leisure"), 5);
  g_ptr_array_add (sketches, s);
  /* person 2: home 6 -> 8; an unfinished sketch does not count */
  g_ptr_array_add (sketches, sketch_with (3, 2, 1, LS_SKETCH_FINISHED, "home", 6));
  g_ptr_array_add (sketches, sketch_with (4, 2, 9, LS_SKETCH_FINISHED, "home", 8));
  g_ptr_array_add (sketches, sketch_with (5, 2, 12, LS_SKETCH_IN_PROGRESS, "home", 1));
  /* person 3: one reading only */
  g_ptr_array_add (sketches, sketch_with (6, 3, 1, LS_SKETCH_FINISHED, "home", 2));

  changes = ls_outcomes_rating_change (sketches);
  g_assert_cmpuint (changes->len, ==, 2);
  home = &g_array_index (changes, LsDomainChange, 0);
  g_assert_cmpstr (home->domain_key, ==, "home");
  g_assert_cmpuint (home->n_persons, ==, 2);
  g_assert_cmpfloat_with_epsilon (home->mean_change, (4.0 + 2.0) / 2, 1e-12);
  g_assert_cmpstr (g_array_index (changes, LsDomainChange, 1).domain_key, ==, "leisure");
  g_assert_cmpfloat (g_array_index (changes, LsDomainChange, 1).mean_change, ==, -1.0);
}

static void
add_measure (LsDecision *decision, const char *unit, double extent, gboolean granted)
{
  g_autoptr(LsMeasure) measure = ls_measure_new ();

  ls_measure_set_unit (measure, unit);
  ls_measure_set_extent (measure, extent);
  ls_measure_set_granted (measure, granted);
  g_list_store_append (ls_decision_get_measures (decision), measure);
}

static void
test_hours (void)
{
  g_autoptr(GPtrArray) decisions = g_ptr_array_new_with_free_func (g_object_unref);
  LsDecision *first = trial (1, LS_DECISION_SUPERSEDED, 1);
  LsDecision *adjusted = trial (2, LS_DECISION_ISSUED, 1);
  LsDecision *draft = trial (3, LS_DECISION_DRAFT, 1);
  LsHoursChange change;

  add_measure (first, "hours", 6, TRUE);
  add_measure (first, "hours", 2, TRUE);
  add_measure (first, "visits", 3, TRUE);     /* visits are not hours */
  add_measure (first, "hours", 5, FALSE);     /* refused */
  ls_decision_set_previous_id (adjusted, 1);
  add_measure (adjusted, "hours", 4.5, TRUE);
  ls_decision_set_previous_id (draft, 2);     /* a draft is not yet an adjustment */
  add_measure (draft, "hours", 1, TRUE);
  g_ptr_array_add (decisions, first);
  g_ptr_array_add (decisions, adjusted);
  g_ptr_array_add (decisions, draft);

  g_assert_cmpfloat (ls_outcomes_decision_hours (first), ==, 8.0);
  ls_outcomes_hours_change (decisions, &change);
  g_assert_cmpuint (change.n_pairs, ==, 1);
  g_assert_cmpfloat (change.hours_before, ==, 8.0);
  g_assert_cmpfloat (change.hours_after, ==, 4.5);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/outcomes/on-time", test_on_time);
  g_test_add_func ("/outcomes/t-score-bins", test_t_score_bins);
  g_test_add_func ("/outcomes/rating-change", test_rating_change);
  g_test_add_func ("/outcomes/hours", test_hours);
  return g_test_run ();
}
