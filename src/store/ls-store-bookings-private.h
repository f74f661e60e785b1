/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by the booking files of the store (ls-store-bookings.c, the
 * operations; ls-store-booking-rules.c, the rules and free times;
 * ls-store-booking-units.c, budgets, providers and the deadline). */

#include "ls-store-bookings.h"
#include "ls-store-private.h"

G_BEGIN_DECLS

/* One measure with what its decision allows. */
typedef struct
{
  gint64   measure_id;
  gint64   decision_id;
  gint64   person_id;
  gint64   unit_id;            /* its provider unit; 0 when it has none */
  char    *service_key;
  char    *provider;
  guint    minutes_per_week;   /* 0: nothing to book */
  GDate    start;              /* the decision's and the measure's period */
  GDate    end;                /* invalid: no end */
} LsBookableMeasure;

void               _ls_bookable_measure_free (LsBookableMeasure *self);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsBookableMeasure, _ls_bookable_measure_free)

/* The columns and tables _ls_bookable_measure_from_row() reads. */
#define LS_BOOKABLE_MEASURE_SELECT \
  "SELECT m.id, m.decision_id, d.person_id, m.service_key, m.provider, m.extent, m.unit, m.granted," \
  " d.status, d.start_date, d.end_date, m.start_date, m.end_date, COALESCE (u.id, 0)" \
  " FROM measures m JOIN decisions d ON d.id = m.decision_id" \
  " LEFT JOIN provider_units u ON u.name = m.provider"
gpointer           _ls_bookable_measure_from_row (LsStmt *stmt);

/* The columns and tables _ls_booking_from_row() reads (an LsBooking). */
#define LS_BOOKING_SELECT \
  "SELECT b.id, b.uid, b.measure_id, d.person_id, b.start, b.minutes, b.weekly_until, b.status," \
  " b.sequence, m.service_key, m.provider, b.changed_by" \
  " FROM bookings b JOIN measures m ON m.id = b.measure_id JOIN decisions d ON d.id = m.decision_id"
gpointer           _ls_booking_from_row (LsStmt *stmt);

/* The slots of unit @unit_id (LsProviderSlot); NULL on error. */
GPtrArray         *_ls_store_unit_slots (LsStore *self,
                                         gint64   unit_id,
                                         GError **error);
/* The deadline rule (ls_store_get_booking_deadline()) inside a transaction. */
gboolean           _ls_store_deadline   (LsStore *self,
                                         guint   *working_days,
                                         guint   *minute,
                                         GError **error);

/* The deadline for changes, and now, for one transaction. */
typedef struct
{
  GDate now_date;
  guint now_minute;
  guint working_days;
  guint deadline_minute;
} LsBookingDeadline;

/* Sets @error to LS_STORE_ERROR_INVALID with the message; returns FALSE. */
gboolean           _ls_booking_refuse          (GError    **error,
                                                const char *format,
                                                ...) G_GNUC_PRINTF (2, 3);
/* The measure @measure_id, refused unless it is part of @decision_id
 * (0: of any decision); NULL on error. */
LsBookableMeasure *_ls_bookable_measure_load   (LsStore    *self,
                                                gint64      decision_id,
                                                gint64      measure_id,
                                                GError    **error);
/* Reads the deadline rule and @now (NULL: the clock) into @deadline. */
gboolean           _ls_booking_load_deadline   (LsStore           *self,
                                                GDateTime         *now,
                                                LsBookingDeadline *deadline,
                                                GError           **error);
/* TRUE while bookings on @day may still be made, changed or cancelled. */
gboolean           _ls_booking_open_for_change (const LsBookingDeadline *deadline,
                                                const GDate             *day);
/* Refuses a change on @day after its deadline, naming the last moment. */
gboolean           _ls_booking_refuse_late     (const LsBookingDeadline *deadline,
                                                const GDate             *day,
                                                GError                 **error);
/* Every rule for @booking (new, or moved when @booking->id is set) of
 * @measure, inside the transaction that writes it, after the lock. */
gboolean           _ls_booking_check_rules     (LsStore                 *self,
                                                const LsBookableMeasure *measure,
                                                const LsBooking         *booking,
                                                const LsBookingDeadline *deadline,
                                                GError                 **error);

G_END_DECLS
