/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A person with granted weekly hours and an open provider, for the booking
 * tests of the store and of the iCalendar export. */
#include "ls-decision-draft.h"
#include "ls-store-decisions.h"
#include "ls-store-persons.h"
#include "ls-test-bookings.h"

void
ls_test_open_provider (LsStore *store,
                       guint    staff)
{
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;

  for (GDateWeekday day = G_DATE_MONDAY; day <= G_DATE_FRIDAY; day++)
    g_ptr_array_add (slots, ls_provider_slot_new (day, 8 * 60, 16 * 60, staff));
  g_assert_true (ls_store_set_provider_slots (store, LS_TEST_PROVIDER, slots, &error));
  g_assert_no_error (error);
}

gint64
ls_test_granted_person (LsStore *store,
                        double   hours,
                        gint64  *decision_id,
                        gint64  *measure_id)
{
  g_autoptr(GDate) start = g_date_new_dmy (1, 1, 2027);
  g_autoptr(GDate) end = g_date_new_dmy (30, 6, 2027);
  g_autoptr(GDate) today = g_date_new_dmy (1, 12, 2026);

  return ls_test_granted_person_for (store, hours, start, end, today, decision_id, measure_id);
}

LsDecision *
ls_test_granted_draft (LsStore     *store,
                       double       hours,
                       const GDate *start,
                       const GDate *end)
{
  g_autoptr(LsPerson) person = ls_person_new ();
  LsDecision *decision = ls_decision_new ();
  g_autoptr(LsGoal) goal = ls_goal_new ();
  g_autoptr(LsMeasure) measure = ls_measure_new ();
  GDate evaluation_day = *end;
  GDate *evaluation = &evaluation_day;
  g_autoptr(GError) error = NULL;

  g_date_subtract_months (evaluation, 1);
  ls_person_set_given_name (person, "Ola");
  ls_person_set_family_name (person, "Testesen");
  g_assert_true (ls_store_save_person (store, person, &error));
  g_assert_no_error (error);
  ls_decision_set_person_id (decision, ls_person_get_id (person));
  ls_decision_set_decision_type (decision, LS_DECISION_TYPE_TRIAL);
  ls_decision_set_start (decision, start);
  ls_decision_set_end (decision, end);
  ls_decision_set_evaluation_date (decision, evaluation);
  ls_decision_set_grounds (decision, "Grounds");
  ls_decision_set_legal_basis (decision, "hol § 3-2");
  ls_decision_set_prepared_by (decision, "kari");
  ls_goal_set_text (goal, "Goal");
  for (int level = -2; level <= 2; level++)
    ls_goal_set_level_text (goal, level, "level");
  g_list_store_append (ls_decision_get_goals (decision), goal);
  ls_measure_set_service_key (measure, "personal_assistance");
  ls_measure_set_extent (measure, hours);
  ls_measure_set_unit (measure, "hours");
  ls_measure_set_provider (measure, LS_TEST_PROVIDER);
  ls_measure_set_granted (measure, TRUE);
  g_list_store_append (ls_decision_get_measures (decision), measure);
  g_assert_true (ls_store_save_decision (store, decision, &error));
  g_assert_no_error (error);
  return decision;
}

gint64
ls_test_granted_person_for (LsStore     *store,
                            double       hours,
                            const GDate *start,
                            const GDate *end,
                            const GDate *today,
                            gint64      *decision_id,
                            gint64      *measure_id)
{
  g_autoptr(LsDecision) decision = ls_test_granted_draft (store, hours, start, end);
  g_autoptr(LsMeasure) measure = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_measures (decision)), 0);
  g_autoptr(GError) error = NULL;

  g_assert_true (ls_decision_draft_check_issue (decision, "lead", TRUE, TRUE, &error));
  g_assert_true (ls_store_issue_decision (store, decision, "lead", today, TRUE, &error));
  g_assert_no_error (error);
  *decision_id = ls_decision_get_id (decision);
  *measure_id = ls_measure_get_id (measure);
  return ls_decision_get_person_id (decision);
}

GDateTime *
ls_test_booking_now (void)
{
  g_autoptr(GTimeZone) zone = ls_booking_time_zone ();

  return g_date_time_new (zone, 2026, 12, 1, 12, 0, 0);
}

LsBooking *
ls_test_booking (gint64      measure_id,
                 const char *start,
                 guint       minutes,
                 const char *until)
{
  LsBooking *booking = ls_booking_new ();

  booking->measure_id = measure_id;
  g_assert_true (ls_booking_parse_start (start, &booking->date, &booking->start_minute));
  booking->minutes = minutes;
  if (until != NULL)
    {
      g_date_set_parse (&booking->weekly_until, until);
      g_assert_true (g_date_valid (&booking->weekly_until));
    }
  return booking;
}
