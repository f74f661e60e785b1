/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The decision state machine against an explicit table, and the rules for
 * issuing a decision. */
#include <string.h>

#include <glib.h>

#include "ls-decision-status.h"

#define D LS_DECISION_DRAFT
#define I LS_DECISION_ISSUED
#define U LS_DECISION_UNDER_EVALUATION
#define S LS_DECISION_SUPERSEDED
#define E LS_DECISION_ENDED

/* Written out independently of the implementation: expected[from][to]. */
static const gboolean expected[5][5] = {
  /*           D      I      U      S      E  */
  /* D */ { FALSE, TRUE,  FALSE, FALSE, FALSE },
  /* I */ { FALSE, FALSE, TRUE,  TRUE,  TRUE  },
  /* U */ { FALSE, FALSE, FALSE, TRUE,  TRUE  },
  /* S */ { FALSE, FALSE, FALSE, FALSE, FALSE },
  /* E */ { FALSE, FALSE, FALSE, FALSE, FALSE },
};

static void
test_table (void)
{
  g_assert_cmpint (LS_DECISION_N_STATUSES, ==, 5);

  for (guint from = 0; from < 5; from++)
    for (guint to = 0; to < 5; to++)
      {
        g_autoptr(GError) error = NULL;
        gboolean ok;

        g_test_message ("%s -> %s", ls_decision_status_to_string (from),
                        ls_decision_status_to_string (to));
        g_assert_cmpint (ls_decision_status_can_follow (from, to), ==, expected[from][to]);
        ok = ls_decision_check_transition (from, to, &error);
        g_assert_cmpint (ok, ==, expected[from][to]);
        if (ok)
          {
            g_assert_no_error (error);
          }
        else
          {
            g_assert_true (error != NULL && error->domain == LS_DECISION_ERROR);
            g_assert_cmpstr (error->message, !=, "");
          }
      }
}

static void
test_editable (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ls_decision_status_is_editable (D));
  g_assert_true (ls_decision_check_editable (D, NULL));
  for (LsDecisionStatus s = I; s <= E; s++)
    g_assert_false (ls_decision_status_is_editable (s));

  g_assert_false (ls_decision_check_editable (I, &error));
  g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_NOT_EDITABLE);
  g_assert_cmpstr (error->message, ==,
                   "An issued decision cannot be changed; make a new decision that refers to it");
  g_clear_error (&error);

  /* Going back to draft is editing by another name. */
  g_assert_false (ls_decision_check_transition (I, D, &error));
  g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_NOT_EDITABLE);
  g_clear_error (&error);

  g_assert_false (ls_decision_check_editable (S, &error));
  g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_NOT_EDITABLE);

  g_assert_false (ls_decision_status_is_final (D));
  g_assert_false (ls_decision_status_is_final (I));
  g_assert_false (ls_decision_status_is_final (U));
  g_assert_true (ls_decision_status_is_final (S));
  g_assert_true (ls_decision_status_is_final (E));
}

static void
test_evaluation_before_issue (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ls_decision_check_transition (D, U, &error));
  g_assert_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_TRANSITION);
  g_assert_nonnull (strstr (error->message, "issue"));
  g_clear_error (&error);

  g_assert_true (ls_decision_check_transition (I, U, &error));
  g_assert_no_error (error);
}

static void
test_outcomes (void)
{
  g_assert_cmpint (ls_evaluation_outcome_next_status (LS_EVALUATION_OUTCOME_CONTINUE), ==, S);
  g_assert_cmpint (ls_evaluation_outcome_next_status (LS_EVALUATION_OUTCOME_ADJUST), ==, S);
  g_assert_cmpint (ls_evaluation_outcome_next_status (LS_EVALUATION_OUTCOME_MAKE_ORDINARY), ==, S);
  g_assert_cmpint (ls_evaluation_outcome_next_status (LS_EVALUATION_OUTCOME_END), ==, E);

  for (LsEvaluationOutcome o = 0; o < LS_EVALUATION_N_OUTCOMES; o++)
    {
      /* Whatever the outcome, the decision under evaluation may take it. */
      g_assert_true (ls_decision_status_can_follow (U, ls_evaluation_outcome_next_status (o)));
      g_assert_cmpint (ls_evaluation_outcome_makes_new_decision (o), ==, o != LS_EVALUATION_OUTCOME_END);
    }

  g_assert_cmpint (ls_evaluation_outcome_new_type (LS_EVALUATION_OUTCOME_CONTINUE, LS_DECISION_TYPE_TRIAL),
                   ==, LS_DECISION_TYPE_TRIAL);
  g_assert_cmpint (ls_evaluation_outcome_new_type (LS_EVALUATION_OUTCOME_ADJUST, LS_DECISION_TYPE_TRIAL),
                   ==, LS_DECISION_TYPE_TRIAL);
  g_assert_cmpint (ls_evaluation_outcome_new_type (LS_EVALUATION_OUTCOME_MAKE_ORDINARY, LS_DECISION_TYPE_TRIAL),
                   ==, LS_DECISION_TYPE_ORDINARY);
  g_assert_cmpint (ls_evaluation_outcome_new_type (LS_EVALUATION_OUTCOME_ADJUST, LS_DECISION_TYPE_ORDINARY),
                   ==, LS_DECISION_TYPE_ORDINARY);
}

