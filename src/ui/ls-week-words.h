/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* How a booked week is put into words and pictures, for "Min uke" and the
 * provider's week (ls-week-words.c); it knows nothing of either. */
char      *ls_week_words_weekday               (const GDate *date);   /* "Tuesday" */
char      *ls_week_words_day                   (const GDate *date);   /* "Tuesday 12 January" */
char      *ls_week_words_span                  (guint        start_minute,
                                                guint        minutes); /* "10:00 to 12:00" */
/* "help with everyday tasks, with Hjemmetjenesten": the catalog's plain
 * name (@services, services.ini; NULL for "help") as it reads mid-sentence. */
char      *ls_week_words_service_with_provider (GKeyFile    *services,
                                                const char  *service_key,
                                                const char  *provider);
/* The service's pictogram, 48 px on a light tile, hidden from screen
 * readers (the words beside it say the service). */
GtkWidget *ls_week_words_pictogram_new         (const char  *service_key);

G_END_DECLS
