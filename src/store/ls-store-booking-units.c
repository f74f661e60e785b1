/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What can be booked: each granted measure's weekly budget, the provider
 * units' opening slots and the deadline for changes (issue 16). */
#define G_LOG_DOMAIN "ls-store"

#include <glib/gi18n.h>

#include "ls-store-bookings-private.h"

void
_ls_bookable_measure_free (LsBookableMeasure *self)
{
  if (self == NULL)
    return;
  g_free (self->service_key);
  g_free (self->provider);
  g_free (self);
}

static void
later (GDate       *date,
       const GDate *other)
{
  if (g_date_valid (other) && (!g_date_valid (date) || g_date_compare (other, date) > 0))
    *date = *other;
}

static void
earlier (GDate       *date,
         const GDate *other)
{
  if (g_date_valid (other) && (!g_date_valid (date) || g_date_compare (other, date) < 0))
    *date = *other;
}

gpointer
_ls_bookable_measure_from_row (LsStmt *stmt)
{
  LsBookableMeasure *self = g_new0 (LsBookableMeasure, 1);
  const char *status = _ls_column_text (stmt, 8);
  g_autoptr(GDate) decision_start = _ls_column_date (stmt, 9);
  g_autoptr(GDate) decision_end = _ls_column_date (stmt, 10);
  g_autoptr(GDate) measure_start = _ls_column_date (stmt, 11);
  g_autoptr(GDate) measure_end = _ls_column_date (stmt, 12);
  double extent = ls_db_column_double (stmt, 5);
  gboolean in_force = g_strcmp0 (status, "issued") == 0 || g_strcmp0 (status, "under-evaluation") == 0;

  self->measure_id = ls_db_column_int64 (stmt, 0);
  self->decision_id = ls_db_column_int64 (stmt, 1);
  self->person_id = ls_db_column_int64 (stmt, 2);
  self->service_key = g_strdup (_ls_column_text (stmt, 3));
  self->provider = g_strdup (_ls_column_text (stmt, 4));
  self->unit_id = ls_db_column_int64 (stmt, 13);
  g_date_clear (&self->start, 1);
  g_date_clear (&self->end, 1);
  if (decision_start != NULL)
    later (&self->start, decision_start);
  if (measure_start != NULL)
    later (&self->start, measure_start);
  if (decision_end != NULL)
    earlier (&self->end, decision_end);
  if (measure_end != NULL)
    earlier (&self->end, measure_end);
  /* Only hours per week of a granted measure in force become a budget. */
  if (in_force && ls_db_column_int64 (stmt, 7) != 0 && g_strcmp0 (_ls_column_text (stmt, 6), "hours") == 0
      && extent > 0 && g_date_valid (&self->start)
      && (!g_date_valid (&self->end) || g_date_compare (&self->start, &self->end) <= 0))
    self->minutes_per_week = (guint) (extent * 60 + 0.5);
  return self;
}

GPtrArray *
ls_store_booking_budget (LsStore *self,
                         gint64   decision_id,
                         GError **error)
{
  g_autoptr(GPtrArray) measures = g_ptr_array_new_with_free_func ((GDestroyNotify) _ls_bookable_measure_free);
  g_autoptr(GPtrArray) budget = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_booking_budget_free);
  gint64 person_id;
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  if (!_ls_store_begin (self, error))
    return NULL;
  person_id = _ls_store_person_of (self, "SELECT person_id FROM decisions WHERE id = ?1", decision_id, error);
  if (person_id <= 0)
    goto fail;
  stmt = _ls_store_statement (self, LS_BOOKABLE_MEASURE_SELECT " WHERE m.decision_id = ?1"
                              " ORDER BY m.position, m.id", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, decision_id);
  if (!_ls_store_collect_rows (self, stmt, _ls_bookable_measure_from_row, measures, error)
      || !ls_store_audit (self, person_id, "booking", 0, LS_AUDIT_READ, error)
      || !_ls_store_commit (self, error))
    goto fail;
  for (guint i = 0; i < measures->len; i++)
    {
      LsBookableMeasure *measure = g_ptr_array_index (measures, i);
      LsBookingBudget *item;

      if (measure->minutes_per_week == 0)
        continue;
      item = g_new0 (LsBookingBudget, 1);
      item->measure_id = measure->measure_id;
      item->service_key = g_strdup (measure->service_key);
      item->provider = g_strdup (measure->provider);
      item->minutes_per_week = measure->minutes_per_week;
      item->start = measure->start;
      item->end = measure->end;
      g_ptr_array_add (budget, item);
    }
  return g_steal_pointer (&budget);

