/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Start-up timing: with LIVSSKISSE_PROFILE set in the environment each mark
 * is logged (domain "ls-profile", message level) with the milliseconds since
 * ls_profile_start(). Costs nothing otherwise. */
void ls_profile_start (void);
void ls_profile_mark  (const char *what);
/* Logs how long something took since @since (g_get_monotonic_time ()). */
void ls_profile_span  (const char *what,
                       gint64      since);
gboolean ls_profile_enabled (void);

G_END_DECLS
