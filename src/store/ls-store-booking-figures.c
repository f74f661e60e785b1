/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Min uke across persons (issue 16): a provider unit's week, and the
 * benefit figures (after Veikart for tjenesteinnovasjon): per ISO week and provider unit, the hours granted
 * against the hours booked, how many booked times were moved or
 * cancelled, how many the persons changed themselves, and the late
 * cancellations and moves the deadline refused. One read in the SQL both engines share; the weeks are counted
 * here, with the same occurrence rule the booking rules use. */
#define G_LOG_DOMAIN "ls-store"

#include <string.h>

#include "ls-store-bookings-private.h"

void
ls_booking_figures_free (LsBookingFigures *self)
{
  if (self == NULL)
    return;
  g_free (self->provider);
  g_free (self);
}

/* The figures of @provider in the week beginning @monday, made when new. */
static LsBookingFigures *
figures_for (GPtrArray   *figures,
             const GDate *monday,
             const char  *provider)
{
  LsBookingFigures *item;

  for (guint i = 0; i < figures->len; i++)
    {
      item = g_ptr_array_index (figures, i);
      if (g_date_compare (&item->monday, monday) == 0 && g_strcmp0 (item->provider, provider) == 0)
        return item;
    }
  item = g_new0 (LsBookingFigures, 1);
  item->monday = *monday;
  item->provider = g_strdup (provider);
  g_ptr_array_add (figures, item);
  return item;
}

/* Whether @measure's budget covers some day of the week from @monday. */
static gboolean
granted_in_week (const LsBookableMeasure *measure,
                 const GDate             *monday)
{
  GDate sunday = *monday;

  g_date_add_days (&sunday, 6);
  return measure->minutes_per_week > 0
         && g_date_compare (&measure->start, &sunday) <= 0
         && (!g_date_valid (&measure->end) || g_date_compare (&measure->end, monday) >= 0);
}

/* Whether one of @booking's times falls in the week from @monday (the
 * rule of ls-store-bookings.c). */
static gboolean
occurs_in_week (const LsBooking *booking,
                const GDate     *monday)
{
  GDate day;

  return ls_booking_day_in_week (booking, monday, &day);
}

/* A change the deadline refused: the day it concerned, its kind, the
 * provider unit. */
typedef struct
{
  GDate  day;
  char  *kind;
  char  *provider;
} Refusal;

static void
refusal_free (Refusal *self)
{
  g_free (self->kind);
  g_free (self->provider);
  g_free (self);
}

static gpointer
refusal_from_row (LsStmt *stmt)
{
  Refusal *refusal = g_new0 (Refusal, 1);
  g_autoptr(GDate) day = _ls_column_date (stmt, 0);

  if (day != NULL)
    refusal->day = *day;
  else
    g_date_clear (&refusal->day, 1);
  refusal->kind = g_strdup (_ls_column_text (stmt, 1));
  refusal->provider = g_strdup (_ls_column_text (stmt, 2));
  return refusal;
}

static int
compare_figures (gconstpointer a,
                 gconstpointer b)
{
  const LsBookingFigures *x = *(LsBookingFigures * const *) a;
  const LsBookingFigures *y = *(LsBookingFigures * const *) b;
  int by_week = g_date_compare (&x->monday, &y->monday);

  return by_week != 0 ? by_week : g_strcmp0 (x->provider, y->provider);
}

GPtrArray *
ls_store_booking_figures (LsStore     *self,
                          const GDate *monday,
                          guint        weeks,
                          GError     **error)
{
  g_autoptr(GPtrArray) measures = g_ptr_array_new_with_free_func ((GDestroyNotify) _ls_bookable_measure_free);
  g_autoptr(GPtrArray) bookings = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_booking_free);
  g_autoptr(GPtrArray) figures = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_booking_figures_free);
  g_autoptr(GPtrArray) refusals = g_ptr_array_new_with_free_func ((GDestroyNotify) refusal_free);
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  g_return_val_if_fail (monday != NULL && g_date_valid (monday) && g_date_get_weekday (monday) == G_DATE_MONDAY,
                        NULL);

  if (!_ls_store_begin (self, error))
    return NULL;
  stmt = _ls_store_statement (self, "SELECT r.day, r.kind, m.provider FROM booking_refusals r"
                              " JOIN measures m ON m.id = r.measure_id WHERE m.provider IS NOT NULL", error);
  if (stmt == NULL || !_ls_store_collect_rows (self, stmt, refusal_from_row, refusals, error))
    goto fail;
  stmt = _ls_store_statement (self, LS_BOOKABLE_MEASURE_SELECT " WHERE m.provider IS NOT NULL", error);
  if (stmt == NULL || !_ls_store_collect_rows (self, stmt, _ls_bookable_measure_from_row, measures, error))
    goto fail;
  stmt = _ls_store_statement (self, LS_BOOKING_SELECT, error);
  if (stmt == NULL || !_ls_store_collect_rows (self, stmt, _ls_booking_from_row, bookings, error)
      || !_ls_store_commit (self, error))
    goto fail;

  for (guint week = 0; week < weeks; week++)
    {
      GDate from = *monday;

      g_date_add_days (&from, 7 * week);
      for (guint i = 0; i < measures->len; i++)
        {
          LsBookableMeasure *measure = g_ptr_array_index (measures, i);

          if (granted_in_week (measure, &from))
            figures_for (figures, &from, measure->provider)->granted_minutes += measure->minutes_per_week;
        }
      for (guint i = 0; i < bookings->len; i++)
        {
          LsBooking *booking = g_ptr_array_index (bookings, i);
          LsBookingFigures *item;

          if (booking->provider == NULL || !occurs_in_week (booking, &from))
            continue;
          item = figures_for (figures, &from, booking->provider);
          if (booking->changed_by == LS_BOOKING_BY_PERSON)
            item->by_person++;
          if (booking->status == LS_BOOKING_CANCELLED)
            item->cancelled++;
          else
            {
              item->booked_minutes += booking->minutes;
              if (booking->sequence > 0)
                item->moved++;
            }
        }
      for (guint i = 0; i < refusals->len; i++)
        {
          Refusal *refusal = g_ptr_array_index (refusals, i);
          GDate refusal_monday;
          LsBookingFigures *item;

          if (!g_date_valid (&refusal->day))
            continue;
          ls_iso_week_monday (&refusal->day, &refusal_monday);
          if (g_date_compare (&refusal_monday, &from) != 0)
            continue;
          item = figures_for (figures, &from, refusal->provider);
          if (g_strcmp0 (refusal->kind, "late-cancel") == 0)
            item->late_cancels++;
          else
            item->late_moves++;
        }
    }
  g_ptr_array_sort (figures, compare_figures);
  return g_steal_pointer (&figures);

