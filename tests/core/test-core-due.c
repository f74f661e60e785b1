/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Evaluation due dates on the boundary days. */
#include <glib.h>

#include "ls-due.h"

static GDate *
day_offset (const GDate *today,
            int          days)
{
  GDate *date = g_date_copy (today);

  if (days >= 0)
    g_date_add_days (date, days);
  else
    g_date_subtract_days (date, -days);
  return date;
}

static void
test_state (void)
{
  g_autoptr(GDate) today = g_date_new_dmy (23, G_DATE_NOVEMBER, 2026);
  const struct { int days; LsDueState state; } cases[] = {
    { -400, LS_DUE_OVERDUE },
    { -1, LS_DUE_OVERDUE },
    { 0, LS_DUE_TODAY },
    { 1, LS_DUE_SOON },
    { 14, LS_DUE_SOON },
    { 15, LS_DUE_LATER },
    { 365, LS_DUE_LATER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) due = day_offset (today, cases[i].days);

      g_assert_cmpint (ls_due_days_left (due, today), ==, cases[i].days);
      g_assert_cmpint (ls_due_state (due, today, LS_DUE_SOON_DAYS), ==, cases[i].state);
    }
  g_assert_cmpint (LS_DUE_SOON_DAYS, ==, 14);
}

static void
test_soon_days (void)
{
  g_autoptr(GDate) today = g_date_new_dmy (1, G_DATE_MARCH, 2028);
  g_autoptr(GDate) tomorrow = day_offset (today, 1);
  g_autoptr(GDate) in_week = day_offset (today, 7);

  /* soon_days 0: nothing is "soon", tomorrow is later */
  g_assert_cmpint (ls_due_state (tomorrow, today, 0), ==, LS_DUE_LATER);
  g_assert_cmpint (ls_due_state (today, today, 0), ==, LS_DUE_TODAY);
  g_assert_cmpint (ls_due_state (in_week, today, 7), ==, LS_DUE_SOON);
  g_assert_cmpint (ls_due_state (in_week, today, 6), ==, LS_DUE_LATER);
}

static void
test_across_year_and_leap_day (void)
{
  g_autoptr(GDate) today = g_date_new_dmy (28, G_DATE_FEBRUARY, 2028);
  g_autoptr(GDate) due = g_date_new_dmy (1, G_DATE_MARCH, 2028);
  g_autoptr(GDate) new_year = g_date_new_dmy (31, G_DATE_DECEMBER, 2026);
  g_autoptr(GDate) next = g_date_new_dmy (2, G_DATE_JANUARY, 2027);

  g_assert_cmpint (ls_due_days_left (due, today), ==, 2);  /* 29 February between */
  g_assert_cmpint (ls_due_days_left (today, due), ==, -2);
  g_assert_cmpint (ls_due_days_left (next, new_year), ==, 2);
}

static void
test_default_evaluation (void)
{
  g_autoptr(GDate) start = g_date_new_dmy (1, G_DATE_FEBRUARY, 2026);
  g_autoptr(GDate) end = g_date_new_dmy (31, G_DATE_JULY, 2026);
  g_autoptr(GDate) short_end = g_date_new_dmy (10, G_DATE_FEBRUARY, 2026);
  GDate evaluation;
  GDate untouched;

  g_date_clear (&evaluation, 1);
  g_assert_true (ls_due_default_evaluation (start, end, &evaluation));
  g_assert_cmpuint (g_date_get_day (&evaluation), ==, 17);
  g_assert_cmpuint (g_date_get_month (&evaluation), ==, G_DATE_JULY);
  g_assert_cmpuint (g_date_get_year (&evaluation), ==, 2026);

  /* A trial shorter than two weeks: evaluate on the first day, not before. */
  g_assert_true (ls_due_default_evaluation (start, short_end, &evaluation));
  g_assert_cmpint (g_date_compare (&evaluation, start), ==, 0);

  /* Exactly two weeks: the start day. */
  {
    g_autoptr(GDate) two_weeks = day_offset (start, 14);

    g_assert_true (ls_due_default_evaluation (start, two_weeks, &evaluation));
    g_assert_cmpint (g_date_compare (&evaluation, start), ==, 0);
  }

  /* At the very start of the calendar, too. */
  {
    g_autoptr(GDate) first = g_date_new_dmy (1, G_DATE_JANUARY, 1);
    g_autoptr(GDate) early_end = g_date_new_dmy (5, G_DATE_JANUARY, 1);

    g_assert_true (ls_due_default_evaluation (first, early_end, &evaluation));
    g_assert_cmpint (g_date_compare (&evaluation, first), ==, 0);
  }

  g_date_clear (&untouched, 1);
  g_date_set_dmy (&untouched, 5, 5, 2005);
  evaluation = untouched;
  g_assert_false (ls_due_default_evaluation (end, start, &evaluation));
  g_assert_false (ls_due_default_evaluation (NULL, end, &evaluation));
  g_assert_false (ls_due_default_evaluation (start, NULL, &evaluation));
  g_assert_cmpint (g_date_compare (&evaluation, &untouched), ==, 0);
}

static void
test_phrase (void)
{
  g_autoptr(GDate) today = g_date_new_dmy (23, G_DATE_NOVEMBER, 2026);
  const struct { int days; const char *phrase; } cases[] = {
    { 0, "Due today" },
    { 1, "Due in 1 day" },
    { 3, "Due in 3 days" },
    { 15, "Due in 15 days" },
    { -1, "Overdue by 1 day" },
    { -2, "Overdue by 2 days" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) due = day_offset (today, cases[i].days);
      g_autofree char *phrase = ls_due_phrase (due, today);

      g_assert_cmpstr (phrase, ==, cases[i].phrase);
    }
}

static void
test_state_keys (void)
{
  g_assert_cmpstr (ls_due_state_to_string (LS_DUE_LATER), ==, "later");
  g_assert_cmpstr (ls_due_state_to_string (LS_DUE_SOON), ==, "soon");
  g_assert_cmpstr (ls_due_state_to_string (LS_DUE_TODAY), ==, "today");
  g_assert_cmpstr (ls_due_state_to_string (LS_DUE_OVERDUE), ==, "overdue");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/due/state", test_state);
  g_test_add_func ("/core/due/soon-days", test_soon_days);
  g_test_add_func ("/core/due/across-year-and-leap-day", test_across_year_and_leap_day);
  g_test_add_func ("/core/due/default-evaluation", test_default_evaluation);
  g_test_add_func ("/core/due/phrase", test_phrase);
  g_test_add_func ("/core/due/state-keys", test_state_keys);

  return g_test_run ();
}
