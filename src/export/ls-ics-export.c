/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A person's bookings as iCalendar, written with libical, which is
 * loaded with the first calendar written (ls-lazy-library.h): no other
 * work loads it. */
#define G_LOG_DOMAIN "ls-export"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <libical/ical.h>

#include "ls-ics-export.h"
#include "ls-lazy-library.h"
#include "ls-private-file.h"
#include "ls-service.h"
#include "ls-store-bookings.h"
#include "ls-store-catalog.h"

#define ZONE "Europe/Oslo"

/* The functions of libical used here, each with libical's own type; below
 * the table each name is a macro for its pointer. */
#define LS_ICAL_FUNCTIONS(X, table) \
  X (table, icalcomponent_add_component) \
  X (table, icalcomponent_add_property) \
  X (table, icalcomponent_as_ical_string) \
  X (table, icalcomponent_free) \
  X (table, icalcomponent_new) \
  X (table, icalcomponent_new_clone) \
  X (table, icalcomponent_set_dtend) \
  X (table, icalcomponent_set_dtstart) \
  X (table, icalproperty_new_calscale) \
  X (table, icalproperty_new_dtstamp) \
  X (table, icalproperty_new_dtstart) \
  X (table, icalproperty_new_location) \
  X (table, icalproperty_new_prodid) \
  X (table, icalproperty_new_rrule) \
  X (table, icalproperty_new_sequence) \
  X (table, icalproperty_new_status) \
  X (table, icalproperty_new_summary) \
  X (table, icalproperty_new_tzid) \
  X (table, icalproperty_new_tzname) \
  X (table, icalproperty_new_tzoffsetfrom) \
  X (table, icalproperty_new_tzoffsetto) \
  X (table, icalproperty_new_uid) \
  X (table, icalproperty_new_version) \
  X (table, icalrecurrencetype_clear) \
  X (table, icaltime_adjust) \
  X (table, icaltime_null_time) \
  X (table, icaltime_set_timezone) \
  X (table, icaltimezone_free) \
  X (table, icaltimezone_get_utc_timezone) \
  X (table, icaltimezone_new) \
  X (table, icaltimezone_set_component)

LS_LAZY_LIBRARY_DEFINE (LS_ICAL_FUNCTIONS, ical, libical, "libical.so.3");

#define icalcomponent_add_component   (ical.icalcomponent_add_component)
#define icalcomponent_add_property    (ical.icalcomponent_add_property)
#define icalcomponent_as_ical_string  (ical.icalcomponent_as_ical_string)
#define icalcomponent_free            (ical.icalcomponent_free)
#define icalcomponent_new             (ical.icalcomponent_new)
#define icalcomponent_new_clone       (ical.icalcomponent_new_clone)
#define icalcomponent_set_dtend       (ical.icalcomponent_set_dtend)
#define icalcomponent_set_dtstart     (ical.icalcomponent_set_dtstart)
#define icalproperty_new_calscale     (ical.icalproperty_new_calscale)
#define icalproperty_new_dtstamp      (ical.icalproperty_new_dtstamp)
#define icalproperty_new_dtstart      (ical.icalproperty_new_dtstart)
#define icalproperty_new_location     (ical.icalproperty_new_location)
#define icalproperty_new_prodid       (ical.icalproperty_new_prodid)
#define icalproperty_new_rrule        (ical.icalproperty_new_rrule)
#define icalproperty_new_sequence     (ical.icalproperty_new_sequence)
#define icalproperty_new_status       (ical.icalproperty_new_status)
#define icalproperty_new_summary      (ical.icalproperty_new_summary)
#define icalproperty_new_tzid         (ical.icalproperty_new_tzid)
#define icalproperty_new_tzname       (ical.icalproperty_new_tzname)
#define icalproperty_new_tzoffsetfrom (ical.icalproperty_new_tzoffsetfrom)
#define icalproperty_new_tzoffsetto   (ical.icalproperty_new_tzoffsetto)
#define icalproperty_new_uid          (ical.icalproperty_new_uid)
#define icalproperty_new_version      (ical.icalproperty_new_version)
#define icalrecurrencetype_clear      (ical.icalrecurrencetype_clear)
#define icaltime_adjust               (ical.icaltime_adjust)
#define icaltime_null_time            (ical.icaltime_null_time)
#define icaltime_set_timezone         (ical.icaltime_set_timezone)
#define icaltimezone_free             (ical.icaltimezone_free)
#define icaltimezone_get_utc_timezone (ical.icaltimezone_get_utc_timezone)
#define icaltimezone_new              (ical.icaltimezone_new)
#define icaltimezone_set_component    (ical.icaltimezone_set_component)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (icalcomponent, icalcomponent_free)

