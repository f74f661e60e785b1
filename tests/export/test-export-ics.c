/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A person's bookings as iCalendar, read back with libical: the same events
 * (UID, SEQUENCE, STATUS, RRULE), and a weekly 10:00 that stays 10:00 in
 * Oslo across the last Sunday of March. On both engines. */
#include <glib/gstdio.h>
#include <libical/ical.h>

#include "ls-ics-export.h"
#include "ls-test-bookings.h"
#include "ls-test-util.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

typedef struct
{
  char    *dir;
  char    *location;
  LsStore *store;
  gint64   person_id;
  gint64   decision_id;
  gint64   measure_id;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ls_test_mkdtemp ();
  f->location = ls_test_store_location (f->dir, "t.db");
  f->store = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_test_open_provider (f->store, 2);
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
}

static gint64
book (Fixture *f, const char *start, guint minutes, const char *until)
{
  g_autoptr(LsBooking) booking = ls_test_booking (f->measure_id, start, minutes, until);
  g_autoptr(GDateTime) now = ls_test_booking_now ();
  g_autoptr(GError) error = NULL;

  g_assert_true (ls_store_add_booking (f->store, f->decision_id, booking, now, &error));
  g_assert_no_error (error);
  return booking->id;
}

/* Writes the file through the CLI's path and parses it back. */
static icalcomponent *
export_and_parse (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->dir, "min-uke.ics", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;
  icalcomponent *calendar;

  g_assert_true (ls_ics_export_file (f->store, f->person_id, path, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  calendar = icalparser_parse_string (text);
  g_assert_nonnull (calendar);
  g_assert_cmpint (icalcomponent_count_errors (calendar), ==, 0);
  return calendar;
}

static icalcomponent *
event_with_uid (icalcomponent *calendar, const char *uid)
{
  for (icalcomponent *event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
       event != NULL; event = icalcomponent_get_next_component (calendar, ICAL_VEVENT_COMPONENT))
    if (g_strcmp0 (icalcomponent_get_uid (event), uid) == 0)
      return event;
  return NULL;
}

/* The .ics parses back with the same events as the store holds. */
static void
test_same_events (Fixture *f, gconstpointer data)
{
  g_autoptr(GTimeZone) zone = ls_booking_time_zone ();
  g_autoptr(GDateTime) now = ls_test_booking_now ();
  g_autoptr(icalcomponent) calendar = NULL;
  g_autoptr(GPtrArray) bookings = NULL;
  g_autoptr(LsBooking) moved = ls_test_booking (0, "2027-01-13T09:00", 60, NULL);
  g_autoptr(GError) error = NULL;

  book (f, "2027-01-05T10:00", 60, "2027-02-23");
  moved->id = book (f, "2027-01-12T12:00", 60, NULL);
  g_assert_true (ls_store_change_booking (f->store, moved, now, &error));
  g_assert_true (ls_store_cancel_booking (f->store, book (f, "2027-01-14T08:00", 120, NULL), LS_BOOKING_BY_CASEWORKER,
                                          now, &error));
  g_assert_no_error (error);

  calendar = export_and_parse (f);
  bookings = ls_store_list_bookings (f->store, f->person_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bookings->len, ==, 3);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VEVENT_COMPONENT), ==, 3);
  g_assert_cmpint (icalcomponent_count_components (calendar, ICAL_VTIMEZONE_COMPONENT), ==, 1);
  for (guint i = 0; i < bookings->len; i++)
    {
      LsBooking *booking = g_ptr_array_index (bookings, i);
      icalcomponent *event = event_with_uid (calendar, booking->uid);
      icalproperty *rrule;
      struct icaltimetype start;

      g_assert_nonnull (event);
      g_assert_cmpint (icalcomponent_get_sequence (event), ==, booking->sequence);
      g_assert_cmpint (icalcomponent_get_status (event), ==,
                       booking->status == LS_BOOKING_CANCELLED ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED);
      rrule = icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY);
      g_assert_true ((rrule != NULL) == g_date_valid (&booking->weekly_until));
      if (rrule != NULL)
        g_assert_cmpint (icalproperty_get_rrule (rrule).freq, ==, ICAL_WEEKLY_RECURRENCE);
      start = icalcomponent_get_dtstart (event);
      g_assert_cmpstr (icaltime_get_tzid (start), ==, "Europe/Oslo");
      g_assert_cmpint (start.day, ==, g_date_get_day (&booking->date));
      g_assert_cmpint (start.hour * 60 + start.minute, ==, booking->start_minute);
      g_assert_cmpint (icaldurationtype_as_int (icalcomponent_get_duration (event)), ==, booking->minutes * 60);
    }
  g_assert_cmpuint (((LsBooking *) g_ptr_array_index (bookings, 1))->sequence, ==, 1);
}

/* A weekly 10:00 from before to after 28 March 2027: 09:00 UTC before,
 * 08:00 UTC after, 10:00 in Oslo each time, with the file's own zone. */
static void
test_summer_time (Fixture *f, gconstpointer data)
{
  g_autoptr(icalcomponent) calendar = NULL;
  icalcomponent *event;
  icaltimezone *zone;
  icalrecur_iterator *it;
  struct icaltimetype start, next;
  struct icalrecurrencetype rule;
  guint count = 0;

  book (f, "2027-03-16T10:00", 60, "2027-04-06");
  calendar = export_and_parse (f);
  zone = icaltimezone_new ();
  icaltimezone_set_component (zone, icalcomponent_new_clone (
    icalcomponent_get_first_component (calendar, ICAL_VTIMEZONE_COMPONENT)));
  g_assert_cmpstr (icaltimezone_get_tzid (zone), ==, "Europe/Oslo");
  event = icalcomponent_get_first_component (calendar, ICAL_VEVENT_COMPONENT);
  start = icalcomponent_get_dtstart (event);
  start.zone = zone;
  rule = icalproperty_get_rrule (icalcomponent_get_first_property (event, ICAL_RRULE_PROPERTY));
  it = icalrecur_iterator_new (rule, start);
  while (!icaltime_is_null_time (next = icalrecur_iterator_next (it)))
    {
      struct icaltimetype utc;

      next.zone = zone;
      utc = icaltime_convert_to_zone (next, icaltimezone_get_utc_timezone ());
      g_assert_cmpint (next.hour, ==, 10);
      g_assert_cmpint (next.minute, ==, 0);
      /* 16 and 23 March: winter time; 30 March and 6 April: summer time. */
      g_assert_cmpint (utc.hour, ==, next.month == 3 && next.day < 28 ? 9 : 8);
      count++;
    }
  icalrecur_iterator_free (it);
  g_assert_cmpuint (count, ==, 4);
  icaltimezone_free (zone, TRUE);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ls_test_init_engine ();
  g_test_add ("/export-ics/same-events", Fixture, NULL, fixture_setup, test_same_events, fixture_teardown);
  g_test_add ("/export-ics/summer-time", Fixture, NULL, fixture_setup, test_summer_time, fixture_teardown);
  return g_test_run ();
}
