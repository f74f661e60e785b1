/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The rules every booking obeys (issue 16) and what they leave free: the
 * decision's period and weekly hours, the provider's opening hours and
 * staff, the deadline for changes. Used one way by the booking operations
 * (ls-store-bookings.c), which check them inside the transaction that
 * writes, after locking the provider unit's row. */
#define G_LOG_DOMAIN "ls-store"

#include <glib/gi18n.h>

#include "ls-store-bookings-private.h"

static char *
iso_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

gboolean
_ls_booking_refuse (GError    **error,
                    const char *format,
                    ...)
{
  va_list args;
  g_autofree char *message = NULL;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID, message);
  return FALSE;
}

gboolean
_ls_booking_load_deadline (LsStore           *self,
                           GDateTime         *now,
                           LsBookingDeadline *deadline,
                           GError           **error)
{
  g_autoptr(GDateTime) clock = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_utc ();

  ls_booking_local_now (clock, &deadline->now_date, &deadline->now_minute);
  return _ls_store_deadline (self, &deadline->working_days, &deadline->deadline_minute, error);
}

gboolean
_ls_booking_open_for_change (const LsBookingDeadline *deadline,
                             const GDate             *day)
{
  return ls_booking_before_deadline (day, deadline->working_days, deadline->deadline_minute,
                                     &deadline->now_date, deadline->now_minute);
}

gboolean
_ls_booking_refuse_late (const LsBookingDeadline *deadline,
                         const GDate             *day,
                         GError                 **error)
{
  GDate last;
  g_autofree char *when = iso_date (day);
  g_autofree char *last_day = NULL;
  g_autofree char *clock = ls_booking_format_clock (deadline->deadline_minute);

  ls_booking_deadline (day, deadline->working_days, &last);
  last_day = iso_date (&last);
  return _ls_booking_refuse (error, _("Bookings on %s can only be made, changed or cancelled until %s on %s;"
                          " choose a later day, or call the provider"), when, clock, last_day);
}

/* The booked (not cancelled) bookings of a unit or a measure that may
 * take place between @from and @to, except @except. */
static GPtrArray *
bookings_between (LsStore     *self,
                  gboolean     of_unit,
                  gint64       owner_id,
                  const GDate *from,
                  const GDate *to,
                  gint64       except,
                  GError     **error)
{
  g_autoptr(GPtrArray) bookings = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_booking_free);
  LsStmt *stmt;

  if (of_unit)
    stmt = _ls_store_statement (self, LS_BOOKING_SELECT " WHERE b.unit_id = ?1 AND b.status = 'booked'"
                                " AND substr (b.start, 1, 10) <= ?3"
                                " AND COALESCE (b.weekly_until, substr (b.start, 1, 10)) >= ?2 AND b.id <> ?4", error);
  else
    stmt = _ls_store_statement (self, LS_BOOKING_SELECT " WHERE b.measure_id = ?1 AND b.status = 'booked'"
                                " AND substr (b.start, 1, 10) <= ?3"
                                " AND COALESCE (b.weekly_until, substr (b.start, 1, 10)) >= ?2 AND b.id <> ?4", error);
  if (stmt == NULL)
    return NULL;
  ls_db_bind_int64 (stmt, 1, owner_id);
  _ls_bind_date (stmt, 2, from);
  _ls_bind_date (stmt, 3, to);
  ls_db_bind_int64 (stmt, 4, except);
  if (!_ls_store_collect_rows (self, stmt, _ls_booking_from_row, bookings, error))
    return NULL;
  return g_steal_pointer (&bookings);
}

/* How many of @others are under way at once, at most, between @start and
 * @end (minutes) on @day. The most is reached where one of them begins, or
 * at @start. */
static guint
most_at_once (GPtrArray   *others,
              const GDate *day,
              guint        start,
              guint        end)
{
  guint most = 0;

  for (guint i = 0; i <= others->len; i++)
    {
      guint point = start;
      guint count = 0;

      if (i < others->len)
        {
          LsBooking *other = g_ptr_array_index (others, i);

          if (!ls_booking_occurs_on (other, day) || other->start_minute < start || other->start_minute >= end)
            continue;
          point = other->start_minute;
        }
      for (guint j = 0; j < others->len; j++)
        {
          LsBooking *other = g_ptr_array_index (others, j);

          if (ls_booking_occurs_on (other, day) && other->start_minute <= point
              && point < other->start_minute + other->minutes)
            count++;
        }
      most = MAX (most, count);
    }
  return most;
}