/* One observance of Europe/Oslo as the EU has kept it since 1996: from
 * @offset_from to @offset_to hours at @hour on the last Sunday of @month. */
static icalcomponent *
observance (icalcomponent_kind kind,
            const char        *name,
            int                month,
            int                hour,
            int                offset_from,
            int                offset_to)
{
  icalcomponent *self = icalcomponent_new (kind);
  struct icaltimetype start = icaltime_null_time ();
  struct icalrecurrencetype rule;

  icalrecurrencetype_clear (&rule);
  rule.freq = ICAL_YEARLY_RECURRENCE;
  rule.by_month[0] = month;
  rule.by_month[1] = ICAL_RECURRENCE_ARRAY_MAX;
  rule.by_day[0] = -(1 * 8 + ICAL_SUNDAY_WEEKDAY);   /* -1SU: the last Sunday */
  rule.by_day[1] = ICAL_RECURRENCE_ARRAY_MAX;
  start.year = 1996;
  start.month = month;
  start.day = month == 3 ? 31 : 27;   /* the last Sundays of March and October 1996 */
  start.hour = hour;
  icalcomponent_add_property (self, icalproperty_new_tzname (name));
  icalcomponent_add_property (self, icalproperty_new_dtstart (start));
  icalcomponent_add_property (self, icalproperty_new_tzoffsetfrom (offset_from * 3600));
  icalcomponent_add_property (self, icalproperty_new_tzoffsetto (offset_to * 3600));
  icalcomponent_add_property (self, icalproperty_new_rrule (rule));
  return self;
}

static icalcomponent *
oslo_vtimezone (void)
{
  icalcomponent *self = icalcomponent_new (ICAL_VTIMEZONE_COMPONENT);

  icalcomponent_add_property (self, icalproperty_new_tzid (ZONE));
  icalcomponent_add_component (self, observance (ICAL_XDAYLIGHT_COMPONENT, "CEST", 3, 2, 1, 2));
  icalcomponent_add_component (self, observance (ICAL_XSTANDARD_COMPONENT, "CET", 10, 3, 2, 1));
  return self;
}

static struct icaltimetype
local_time (const GDate  *date,
            guint         minute,
            icaltimezone *zone)
{
  struct icaltimetype time = icaltime_null_time ();

  time.year = g_date_get_year (date);
  time.month = g_date_get_month (date);
  time.day = g_date_get_day (date);
  time.hour = minute / 60;
  time.minute = minute % 60;
  return icaltime_set_timezone (&time, zone);
}

static struct icaltimetype
utc_time (GDateTime *time)
{
  g_autoptr(GDateTime) utc = g_date_time_to_utc (time);
  struct icaltimetype result = icaltime_null_time ();

  result.year = g_date_time_get_year (utc);
  result.month = g_date_time_get_month (utc);
  result.day = g_date_time_get_day_of_month (utc);
  result.hour = g_date_time_get_hour (utc);
  result.minute = g_date_time_get_minute (utc);
  result.second = g_date_time_get_second (utc);
  return icaltime_set_timezone (&result, icaltimezone_get_utc_timezone ());
}

/* RFC 5545: with a TZID start, UNTIL is in UTC; the end of the last day. */
static struct icalrecurrencetype
weekly_until (const GDate *until)
{
  g_autoptr(GTimeZone) zone = ls_booking_time_zone ();
  g_autoptr(GDateTime) end = g_date_time_new (zone, g_date_get_year (until), g_date_get_month (until),
                                              g_date_get_day (until), 23, 59, 59);
  struct icalrecurrencetype rule;

  icalrecurrencetype_clear (&rule);
  rule.freq = ICAL_WEEKLY_RECURRENCE;
  rule.until = utc_time (end);
  return rule;
}