fail:
  _ls_store_rollback (self);
  return NULL;
}

GPtrArray *
ls_store_list_unit_bookings (LsStore     *self,
                             const char  *provider,
                             const GDate *monday,
                             GError     **error)
{
  g_autoptr(GPtrArray) bookings = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_booking_free);
  GDate sunday;
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  g_return_val_if_fail (provider != NULL, NULL);
  g_return_val_if_fail (monday != NULL && g_date_valid (monday) && g_date_get_weekday (monday) == G_DATE_MONDAY,
                        NULL);

  sunday = *monday;
  g_date_add_days (&sunday, 6);
  if (!_ls_store_begin (self, error))
    return NULL;
  stmt = _ls_store_statement (self, LS_BOOKING_SELECT " WHERE m.provider = ?1 AND b.status = 'booked'"
                              " AND substr (b.start, 1, 10) <= ?3"
                              " AND COALESCE (b.weekly_until, substr (b.start, 1, 10)) >= ?2"
                              " ORDER BY b.start, b.id", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_text (stmt, 1, provider);
  _ls_bind_date (stmt, 2, monday);
  _ls_bind_date (stmt, 3, &sunday);
  if (!_ls_store_collect_rows (self, stmt, _ls_booking_from_row, bookings, error))
    goto fail;
  for (guint i = 0; i < bookings->len;)
    {
      LsBooking *booking = g_ptr_array_index (bookings, i);

      if (!occurs_in_week (booking, monday))
        g_ptr_array_remove_index (bookings, i);
      else if (!ls_store_audit (self, booking->person_id, "booking", booking->id, LS_AUDIT_READ, error))
        goto fail;
      else
        i++;
    }
  if (!_ls_store_commit (self, error))
    goto fail;
  return g_steal_pointer (&bookings);

fail:
  _ls_store_rollback (self);
  return NULL;
}

gboolean
ls_store_booking_use (LsStore     *self,
                      gint64       decision_id,
                      const GDate *until,
                      LsBookingUse *use,
                      GError     **error)
{
  g_autoptr(GPtrArray) budget = NULL;
  g_autoptr(GPtrArray) bookings = NULL;
  GDate monday;
  gint64 person_id;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (until != NULL && g_date_valid (until), FALSE);
  g_return_val_if_fail (use != NULL, FALSE);

  memset (use, 0, sizeof *use);
  if (!_ls_store_begin (self, error))
    return FALSE;
  person_id = _ls_store_person_of (self, "SELECT person_id FROM decisions WHERE id = ?1", decision_id, error);
  budget = person_id > 0 ? ls_store_booking_budget (self, decision_id, error) : NULL;
  bookings = budget != NULL ? ls_store_list_bookings (self, person_id, error) : NULL;
  if (bookings == NULL || !_ls_store_commit (self, error))
    {
      _ls_store_rollback (self);
      return FALSE;
    }
  for (guint i = 0; i < budget->len; i++)
    {
      LsBookingBudget *item = g_ptr_array_index (budget, i);

      for (ls_iso_week_monday (&item->start, &monday);
           g_date_compare (&monday, until) <= 0 && (!g_date_valid (&item->end) || g_date_compare (&monday, &item->end) <= 0);
           g_date_add_days (&monday, 7))
        {
          use->granted_minutes += item->minutes_per_week;
          for (guint j = 0; j < bookings->len; j++)
            {
              LsBooking *booking = g_ptr_array_index (bookings, j);

              if (booking->measure_id != item->measure_id || !occurs_in_week (booking, &monday))
                continue;
              if (booking->status == LS_BOOKING_CANCELLED)
                use->cancelled++;
              else
                use->booked_minutes += booking->minutes;
            }
        }
    }
  return TRUE;
}