typedef struct
{
  GDate *start;
  GDate *end;
  GDate *evaluation;
} Dates;

static void
dates_init (Dates *d)
{
  d->start = g_date_new_dmy (1, G_DATE_FEBRUARY, 2026);
  d->end = g_date_new_dmy (31, G_DATE_JULY, 2026);
  d->evaluation = g_date_new_dmy (15, G_DATE_JULY, 2026);
}

static void
dates_clear (Dates *d)
{
  g_date_free (d->start);
  g_date_free (d->end);
  g_date_free (d->evaluation);
}

static void
assert_issue_refused (LsDecisionType  type,
                      const GDate    *start,
                      const GDate    *end,
                      const GDate    *evaluation,
                      const char     *prepared_by,
                      const char     *issued_by,
                      gboolean        four_eyes,
                      gboolean        decision_maker,
                      int             code)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (ls_decision_check_issue (type, start, end, evaluation, prepared_by, issued_by,
                                           four_eyes, decision_maker, &error));
  g_assert_error (error, LS_DECISION_ERROR, code);
  /* No names in messages. */
  if (prepared_by != NULL && *prepared_by != '\0')
    g_assert_null (strstr (error->message, prepared_by));
  if (issued_by != NULL && *issued_by != '\0')
    g_assert_null (strstr (error->message, issued_by));
}

static void
test_issue_trial (void)
{
  Dates d;
  GDate cleared;
  g_autoptr(GDate) before_start = g_date_new_dmy (31, G_DATE_JANUARY, 2026);
  g_autoptr(GDate) after_end = g_date_new_dmy (1, G_DATE_AUGUST, 2026);
  const LsDecisionType T = LS_DECISION_TYPE_TRIAL;

  dates_init (&d);
  g_date_clear (&cleared, 1);

  g_assert_true (ls_decision_check_issue (T, d.start, d.end, d.evaluation, "kari", "ola", TRUE, TRUE, NULL));
  /* Evaluation on the first or the last day is within the period. */
  g_assert_true (ls_decision_check_issue (T, d.start, d.end, d.start, "kari", "ola", TRUE, TRUE, NULL));
  g_assert_true (ls_decision_check_issue (T, d.start, d.end, d.end, "kari", "ola", TRUE, TRUE, NULL));

  assert_issue_refused (T, d.start, NULL, d.evaluation, "kari", "ola", TRUE, TRUE, LS_DECISION_ERROR_MISSING_DATE);
  assert_issue_refused (T, d.start, &cleared, d.evaluation, "kari", "ola", TRUE, TRUE, LS_DECISION_ERROR_MISSING_DATE);
  assert_issue_refused (T, NULL, d.end, d.evaluation, "kari", "ola", TRUE, TRUE, LS_DECISION_ERROR_MISSING_DATE);
  assert_issue_refused (T, d.start, d.end, NULL, "kari", "ola", TRUE, TRUE, LS_DECISION_ERROR_MISSING_DATE);
  assert_issue_refused (T, d.end, d.start, d.evaluation, "kari", "ola", TRUE, TRUE, LS_DECISION_ERROR_DATE_ORDER);
  assert_issue_refused (T, d.start, d.start, d.start, "kari", "ola", TRUE, TRUE, LS_DECISION_ERROR_DATE_ORDER);
  assert_issue_refused (T, d.start, d.end, before_start, "kari", "ola", TRUE, TRUE, LS_DECISION_ERROR_DATE_ORDER);
  assert_issue_refused (T, d.start, d.end, after_end, "kari", "ola", TRUE, TRUE, LS_DECISION_ERROR_DATE_ORDER);

  dates_clear (&d);
}

static void
test_issue_ordinary (void)
{
  Dates d;
  const LsDecisionType O = LS_DECISION_TYPE_ORDINARY;

  dates_init (&d);

  /* An ordinary decision may run without an end or an evaluation date. */
  g_assert_true (ls_decision_check_issue (O, d.start, NULL, NULL, "kari", "ola", TRUE, TRUE, NULL));
  g_assert_true (ls_decision_check_issue (O, d.start, d.end, NULL, "kari", "ola", TRUE, TRUE, NULL));
  g_assert_true (ls_decision_check_issue (O, d.start, NULL, d.evaluation, "kari", "ola", TRUE, TRUE, NULL));
  assert_issue_refused (O, NULL, NULL, NULL, "kari", "ola", TRUE, TRUE, LS_DECISION_ERROR_MISSING_DATE);
  assert_issue_refused (O, d.end, d.start, NULL, "kari", "ola", TRUE, TRUE, LS_DECISION_ERROR_DATE_ORDER);
  assert_issue_refused (O, d.evaluation, NULL, d.start, "kari", "ola", TRUE, TRUE, LS_DECISION_ERROR_DATE_ORDER);

  dates_clear (&d);
}

