/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Bookings of granted time ("Min uke"): a person chooses when a granted
 * measure's weekly hours are delivered. Times are local Europe/Oslo wall
 * clock times, kept as a date and the minutes after midnight, so a weekly
 * 10:00 stays 10:00 across the summer-time change. Pure logic: "now" is
 * always passed in. */

typedef enum
{
  LS_BOOKING_BOOKED,
  LS_BOOKING_CANCELLED,
} LsBookingStatus;

/* Who booked, moved or cancelled a time last: the benefit figures count
 * the changes the persons made themselves. */
typedef enum
{
  LS_BOOKING_BY_CASEWORKER,
  LS_BOOKING_BY_PERSON,
  LS_BOOKING_BY_PROVIDER,
} LsBookingActor;

typedef struct
{
  gint64          id;            /* 0 until stored */
  gint64          measure_id;
  gint64          person_id;     /* filled in by the store */
  char           *uid;           /* stable, for calendars; set by the store */
  GDate           date;          /* the (first) day, local */
  guint           start_minute;  /* minutes after local midnight */
  guint           minutes;
  GDate           weekly_until;  /* invalid: a single booking */
  LsBookingStatus status;
  guint           sequence;      /* raised on every change */
  char           *service_key;   /* filled in by the store */
  char           *provider;      /* filled in by the store */
  LsBookingActor  changed_by;    /* who made it or its last change */
} LsBooking;

/* One weekly opening slot of a provider unit. */
typedef struct
{
  GDateWeekday weekday;
  guint        start_minute;
  guint        end_minute;
  guint        staff;
} LsProviderSlot;

/* What one granted measure gives to book: minutes per ISO week inside
 * [start, end] (end invalid: no end). */
typedef struct
{
  gint64  measure_id;
  char   *service_key;
  char   *provider;
  guint   minutes_per_week;
  GDate   start;
  GDate   end;
} LsBookingBudget;

/* A time still possible: @minutes from @start_minute on @date. The free
 * stretch itself runs until @end_minute; @minutes may be less (the time
 * left of the week's budget), so a later start inside it fits too. */
typedef struct
{
  GDate date;
  guint start_minute;
  guint minutes;
  guint end_minute;
} LsFreeTime;

/* Bookings start on the hour or the half hour and last whole half hours. */
#define LS_BOOKING_STEP_MINUTES 30

/* The longest a booking on @day can be among @free_times (LsFreeTime): the
 * longest time still possible that day; 0 when there is none. */
guint           ls_free_times_longest_on  (GPtrArray       *free_times,
                                           const GDate     *day);
/* The starts offered on @day for a booking of @minutes: each hour and
 * half hour inside a free stretch from which it ends inside the stretch.
 * An array of guint, minutes after midnight, in the order of @free_times. */
GArray         *ls_free_times_starts_on   (GPtrArray       *free_times,
                                           const GDate     *day,
                                           guint            minutes);

LsBooking      *ls_booking_new            (void);
void            ls_booking_free           (LsBooking       *self);
LsProviderSlot *ls_provider_slot_new      (GDateWeekday     weekday,
                                           guint            start_minute,
                                           guint            end_minute,
                                           guint            staff);
void            ls_booking_budget_free    (LsBookingBudget *self);

const char     *ls_booking_status_to_string   (LsBookingStatus  status);
gboolean        ls_booking_status_from_string (const char      *text,
                                               LsBookingStatus *status);
/* "person", "caseworker", "provider". */
const char     *ls_booking_actor_to_string    (LsBookingActor   actor);
gboolean        ls_booking_actor_from_string  (const char      *text,
                                               LsBookingActor  *actor);

/* "2027-01-05T10:00" <-> a date and minutes after midnight. */
gboolean        ls_booking_parse_start    (const char      *text,
                                           GDate           *date,
                                           guint           *minute);
char           *ls_booking_format_start   (const GDate     *date,
                                           guint            minute);
