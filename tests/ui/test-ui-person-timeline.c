/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The person page's overview as values: history in date order with the
 * chain of decisions, and what is due next with overdue said in words. */
#include <string.h>

#include "ls-case.h"
#include "ls-decision.h"
#include "ls-evaluation.h"
#include "ls-person-timeline.h"
#include "ls-sketch.h"
#include "ls-test-display.h"

static GDate *
date (guint day, guint month, guint year)
{
  return g_date_new_dmy (day, month, year);
}

static LsDecision *
decision (gint64            id,
          gint64            previous,
          LsDecisionType    type,
          LsDecisionStatus  status,
          GDate            *start,
          GDate            *end,
          GDate            *evaluation)
{
  LsDecision *d = ls_decision_new ();

  ls_decision_set_id (d, id);
  ls_decision_set_previous_id (d, previous);
  ls_decision_set_decision_type (d, type);
  ls_decision_set_status (d, status);
  ls_decision_set_start (d, start);
  ls_decision_set_end (d, end);
  ls_decision_set_evaluation_date (d, evaluation);
  g_date_free (start);
  g_date_free (end);
  g_date_free (evaluation);
  return d;
}

static GPtrArray *
two_decisions (void)
{
  GPtrArray *decisions = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (decisions, decision (2, 1, LS_DECISION_TYPE_TRIAL, LS_DECISION_ISSUED,
                                        date (1, 4, 2026), date (1, 10, 2026), date (15, 9, 2026)));
  g_ptr_array_add (decisions, decision (1, 0, LS_DECISION_TYPE_TRIAL, LS_DECISION_SUPERSEDED,
                                        date (1, 10, 2025), date (1, 4, 2026), date (15, 3, 2026)));
  return decisions;
}

static void
test_history_in_date_order (void)
{
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) sketches = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) decisions = two_decisions ();
  g_autoptr(GPtrArray) evaluations = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) items = NULL;
  LsCase *kase = ls_case_new ();
  LsSketch *sketch = ls_sketch_new ();
  LsSketch *undated = ls_sketch_new ();
  LsEvaluation *evaluation = ls_evaluation_new ();
  g_autoptr(GDate) received = date (20, 9, 2025);
  g_autoptr(GDate) talked = date (25, 9, 2025);
  g_autoptr(GDate) evaluated = date (16, 3, 2026);
  const LsTimelineItem *item;

  ls_case_set_received (kase, received);
  ls_case_set_applied_for (kase, "Praktisk bistand");
  ls_case_set_applied_by (kase, "representative");
  g_ptr_array_add (cases, kase);
  ls_sketch_set_date (sketch, talked);
  ls_sketch_set_status (sketch, LS_SKETCH_FINISHED);
  g_ptr_array_add (sketches, sketch);
  ls_sketch_set_status (undated, LS_SKETCH_IN_PROGRESS);
  g_ptr_array_add (sketches, undated);
  ls_evaluation_set_date (evaluation, evaluated);
  ls_evaluation_set_outcome (evaluation, LS_EVALUATION_OUTCOME_ADJUST);
  g_ptr_array_add (evaluations, evaluation);

  items = ls_person_timeline_build (cases, sketches, decisions, evaluations);
  g_assert_cmpuint (items->len, ==, 6);
  g_assert_cmpint (((LsTimelineItem *) g_ptr_array_index (items, 0))->kind, ==, LS_TIMELINE_APPLICATION);
  g_assert_nonnull (strstr (((LsTimelineItem *) g_ptr_array_index (items, 0))->detail, "A representative"));
  g_assert_cmpint (((LsTimelineItem *) g_ptr_array_index (items, 1))->kind, ==, LS_TIMELINE_SKETCH);
  g_assert_cmpint (((LsTimelineItem *) g_ptr_array_index (items, 2))->id, ==, 1);
  g_assert_cmpint (((LsTimelineItem *) g_ptr_array_index (items, 3))->kind, ==, LS_TIMELINE_EVALUATION);
  g_assert_nonnull (strstr (((LsTimelineItem *) g_ptr_array_index (items, 3))->detail, "Adjust"));
  /* The newer decision names the one it follows. */
  item = g_ptr_array_index (items, 4);
  g_assert_cmpint (item->id, ==, 2);
  g_assert_nonnull (strstr (item->detail, "follows the decision of 01.10.2025"));
  /* No date: last. */
  item = g_ptr_array_index (items, 5);
  g_assert_false (g_date_valid (&item->date));
  g_assert_nonnull (strstr (item->detail, "In progress"));
}

static void
test_due_next (void)
{
  g_autoptr(GPtrArray) decisions = two_decisions ();
  g_autoptr(GPtrArray) due = NULL;
  g_autoptr(GDate) today = date (20, 9, 2026);
  const LsTimelineItem *item;

  due = ls_person_timeline_due (decisions, today);
  /* Only the running decision: its evaluation (overdue) and its end (soon). */
  g_assert_cmpuint (due->len, ==, 2);
  item = g_ptr_array_index (due, 0);
  g_assert_cmpint (item->kind, ==, LS_TIMELINE_DUE_EVALUATION);
  g_assert_cmpint (item->due, ==, LS_DUE_OVERDUE);
  g_assert_nonnull (strstr (item->detail, "Overdue by 5 days"));
  g_assert_nonnull (strstr (item->detail, "15.09.2026"));
  item = g_ptr_array_index (due, 1);
  g_assert_cmpint (item->kind, ==, LS_TIMELINE_DUE_END);
  g_assert_cmpint (item->due, ==, LS_DUE_SOON);
}

static void
test_format_date (void)
{
  g_autoptr(GDate) d = date (4, 3, 2026);
  g_autofree char *text = ls_format_date (d);
  g_autofree char *none = ls_format_date (NULL);

  g_assert_cmpstr (text, ==, "04.03.2026");
  g_assert_cmpstr (none, ==, "–");
}

int
main (int   argc,
      char *argv[])
{
  LS_TEST_INIT_DISPLAY (&argc, &argv);

  g_test_add_func ("/ui/person-timeline/history-in-date-order", test_history_in_date_order);
  g_test_add_func ("/ui/person-timeline/due-next", test_due_next);
  g_test_add_func ("/ui/person-timeline/format-date", test_format_date);
  return g_test_run ();
}
