/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Bookings of granted time (issue 16): the rules the store enforces, on
 * both engines — the weekly budget, the decision's period, the provider's
 * opening hours and staff, the change deadline — and that two connections
 * at once cannot both take the last member of staff, nor overwrite each
 * other's change of one booking unseen (issue 15). */
#include "ls-store-bookings.h"
#include "ls-store-private.h"
#include "ls-test-bookings.h"
#include "ls-test-util.h"

typedef struct
{
  char      *dir;
  char      *location;
  LsStore   *store;
  GDateTime *now;
  gint64     person_id;
  gint64     decision_id;
  gint64     measure_id;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ls_test_mkdtemp ();
  f->location = ls_test_store_location (f->dir, "t.db");
  f->store = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  f->now = ls_test_booking_now ();
  ls_test_open_provider (f->store, 1);
  f->person_id = ls_test_granted_person (f->store, 9, &f->decision_id, &f->measure_id);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_clear_object (&f->store);
  ls_test_drop_store (f->location);
  g_free (f->location);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
  g_date_time_unref (f->now);
}

/* Books and expects success; the booking's id. */
static gint64
book (Fixture *f, const char *start, guint minutes, const char *until)
{
  g_autoptr(LsBooking) booking = ls_test_booking (f->measure_id, start, minutes, until);
  g_autoptr(GError) error = NULL;

  g_assert_true (ls_store_add_booking (f->store, f->decision_id, booking, f->now, &error));
  g_assert_no_error (error);
  g_assert_cmpint (booking->id, >, 0);
  return booking->id;
}