/* The first of @others under way on @day between @start and @end
 * (minutes), or NULL. */
static const LsBooking *
first_overlapping (GPtrArray   *others,
                   const GDate *day,
                   guint        start,
                   guint        end)
{
  for (guint i = 0; i < others->len; i++)
    {
      const LsBooking *other = g_ptr_array_index (others, i);

      if (ls_booking_occurs_on (other, day) && other->start_minute < end
          && start < other->start_minute + other->minutes)
        return other;
    }
  return NULL;
}

/* Minutes of @measure_bookings in the ISO week beginning @monday. */
static guint
minutes_in_week (GPtrArray   *measure_bookings,
                 const GDate *monday)
{
  guint used = 0;

  for (guint i = 0; i < measure_bookings->len; i++)
    {
      LsBooking *other = g_ptr_array_index (measure_bookings, i);
      GDate day;

      if (ls_booking_day_in_week (other, monday, &day))
        used += other->minutes;
    }
  return used;
}

static const LsProviderSlot *
slot_around (GPtrArray       *slots,
             const LsBooking *booking)
{
  GDateWeekday weekday = g_date_get_weekday (&booking->date);

  for (guint i = 0; i < slots->len; i++)
    {
      const LsProviderSlot *slot = g_ptr_array_index (slots, i);

      if (slot->weekday == weekday && slot->start_minute <= booking->start_minute
          && booking->start_minute + booking->minutes <= slot->end_minute)
        return slot;
    }
  return NULL;
}

static gboolean
refuse_outside_slots (GPtrArray       *slots,
                      const LsBooking *booking,
                      GError         **error)
{
  GDateWeekday weekday = g_date_get_weekday (&booking->date);
  g_autoptr(GString) hours = g_string_new (NULL);
  g_autofree char *day = iso_date (&booking->date);

  for (guint i = 0; i < slots->len; i++)
    {
      const LsProviderSlot *slot = g_ptr_array_index (slots, i);
      g_autofree char *from = NULL;
      g_autofree char *to = NULL;

      if (slot->weekday != weekday)
        continue;
      from = ls_booking_format_clock (slot->start_minute);
      to = ls_booking_format_clock (slot->end_minute);
      g_string_append_printf (hours, "%s%s–%s", hours->len > 0 ? ", " : "", from, to);
    }
  if (hours->len == 0)
    return _ls_booking_refuse (error, _("The provider has no opening hours on the weekday of %s; choose another day"), day);
  return _ls_booking_refuse (error, _("The time is outside the provider's opening hours; on the weekday of %s they are %s"),
                 day, hours->str);
}

/* Every rule for @booking (new, or moved when @booking->id is set) of
 * @measure, inside the transaction that writes it, after the lock. */
