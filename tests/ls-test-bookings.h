/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-decision.h"
#include "ls-store-bookings.h"

G_BEGIN_DECLS

/* The provider unit of the booking tests: open Monday to Friday
 * 08:00-16:00 with @staff members of staff. */
#define LS_TEST_PROVIDER "Hjemmetjenesten, sone nord"
void       ls_test_open_provider    (LsStore     *store,
                                     guint        staff);
/* A new person with an issued decision for 2027-01-01 to 2027-06-30
 * granting @hours a week of practical help from LS_TEST_PROVIDER; its
 * decision and measure ids. */
gint64     ls_test_granted_person   (LsStore     *store,
                                     double       hours,
                                     gint64      *decision_id,
                                     gint64      *measure_id);
/* The same for the period @start to @end, issued on @today (for tests
 * that book through the CLI, whose clock is the real one). */
gint64     ls_test_granted_person_for (LsStore     *store,
                                       double       hours,
                                       const GDate *start,
                                       const GDate *end,
                                       const GDate *today,
                                       gint64      *decision_id,
                                       gint64      *measure_id);
/* Its decision, saved as a draft (not issued). */
LsDecision *ls_test_granted_draft   (LsStore     *store,
                                     double       hours,
                                     const GDate *start,
                                     const GDate *end);
/* 1 December 2026, 12:00 in Oslo: well before every test booking. */
GDateTime *ls_test_booking_now      (void);
/* A booking of @measure_id at @start ("2027-01-05T10:00") for @minutes,
 * weekly until @until (NULL: once). */
LsBooking *ls_test_booking          (gint64       measure_id,
                                     const char  *start,
                                     guint        minutes,
                                     const char  *until);

G_END_DECLS