/* "10:00" <-> minutes after midnight ("24:00" is the end of a day). */
gboolean        ls_booking_parse_clock    (const char      *text,
                                           guint           *minute);
char           *ls_booking_format_clock   (guint            minute);

/* Its last day: the weekly end, or its only day. */
void            ls_booking_last_date      (const LsBooking *self,
                                           GDate           *last);
/* Whether one of its times falls on @date (whatever its status). */
gboolean        ls_booking_occurs_on      (const LsBooking *self,
                                           const GDate     *date);

/* The day of its time in the ISO week beginning @monday, if one falls
 * there (whatever its status). */
gboolean        ls_booking_day_in_week    (const LsBooking *self,
                                           const GDate     *monday,
                                           GDate           *day);
/* Whether budget @self is granted for some day of the ISO week beginning
 * @monday. */
gboolean        ls_booking_budget_in_week (const LsBookingBudget *self,
                                           const GDate           *monday);

/* One booked time in a week: @booking (borrowed) on @day. */
typedef struct
{
  LsBooking *booking;
  GDate      day;
} LsBookedTime;

/* A person's ISO week ("Min uke"): what is granted that week and what is
 * booked, the one rule every client shows it by. */
typedef struct
{
  GDate      monday;
  GPtrArray *budgets;    /* LsBookingBudget granted for some day of the week */
  GArray    *decisions;  /* gint64: the decision of each budget */
  GPtrArray *bookings;   /* LsBooking: every one of the person's */
  GArray    *times;      /* LsBookedTime: the booked (not cancelled) times of
                          * the week, by day and start */
} LsBookedWeek;

/* Takes @budgets, @decisions (the same length) and @bookings; keeps only
 * the budgets granted in the week. */
LsBookedWeek   *ls_booked_week_new        (const GDate     *monday,
                                           GPtrArray       *budgets,
                                           GArray          *decisions,
                                           GPtrArray       *bookings);
void            ls_booked_week_free       (LsBookedWeek    *self);
/* Minutes of budget @index still free in the week. */
guint           ls_booked_week_minutes_left (const LsBookedWeek *self,
                                             guint               index);
/* Minutes of all its budgets still free in the week. */
guint           ls_booked_week_total_left (const LsBookedWeek *self);

/* ISO 8601 weeks: "2027-W02" <-> its Monday. */
gboolean        ls_iso_week_parse         (const char      *text,
                                           GDate           *monday);
char           *ls_iso_week_format        (const GDate     *date);
void            ls_iso_week_monday        (const GDate     *date,
                                           GDate           *monday);

/* "1 hour", "2 hours 30 minutes", "45 minutes", "no time", translated. */
char           *ls_minutes_phrase         (guint            minutes);

/* The Europe/Oslo zone; @now (any zone) as a local date and minute. */
GTimeZone      *ls_booking_time_zone      (void);
/* Whether @minutes from @start_minute (local time) on @day meet the hour
 * the clocks change in (Europe/Oslo: 02:00-03:00 on the last Sunday of
 * March, which does not happen, and of October, which happens twice). */
gboolean        ls_booking_meets_clock_change (const GDate *day,
                                               guint        start_minute,
                                               guint        minutes);
void            ls_booking_local_now      (GDateTime       *now,
                                           GDate           *date,
                                           guint           *minute);
/* The last moment a booking on @day may be made, changed or cancelled:
 * @minute on the day @working_days working days (Monday to Friday) before
 * it. */
void            ls_booking_deadline       (const GDate     *day,
                                           guint            working_days,
                                           GDate           *deadline_day);
/* Whether (@now_date, @now_minute) is at or before the deadline of @day. */
gboolean        ls_booking_before_deadline (const GDate    *day,
                                            guint           working_days,
                                            guint           deadline_minute,
                                            const GDate    *now_date,
                                            guint           now_minute);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsBooking, ls_booking_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsBookingBudget, ls_booking_budget_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsBookedWeek, ls_booked_week_free)

G_END_DECLS
