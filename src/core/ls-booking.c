/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Bookings of granted time: local times, ISO weeks, the change deadline. */
#define G_LOG_DOMAIN "ls-core"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>
#include <stdio.h>

#include "ls-booking.h"

LsBooking *
ls_booking_new (void)
{
  LsBooking *self = g_new0 (LsBooking, 1);

  g_date_clear (&self->date, 1);
  g_date_clear (&self->weekly_until, 1);
  return self;
}

void
ls_booking_free (LsBooking *self)
{
  if (self == NULL)
    return;
  g_free (self->uid);
  g_free (self->service_key);
  g_free (self->provider);
  g_free (self);
}

LsProviderSlot *
ls_provider_slot_new (GDateWeekday weekday,
                      guint        start_minute,
                      guint        end_minute,
                      guint        staff)
{
  LsProviderSlot *self = g_new0 (LsProviderSlot, 1);

  self->weekday = weekday;
  self->start_minute = start_minute;
  self->end_minute = end_minute;
  self->staff = staff;
  return self;
}

void
ls_booking_budget_free (LsBookingBudget *self)
{
  if (self == NULL)
    return;
  g_free (self->service_key);
  g_free (self->provider);
  g_free (self);
}

const char *
ls_booking_status_to_string (LsBookingStatus status)
{
  return status == LS_BOOKING_CANCELLED ? "cancelled" : "booked";
}

gboolean
ls_booking_status_from_string (const char      *text,
                               LsBookingStatus *status)
{
  if (g_strcmp0 (text, "booked") == 0)
    *status = LS_BOOKING_BOOKED;
  else if (g_strcmp0 (text, "cancelled") == 0)
    *status = LS_BOOKING_CANCELLED;
  else
    return FALSE;
  return TRUE;
}

const char *
ls_booking_actor_to_string (LsBookingActor actor)
{
  switch (actor)
    {
    case LS_BOOKING_BY_PERSON:
      return "person";
    case LS_BOOKING_BY_PROVIDER:
      return "provider";
    case LS_BOOKING_BY_CASEWORKER:
    default:
      return "caseworker";
    }
}

gboolean
ls_booking_actor_from_string (const char     *text,
                              LsBookingActor *actor)
{
  if (g_strcmp0 (text, "person") == 0)
    *actor = LS_BOOKING_BY_PERSON;
  else if (g_strcmp0 (text, "caseworker") == 0)
    *actor = LS_BOOKING_BY_CASEWORKER;
  else if (g_strcmp0 (text, "provider") == 0)
    *actor = LS_BOOKING_BY_PROVIDER;
  else
    return FALSE;
  return TRUE;
}

gboolean
ls_booking_parse_clock (const char *text,
                        guint      *minute)
{
  guint h, m;
  char end;

  if (text == NULL || strlen (text) != 5 || sscanf (text, "%2u:%2u%c", &h, &m, &end) != 2
      || m > 59 || h * 60 + m > 24 * 60)
    return FALSE;
  *minute = h * 60 + m;
  return TRUE;
}

char *
ls_booking_format_clock (guint minute)
{
  return g_strdup_printf ("%02u:%02u", minute / 60, minute % 60);
}

gboolean
ls_booking_parse_start (const char *text,
                        GDate      *date,
                        guint      *minute)
{
  g_autofree char *day = NULL;

  if (text == NULL || strlen (text) != 16 || text[10] != 'T')
    return FALSE;
  day = g_strndup (text, 10);
  g_date_clear (date, 1);
  g_date_set_parse (date, day);
  /* g_date_set_parse() is lenient; only the ISO form itself is taken. */
  if (!g_date_valid (date) || day[4] != '-' || day[7] != '-')
    return FALSE;
  {
    g_autofree char *back = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                                             g_date_get_month (date), g_date_get_day (date));
    if (!g_str_equal (back, day))
      return FALSE;
  }
  return ls_booking_parse_clock (text + 11, minute) && *minute < 24 * 60;
}

