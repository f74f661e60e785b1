/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The times "Min uke" offers, from the free times the store gives. */
#include <glib.h>

#include "ls-booking.h"

static void
add_free (GPtrArray  *free,
          guint       day,
          guint       start_minute,
          guint       minutes,
          guint       end_minute)
{
  LsFreeTime *time = g_new0 (LsFreeTime, 1);

  g_date_set_dmy (&time->date, day, G_DATE_JANUARY, 2027);
  time->start_minute = start_minute;
  time->minutes = minutes;
  time->end_minute = end_minute;
  g_ptr_array_add (free, time);
}

static void
assert_starts (GPtrArray   *free,
               guint        day,
               guint        minutes,
               const guint *expected,
               guint        n_expected)
{
  GDate date;
  g_autoptr(GArray) starts = NULL;

  g_date_set_dmy (&date, day, G_DATE_JANUARY, 2027);
  starts = ls_free_times_starts_on (free, &date, minutes);
  g_assert_cmpuint (starts->len, ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    g_assert_cmpuint (g_array_index (starts, guint, i), ==, expected[i]);
}

static void
test_free_times (void)
{
  g_autoptr(GPtrArray) free = g_ptr_array_new_with_free_func (g_free);
  GDate date;
  /* Tuesday 5th: 10:15–12:00 and 14:00–15:00, all of it left to book */
  const guint tuesday_hour[] = { 10 * 60 + 30, 11 * 60, 14 * 60 };
  /* Wednesday 6th: open 09:00–17:00, but only 90 minutes of the week left */
  const guint wednesday_90[] = { 9 * 60, 9 * 60 + 30, 10 * 60, 10 * 60 + 30, 11 * 60, 11 * 60 + 30, 12 * 60,
                                 12 * 60 + 30, 13 * 60, 13 * 60 + 30, 14 * 60, 14 * 60 + 30, 15 * 60,
                                 15 * 60 + 30 };
  /* Thursday 7th: a free time given without its stretch's end */
  const guint thursday[] = { 8 * 60 };

  add_free (free, 5, 10 * 60 + 15, 105, 12 * 60);
  add_free (free, 5, 14 * 60, 60, 15 * 60);
  add_free (free, 6, 9 * 60, 90, 17 * 60);
  add_free (free, 7, 8 * 60, 60, 0);

  g_date_set_dmy (&date, 5, G_DATE_JANUARY, 2027);
  g_assert_cmpuint (ls_free_times_longest_on (free, &date), ==, 105);
  g_date_set_dmy (&date, 6, G_DATE_JANUARY, 2027);
  g_assert_cmpuint (ls_free_times_longest_on (free, &date), ==, 90);
  g_date_set_dmy (&date, 8, G_DATE_JANUARY, 2027);
  g_assert_cmpuint (ls_free_times_longest_on (free, &date), ==, 0);

  /* starts on the hour and half hour (10:15 offers 10:30), ending inside
   * their stretch (11:00 + 1 hour ends at 12:00; 11:30 would not) */
  assert_starts (free, 5, 60, tuesday_hour, G_N_ELEMENTS (tuesday_hour));
  /* two hours fit in neither stretch */
  assert_starts (free, 5, 120, NULL, 0);
  /* the week's time left limits the length, not where in the day it lies */
  assert_starts (free, 6, 90, wednesday_90, G_N_ELEMENTS (wednesday_90));
  assert_starts (free, 7, 60, thursday, G_N_ELEMENTS (thursday));
  assert_starts (free, 8, 30, NULL, 0);
}

/* The hour the clocks change in (Europe/Oslo, 2027: 28 March, when 02:00
 * becomes 03:00, and 31 October, when 03:00 becomes 02:00 again). */
static void
test_clock_change (void)
{
  g_autoptr(GDate) spring = g_date_new_dmy (28, 3, 2027);
  g_autoptr(GDate) autumn = g_date_new_dmy (31, 10, 2027);
  g_autoptr(GDate) ordinary = g_date_new_dmy (21, 3, 2027);

  g_assert_true (ls_booking_meets_clock_change (spring, 2 * 60 + 30, 60));    /* 02:30 is never */
  g_assert_true (ls_booking_meets_clock_change (spring, 60 + 30, 120));       /* 01:30 + 2 h spans it */
  g_assert_false (ls_booking_meets_clock_change (spring, 60, 60));            /* 01:00-02:00 */
  g_assert_false (ls_booking_meets_clock_change (spring, 3 * 60, 60));        /* 03:00-04:00 */
  g_assert_true (ls_booking_meets_clock_change (autumn, 2 * 60 + 30, 30));    /* 02:30 is twice */
  g_assert_false (ls_booking_meets_clock_change (autumn, 3 * 60, 60));
  g_assert_false (ls_booking_meets_clock_change (autumn, 10 * 60, 60));
  g_assert_false (ls_booking_meets_clock_change (ordinary, 2 * 60 + 30, 60));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/booking/free-times", test_free_times);
  g_test_add_func ("/booking/clock-change", test_clock_change);
  return g_test_run ();
}