static void
test_issue_people (void)
{
  Dates d;
  const LsDecisionType T = LS_DECISION_TYPE_TRIAL;

  dates_init (&d);

  /* Four eyes: the same person, however written, may not prepare and issue. */
  assert_issue_refused (T, d.start, d.end, d.evaluation, "kari", "kari", TRUE, TRUE, LS_DECISION_ERROR_FOUR_EYES);
  assert_issue_refused (T, d.start, d.end, d.evaluation, "Kari", " kari ", TRUE, TRUE, LS_DECISION_ERROR_FOUR_EYES);
  assert_issue_refused (T, d.start, d.end, d.evaluation, "Åse", "åse", TRUE, TRUE, LS_DECISION_ERROR_FOUR_EYES);
  /* Without four eyes, one person may do both. */
  g_assert_true (ls_decision_check_issue (T, d.start, d.end, d.evaluation, "kari", "kari", FALSE, TRUE, NULL));
  g_assert_true (ls_decision_check_issue (T, d.start, d.end, d.evaluation, NULL, "kari", FALSE, TRUE, NULL));
  /* With four eyes the preparer must be known. */
  assert_issue_refused (T, d.start, d.end, d.evaluation, NULL, "ola", TRUE, TRUE, LS_DECISION_ERROR_MISSING_PERSON);
  assert_issue_refused (T, d.start, d.end, d.evaluation, "  ", "ola", TRUE, TRUE, LS_DECISION_ERROR_MISSING_PERSON);
  assert_issue_refused (T, d.start, d.end, d.evaluation, "kari", NULL, FALSE, TRUE, LS_DECISION_ERROR_MISSING_PERSON);
  assert_issue_refused (T, d.start, d.end, d.evaluation, "kari", "", FALSE, TRUE, LS_DECISION_ERROR_MISSING_PERSON);
  /* Only a decision-maker issues. */
  assert_issue_refused (T, d.start, d.end, d.evaluation, "kari", "ola", TRUE, FALSE,
                        LS_DECISION_ERROR_NOT_DECISION_MAKER);
  assert_issue_refused (T, d.start, d.end, d.evaluation, "kari", "ola", FALSE, FALSE,
                        LS_DECISION_ERROR_NOT_DECISION_MAKER);

  dates_clear (&d);
}

static void
test_keys (void)
{
  const char * const status_keys[] = { "draft", "issued", "under-evaluation", "superseded", "ended" };
  const char * const type_keys[] = { "trial", "ordinary" };
  const char * const outcome_keys[] = { "continue", "adjust", "end", "make-ordinary" };

  for (guint i = 0; i < G_N_ELEMENTS (status_keys); i++)
    {
      LsDecisionStatus s = 99;

      g_assert_cmpstr (ls_decision_status_to_string (i), ==, status_keys[i]);
      g_assert_true (ls_decision_status_from_string (status_keys[i], &s));
      g_assert_cmpint (s, ==, i);
      g_assert_nonnull (ls_decision_status_display_name (i));
    }
  for (guint i = 0; i < G_N_ELEMENTS (type_keys); i++)
    {
      LsDecisionType t = 99;

      g_assert_cmpstr (ls_decision_type_to_string (i), ==, type_keys[i]);
      g_assert_true (ls_decision_type_from_string (type_keys[i], &t));
      g_assert_cmpint (t, ==, i);
      g_assert_nonnull (ls_decision_type_display_name (i));
    }
  for (guint i = 0; i < G_N_ELEMENTS (outcome_keys); i++)
    {
      LsEvaluationOutcome o = 99;

      g_assert_cmpstr (ls_evaluation_outcome_to_string (i), ==, outcome_keys[i]);
      g_assert_true (ls_evaluation_outcome_from_string (outcome_keys[i], &o));
      g_assert_cmpint (o, ==, i);
      g_assert_nonnull (ls_evaluation_outcome_display_name (i));
    }

  {
    LsDecisionStatus s = LS_DECISION_ISSUED;

    g_assert_false (ls_decision_status_from_string ("Draft", &s));
    g_assert_false (ls_decision_status_from_string ("", &s));
    g_assert_false (ls_decision_status_from_string ("under_evaluation", &s));
    g_assert_cmpint (s, ==, LS_DECISION_ISSUED);
    g_assert_false (ls_decision_type_from_string ("trail", NULL));
    g_assert_false (ls_evaluation_outcome_from_string ("stop", NULL));
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/decision-status/table", test_table);
  g_test_add_func ("/core/decision-status/editable", test_editable);
  g_test_add_func ("/core/decision-status/evaluation-before-issue", test_evaluation_before_issue);
  g_test_add_func ("/core/decision-status/outcomes", test_outcomes);
  g_test_add_func ("/core/decision-status/issue-trial", test_issue_trial);
  g_test_add_func ("/core/decision-status/issue-ordinary", test_issue_ordinary);
  g_test_add_func ("/core/decision-status/issue-people", test_issue_people);
  g_test_add_func ("/core/decision-status/keys", test_keys);

  return g_test_run ();
}
