/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Small helpers shared by the domain objects and the store. */

/* Replace *@field by a copy of @value; TRUE when the value changed. */
gboolean  ls_str_set        (char        **field,
                             const char   *value);
/* Set *@field to @value; TRUE when the value changed. */
gboolean  ls_double_set     (double       *field,
                             double        value);
/* Replace *@field by a copy of @value (NULL or an invalid date clears it);
 * TRUE when the value changed. */
gboolean  ls_date_set       (GDate       **field,
                             const GDate  *value);
/* "YYYY-MM-DD", or NULL for NULL or an invalid date. */
char     *ls_date_to_iso    (const GDate  *date);
/* TRUE when @text has something other than white space. */
gboolean  ls_str_has_text   (const char   *text);
/* TRUE when @text (NULL counts) has no line break, tab or other control
 * character: a name or a label shown on one line and in tab-separated
 * lists. */
gboolean  ls_str_is_one_line (const char  *text);
/* A new GDate from "YYYY-MM-DD", or NULL when @iso is NULL or not a date. */
GDate    *ls_date_from_iso  (const char   *iso);
/* Sets @date (valid or not) to today's date in the computer's local time.
 * (Bookings take theirs in the municipality's time zone instead:
 * ls_booking_local_now().) */
void      ls_date_set_today (GDate        *date);
/* A new GDate from day-month-year. */
GDate    *ls_date_new_dmy   (GDateDay      day,
                             GDateMonth    month,
                             GDateYear     year);

G_END_DECLS
