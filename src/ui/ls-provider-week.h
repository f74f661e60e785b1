/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-store.h"

G_BEGIN_DECLS

/* The provider unit's week (Min uke, issue 16): every person's booked
 * times with one provider unit in one ISO week, day by day; on the team
 * database, the whole team's. */

#define LS_TYPE_PROVIDER_WEEK (ls_provider_week_get_type ())
G_DECLARE_FINAL_TYPE (LsProviderWeek, ls_provider_week, LS, PROVIDER_WEEK, GtkWidget)

/* Shows the present week of the first provider unit. */
GtkWidget *ls_provider_week_new          (LsStore        *store);
void       ls_provider_week_set_week     (LsProviderWeek *self,
                                          const GDate    *day);
/* FALSE when @store knows no such unit. */
gboolean   ls_provider_week_set_provider (LsProviderWeek *self,
                                          const char     *provider);
/* Whether the units or a week are being read (on a worker thread). */
gboolean   ls_provider_week_is_reading   (LsProviderWeek *self);
/* A window of its own with the provider's week, over @parent; Escape
 * closes it. Returns it (owned by GTK). */
GtkWindow *ls_provider_week_present      (GtkWindow      *parent,
                                          LsStore        *store);

G_END_DECLS