fail:
  _ls_store_rollback (self);
  return NULL;
}

char **
ls_store_list_providers (LsStore *self,
                         GError **error)
{
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  LsStmt *stmt;
  LsDbStep step;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  if (!_ls_store_begin (self, error))
    return NULL;
  stmt = _ls_store_statement (self, "SELECT DISTINCT provider FROM measures WHERE provider IS NOT NULL"
                              " AND provider <> '' ORDER BY provider", error);
  if (stmt == NULL)
    goto fail;
  while ((step = ls_db_step (stmt, error)) == LS_DB_ROW)
    g_strv_builder_add (names, _ls_column_text (stmt, 0));
  ls_db_reset (stmt);
  if (step != LS_DB_DONE || !_ls_store_commit (self, error))
    goto fail;
  return g_strv_builder_end (names);

fail:
  _ls_store_rollback (self);
  return NULL;
}

static gpointer
slot_from_row (LsStmt *stmt)
{
  return ls_provider_slot_new ((GDateWeekday) ls_db_column_int (stmt, 0), ls_db_column_int (stmt, 1),
                               ls_db_column_int (stmt, 2), ls_db_column_int (stmt, 3));
}

GPtrArray *
_ls_store_unit_slots (LsStore *self,
                      gint64   unit_id,
                      GError **error)
{
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func (g_free);
  LsStmt *stmt = _ls_store_statement (self, "SELECT weekday, start_minute, end_minute, staff FROM provider_slots"
                                      " WHERE unit_id = ?1 ORDER BY weekday, start_minute, id", error);

  if (stmt == NULL)
    return NULL;
  ls_db_bind_int64 (stmt, 1, unit_id);
  if (!_ls_store_collect_rows (self, stmt, slot_from_row, slots, error))
    return NULL;
  return g_steal_pointer (&slots);
}

gboolean
ls_store_set_provider_slots (LsStore    *self,
                             const char *provider,
                             GPtrArray  *slots,
                             GError    **error)
{
  gint64 unit_id = 0;
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (provider != NULL && slots != NULL, FALSE);

  for (guint i = 0; i < slots->len; i++)
    {
      LsProviderSlot *slot = g_ptr_array_index (slots, i);

      if (slot->weekday < G_DATE_MONDAY || slot->weekday > G_DATE_SUNDAY || slot->staff == 0
          || slot->start_minute >= slot->end_minute || slot->end_minute > 24 * 60)
        {
          g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID,
                       _("An opening slot must end after it starts, within one day, with at least one member of staff"));
          return FALSE;
        }
    }
  if (!_ls_store_begin (self, error))
    return FALSE;
  stmt = _ls_store_statement (self, "INSERT INTO provider_units (name) VALUES (?1)"
                              " ON CONFLICT (name) DO UPDATE SET bookings_changed = provider_units.bookings_changed + 1"
                              " RETURNING id", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_text (stmt, 1, provider);
  if (!_ls_store_step_id (self, stmt, &unit_id, error))
    goto fail;
  stmt = _ls_store_statement (self, "DELETE FROM provider_slots WHERE unit_id = ?1", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, unit_id);
  if (!_ls_store_step_done (self, stmt, error))
    goto fail;
  for (guint i = 0; i < slots->len; i++)
    {
      LsProviderSlot *slot = g_ptr_array_index (slots, i);

      stmt = _ls_store_statement (self, "INSERT INTO provider_slots (unit_id, weekday, start_minute, end_minute,"
                                  " staff) VALUES (?1, ?2, ?3, ?4, ?5)", error);
      if (stmt == NULL)
        goto fail;
      ls_db_bind_int64 (stmt, 1, unit_id);
      ls_db_bind_int64 (stmt, 2, slot->weekday);
      ls_db_bind_int64 (stmt, 3, slot->start_minute);
      ls_db_bind_int64 (stmt, 4, slot->end_minute);
      ls_db_bind_int64 (stmt, 5, slot->staff);
      if (!_ls_store_step_done (self, stmt, error))
        goto fail;
    }
  return _ls_store_commit (self, error);

fail:
  _ls_store_rollback (self);
  return FALSE;
}

