/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-store.h"

G_BEGIN_DECLS

/* A person's bookings as iCalendar (RFC 5545), for the calendars people
 * already use: one VEVENT per booking with its stable UID, a SEQUENCE
 * raised on every change, STATUS:CANCELLED for a cancelled one, a weekly
 * RRULE, and local times in Europe/Oslo with its VTIMEZONE, so that 10:00
 * stays 10:00 across the summer-time change. @now is DTSTAMP (NULL: the
 * clock's). */
char     *ls_ics_export_string (LsStore     *store,
                                gint64       person_id,
                                GDateTime   *now,
                                GError     **error);
/* The same written to @path (ls_private_file), with an export audit row. */
gboolean  ls_ics_export_file   (LsStore     *store,
                                gint64       person_id,
                                const char  *path,
                                GError     **error);

G_END_DECLS
