/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* When an evaluation is due, relative to today (pure: today is passed in). */

typedef enum
{
  LS_DUE_LATER,
  LS_DUE_SOON,
  LS_DUE_TODAY,
  LS_DUE_OVERDUE,
} LsDueState;

#define LS_DUE_SOON_DAYS       14  /* default for "soon" */
#define LS_DUE_EVALUATION_LEAD 14  /* default evaluation: this many days before the end */

/* Days from @today to @due: positive in the future, 0 today, negative overdue. */
int         ls_due_days_left          (const GDate *due,
                                       const GDate *today);
/* Overdue (< 0 days), today (0), soon (1..@soon_days), later. */
LsDueState  ls_due_state              (const GDate *due,
                                       const GDate *today,
                                       guint        soon_days);
/* Stable key, also usable as a CSS class: "later", "soon", "today", "overdue". */
const char *ls_due_state_to_string    (LsDueState   state);

/* A suggested evaluation date for a trial: LS_DUE_EVALUATION_LEAD days
 * before @end, but not before @start. FALSE (and @evaluation untouched)
 * when a date is invalid or @end is before @start. */
gboolean    ls_due_default_evaluation (const GDate *start,
                                       const GDate *end,
                                       GDate       *evaluation);

/* "Due today", "Due in 3 days", "Overdue by 2 days", translated with
 * plural forms. Free with g_free(). */
char       *ls_due_phrase             (const GDate *due,
                                       const GDate *today);

G_END_DECLS