char *
ls_booking_format_start (const GDate *date,
                         guint        minute)
{
  return g_strdup_printf ("%04u-%02u-%02uT%02u:%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date), minute / 60, minute % 60);
}

void
ls_booking_last_date (const LsBooking *self,
                      GDate           *last)
{
  *last = g_date_valid (&self->weekly_until) ? self->weekly_until : self->date;
}

gboolean
ls_booking_occurs_on (const LsBooking *self,
                      const GDate     *date)
{
  if (!g_date_valid (&self->weekly_until))
    return g_date_compare (&self->date, date) == 0;
  return g_date_compare (date, &self->date) >= 0 && g_date_compare (date, &self->weekly_until) <= 0
         && g_date_days_between (&self->date, date) % 7 == 0;
}

gboolean
ls_booking_day_in_week (const LsBooking *self,
                        const GDate     *monday,
                        GDate           *day)
{
  *day = *monday;
  g_date_add_days (day, g_date_get_weekday (&self->date) - G_DATE_MONDAY);
  return ls_booking_occurs_on (self, day);
}

gboolean
ls_booking_budget_in_week (const LsBookingBudget *self,
                           const GDate           *monday)
{
  GDate sunday = *monday;

  g_date_add_days (&sunday, 6);
  return g_date_compare (&self->start, &sunday) <= 0
         && (!g_date_valid (&self->end) || g_date_compare (&self->end, monday) >= 0);
}

static int
compare_times (gconstpointer a,
               gconstpointer b)
{
  const LsBookedTime *x = a;
  const LsBookedTime *y = b;
  int by_day = g_date_compare (&x->day, &y->day);

  if (by_day != 0)
    return by_day;
  return x->booking->start_minute < y->booking->start_minute ? -1 : x->booking->start_minute > y->booking->start_minute;
}

LsBookedWeek *
ls_booked_week_new (const GDate *monday,
                    GPtrArray   *budgets,
                    GArray      *decisions,
                    GPtrArray   *bookings)
{
  LsBookedWeek *self = g_new0 (LsBookedWeek, 1);

  g_return_val_if_fail (monday != NULL && g_date_valid (monday), NULL);
  g_return_val_if_fail (budgets != NULL && decisions != NULL && budgets->len == decisions->len, NULL);
  g_return_val_if_fail (bookings != NULL, NULL);

  self->monday = *monday;
  self->budgets = budgets;
  self->decisions = decisions;
  self->bookings = bookings;
  for (guint i = 0; i < budgets->len;)
    if (ls_booking_budget_in_week (g_ptr_array_index (budgets, i), monday))
      i++;
    else
      {
        g_ptr_array_remove_index (budgets, i);
        g_array_remove_index (decisions, i);
      }
  self->times = g_array_new (FALSE, FALSE, sizeof (LsBookedTime));
  for (guint i = 0; i < bookings->len; i++)
    {
      LsBookedTime time = { g_ptr_array_index (bookings, i) };

      if (time.booking->status == LS_BOOKING_BOOKED && ls_booking_day_in_week (time.booking, monday, &time.day))
        g_array_append_val (self->times, time);
    }
  g_array_sort (self->times, compare_times);
  return self;
}

void
ls_booked_week_free (LsBookedWeek *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->times, g_array_unref);
  g_clear_pointer (&self->budgets, g_ptr_array_unref);
  g_clear_pointer (&self->decisions, g_array_unref);
  g_clear_pointer (&self->bookings, g_ptr_array_unref);
  g_free (self);
}

guint
ls_booked_week_minutes_left (const LsBookedWeek *self,
                             guint               index)
{
  LsBookingBudget *item;
  guint used = 0;

  g_return_val_if_fail (self != NULL && index < self->budgets->len, 0);

  item = g_ptr_array_index (self->budgets, index);
  for (guint i = 0; i < self->times->len; i++)
    {
      const LsBookedTime *time = &g_array_index (self->times, LsBookedTime, i);

      if (time->booking->measure_id == item->measure_id)
        used += time->booking->minutes;
    }
  return used < item->minutes_per_week ? item->minutes_per_week - used : 0;
}

guint
ls_booked_week_total_left (const LsBookedWeek *self)
{
  guint left = 0;

  g_return_val_if_fail (self != NULL, 0);

  for (guint i = 0; i < self->budgets->len; i++)
    left += ls_booked_week_minutes_left (self, i);
  return left;
}

void
ls_iso_week_monday (const GDate *date,
                    GDate       *monday)
{
  *monday = *date;
  g_date_subtract_days (monday, g_date_get_weekday (date) - G_DATE_MONDAY);
}

char *
ls_iso_week_format (const GDate *date)
{
  GDate thursday;

  /* An ISO week belongs to the year of its Thursday. */
  ls_iso_week_monday (date, &thursday);
  g_date_add_days (&thursday, 3);
  return g_strdup_printf ("%04u-W%02u", g_date_get_year (&thursday), g_date_get_iso8601_week_of_year (date));
}

gboolean
ls_iso_week_parse (const char *text,
                   GDate      *monday)
{
  guint year, week;
  char end;
  GDate jan4;
  g_autofree char *back = NULL;

  if (text == NULL || strlen (text) != 8 || sscanf (text, "%4u-W%2u%c", &year, &week, &end) != 2
      || year < 1900 || year > 9999 || week < 1 || week > 53)
    return FALSE;
  /* 4 January is always in week 1. */
  g_date_clear (&jan4, 1);
  g_date_set_dmy (&jan4, 4, G_DATE_JANUARY, year);
  ls_iso_week_monday (&jan4, monday);
  g_date_add_days (monday, (week - 1) * 7);
  back = ls_iso_week_format (monday);
  return g_str_equal (back, text);
}