gboolean
_ls_booking_check_rules (LsStore                 *self,
                         const LsBookableMeasure *measure,
                         const LsBooking         *booking,
                         const LsBookingDeadline *deadline,
                         GError                 **error)
{
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(GPtrArray) unit_bookings = NULL;
  g_autoptr(GPtrArray) measure_bookings = NULL;
  const LsProviderSlot *slot;
  GDate last, first_monday, last_sunday, day;

  if (measure->minutes_per_week == 0)
    return _ls_booking_refuse (error, _("This measure has no weekly hours to book; only granted measures in hours per week"
                            " of a decision in force can be booked"));
  if (booking->minutes == 0 || booking->start_minute + booking->minutes > 24 * 60)
    return _ls_booking_refuse (error, _("A booking must last at least a minute and end by midnight of its day;"
                            " book two times instead"));
  if (g_date_valid (&booking->weekly_until) && g_date_compare (&booking->weekly_until, &booking->date) < 0)
    return _ls_booking_refuse (error, _("A weekly booking must end on or after its first day; choose a later end"));
  ls_booking_last_date (booking, &last);
  if (g_date_compare (&booking->date, &measure->start) < 0
      || (g_date_valid (&measure->end) && g_date_compare (&last, &measure->end) > 0))
    {
      g_autofree char *start = iso_date (&measure->start);
      g_autofree char *end = g_date_valid (&measure->end) ? iso_date (&measure->end) : NULL;

      if (end == NULL)
        return _ls_booking_refuse (error, _("The time is outside the decision's period, which begins on %s;"
                                " book a time from then on"), start);
      return _ls_booking_refuse (error, _("The time is outside the decision's period, %s to %s;"
                              " book a time inside it (a weekly booking ends by %s)"), start, end, end);
    }
  if (!_ls_booking_open_for_change (deadline, &booking->date))
    return _ls_booking_refuse_late (deadline, &booking->date, error);
  if (measure->unit_id == 0)
    return _ls_booking_refuse (error, _("The provider has no opening hours yet; the provider unit enters them first"));

  slots = _ls_store_unit_slots (self, measure->unit_id, error);
  if (slots == NULL)
    return FALSE;
  slot = slot_around (slots, booking);
  if (slot == NULL)
    return refuse_outside_slots (slots, booking, error);

  ls_iso_week_monday (&booking->date, &first_monday);
  ls_iso_week_monday (&last, &last_sunday);
  g_date_add_days (&last_sunday, 6);
  unit_bookings = bookings_between (self, TRUE, measure->unit_id, &booking->date, &last, booking->id, error);
  measure_bookings = bookings_between (self, FALSE, measure->measure_id, &first_monday, &last_sunday,
                                       booking->id, error);
  if (unit_bookings == NULL || measure_bookings == NULL)
    return FALSE;

  for (day = booking->date; g_date_compare (&day, &last) <= 0; g_date_add_days (&day, 7))
    {
      GDate monday;
      guint used;

      const LsBooking *same;

      ls_iso_week_monday (&day, &monday);
      /* A time that does not happen that night, or happens twice, cannot
       * be written in a calendar nor counted in minutes. */
      if (ls_booking_meets_clock_change (&day, booking->start_minute, booking->minutes))
        {
          g_autofree char *when = iso_date (&day);

          return _ls_booking_refuse (error, _("The clocks change between 02:00 and 03:00 in the night of %s;"
                                              " book a time outside that hour"), when);
        }
      /* The same help twice at once would be counted twice and given once. */
      same = first_overlapping (measure_bookings, &day, booking->start_minute,
                                booking->start_minute + booking->minutes);
      if (same != NULL)
        {
          g_autofree char *when = iso_date (&day);

          return _ls_booking_refuse (error, _("This help is already booked at that time on %s (booking %lld);"
                                              " choose another time"), when, (long long) same->id);
        }
      used = minutes_in_week (measure_bookings, &monday);
      if (used + booking->minutes > measure->minutes_per_week)
        {
          guint left = used < measure->minutes_per_week ? measure->minutes_per_week - used : 0;
          g_autofree char *phrase = ls_minutes_phrase (left);
          g_autofree char *week = ls_iso_week_format (&day);

          return _ls_booking_refuse (error, _("That is more than the granted time: you have %s left in week %s"), phrase, week);
        }
      if (most_at_once (unit_bookings, &day, booking->start_minute, booking->start_minute + booking->minutes)
          >= slot->staff)
        {
          g_autofree char *when = iso_date (&day);
          g_autofree char *week = ls_iso_week_format (&day);

          return _ls_booking_refuse (error, _("All the provider's staff are booked at that time on %s;"
                                  " see the free times of week %s"), when, week);
        }
    }
  return TRUE;
}

LsBookableMeasure *
_ls_bookable_measure_load (LsStore *self,
                           gint64   decision_id,
                           gint64   measure_id,
                           GError **error)
{
  g_autoptr(LsBookableMeasure) measure = NULL;
  LsStmt *stmt = _ls_store_statement (self, LS_BOOKABLE_MEASURE_SELECT " WHERE m.id = ?1", error);

  if (stmt == NULL)
    return NULL;
  ls_db_bind_int64 (stmt, 1, measure_id);
  measure = _ls_store_fetch_row (self, stmt, _ls_bookable_measure_from_row, error);
  if (measure != NULL && decision_id != 0 && measure->decision_id != decision_id)
    {
      _ls_booking_refuse (error, _("Measure %lld is part of decision %lld, not of decision %lld"),
                          (long long) measure_id, (long long) measure->decision_id, (long long) decision_id);
      return NULL;
    }
  return g_steal_pointer (&measure);
}

