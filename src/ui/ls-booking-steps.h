/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-booking.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* Booking a time step by step — service, day, time, confirm — or
 * cancelling one, for "Min uke" (ls-week-view.h), in the week it is given.
 * The store decides; a refusal is its one sentence.
 *
 * Signals: "message" (a sentence to show above the steps, or NULL to
 * clear it), "back" (the way back from the first step was taken), "done"
 * (the booking or cancelling was saved: the new booking's id, 0 for a
 * cancelling, and what to say). Property "busy": a change or the free
 * times are on their way to or from the store. */

#define LS_TYPE_BOOKING_STEPS (ls_booking_steps_get_type ())
G_DECLARE_FINAL_TYPE (LsBookingSteps, ls_booking_steps, LS, BOOKING_STEPS, GtkWidget)

GtkWidget *ls_booking_steps_new            (void);
/* The week the steps book in (@week borrowed until the next call), its
 * store and the services' names; ends a step on the week before. */
void       ls_booking_steps_set_week       (LsBookingSteps *self,
                                            LsStore        *store,
                                            LsBookedWeek   *week,
                                            GKeyFile       *services);
/* The present moment for the booking rules (NULL: the clock's). */
void       ls_booking_steps_set_now        (LsBookingSteps *self,
                                            GDateTime      *now);
/* Who books and cancels. */
void       ls_booking_steps_set_changed_by (LsBookingSteps *self,
                                            LsBookingActor  actor);
/* The first step of booking: which service. */
void       ls_booking_steps_book           (LsBookingSteps *self);
/* Asks whether to cancel @booking (borrowed from the week) on @day. */
void       ls_booking_steps_cancel         (LsBookingSteps *self,
                                            LsBooking      *booking,
                                            const GDate    *day);
gboolean   ls_booking_steps_is_busy        (LsBookingSteps *self);

G_END_DECLS
