/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-booking.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* "Min uke" (issue 16): one person's week of booked help, large and calm,
 * in plain words with a pictogram for each service. The person (or the
 * caseworker with them) books a time step by step — service, day, time,
 * confirm — and cancels one; the store decides, and a refusal is shown as
 * the store's one sentence. Every booking is a focusable row that reads
 * whole to a screen reader ("Tuesday 10:00 to 12:00, help with everyday
 * tasks, with Hjemmetjenesten"). */

#define LS_TYPE_WEEK_VIEW (ls_week_view_get_type ())
G_DECLARE_FINAL_TYPE (LsWeekView, ls_week_view, LS, WEEK_VIEW, GtkWidget)

GtkWidget *ls_week_view_new        (void);
/* Shows @person_id's week from @store (the present week to begin with). */
void       ls_week_view_set_person (LsWeekView  *self,
                                    LsStore     *store,
                                    gint64       person_id);
/* Shows the ISO week that @day falls in. */
void       ls_week_view_set_week   (LsWeekView  *self,
                                    const GDate *day);
/* The present moment for the booking rules (NULL: the clock's); for tests. */
void       ls_week_view_set_now    (LsWeekView  *self,
                                    GDateTime   *now);
/* Who books and cancels in it: the person in their own view, the
 * caseworker (the default) on the person page. */
void       ls_week_view_set_changed_by (LsWeekView     *self,
                                        LsBookingActor  actor);
/* The week's heading ("Your week"); NULL shows none (where a group
 * around it has its own). */
void       ls_week_view_set_heading (LsWeekView *self,
                                     const char *heading);
/* Reads the person's bookings and budget again. */
void       ls_week_view_reload     (LsWeekView  *self);
/* Whether the week, a step's free times or a change are on their way
 * to or from the store (what is shown is from before). */
gboolean   ls_week_view_is_busy    (LsWeekView  *self);

G_END_DECLS
