/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-booking.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* Bookings of granted time (issue 16, "Min uke"). The rules live here, each
 * write in one transaction, so every client obeys them: never more than the
 * granted minutes in an ISO week, only inside the decision's period and the
 * provider's opening slots with a free member of staff, and changes only up
 * to the municipality's deadline. A refusal is LS_STORE_ERROR_INVALID with
 * one sentence naming the rule and what is possible instead. @now is the
 * present moment (NULL: the clock's), passed in so that tests can choose it. */

/* What each granted measure of decision @decision_id gives to book
 * (LsBookingBudget), in the measures' order. Measures not in hours per
 * week, refused ones and those of a decision not in force give none. */
GPtrArray  *ls_store_booking_budget      (LsStore      *self,
                                          gint64        decision_id,
                                          GError      **error);

/* The provider units named by measures, sorted (a GStrv). */
char      **ls_store_list_providers      (LsStore      *self,
                                          GError      **error);
/* Replaces the weekly opening slots (LsProviderSlot) of provider unit
 * @provider, creating the unit when it is new. */
gboolean    ls_store_set_provider_slots  (LsStore      *self,
                                          const char   *provider,
                                          GPtrArray    *slots,
                                          GError      **error);
/* Its slots by weekday and time; empty when it has none. */
GPtrArray  *ls_store_list_provider_slots (LsStore      *self,
                                          const char   *provider,
                                          GError      **error);

/* The deadline for bookings and their changes: @minute on the day
 * @working_days working days before the booking (default: 15:00 the
 * working day before). */
gboolean    ls_store_get_booking_deadline (LsStore     *self,
                                          guint        *working_days,
                                          guint        *minute,
                                          GError      **error);
gboolean    ls_store_set_booking_deadline (LsStore     *self,
                                          guint         working_days,
                                          guint         minute,
                                          GError      **error);

/* Books @booking (id 0; its measure, date, start, minutes, weekly end and
 * who books it) for a measure of decision @decision_id; sets its id, uid,
 * person, status and sequence. */
gboolean    ls_store_add_booking         (LsStore      *self,
                                          gint64        decision_id,
                                          LsBooking    *booking,
                                          GDateTime    *now,
                                          GError      **error);
/* Moves stored booking @booking->id to @booking's date, start, minutes
 * and weekly end, by @booking->changed_by; raises its sequence. A move
 * refused because the stored time is past its deadline is kept as a late
 * move (ls_store_booking_figures()), and nothing else changes. The stored
 * booking is read under its provider's lock and written only if no other
 * connection changed it since (else LS_STORE_ERROR_CONFLICT, nothing
 * written); @booking->sequence is not compared. */
gboolean    ls_store_change_booking      (LsStore      *self,
                                          LsBooking    *booking,
                                          GDateTime    *now,
                                          GError      **error);
/* Cancels booking @id, by @by. A weekly one whose first times can no
 * longer be changed ends after the last of those instead. Raises its
 * sequence. A cancellation refused for the deadline is kept as a late
 * cancellation (ls_store_booking_figures()), and nothing else changes.
 * Written only if no other connection changed the booking since it was
 * read (else LS_STORE_ERROR_CONFLICT, nothing written). */
gboolean    ls_store_cancel_booking      (LsStore      *self,
                                          gint64        id,
                                          LsBookingActor by,
                                          GDateTime    *now,
                                          GError      **error);
LsBooking  *ls_store_load_booking        (LsStore      *self,
                                          gint64        id,
                                          GError      **error);
/* Every booking of the person, cancelled ones too, by start. */
GPtrArray  *ls_store_list_bookings       (LsStore      *self,
                                          gint64        person_id,
                                          GError      **error);
/* Person @person_id's ISO week beginning @monday: the budgets granted
 * that week (with their decisions), every booking of the person and the
 * booked times of the week ("Min uke", its PDF). */
LsBookedWeek *ls_store_load_booked_week  (LsStore      *self,
                                          gint64        person_id,
                                          const GDate  *monday,
                                          GError      **error);
/* The times still possible for measure @measure_id of decision
 * @decision_id in the ISO week beginning @monday (LsFreeTime), each at
 * most the minutes left of that week's budget. */
GPtrArray  *ls_store_free_times          (LsStore      *self,
                                          gint64        decision_id,
                                          gint64        measure_id,
                                          const GDate  *monday,
                                          GDateTime    *now,
                                          GError      **error);

/* The booked times of provider unit @provider (LsBooking) that take place
 * in the ISO week beginning @monday, every person's (an audited read of
 * each), by start. */
GPtrArray  *ls_store_list_unit_bookings  (LsStore      *self,
                                          const char   *provider,
                                          const GDate  *monday,
                                          GError      **error);

/* Benefit figures (issue 16): per ISO week and provider unit, what was
 * granted and what the persons did with it. No person is named. */
typedef struct
{
  GDate  monday;           /* the week */
  char  *provider;
  guint  granted_minutes;  /* the budgets of the measures in force */
  guint  booked_minutes;   /* the booked times taking place that week */
  guint  moved;            /* of those, times changed after booking */
  guint  cancelled;        /* times cancelled (always before the deadline) */
  guint  by_person;        /* times the persons booked, moved or cancelled
                            * themselves (their last change was theirs) */
  guint  late_cancels;     /* cancellations refused for the deadline */
  guint  late_moves;       /* moves refused for the deadline */
} LsBookingFigures;

void        ls_booking_figures_free      (LsBookingFigures *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsBookingFigures, ls_booking_figures_free)

/* The figures (LsBookingFigures) of the @weeks weeks from @monday, by week
 * and provider; a provider appears in a week when something was granted or
 * booked there. */
GPtrArray  *ls_store_booking_figures     (LsStore      *self,
                                          const GDate  *monday,
                                          guint         weeks,
                                          GError      **error);

/* How the booked hours of decision @decision_id were used, over the weeks
 * of its granted measures up to the week of @until. */
typedef struct
{
  guint granted_minutes;
  guint booked_minutes;
  guint cancelled;
} LsBookingUse;

gboolean    ls_store_booking_use         (LsStore      *self,
                                          gint64        decision_id,
                                          const GDate  *until,
                                          LsBookingUse *use,
                                          GError      **error);

G_END_DECLS
