/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Bookings of granted time (issue 16): adding, moving, cancelling and
 * reading them. The rules they obey are in ls-store-booking-rules.c. Each
 * write is one transaction that first locks the provider unit's row
 * (an UPDATE: on PostgreSQL it holds the row until the commit, as SELECT …
 * FOR UPDATE would; SQLite's writing transaction holds the whole file), so
 * two connections can never both take the last member of staff or the
 * last minutes of a week. */
#define G_LOG_DOMAIN "ls-store"

#include <glib/gi18n.h>

#include "ls-store-bookings-private.h"
#include "ls-store-decisions.h"

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
  LsBookingDeadline deadline;
  gint64 id = 0;
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (booking != NULL && booking->id == 0 && g_date_valid (&booking->date), FALSE);

  if (!_ls_store_begin (self, error))
    return FALSE;
  measure = _ls_bookable_measure_load (self, decision_id, booking->measure_id, error);
  if (measure == NULL)
    goto fail;
  if (!lock_unit (self, measure->unit_id, error)
      || !_ls_booking_load_deadline (self, now, &deadline, error))
    goto fail;
  booking->status = LS_BOOKING_BOOKED;
  if (!_ls_booking_check_rules (self, measure, booking, &deadline, error))
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
 * @stored's, with an audit row: a compare-and-swap on the sequence read
 * into @stored, so that a change another connection committed since then
 * is refused (LS_STORE_ERROR_CONFLICT, naming who made it and when)
 * rather than overwritten. */
static gboolean
write_change (LsStore         *self,
              const LsBooking *stored,
              const LsBooking *booking,
              GError         **error)
{
  LsStmt *stmt = _ls_store_statement (self, "UPDATE bookings SET start = ?1, minutes = ?2, weekly_until = ?3,"
                                      " status = ?4, changed = ?5, changed_by = ?6, sequence = ?7"
                                      " WHERE id = ?8 AND sequence = ?9 RETURNING sequence",
                                      error);

  if (stmt == NULL)
    return FALSE;
  if (self->before_booking_write != NULL)
    self->before_booking_write (self, self->before_booking_write_data);
  bind_time (stmt, booking);
  ls_db_bind_int64 (stmt, 7, stored->sequence + 1);
  ls_db_bind_int64 (stmt, 8, stored->id);
  ls_db_bind_int64 (stmt, 9, stored->sequence);
  return _ls_store_step_swap (self, stmt, NULL, "SELECT 1 FROM bookings WHERE id = ?1", "booking", stored->id, NULL,
                              error)
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
  LsBookingDeadline deadline;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (booking != NULL && booking->id > 0 && g_date_valid (&booking->date), FALSE);

  if (!_ls_store_begin (self, error))
    return FALSE;
  /* Its provider's lock first (a booking keeps its measure), then the
   * booking read again under it: a change committed while this one waited
   * is what the rules and the new sequence build on. */
  stored = load_booking (self, booking->id, error);
  if (stored == NULL)
    goto fail;
  measure = _ls_bookable_measure_load (self, 0, stored->measure_id, error);
  if (measure == NULL || !lock_unit (self, measure->unit_id, error))
    goto fail;
  g_clear_pointer (&stored, ls_booking_free);
  stored = load_booking (self, booking->id, error);
  if (stored == NULL || !_ls_booking_load_deadline (self, now, &deadline, error))
    goto fail;
  if (stored->status == LS_BOOKING_CANCELLED)
    {
      _ls_booking_refuse (error, _("This booking is cancelled and cannot be changed; make a new booking instead"));
      goto fail;
    }
  if (!_ls_booking_open_for_change (&deadline, &stored->date))
    {
      _ls_booking_refuse_late (&deadline, &stored->date, error);
      record_late_refusal (self, stored, &stored->date, "late-move");
      return FALSE;
    }
  booking->measure_id = stored->measure_id;
  booking->status = LS_BOOKING_BOOKED;
  if (!_ls_booking_check_rules (self, measure, booking, &deadline, error)
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
  LsBookingDeadline deadline;
  GDate last, day;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);

  if (!_ls_store_begin (self, error))
    return FALSE;
  stored = load_booking (self, id, error);
  if (stored == NULL || !_ls_booking_load_deadline (self, now, &deadline, error))
    goto fail;
  if (stored->status == LS_BOOKING_CANCELLED)
    {
      _ls_booking_refuse (error, _("This booking is already cancelled"));
      goto fail;
    }
  /* The first of its times that may still be cancelled. */
  ls_booking_last_date (stored, &last);
  for (day = stored->date; g_date_compare (&day, &last) <= 0; g_date_add_days (&day, 7))
    if (_ls_booking_open_for_change (&deadline, &day))
      break;
  if (g_date_compare (&day, &last) > 0)
    {
      _ls_booking_refuse_late (&deadline, &last, error);
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