char *
ls_minutes_phrase (guint minutes)
{
  guint hours = minutes / 60;
  guint rest = minutes % 60;

  if (minutes == 0)
    return g_strdup (_("no time"));
  if (rest == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hour", "%u hours", hours), hours);
  if (hours == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", rest), rest);
  {
    g_autofree char *h = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u hour", "%u hours", hours), hours);
    g_autofree char *m = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u minute", "%u minutes", rest), rest);
    /* TRANSLATORS: an amount of time: "2 hours" and "30 minutes" */
    return g_strdup_printf (_("%s %s"), h, m);
  }
}

GTimeZone *
ls_booking_time_zone (void)
{
  return g_time_zone_new_identifier ("Europe/Oslo");
}

/* Whether local @hour:30 on @day happens exactly once. */
static gboolean
hour_happens_once (GTimeZone   *zone,
                   const GDate *day,
                   int          hour)
{
  g_autoptr(GDateTime) at = g_date_time_new (zone, g_date_get_year (day), g_date_get_month (day),
                                             g_date_get_day (day), hour, 30, 0);
  g_autoptr(GDateTime) later = NULL;
  g_autoptr(GDateTime) earlier = NULL;

  if (at == NULL || g_date_time_get_hour (at) != hour)
    return FALSE;   /* skipped: GLib moved it on */
  later = g_date_time_add_hours (at, 1);
  earlier = g_date_time_add_hours (at, -1);
  return !(g_date_time_get_hour (later) == hour && g_date_time_get_minute (later) == 30)
         && !(g_date_time_get_hour (earlier) == hour && g_date_time_get_minute (earlier) == 30);
}

gboolean
ls_booking_meets_clock_change (const GDate *day,
                               guint        start_minute,
                               guint        minutes)
{
  g_autoptr(GTimeZone) zone = ls_booking_time_zone ();
  g_autoptr(GDateTime) midnight = NULL;
  g_autoptr(GDateTime) next = NULL;

  g_return_val_if_fail (day != NULL && g_date_valid (day), FALSE);

  if (zone == NULL)
    return FALSE;
  midnight = g_date_time_new (zone, g_date_get_year (day), g_date_get_month (day), g_date_get_day (day), 0, 0, 0);
  next = g_date_time_add_days (midnight, 1);
  if (g_date_time_get_utc_offset (midnight) == g_date_time_get_utc_offset (next))
    return FALSE;
  for (guint hour = start_minute / 60; hour < 24 && hour * 60 < start_minute + minutes; hour++)
    if (!hour_happens_once (zone, day, (int) hour))
      return TRUE;
  return FALSE;
}

void
ls_booking_local_now (GDateTime *now,
                      GDate     *date,
                      guint     *minute)
{
  g_autoptr(GTimeZone) zone = ls_booking_time_zone ();
  g_autoptr(GDateTime) local = NULL;

  /* Without the zone data (never on Debian: tzdata) UTC is the best guess. */
  if (zone == NULL)
    zone = g_time_zone_new_utc ();
  local = g_date_time_to_timezone (now, zone);

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (local), g_date_time_get_month (local),
                  g_date_time_get_year (local));
  *minute = g_date_time_get_hour (local) * 60 + g_date_time_get_minute (local);
}

void
ls_booking_deadline (const GDate *day,
                     guint        working_days,
                     GDate       *deadline_day)
{
  *deadline_day = *day;
  while (working_days > 0)
    {
      g_date_subtract_days (deadline_day, 1);
      if (g_date_get_weekday (deadline_day) < G_DATE_SATURDAY)
        working_days--;
    }
}

gboolean
ls_booking_before_deadline (const GDate *day,
                            guint        working_days,
                            guint        deadline_minute,
                            const GDate *now_date,
                            guint        now_minute)
{
  GDate deadline;
  int order;

  ls_booking_deadline (day, working_days, &deadline);
  order = g_date_compare (now_date, &deadline);
  return order < 0 || (order == 0 && now_minute <= deadline_minute);
}

guint
ls_free_times_longest_on (GPtrArray   *free_times,
                          const GDate *day)
{
  guint longest = 0;

  g_return_val_if_fail (free_times != NULL, 0);
  g_return_val_if_fail (day != NULL, 0);

  for (guint i = 0; i < free_times->len; i++)
    {
      LsFreeTime *time = g_ptr_array_index (free_times, i);

      if (g_date_compare (&time->date, day) == 0)
        longest = MAX (longest, time->minutes);
    }
  return longest;
}

GArray *
ls_free_times_starts_on (GPtrArray   *free_times,
                         const GDate *day,
                         guint        minutes)
{
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (guint));

  g_return_val_if_fail (free_times != NULL, starts);
  g_return_val_if_fail (day != NULL, starts);

  for (guint i = 0; i < free_times->len; i++)
    {
      LsFreeTime *time = g_ptr_array_index (free_times, i);
      guint end = MAX (time->end_minute, time->start_minute + time->minutes);
      guint step = LS_BOOKING_STEP_MINUTES;

      if (g_date_compare (&time->date, day) != 0)
        continue;
      for (guint start = (time->start_minute + step - 1) / step * step; start + minutes <= end; start += step)
        g_array_append_val (starts, start);
    }
  return starts;
}