static icalcomponent *
booking_event (const LsBooking *booking,
               icaltimezone    *zone,
               GHashTable      *service_names,
               GDateTime       *now)
{
  icalcomponent *event = icalcomponent_new (ICAL_VEVENT_COMPONENT);
  const char *service = g_hash_table_lookup (service_names, booking->service_key != NULL ? booking->service_key : "");
  struct icaltimetype end = local_time (&booking->date, booking->start_minute, zone);

  icaltime_adjust (&end, 0, 0, booking->minutes, 0);
  icalcomponent_add_property (event, icalproperty_new_uid (booking->uid));
  icalcomponent_add_property (event, icalproperty_new_dtstamp (utc_time (now)));
  icalcomponent_set_dtstart (event, local_time (&booking->date, booking->start_minute, zone));
  icalcomponent_set_dtend (event, end);
  icalcomponent_add_property (event, icalproperty_new_sequence (booking->sequence));
  icalcomponent_add_property (event, icalproperty_new_status (booking->status == LS_BOOKING_CANCELLED
                                                              ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
  if (g_date_valid (&booking->weekly_until))
    icalcomponent_add_property (event, icalproperty_new_rrule (weekly_until (&booking->weekly_until)));
  icalcomponent_add_property (event, icalproperty_new_summary (service != NULL ? service : _("Booked service")));
  if (booking->provider != NULL)
    icalcomponent_add_property (event, icalproperty_new_location (booking->provider));
  return event;
}

static GHashTable *
service_names (LsStore *store,
               GError **error)
{
  g_autoptr(GListStore) services = ls_store_list_services (store, NULL, error);
  GHashTable *names;

  if (services == NULL)
    return NULL;
  names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (services)); i++)
    {
      g_autoptr(LsService) service = g_list_model_get_item (G_LIST_MODEL (services), i);

      g_hash_table_insert (names, g_strdup (ls_service_get_key (service)), g_strdup (ls_service_get_name (service)));
    }
  return names;
}

char *
ls_ics_export_string (LsStore   *store,
                      gint64     person_id,
                      GDateTime *now,
                      GError   **error)
{
  g_autoptr(GPtrArray) bookings = NULL;
  g_autoptr(GHashTable) names = NULL;
  g_autoptr(icalcomponent) calendar = NULL;
  g_autoptr(GDateTime) clock = now != NULL ? g_date_time_ref (now) : g_date_time_new_now_utc ();
  icaltimezone *zone;
  icalcomponent *vtimezone;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  if (ls_lazy_library_load (&libical) != LS_LAZY_LIBRARY_LOADED)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   /* Translators: %s is the file name of the iCalendar library (libical.so.3). */
                   _("The bookings cannot be written as a calendar: the iCalendar library %s is missing "
                     "or too old; install the package libical3"),
                   libical.file_name);
      return NULL;
    }
  bookings = ls_store_list_bookings (store, person_id, error);
  if (bookings == NULL)
    return NULL;
  names = service_names (store, error);
  if (names == NULL)
    return NULL;
  calendar = icalcomponent_new (ICAL_VCALENDAR_COMPONENT);
  icalcomponent_add_property (calendar, icalproperty_new_version ("2.0"));
  icalcomponent_add_property (calendar, icalproperty_new_prodid ("-//Livsskisse//Min uke//NB"));
  icalcomponent_add_property (calendar, icalproperty_new_calscale ("GREGORIAN"));
  vtimezone = oslo_vtimezone ();
  icalcomponent_add_component (calendar, vtimezone);
  /* The zone reads its rules from the calendar's own VTIMEZONE. */
  zone = icaltimezone_new ();
  icaltimezone_set_component (zone, icalcomponent_new_clone (vtimezone));
  for (guint i = 0; i < bookings->len; i++)
    icalcomponent_add_component (calendar, booking_event (g_ptr_array_index (bookings, i), zone, names, clock));
  icaltimezone_free (zone, TRUE);
  return g_strdup (icalcomponent_as_ical_string (calendar));
}

gboolean
ls_ics_export_file (LsStore    *store,
                    gint64      person_id,
                    const char *path,
                    GError    **error)
{
  g_autoptr(LsPrivateFile) file = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (LS_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  file = ls_private_file_begin (path, LS_PRIVATE_FILE_DEFAULT, error);
  if (file == NULL)
    return FALSE;
  text = ls_ics_export_string (store, person_id, NULL, error);
  /* The file is in place only once its audit row is. */
  return text != NULL
         && ls_private_file_write (file, text, strlen (text), error)
         && ls_store_audit (store, person_id, "booking", 0, LS_AUDIT_EXPORT, error)
         && ls_private_file_commit (file, error);
}