/* Books, expects a refusal and gives its sentence. */
static char *
refused (Fixture *f, const char *start, guint minutes, const char *until)
{
  g_autoptr(LsBooking) booking = ls_test_booking (f->measure_id, start, minutes, until);
  g_autoptr(GError) error = NULL;

  g_assert_false (ls_store_add_booking (f->store, f->decision_id, booking, f->now, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID);
  g_test_message ("%s", error->message);
  return g_strdup (error->message);
}

static void
test_budget (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) budget = NULL;
  g_autoptr(GError) error = NULL;
  LsBookingBudget *item;

  budget = ls_store_booking_budget (f->store, f->decision_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (budget->len, ==, 1);
  item = g_ptr_array_index (budget, 0);
  g_assert_cmpint (item->measure_id, ==, f->measure_id);
  g_assert_cmpuint (item->minutes_per_week, ==, 9 * 60);
  g_assert_cmpstr (item->provider, ==, LS_TEST_PROVIDER);
  g_assert_cmpuint (g_date_get_year (&item->start), ==, 2027);
  g_assert_cmpuint (g_date_get_month (&item->end), ==, 6);
}

/* A 10th hour against 9 granted is refused, naming the time left. */
static void
test_tenth_hour (Fixture *f, gconstpointer data)
{
  g_autofree char *tenth = NULL;
  g_autofree char *two = NULL;

  book (f, "2027-01-11T08:00", 300, NULL);
  book (f, "2027-01-12T08:00", 180, NULL);
  two = refused (f, "2027-01-13T10:00", 120, NULL);
  g_assert_nonnull (strstr (two, "you have 1 hour left in week 2027-W02"));
  book (f, "2027-01-13T10:00", 60, NULL);
  tenth = refused (f, "2027-01-15T10:00", 60, NULL);
  g_assert_nonnull (strstr (tenth, "you have no time left in week 2027-W02"));
  /* The next week has its own budget. */
  book (f, "2027-01-18T10:00", 60, NULL);
}

/* The same help twice at once is refused, naming the booking it meets,
 * also where a weekly booking meets it weeks later (before: booked, and
 * the week's grant counted twice for one hour of help). */
static void
test_same_help_twice (Fixture *f, gconstpointer data)
{
  g_autofree char *again = NULL;
  g_autofree char *half = NULL;
  g_autofree char *weekly = NULL;

  /* Three staff: the provider could give the hour three times over. */
  ls_test_open_provider (f->store, 3);
  book (f, "2027-01-12T10:00", 60, NULL);
  again = refused (f, "2027-01-12T10:00", 60, NULL);
  g_assert_nonnull (strstr (again, "This help is already booked at that time on 2027-01-12 (booking "));
  half = refused (f, "2027-01-12T10:30", 60, NULL);
  g_assert_nonnull (strstr (half, "already booked at that time on 2027-01-12"));
  /* Weekly from the week before: meets it on the 12th. */
  weekly = refused (f, "2027-01-05T09:30", 60, "2027-01-19");
  g_assert_nonnull (strstr (weekly, "already booked at that time on 2027-01-12"));
  /* Right after it is another time. */
  book (f, "2027-01-12T11:00", 60, NULL);

  /* Nor are its times offered as free, though staff are free then. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) free = NULL;
    GDate monday;

    g_assert_true (ls_iso_week_parse ("2027-W02", &monday));
    free = ls_store_free_times (f->store, f->decision_id, f->measure_id, &monday, f->now, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < free->len; i++)
      {
        LsFreeTime *time = g_ptr_array_index (free, i);

        if (g_date_get_day (&time->date) == 12)
          g_assert_true (time->end_minute <= 10 * 60 || time->start_minute >= 12 * 60);
      }
  }
}

/* In the night the clocks change, the skipped hour is neither booked nor
 * offered; the rest of the night is (a provider open on Sunday night). */
static void
test_clock_change_night (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) free = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean before = FALSE, after = FALSE;
  GDate monday;

  g_ptr_array_add (slots, ls_provider_slot_new (G_DATE_SUNDAY, 0, 6 * 60, 2));
  g_assert_true (ls_store_set_provider_slots (f->store, LS_TEST_PROVIDER, slots, &error));
  g_assert_no_error (error);
  message = refused (f, "2027-03-28T02:30", 60, NULL);
  g_assert_nonnull (strstr (message, "The clocks change between 02:00 and 03:00 in the night of 2027-03-28"));
  g_clear_pointer (&message, g_free);
  message = refused (f, "2027-03-28T01:30", 120, NULL);
  g_assert_nonnull (strstr (message, "The clocks change"));
  book (f, "2027-03-28T03:00", 60, NULL);

  g_assert_true (ls_iso_week_parse ("2027-W12", &monday));
  free = ls_store_free_times (f->store, f->decision_id, f->measure_id, &monday, f->now, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < free->len; i++)
    {
      LsFreeTime *time = g_ptr_array_index (free, i);

      g_assert_true (time->end_minute <= 2 * 60 || time->start_minute >= 3 * 60);
      before |= time->start_minute == 0 && time->end_minute == 2 * 60;
      after |= time->start_minute == 4 * 60;
    }
  g_assert_true (before);
  g_assert_true (after);
}

/* A weekly booking counts in every week it takes place. */
static void
test_weekly_budget (Fixture *f, gconstpointer data)
{
  g_autofree char *message = NULL;

  book (f, "2027-01-04T08:00", 480, "2027-02-01");
  book (f, "2027-01-26T08:00", 60, NULL);
  message = refused (f, "2027-01-19T08:00", 120, NULL);
  g_assert_nonnull (strstr (message, "you have 1 hour left in week 2027-W03"));
  g_clear_pointer (&message, g_free);
  message = refused (f, "2027-01-08T08:00", 60, "2027-02-05");
  g_assert_nonnull (strstr (message, "no time left in week 2027-W04"));
}

/* A person's week as "Min uke" and its PDF show it: the weekly time on
 * its day of this week, the cancelled one left out, by day and start, the
 * minutes left; a week after the period has no budget. */
static void
test_booked_week (Fixture *f, gconstpointer data)
{
  g_autoptr(LsBookedWeek) week = NULL;
  g_autoptr(LsBookedWeek) after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 weekly = book (f, "2027-01-07T08:00", 60, "2027-02-04");
  gint64 tuesday = book (f, "2027-01-12T10:00", 120, NULL);
  gint64 cancelled = book (f, "2027-01-11T09:00", 30, NULL);
  GDate monday, day;
  LsBookedTime *first, *second;

  g_assert_true (ls_store_cancel_booking (f->store, cancelled, LS_BOOKING_BY_PERSON, f->now, &error));
  g_assert_no_error (error);
  g_assert_true (ls_iso_week_parse ("2027-W02", &monday));
  week = ls_store_load_booked_week (f->store, f->person_id, &monday, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (week->bookings->len, ==, 3);
  g_assert_cmpuint (week->budgets->len, ==, 1);
  g_assert_cmpint (g_array_index (week->decisions, gint64, 0), ==, f->decision_id);
  g_assert_cmpuint (week->times->len, ==, 2);
  first = &g_array_index (week->times, LsBookedTime, 0);
  second = &g_array_index (week->times, LsBookedTime, 1);
  g_assert_cmpint (first->booking->id, ==, tuesday);
  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 12, G_DATE_JANUARY, 2027);
  g_assert_cmpint (g_date_compare (&first->day, &day), ==, 0);
  g_assert_cmpint (second->booking->id, ==, weekly);
  g_date_set_dmy (&day, 14, G_DATE_JANUARY, 2027);
  g_assert_cmpint (g_date_compare (&second->day, &day), ==, 0);
  /* 9 hours granted, 3 booked. */
  g_assert_cmpuint (ls_booked_week_total_left (week), ==, 6 * 60);

  g_assert_true (ls_iso_week_parse ("2027-W27", &monday));
  after = ls_store_load_booked_week (f->store, f->person_id, &monday, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->budgets->len, ==, 0);
  g_assert_cmpuint (after->times->len, ==, 0);
  g_assert_cmpuint (ls_booked_week_total_left (after), ==, 0);
}

static void
test_outside_period_and_slots (Fixture *f, gconstpointer data)
{
  g_autofree char *before = refused (f, "2026-12-28T10:00", 60, NULL);
  g_autofree char *after = refused (f, "2027-06-01T10:00", 60, "2027-07-06");
  g_autofree char *saturday = refused (f, "2027-01-09T10:00", 60, NULL);
  g_autofree char *early = refused (f, "2027-01-05T07:00", 120, NULL);

  g_assert_nonnull (strstr (before, "outside the decision's period, 2027-01-01 to 2027-06-30"));
  g_assert_nonnull (strstr (after, "a weekly booking ends by 2027-06-30"));
  g_assert_nonnull (strstr (saturday, "no opening hours on the weekday of 2027-01-09"));
  g_assert_nonnull (strstr (early, "outside the provider's opening hours"));
  g_assert_nonnull (strstr (early, "08:00–16:00"));
}

/* Changes and cancellations only until 15:00 the working day before. */
static void
test_late_cancellation (Fixture *f, gconstpointer data)
{
  g_autoptr(GTimeZone) zone = ls_booking_time_zone ();
  g_autoptr(GDateTime) late = g_date_time_new (zone, 2027, 1, 8, 15, 30, 0);     /* Friday */
  g_autoptr(GDateTime) in_time = g_date_time_new (zone, 2027, 1, 8, 14, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsBooking) stored = NULL;
  gint64 monday = book (f, "2027-01-11T10:00", 60, NULL);

  g_assert_false (ls_store_cancel_booking (f->store, monday, LS_BOOKING_BY_CASEWORKER, late, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "until 15:00 on 2027-01-08"));
  g_assert_nonnull (strstr (error->message, "call the provider"));
  g_clear_error (&error);
  stored = ls_store_load_booking (f->store, monday, &error);
  g_assert_cmpint (stored->status, ==, LS_BOOKING_BOOKED);
  g_assert_cmpuint (stored->sequence, ==, 0);
  g_clear_pointer (&stored, ls_booking_free);

  g_assert_true (ls_store_cancel_booking (f->store, monday, LS_BOOKING_BY_CASEWORKER, in_time, &error));
  g_assert_no_error (error);
  stored = ls_store_load_booking (f->store, monday, &error);
  g_assert_cmpint (stored->status, ==, LS_BOOKING_CANCELLED);
  g_assert_cmpuint (stored->sequence, ==, 1);
  g_assert_false (ls_store_cancel_booking (f->store, monday, LS_BOOKING_BY_CASEWORKER, in_time, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* The municipality's own deadline, kept in the database. */
  g_assert_true (ls_store_set_booking_deadline (f->store, 2, 12 * 60, &error));
  monday = book (f, "2027-01-18T10:00", 60, NULL);
  g_clear_pointer (&late, g_date_time_unref);
  late = g_date_time_new (zone, 2027, 1, 14, 12, 30, 0);   /* Thursday */
  g_assert_false (ls_store_cancel_booking (f->store, monday, LS_BOOKING_BY_CASEWORKER, late, &error));
  g_assert_nonnull (strstr (error->message, "until 12:00 on 2027-01-14"));
}

/* A weekly series whose first times have passed the deadline ends after
 * them; a change raises the sequence. */
static void
test_weekly_cancel_and_change (Fixture *f, gconstpointer data)
{
  g_autoptr(GTimeZone) zone = ls_booking_time_zone ();
  g_autoptr(GDateTime) later = g_date_time_new (zone, 2027, 1, 20, 9, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsBooking) stored = NULL;
  g_autoptr(LsBooking) moved = NULL;
  gint64 weekly = book (f, "2027-01-05T10:00", 60, "2027-03-30");
  gint64 single = book (f, "2027-02-02T12:00", 60, NULL);

  g_assert_true (ls_store_cancel_booking (f->store, weekly, LS_BOOKING_BY_CASEWORKER, later, &error));
  g_assert_no_error (error);
  stored = ls_store_load_booking (f->store, weekly, &error);
  g_assert_cmpint (stored->status, ==, LS_BOOKING_BOOKED);
  g_assert_cmpuint (stored->sequence, ==, 1);
  g_assert_cmpuint (g_date_get_day (&stored->weekly_until), ==, 19);
  g_assert_cmpuint (g_date_get_month (&stored->weekly_until), ==, 1);

  moved = ls_test_booking (0, "2027-02-03T13:00", 90, NULL);
  moved->id = single;
  g_assert_true (ls_store_change_booking (f->store, moved, f->now, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (moved->sequence, ==, 1);
  g_clear_pointer (&stored, ls_booking_free);
  stored = ls_store_load_booking (f->store, single, &error);
  g_assert_cmpuint (stored->sequence, ==, 1);
  g_assert_cmpuint (stored->start_minute, ==, 13 * 60);
  g_assert_cmpuint (stored->minutes, ==, 90);
}

/* The last member of staff taken by one person is refused to another. */
static void
test_capacity (Fixture *f, gconstpointer data)
{
  g_autoptr(LsBooking) other = NULL;
  g_autoptr(GPtrArray) free = NULL;
  g_autoptr(GError) error = NULL;
  gint64 other_decision, other_measure;
  GDate monday;
  LsFreeTime *time;

  ls_test_granted_person (f->store, 4, &other_decision, &other_measure);
  book (f, "2027-01-05T10:00", 120, NULL);
  other = ls_test_booking (other_measure, "2027-01-05T11:00", 60, NULL);
  g_assert_false (ls_store_add_booking (f->store, other_decision, other, f->now, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "All the provider's staff are booked at that time on 2027-01-05"));
  g_clear_error (&error);
  /* Right after is free. */
  other->date = other->date;
  other->start_minute = 12 * 60;
  g_assert_true (ls_store_add_booking (f->store, other_decision, other, f->now, &error));
  g_assert_no_error (error);

  /* The free times of that Tuesday leave out 10:00-13:00. */
  g_assert_true (ls_iso_week_parse ("2027-W01", &monday));
  free = ls_store_free_times (f->store, other_decision, other_measure, &monday, f->now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (free->len, ==, 6);
  time = g_ptr_array_index (free, 1);
  g_assert_cmpuint (g_date_get_day (&time->date), ==, 5);
  g_assert_cmpuint (time->start_minute, ==, 8 * 60);
  g_assert_cmpuint (time->minutes, ==, 120);
  time = g_ptr_array_index (free, 2);
  g_assert_cmpuint (time->start_minute, ==, 13 * 60);
  g_assert_cmpuint (time->minutes, ==, 3 * 60);   /* 4 granted, 1 booked */
  /* The stretch itself runs on to closing time: a later start fits too. */
  g_assert_cmpuint (time->end_minute, ==, 16 * 60);
}

/* Two bookings beginning at the same minute leave one free stretch, not
 * two halves. */
static void
test_free_times_same_minute (Fixture *f, gconstpointer data)
{
  g_autoptr(GPtrArray) free = NULL;
  g_autoptr(GError) error = NULL;
  gint64 other_decision, other_measure, third_decision, third_measure;
  GDate monday;
  LsFreeTime *time;

  ls_test_open_provider (f->store, 3);
  ls_test_granted_person (f->store, 9, &other_decision, &other_measure);
  book (f, "2027-01-05T10:00", 60, NULL);
  {
    g_autoptr(LsBooking) other = ls_test_booking (other_measure, "2027-01-05T10:00", 60, NULL);

    g_assert_true (ls_store_add_booking (f->store, other_decision, other, f->now, &error));
    g_assert_no_error (error);
  }
  ls_test_granted_person (f->store, 9, &third_decision, &third_measure);
  g_assert_true (ls_iso_week_parse ("2027-W01", &monday));
  free = ls_store_free_times (f->store, third_decision, third_measure, &monday, f->now, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (free->len, ==, 5);
  time = g_ptr_array_index (free, 1);
  g_assert_cmpuint (g_date_get_day (&time->date), ==, 5);
  g_assert_cmpuint (time->start_minute, ==, 8 * 60);
  g_assert_cmpuint (time->minutes, ==, 8 * 60);
}

typedef struct
{
  const char *location;
  gint64      decision_id;
  gint64      measure_id;
  GDateTime  *now;
  gboolean    booked;
  char       *refusal;
} Racer;

static gpointer
race (gpointer data)
{
  Racer *racer = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (racer->location, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsBooking) booking = ls_test_booking (racer->measure_id, "2027-01-07T10:00", 120, NULL);

  g_assert_no_error (error);
  racer->booked = ls_store_add_booking (store, racer->decision_id, booking, racer->now, &error);
  if (!racer->booked)
    racer->refusal = g_strdup (error->message);
  return NULL;
}

/* Two connections at once: exactly one gets the last member of staff. */
static void
test_capacity_two_connections (Fixture *f, gconstpointer data)
{
  Racer racers[2] = { { f->location, f->decision_id, f->measure_id, f->now, FALSE, NULL } };
  GThread *threads[2];
  int winner = -1;

  ls_test_granted_person (f->store, 4, &racers[1].decision_id, &racers[1].measure_id);
  racers[1].location = f->location;
  racers[1].now = f->now;
  for (guint round = 0; round < 5; round++)
    {
      g_autofree char *start = NULL;

      for (guint i = 0; i < 2; i++)
        threads[i] = g_thread_new ("racer", race, &racers[i]);
      for (guint i = 0; i < 2; i++)
        g_thread_join (threads[i]);
      g_assert_cmpint (racers[0].booked + racers[1].booked, ==, round == 0 ? 1 : 0);
      if (round == 0)
        winner = racers[0].booked ? 0 : 1;
      for (guint i = 0; i < 2; i++)
        {
          /* The one who has the time already is told so (the same help
           * twice at once); the other, that the staff are booked. */
          if (!racers[i].booked)
            g_assert_nonnull (strstr (racers[i].refusal, (int) i == winner ? "This help is already booked at that time"
                                                                           : "All the provider's staff are booked"));
          g_clear_pointer (&racers[i].refusal, g_free);
        }
    }
}

/* Another connection's change in the middle of one of f->store's: made
 * once, when f->store has read the booking and is about to write it. */
typedef struct
{
  LsStore   *other;
  gint64     id;
  GDateTime *now;
  gboolean   cancel;   /* else move it to 2027-01-14T10:00 */
  gboolean   done;
} Interleaved;

static void
change_in_between (LsStore *store, gpointer data)
{
  Interleaved *between = data;
  g_autoptr(GError) error = NULL;

  if (between->done)
    return;
  between->done = TRUE;
  if (between->cancel)
    g_assert_true (ls_store_cancel_booking (between->other, between->id, LS_BOOKING_BY_CASEWORKER, between->now,
                                            &error));
  else
    {
      g_autoptr(LsBooking) moved = ls_test_booking (0, "2027-01-14T10:00", 60, NULL);

      moved->id = between->id;
      g_assert_true (ls_store_change_booking (between->other, moved, between->now, &error));
    }
  g_assert_no_error (error);
}

/* A second connection as Ola, with change_in_between() armed on f->store;
 * NULL on a desk, whose writing transaction holds the whole file, so no
 * other connection can write between a change's read and its write. */
static LsStore *
open_between (Fixture *f, Interleaved *between, gint64 id, gboolean cancel)
{
  g_autoptr(GError) error = NULL;
  LsStore *other;

  if (!ls_store_is_server (f->store))
    {
      g_test_skip ("A desk's file lets one writer in at a time");
      return NULL;
    }
  other = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_store_set_actor (other, "Ola Saksbehandler");
  *between = (Interleaved) { other, id, f->now, cancel, FALSE };
  f->store->before_booking_write = change_in_between;
  f->store->before_booking_write_data = between;
  return other;
}

/* A move that read the booking before another connection cancelled it
 * is refused as a conflict: the cancellation stays. */
static void
test_move_meets_cancel (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsBooking) moved = ls_test_booking (0, "2027-01-13T10:00", 60, NULL);
  g_autoptr(LsBooking) stored = NULL;
  g_autoptr(LsStore) other = NULL;
  Interleaved between;

  moved->id = book (f, "2027-01-12T10:00", 60, NULL);
  other = open_between (f, &between, moved->id, TRUE);
  if (other == NULL)
    return;
  g_assert_false (ls_store_change_booking (f->store, moved, f->now, &error));
  g_assert_true (between.done);
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Ola Saksbehandler"));
  g_clear_error (&error);
  stored = ls_store_load_booking (other, moved->id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (stored->status, ==, LS_BOOKING_CANCELLED);
  g_assert_cmpuint (stored->sequence, ==, 1);
  g_assert_cmpuint (g_date_get_day (&stored->date), ==, 12);
}

/* A cancellation that read the booking before another connection moved
 * it is refused as a conflict: the move stays, and is not undone by the
 * old time the cancellation read. */
static void
test_cancel_meets_move (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsBooking) stored = NULL;
  g_autoptr(LsStore) other = NULL;
  gint64 id = book (f, "2027-01-12T10:00", 60, NULL);
  Interleaved between;

  other = open_between (f, &between, id, FALSE);
  if (other == NULL)
    return;
  g_assert_false (ls_store_cancel_booking (f->store, id, LS_BOOKING_BY_CASEWORKER, f->now, &error));
  g_assert_true (between.done);
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  stored = ls_store_load_booking (other, id, &error);
  g_assert_no_error (error);
  g_assert_cmpint (stored->status, ==, LS_BOOKING_BOOKED);
  g_assert_cmpuint (stored->sequence, ==, 1);
  g_assert_cmpuint (g_date_get_day (&stored->date), ==, 14);
}

typedef struct
{
  const char *location;
  gint64      id;
  const char *start;
  GDateTime  *now;
  gboolean    moved;
} Mover;

static gpointer
move_on_own_connection (gpointer data)
{
  Mover *mover = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (mover->location, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsBooking) moved = ls_test_booking (0, mover->start, 60, NULL);

  g_assert_no_error (error);
  moved->id = mover->id;
  mover->moved = ls_store_change_booking (store, moved, mover->now, &error);
  g_assert_no_error (error);
  return NULL;
}

/* Two moves of one booking at once, both waiting for its provider: each
 * reads the booking once it holds the provider, so the second builds on
 * the first and the sequence (a calendar's SEQUENCE) rises twice. */
static void
test_two_moves_at_once (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) holder = NULL;
  g_autoptr(LsBooking) stored = NULL;
  gint64 id = book (f, "2027-01-12T10:00", 60, NULL);
  Mover movers[2] = { { f->location, id, "2027-01-13T10:00", f->now, FALSE },
                      { f->location, id, "2027-01-14T10:00", f->now, FALSE } };
  GThread *threads[2];
  gint64 waiting = 0;

  if (!ls_store_is_server (f->store))
    {
      g_test_skip ("A desk's file lets one writer in at a time");
      return;
    }
  /* A third connection holds the provider's row, as a booking would. */
  holder = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (_ls_store_begin (holder, &error));
  g_assert_true (_ls_store_exec (holder, "UPDATE provider_units SET bookings_changed = bookings_changed + 1", &error));
  g_assert_no_error (error);
  for (guint i = 0; i < 2; i++)
    threads[i] = g_thread_new ("mover", move_on_own_connection, &movers[i]);
  /* Until both wait for it. */
  for (guint tries = 0; waiting < 2 && tries < 1000; tries++)
    {
      g_usleep (10000);
      g_assert_true (_ls_store_query_id (holder, "SELECT count(*) FROM pg_locks WHERE NOT granted", &waiting, &error));
    }
  g_assert_cmpint (waiting, >=, 2);
  _ls_store_rollback (holder);
  for (guint i = 0; i < 2; i++)
    g_thread_join (threads[i]);
  g_assert_true (movers[0].moved && movers[1].moved);
  stored = ls_store_load_booking (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stored->sequence, ==, 2);
}

/* Moves booking @id to @start; the moved booking. */
static LsBooking *
load_and_move (Fixture *f, gint64 id, const char *start)
{
  g_autoptr(GError) error = NULL;
  LsBooking *booking = ls_store_load_booking (f->store, id, &error);

  g_assert_no_error (error);
  g_assert_true (ls_booking_parse_start (start, &booking->date, &booking->start_minute));
  g_assert_true (ls_store_change_booking (f->store, booking, f->now, &error));
  g_assert_no_error (error);
  return booking;
}

/* Benefit figures per week and provider: granted against booked, moved
 * and cancelled times; written once, the same on both engines. */
static void
test_figures (Fixture *f, gconstpointer data)
{
  g_autoptr(LsBooking) moved = NULL;
  g_autoptr(GPtrArray) figures = NULL;
  g_autoptr(GError) error = NULL;
  gint64 other_decision, other_measure;
  LsBookingFigures *item;
  GDate monday;

  ls_test_granted_person (f->store, 4, &other_decision, &other_measure);
  book (f, "2027-01-11T08:00", 300, NULL);
  moved = load_and_move (f, book (f, "2027-01-12T08:00", 60, NULL), "2027-01-13T09:00");
  g_assert_true (ls_store_cancel_booking (f->store, book (f, "2027-01-14T08:00", 60, NULL), LS_BOOKING_BY_CASEWORKER,
                                          f->now, &error));
  g_assert_no_error (error);

  g_assert_true (ls_iso_week_parse ("2027-W01", &monday));
  figures = ls_store_booking_figures (f->store, &monday, 2, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (figures->len, ==, 2);
  item = g_ptr_array_index (figures, 0);
  g_assert_cmpuint (g_date_get_day (&item->monday), ==, 4);
  g_assert_cmpstr (item->provider, ==, LS_TEST_PROVIDER);
  g_assert_cmpuint (item->granted_minutes, ==, 13 * 60);
  g_assert_cmpuint (item->booked_minutes, ==, 0);
  item = g_ptr_array_index (figures, 1);
  g_assert_cmpuint (g_date_get_day (&item->monday), ==, 11);
  g_assert_cmpuint (item->granted_minutes, ==, 13 * 60);
  g_assert_cmpuint (item->booked_minutes, ==, 6 * 60);
  g_assert_cmpuint (item->moved, ==, 1);
  g_assert_cmpuint (item->cancelled, ==, 1);

  /* The person's own decision: from its first week (Monday 28 December)
   * to week 2, three weeks of 9 hours. */
  {
    g_autoptr(GDate) until = g_date_new_dmy (17, 1, 2027);
    LsBookingUse use;

    g_assert_true (ls_store_booking_use (f->store, f->decision_id, until, &use, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (use.granted_minutes, ==, 3 * 9 * 60);
    g_assert_cmpuint (use.booked_minutes, ==, 6 * 60);
    g_assert_cmpuint (use.cancelled, ==, 1);
  }
}

/* Who changed a booking, and the late changes refused (issue 16, the
 * benefit figures): a time the person books or cancels counts as their
 * own change; a cancellation or a move the deadline refuses is kept and
 * counted, and changes nothing else. */
static void
test_who_changed_and_late_refusals (Fixture *f, gconstpointer data)
{
  g_autoptr(GTimeZone) zone = ls_booking_time_zone ();
  g_autoptr(GDateTime) late = g_date_time_new (zone, 2027, 1, 8, 15, 30, 0);     /* Friday */
  g_autoptr(LsBooking) own = ls_test_booking (f->measure_id, "2027-01-11T10:00", 60, NULL);
  g_autoptr(LsBooking) stored = NULL;
  g_autoptr(LsBooking) moved = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GPtrArray) figures = NULL;
  g_autoptr(GError) error = NULL;
  LsBookingFigures *item;
  GDate monday;
  gint64 by_caseworker;

  own->changed_by = LS_BOOKING_BY_PERSON;
  g_assert_true (ls_store_add_booking (f->store, f->decision_id, own, f->now, &error));
  g_assert_no_error (error);
  stored = ls_store_load_booking (f->store, own->id, &error);
  g_assert_cmpint (stored->changed_by, ==, LS_BOOKING_BY_PERSON);
  g_clear_pointer (&stored, ls_booking_free);
  by_caseworker = book (f, "2027-01-12T10:00", 60, NULL);
  /* Booked by the caseworker, cancelled in time by the person. */
  g_assert_true (ls_store_cancel_booking (f->store, book (f, "2027-01-13T10:00", 60, NULL), LS_BOOKING_BY_PERSON,
                                          f->now, &error));
  g_assert_no_error (error);

  /* Too late to cancel or to move the person's Monday time. */
  before = ls_store_list_bookings (f->store, f->person_id, &error);
  g_assert_false (ls_store_cancel_booking (f->store, own->id, LS_BOOKING_BY_PERSON, late, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "until 15:00 on 2027-01-08"));
  g_clear_error (&error);
  moved = ls_test_booking (0, "2027-01-14T10:00", 60, NULL);
  moved->id = own->id;
  moved->changed_by = LS_BOOKING_BY_PERSON;
  g_assert_false (ls_store_change_booking (f->store, moved, late, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* Nothing else changed: every booking as it was. */
  after = ls_store_list_bookings (f->store, f->person_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (after->len, ==, before->len);
  for (guint i = 0; i < after->len; i++)
    {
      LsBooking *a = g_ptr_array_index (before, i);
      LsBooking *b = g_ptr_array_index (after, i);

      g_assert_cmpint (a->id, ==, b->id);
      g_assert_cmpint (a->status, ==, b->status);
      g_assert_cmpuint (a->sequence, ==, b->sequence);
      g_assert_cmpuint (a->start_minute, ==, b->start_minute);
      g_assert_cmpint (g_date_compare (&a->date, &b->date), ==, 0);
      g_assert_cmpint (a->changed_by, ==, b->changed_by);
    }

  g_assert_true (ls_iso_week_parse ("2027-W02", &monday));
  figures = ls_store_booking_figures (f->store, &monday, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (figures->len, ==, 1);
  item = g_ptr_array_index (figures, 0);
  g_assert_cmpuint (item->booked_minutes, ==, 2 * 60);
  g_assert_cmpuint (item->cancelled, ==, 1);
  g_assert_cmpuint (item->by_person, ==, 2);
  g_assert_cmpuint (item->late_cancels, ==, 1);
  g_assert_cmpuint (item->late_moves, ==, 1);
  stored = ls_store_load_booking (f->store, by_caseworker, &error);
  g_assert_cmpint (stored->changed_by, ==, LS_BOOKING_BY_CASEWORKER);

  /* The week before has none of them. */
  g_clear_pointer (&figures, g_ptr_array_unref);
  g_assert_true (ls_iso_week_parse ("2027-W01", &monday));
  figures = ls_store_booking_figures (f->store, &monday, 1, &error);
  g_assert_no_error (error);
  item = g_ptr_array_index (figures, 0);
  g_assert_cmpuint (item->by_person + item->late_cancels + item->late_moves, ==, 0);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ls_test_init_engine ();
  g_test_add ("/store-bookings/budget", Fixture, NULL, fixture_setup, test_budget, fixture_teardown);
  g_test_add ("/store-bookings/tenth-hour", Fixture, NULL, fixture_setup, test_tenth_hour, fixture_teardown);
  g_test_add ("/store-bookings/same-help-twice", Fixture, NULL, fixture_setup, test_same_help_twice, fixture_teardown);
  g_test_add ("/store-bookings/clock-change-night", Fixture, NULL, fixture_setup, test_clock_change_night,
              fixture_teardown);
  g_test_add ("/store-bookings/weekly-budget", Fixture, NULL, fixture_setup, test_weekly_budget, fixture_teardown);
  g_test_add ("/store-bookings/booked-week", Fixture, NULL, fixture_setup, test_booked_week, fixture_teardown);
  g_test_add ("/store-bookings/outside-period-and-slots", Fixture, NULL, fixture_setup,
              test_outside_period_and_slots, fixture_teardown);
  g_test_add ("/store-bookings/late-cancellation", Fixture, NULL, fixture_setup, test_late_cancellation,
              fixture_teardown);
  g_test_add ("/store-bookings/weekly-cancel-and-change", Fixture, NULL, fixture_setup,
              test_weekly_cancel_and_change, fixture_teardown);
  g_test_add ("/store-bookings/capacity", Fixture, NULL, fixture_setup, test_capacity, fixture_teardown);
  g_test_add ("/store-bookings/free-times-same-minute", Fixture, NULL, fixture_setup, test_free_times_same_minute,
              fixture_teardown);
  g_test_add ("/store-bookings/capacity-two-connections", Fixture, NULL, fixture_setup,
              test_capacity_two_connections, fixture_teardown);
  g_test_add ("/store-bookings/move-meets-cancel", Fixture, NULL, fixture_setup, test_move_meets_cancel,
              fixture_teardown);
  g_test_add ("/store-bookings/cancel-meets-move", Fixture, NULL, fixture_setup, test_cancel_meets_move,
              fixture_teardown);
  g_test_add ("/store-bookings/two-moves-at-once", Fixture, NULL, fixture_setup, test_two_moves_at_once,
              fixture_teardown);
  g_test_add ("/store-bookings/figures", Fixture, NULL, fixture_setup, test_figures, fixture_teardown);
  g_test_add ("/store-bookings/who-changed-and-late-refusals", Fixture, NULL, fixture_setup,
              test_who_changed_and_late_refusals, fixture_teardown);
  return g_test_run ();
}
