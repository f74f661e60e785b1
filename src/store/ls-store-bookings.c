/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Bookings of granted time and the rules every booking obeys (issue 16).
 * Each write is one transaction that first locks the provider unit's row
 * (an UPDATE: on PostgreSQL it holds the row until the commit, as SELECT …
 * FOR UPDATE would; SQLite's writing transaction holds the whole file), so
 * two connections can never both take the last member of staff or the
 * last minutes of a week. */
#define G_LOG_DOMAIN "ls-store"

#include <glib/gi18n.h>

#include "ls-store-bookings-private.h"
#include "ls-store-decisions.h"

typedef struct
{
  GDate now_date;
  guint now_minute;
  guint working_days;
  guint deadline_minute;
} Deadline;

gpointer
_ls_booking_from_row (LsStmt *stmt)
{
  LsBooking *booking = ls_booking_new ();
  g_autoptr(GDate) until = _ls_column_date (stmt, 6);

  booking->id = ls_db_column_int64 (stmt, 0);
  booking->uid = g_strdup (_ls_column_text (stmt, 1));
  booking->measure_id = ls_db_column_int64 (stmt, 2);
  booking->person_id = ls_db_column_int64 (stmt, 3);
  if (!ls_booking_parse_start (_ls_column_text (stmt, 4), &booking->date, &booking->start_minute))
    g_warning ("A booking has a start that is not a local time");
  booking->minutes = ls_db_column_int (stmt, 5);
  if (until != NULL)
    booking->weekly_until = *until;
  ls_booking_status_from_string (_ls_column_text (stmt, 7), &booking->status);
  booking->sequence = ls_db_column_int (stmt, 8);
  booking->service_key = g_strdup (_ls_column_text (stmt, 9));
  booking->provider = g_strdup (_ls_column_text (stmt, 10));
  ls_booking_actor_from_string (_ls_column_text (stmt, 11), &booking->changed_by);
  return booking;
}

static char *
iso_date (const GDate *date)
{
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

static gboolean
refuse (GError    **error,
        const char *format,
        ...) G_GNUC_PRINTF (2, 3);

static gboolean
refuse (GError    **error,
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

static gboolean
load_deadline (LsStore   *self,
               GDateTime *now,
               Deadline  *deadline,
               GError   **error)
{
  g_autoptr(GDateTime) clock = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_utc ();

  ls_booking_local_now (clock, &deadline->now_date, &deadline->now_minute);
  return _ls_store_deadline (self, &deadline->working_days, &deadline->deadline_minute, error);
}

static gboolean
open_for_change (const Deadline *deadline,
                 const GDate    *day)
{
  return ls_booking_before_deadline (day, deadline->working_days, deadline->deadline_minute,
                                     &deadline->now_date, deadline->now_minute);
}

static gboolean
refuse_late (const Deadline *deadline,
             const GDate    *day,
             GError        **error)
{
  GDate last;
  g_autofree char *when = iso_date (day);
  g_autofree char *last_day = NULL;
  g_autofree char *clock = ls_booking_format_clock (deadline->deadline_minute);

  ls_booking_deadline (day, deadline->working_days, &last);
  last_day = iso_date (&last);
  return refuse (error, _("Bookings on %s can only be made, changed or cancelled until %s on %s;"
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
    return refuse (error, _("The provider has no opening hours on the weekday of %s; choose another day"), day);
  return refuse (error, _("The time is outside the provider's opening hours; on the weekday of %s they are %s"),
                 day, hours->str);
}

/* Every rule for @booking (new, or moved when @booking->id is set) of
 * @measure, inside the transaction that writes it, after the lock. */
static gboolean
check_rules (LsStore                 *self,
             const LsBookableMeasure *measure,
             const LsBooking         *booking,
             const Deadline          *deadline,
             GError                 **error)
{
  g_autoptr(GPtrArray) slots = NULL;
  g_autoptr(GPtrArray) unit_bookings = NULL;
  g_autoptr(GPtrArray) measure_bookings = NULL;
  const LsProviderSlot *slot;
  GDate last, first_monday, last_sunday, day;

  if (measure->minutes_per_week == 0)
    return refuse (error, _("This measure has no weekly hours to book; only granted measures in hours per week"
                            " of a decision in force can be booked"));
  if (booking->minutes == 0 || booking->start_minute + booking->minutes > 24 * 60)
    return refuse (error, _("A booking must last at least a minute and end by midnight of its day;"
                            " book two times instead"));
  if (g_date_valid (&booking->weekly_until) && g_date_compare (&booking->weekly_until, &booking->date) < 0)
    return refuse (error, _("A weekly booking must end on or after its first day; choose a later end"));
  ls_booking_last_date (booking, &last);
  if (g_date_compare (&booking->date, &measure->start) < 0
      || (g_date_valid (&measure->end) && g_date_compare (&last, &measure->end) > 0))
    {
      g_autofree char *start = iso_date (&measure->start);
      g_autofree char *end = g_date_valid (&measure->end) ? iso_date (&measure->end) : NULL;

      if (end == NULL)
        return refuse (error, _("The time is outside the decision's period, which begins on %s;"
                                " book a time from then on"), start);
      return refuse (error, _("The time is outside the decision's period, %s to %s;"
                              " book a time inside it (a weekly booking ends by %s)"), start, end, end);
    }
  if (!open_for_change (deadline, &booking->date))
    return refuse_late (deadline, &booking->date, error);
  if (measure->unit_id == 0)
    return refuse (error, _("The provider has no opening hours yet; the provider unit enters them first"));

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

      ls_iso_week_monday (&day, &monday);
      used = minutes_in_week (measure_bookings, &monday);
      if (used + booking->minutes > measure->minutes_per_week)
        {
          guint left = used < measure->minutes_per_week ? measure->minutes_per_week - used : 0;
          g_autofree char *phrase = ls_minutes_phrase (left);
          g_autofree char *week = ls_iso_week_format (&day);

          return refuse (error, _("That is more than the granted time: you have %s left in week %s"), phrase, week);
        }
      if (most_at_once (unit_bookings, &day, booking->start_minute, booking->start_minute + booking->minutes)
          >= slot->staff)
        {
          g_autofree char *when = iso_date (&day);
          g_autofree char *week = ls_iso_week_format (&day);

          return refuse (error, _("All the provider's staff are booked at that time on %s;"
                                  " see the free times of week %s"), when, week);
        }
    }
  return TRUE;
}

static LsBookableMeasure *
load_measure (LsStore *self,
              gint64   measure_id,
              GError **error)
{
  LsStmt *stmt = _ls_store_statement (self, LS_BOOKABLE_MEASURE_SELECT " WHERE m.id = ?1", error);

  if (stmt == NULL)
    return NULL;
  ls_db_bind_int64 (stmt, 1, measure_id);
  return _ls_store_fetch_row (self, stmt, _ls_bookable_measure_from_row, error);
}

/* Holds the unit's row until the transaction ends. */
static gboolean
lock_unit (LsStore *self,
           gint64   unit_id,
           GError **error)
{
  gint64 id = 0;
  LsStmt *stmt;

  if (unit_id == 0)
    return TRUE;
  stmt = _ls_store_statement (self, "UPDATE provider_units SET bookings_changed = bookings_changed + 1"
                              " WHERE id = ?1 RETURNING id", error);
  if (stmt == NULL)
    return FALSE;
  ls_db_bind_int64 (stmt, 1, unit_id);
  return _ls_store_step_id (self, stmt, &id, error);
}

static LsBooking *
load_booking (LsStore *self,
              gint64   id,
              GError **error)
{
  LsStmt *stmt = _ls_store_statement (self, LS_BOOKING_SELECT " WHERE b.id = ?1", error);

  if (stmt == NULL)
    return NULL;
  ls_db_bind_int64 (stmt, 1, id);
  return _ls_store_fetch_row (self, stmt, _ls_booking_from_row, error);
}

/* Writes the time of @booking with @sql: start, minutes, weekly end,
 * status, changed, changed by as ?1..?6, and ?7, ?8 ... as @sql needs. */
static void
bind_time (LsStmt          *stmt,
           const LsBooking *booking)
{
  g_autofree char *start = ls_booking_format_start (&booking->date, booking->start_minute);
  g_autofree char *now = _ls_store_timestamp ();

  ls_db_bind_text (stmt, 1, start);
  ls_db_bind_int64 (stmt, 2, booking->minutes);
  _ls_bind_date (stmt, 3, g_date_valid (&booking->weekly_until) ? &booking->weekly_until : NULL);
  ls_db_bind_text (stmt, 4, ls_booking_status_to_string (booking->status));
  ls_db_bind_text (stmt, 5, now);
  ls_db_bind_text (stmt, 6, ls_booking_actor_to_string (booking->changed_by));
}

gboolean
ls_store_add_booking (LsStore    *self,
                      gint64      decision_id,
                      LsBooking  *booking,
                      GDateTime  *now,
                      GError    **error)
{
  g_autoptr(LsBookableMeasure) measure = NULL;
  g_autofree char *uid = NULL;
  Deadline deadline;
  gint64 id = 0;
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (booking != NULL && booking->id == 0 && g_date_valid (&booking->date), FALSE);

  if (!_ls_store_begin (self, error))
    return FALSE;
  measure = load_measure (self, booking->measure_id, error);
  if (measure == NULL)
    goto fail;
  if (measure->decision_id != decision_id)
    {
      refuse (error, _("Measure %lld is not part of decision %lld; see booking budget for its measures"),
              (long long) booking->measure_id, (long long) decision_id);
      goto fail;
    }
  if (!lock_unit (self, measure->unit_id, error)
      || !load_deadline (self, now, &deadline, error))
    goto fail;
  booking->status = LS_BOOKING_BOOKED;
  if (!check_rules (self, measure, booking, &deadline, error))
    goto fail;
  uid = g_uuid_string_random ();
  stmt = _ls_store_statement (self, "INSERT INTO bookings (start, minutes, weekly_until, status, changed,"
                              " changed_by, uid, measure_id, unit_id, sequence)"
                              " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0)"
                              " RETURNING id", error);
  if (stmt == NULL)
    goto fail;
  bind_time (stmt, booking);
  ls_db_bind_text (stmt, 7, uid);
  ls_db_bind_int64 (stmt, 8, measure->measure_id);
  ls_db_bind_int64 (stmt, 9, measure->unit_id);
  if (!_ls_store_step_id (self, stmt, &id, error)
      || !ls_store_audit (self, measure->person_id, "booking", id, LS_AUDIT_CREATE, error)
      || !_ls_store_commit (self, error))
    goto fail;
  booking->id = id;
  g_free (booking->uid);
  booking->uid = g_steal_pointer (&uid);
  booking->person_id = measure->person_id;
  booking->sequence = 0;
  return TRUE;

fail:
  _ls_store_rollback (self);
  return FALSE;
}

/* Writes @booking's time and status with a sequence one higher than
 * @stored's, with an audit row. */
static gboolean
write_change (LsStore         *self,
              const LsBooking *stored,
              const LsBooking *booking,
              GError         **error)
{
  gint64 id = 0;
  LsStmt *stmt = _ls_store_statement (self, "UPDATE bookings SET start = ?1, minutes = ?2, weekly_until = ?3,"
                                      " status = ?4, changed = ?5, changed_by = ?6, sequence = ?7 WHERE id = ?8"
                                      " RETURNING id",
                                      error);

  if (stmt == NULL)
    return FALSE;
  bind_time (stmt, booking);
  ls_db_bind_int64 (stmt, 7, stored->sequence + 1);
  ls_db_bind_int64 (stmt, 8, stored->id);
  return _ls_store_step_id (self, stmt, &id, error)
         && ls_store_audit (self, stored->person_id, "booking", stored->id, LS_AUDIT_CHANGE, error);
}

/* After a refusal for the deadline: undoes the refused change, then keeps
 * the attempt on @stored's time on @day (@kind: "late-cancel" or
 * "late-move") in a transaction of its own, so the refusal changes nothing
 * else. Keeping it is best effort: the refusal stands either way. */
static void
record_late_refusal (LsStore         *self,
                     const LsBooking *stored,
                     const GDate     *day,
                     const char      *kind)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *now = _ls_store_timestamp ();
  gint64 id = 0;
  LsStmt *stmt;

  _ls_store_rollback (self);
  if (!_ls_store_begin (self, &error))
    goto fail;
  stmt = _ls_store_statement (self, "INSERT INTO booking_refusals (booking_id, measure_id, day, refused, kind)"
                              " VALUES (?1, ?2, ?3, ?4, ?5) RETURNING id", &error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, stored->id);
  ls_db_bind_int64 (stmt, 2, stored->measure_id);
  _ls_bind_date (stmt, 3, day);
  ls_db_bind_text (stmt, 4, now);
  ls_db_bind_text (stmt, 5, kind);
  if (_ls_store_step_id (self, stmt, &id, &error) && _ls_store_commit (self, &error))
    return;

fail:
  g_warning ("A late change refused was not recorded: %s", error->message);
  _ls_store_rollback (self);
}

gboolean
ls_store_change_booking (LsStore    *self,
                         LsBooking  *booking,
                         GDateTime  *now,
                         GError    **error)
{
  g_autoptr(LsBooking) stored = NULL;
  g_autoptr(LsBookableMeasure) measure = NULL;
  Deadline deadline;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (booking != NULL && booking->id > 0 && g_date_valid (&booking->date), FALSE);

  if (!_ls_store_begin (self, error))
    return FALSE;
  stored = load_booking (self, booking->id, error);
  if (stored == NULL)
    goto fail;
  if (stored->status == LS_BOOKING_CANCELLED)
    {
      refuse (error, _("This booking is cancelled and cannot be changed; make a new booking instead"));
      goto fail;
    }
  measure = load_measure (self, stored->measure_id, error);
  if (measure == NULL
      || !lock_unit (self, measure->unit_id, error)
      || !load_deadline (self, now, &deadline, error))
    goto fail;
  if (!open_for_change (&deadline, &stored->date))
    {
      refuse_late (&deadline, &stored->date, error);
      record_late_refusal (self, stored, &stored->date, "late-move");
      return FALSE;
    }
  booking->measure_id = stored->measure_id;
  booking->status = LS_BOOKING_BOOKED;
  if (!check_rules (self, measure, booking, &deadline, error)
      || !write_change (self, stored, booking, error)
      || !_ls_store_commit (self, error))
    goto fail;
  booking->sequence = stored->sequence + 1;
  booking->person_id = stored->person_id;
  g_free (booking->uid);
  booking->uid = g_strdup (stored->uid);
  return TRUE;

fail:
  _ls_store_rollback (self);
  return FALSE;
}

gboolean
ls_store_cancel_booking (LsStore        *self,
                         gint64          id,
                         LsBookingActor  by,
                         GDateTime      *now,
                         GError        **error)
{
  g_autoptr(LsBooking) stored = NULL;
  g_autoptr(LsBooking) changed = NULL;
  Deadline deadline;
  GDate last, day;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);

  if (!_ls_store_begin (self, error))
    return FALSE;
  stored = load_booking (self, id, error);
  if (stored == NULL || !load_deadline (self, now, &deadline, error))
    goto fail;
  if (stored->status == LS_BOOKING_CANCELLED)
    {
      refuse (error, _("This booking is already cancelled"));
      goto fail;
    }
  /* The first of its times that may still be cancelled. */
  ls_booking_last_date (stored, &last);
  for (day = stored->date; g_date_compare (&day, &last) <= 0; g_date_add_days (&day, 7))
    if (open_for_change (&deadline, &day))
      break;
  if (g_date_compare (&day, &last) > 0)
    {
      refuse_late (&deadline, &last, error);
      record_late_refusal (self, stored, &last, "late-cancel");
      return FALSE;
    }
  changed = ls_booking_new ();
  *changed = *stored;
  changed->uid = changed->service_key = changed->provider = NULL;
  changed->changed_by = by;
  if (g_date_compare (&day, &stored->date) == 0)
    changed->status = LS_BOOKING_CANCELLED;
  else
    {
      /* A weekly series ends with its last time that can no longer change. */
      changed->weekly_until = day;
      g_date_subtract_days (&changed->weekly_until, 7);
    }
  if (!write_change (self, stored, changed, error)
      || !_ls_store_commit (self, error))
    goto fail;
  return TRUE;

fail:
  _ls_store_rollback (self);
  return FALSE;
}

LsBooking *
ls_store_load_booking (LsStore *self,
                       gint64   id,
                       GError **error)
{
  g_autoptr(LsBooking) booking = NULL;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  if (!_ls_store_begin (self, error))
    return NULL;
  booking = load_booking (self, id, error);
  if (booking == NULL
      || !ls_store_audit (self, booking->person_id, "booking", id, LS_AUDIT_READ, error)
      || !_ls_store_commit (self, error))
    {
      _ls_store_rollback (self);
      return NULL;
    }
  return g_steal_pointer (&booking);
}

GPtrArray *
ls_store_list_bookings (LsStore *self,
                        gint64   person_id,
                        GError **error)
{
  g_autoptr(GPtrArray) bookings = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_booking_free);
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  if (!_ls_store_begin (self, error))
    return NULL;
  if (_ls_store_person_of (self, "SELECT id FROM persons WHERE id = ?1", person_id, error) <= 0)
    goto fail;
  stmt = _ls_store_statement (self, LS_BOOKING_SELECT " WHERE d.person_id = ?1 ORDER BY b.start, b.id", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, person_id);
  if (!_ls_store_collect_rows (self, stmt, _ls_booking_from_row, bookings, error)
      || !ls_store_audit (self, person_id, "booking", 0, LS_AUDIT_READ, error)
      || !_ls_store_commit (self, error))
    goto fail;
  return g_steal_pointer (&bookings);

fail:
  _ls_store_rollback (self);
  return NULL;
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
 * @others than its staff are under way, each at most @left minutes. */
static void
add_free_stretches (GPtrArray            *free,
                    const LsProviderSlot *slot,
                    GPtrArray            *others,
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
      gboolean open = most_at_once (others, day, from, to) < slot->staff;

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
  Deadline deadline;
  GDate sunday;
  guint used, left;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  g_return_val_if_fail (monday != NULL && g_date_get_weekday (monday) == G_DATE_MONDAY, NULL);

  sunday = *monday;
  g_date_add_days (&sunday, 6);
  if (!_ls_store_begin (self, error))
    return NULL;
  measure = load_measure (self, measure_id, error);
  if (measure == NULL)
    goto fail;
  if (measure->decision_id != decision_id)
    {
      refuse (error, _("Measure %lld is not part of decision %lld; see booking budget for its measures"),
              (long long) measure_id, (long long) decision_id);
      goto fail;
    }
  if (!load_deadline (self, now, &deadline, error)
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
          || !open_for_change (&deadline, &day))
        continue;
      for (guint i = 0; i < slots->len; i++)
        {
          const LsProviderSlot *slot = g_ptr_array_index (slots, i);

          if (slot->weekday == g_date_get_weekday (&day))
            add_free_stretches (free, slot, unit_bookings, &day, left);
        }
    }
  return g_steal_pointer (&free);

fail:
  _ls_store_rollback (self);
  return NULL;
}

LsBookedWeek *
ls_store_load_booked_week (LsStore     *self,
                           gint64       person_id,
                           const GDate *monday,
                           GError     **error)
{
  g_autoptr(GPtrArray) decisions = NULL;
  g_autoptr(GPtrArray) budgets = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_booking_budget_free);
  g_autoptr(GArray) decision_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GPtrArray *bookings;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  g_return_val_if_fail (monday != NULL && g_date_valid (monday) && g_date_get_weekday (monday) == G_DATE_MONDAY,
                        NULL);

  decisions = ls_store_list_decisions (self, person_id, error);
  if (decisions == NULL)
    return NULL;
  for (guint i = 0; i < decisions->len; i++)
    {
      gint64 decision_id = ls_decision_get_id (g_ptr_array_index (decisions, i));
      g_autoptr(GPtrArray) budget = ls_store_booking_budget (self, decision_id, error);

      if (budget == NULL)
        return NULL;
      while (budget->len > 0)
        {
          g_ptr_array_add (budgets, g_ptr_array_steal_index (budget, 0));
          g_array_append_val (decision_ids, decision_id);
        }
    }
  bookings = ls_store_list_bookings (self, person_id, error);
  if (bookings == NULL)
    return NULL;
  return ls_booked_week_new (monday, g_steal_pointer (&budgets), g_steal_pointer (&decision_ids), bookings);
}
