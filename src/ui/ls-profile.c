/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-profile"

#include "ls-profile.h"

static gint64 start_time;
static gboolean enabled;

void
ls_profile_start (void)
{
  if (start_time != 0)
    return;
  start_time = g_get_monotonic_time ();
  enabled = g_getenv ("LIVSSKISSE_PROFILE") != NULL;
}

void
ls_profile_mark (const char *what)
{
  if (enabled)
    g_message ("%.1f ms: %s", (g_get_monotonic_time () - start_time) / 1000.0, what);
}

gboolean
ls_profile_enabled (void)
{
  return enabled;
}

void
ls_profile_span (const char *what,
                 gint64      since)
{
  if (enabled)
    g_message ("%s took %.2f ms", what, (g_get_monotonic_time () - since) / 1000.0);
}