static int
compare_minutes (gconstpointer a,
                 gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* Adds the free stretches of @slot on @day to @free: where fewer of
 * @others than its staff are under way and none of @mine (the measure's
 * own, which are among @others), each at most @left minutes. */
static void
add_free_stretches (GPtrArray            *free,
                    const LsProviderSlot *slot,
                    GPtrArray            *others,
                    GPtrArray            *mine,
                    const GDate          *day,
                    guint                 left)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (guint));
  guint run_start = G_MAXUINT;

  g_array_append_val (points, slot->start_minute);
  for (guint i = 0; i < others->len; i++)
    {
      LsBooking *other = g_ptr_array_index (others, i);
      guint end = other->start_minute + other->minutes;

      if (!ls_booking_occurs_on (other, day))
        continue;
      if (other->start_minute > slot->start_minute && other->start_minute < slot->end_minute)
        g_array_append_val (points, other->start_minute);
      if (end > slot->start_minute && end < slot->end_minute)
        g_array_append_val (points, end);
    }
  /* Where the clocks may change (a run of open pieces stays one stretch). */
  for (guint minute = 2 * 60; minute <= 3 * 60; minute += 60)
    if (minute > slot->start_minute && minute < slot->end_minute)
      g_array_append_val (points, minute);
  g_array_append_val (points, slot->end_minute);
  g_array_sort (points, compare_minutes);
  /* Two bookings may begin or end at the same minute: each point once. */
  for (guint i = 1; i < points->len;)
    if (g_array_index (points, guint, i) == g_array_index (points, guint, i - 1))
      g_array_remove_index (points, i);
    else
      i++;
  for (guint i = 0; i + 1 < points->len; i++)
    {
      guint from = g_array_index (points, guint, i);
      guint to = g_array_index (points, guint, i + 1);
      gboolean open = most_at_once (others, day, from, to) < slot->staff
                      && first_overlapping (mine, day, from, to) == NULL
                      && !ls_booking_meets_clock_change (day, from, to - from);

      if (open && run_start == G_MAXUINT)
        run_start = from;
      if ((!open || i + 2 == points->len) && run_start != G_MAXUINT)
        {
          guint run_end = open ? to : from;
          LsFreeTime *time;

          if (run_end > run_start)
            {
              time = g_new0 (LsFreeTime, 1);
              time->date = *day;
              time->start_minute = run_start;
              time->minutes = MIN (run_end - run_start, left);
              time->end_minute = run_end;
              g_ptr_array_add (free, time);
            }
          run_start = G_MAXUINT;
        }
    }
}

GPtrArray *
ls_store_free_times (LsStore     *self,
                     gint64       decision_id,
                     gint64       measure_id,
                     const GDate *monday,
                     GDateTime   *now,
                     GError     **error)
{
  g_autoptr(GPtrArray) free = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(LsBookableMeasure) measure = NULL;
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(GPtrArray) unit_bookings = NULL;
  g_autoptr(GPtrArray) measure_bookings = NULL;
  LsBookingDeadline deadline;
  GDate sunday;
  guint used, left;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  g_return_val_if_fail (monday != NULL && g_date_get_weekday (monday) == G_DATE_MONDAY, NULL);

  sunday = *monday;
  g_date_add_days (&sunday, 6);
  if (!_ls_store_begin (self, error))
    return NULL;
  measure = _ls_bookable_measure_load (self, decision_id, measure_id, error);
  if (measure == NULL)
    goto fail;
  if (!_ls_booking_load_deadline (self, now, &deadline, error)
      || !ls_store_audit (self, measure->person_id, "booking", 0, LS_AUDIT_READ, error))
    goto fail;
  if (measure->minutes_per_week == 0 || measure->unit_id == 0)
    return _ls_store_commit (self, error) ? g_steal_pointer (&free) : NULL;
  slots = _ls_store_unit_slots (self, measure->unit_id, error);
  unit_bookings = slots != NULL ? bookings_between (self, TRUE, measure->unit_id, monday, &sunday, 0, error) : NULL;
  measure_bookings = unit_bookings != NULL
                     ? bookings_between (self, FALSE, measure->measure_id, monday, &sunday, 0, error) : NULL;
  if (measure_bookings == NULL || !_ls_store_commit (self, error))
    goto fail;

  used = minutes_in_week (measure_bookings, monday);
  left = used < measure->minutes_per_week ? measure->minutes_per_week - used : 0;
  if (left == 0)
    return g_steal_pointer (&free);
  for (GDate day = *monday; g_date_compare (&day, &sunday) <= 0; g_date_add_days (&day, 1))
    {
      if (g_date_compare (&day, &measure->start) < 0
          || (g_date_valid (&measure->end) && g_date_compare (&day, &measure->end) > 0)
          || !_ls_booking_open_for_change (&deadline, &day))
        continue;
      for (guint i = 0; i < slots->len; i++)
        {
          const LsProviderSlot *slot = g_ptr_array_index (slots, i);

          if (slot->weekday == g_date_get_weekday (&day))
            add_free_stretches (free, slot, unit_bookings, measure_bookings, &day, left);
        }
    }
  return g_steal_pointer (&free);

fail:
  _ls_store_rollback (self);
  return NULL;
}