GPtrArray *
ls_store_list_provider_slots (LsStore    *self,
                              const char *provider,
                              GError    **error)
{
  g_autoptr(GPtrArray) slots = NULL;
  gint64 unit_id = 0;
  LsStmt *stmt;
  LsDbStep step;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  if (!_ls_store_begin (self, error))
    return NULL;
  stmt = _ls_store_statement (self, "SELECT id FROM provider_units WHERE name = ?1", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_text (stmt, 1, provider);
  step = ls_db_step (stmt, error);
  if (step == LS_DB_ROW)
    unit_id = ls_db_column_int64 (stmt, 0);
  ls_db_reset (stmt);
  if (step != LS_DB_ROW && step != LS_DB_DONE)
    goto fail;
  slots = _ls_store_unit_slots (self, unit_id, error);
  if (slots == NULL || !_ls_store_commit (self, error))
    goto fail;
  return g_steal_pointer (&slots);

fail:
  _ls_store_rollback (self);
  return NULL;
}

gboolean
_ls_store_deadline (LsStore *self,
                    guint   *working_days,
                    guint   *minute,
                    GError **error)
{
  LsStmt *stmt = _ls_store_statement (self, "SELECT deadline_working_days, deadline_time FROM booking_rules"
                                      " WHERE id = 1", error);
  LsDbStep step;

  *working_days = 1;
  *minute = 15 * 60;
  if (stmt == NULL)
    return FALSE;
  step = ls_db_step (stmt, error);
  if (step == LS_DB_ROW)
    {
      *working_days = MAX (ls_db_column_int (stmt, 0), 0);
      if (!ls_booking_parse_clock (_ls_column_text (stmt, 1), minute))
        *minute = 15 * 60;
    }
  ls_db_reset (stmt);
  return step == LS_DB_ROW || step == LS_DB_DONE;
}

gboolean
ls_store_get_booking_deadline (LsStore *self,
                               guint   *working_days,
                               guint   *minute,
                               GError **error)
{
  g_return_val_if_fail (LS_IS_STORE (self), FALSE);

  if (!_ls_store_begin (self, error))
    return FALSE;
  if (!_ls_store_deadline (self, working_days, minute, error))
    {
      _ls_store_rollback (self);
      return FALSE;
    }
  return _ls_store_commit (self, error);
}

gboolean
ls_store_set_booking_deadline (LsStore *self,
                               guint    working_days,
                               guint    minute,
                               GError **error)
{
  g_autofree char *clock = NULL;
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), FALSE);
  g_return_val_if_fail (minute <= 24 * 60 && working_days <= 30, FALSE);

  clock = ls_booking_format_clock (minute);
  if (!_ls_store_begin (self, error))
    return FALSE;
  stmt = _ls_store_statement (self, "INSERT INTO booking_rules (id, deadline_working_days, deadline_time)"
                              " VALUES (1, ?1, ?2) ON CONFLICT (id) DO UPDATE"
                              " SET deadline_working_days = ?1, deadline_time = ?2", error);
  if (stmt == NULL)
    goto fail;
  ls_db_bind_int64 (stmt, 1, working_days);
  ls_db_bind_text (stmt, 2, clock);
  if (!_ls_store_step_done (self, stmt, error))
    goto fail;
  return _ls_store_commit (self, error);

fail:
  _ls_store_rollback (self);
  return FALSE;
}
