/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-week-view.h"

G_BEGIN_DECLS

/* The week's words, shared with the provider's week (ls-provider-week.c). */
char *_ls_week_weekday_name (const GDate *date);   /* "Tuesday" */
char *_ls_week_day_name     (const GDate *date);   /* "Tuesday 12 January" */
char *_ls_week_span_words   (guint        start_minute,
                             guint        minutes);  /* "10:00 to 12:00" */

G_END_DECLS
