/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include "ls-decision.h"
#include "ls-evaluation.h"
#include "ls-sketch.h"

G_BEGIN_DECLS

/* Benefits across a caseload (REFERENCE §11), as pure sums over arrays of
 * entities the store has loaded. Nothing here reads the clock: today is
 * passed in. */

/* Trial decisions whose evaluation date has come (drafts do not count). */
typedef struct
{
  guint n_due;       /* evaluation date on or before today */
  guint n_on_time;   /* evaluated on or before the evaluation date */
  guint n_late;      /* evaluated, but after the date */
  guint n_missing;   /* not evaluated yet, and the date has passed */
} LsOnTimeSummary;

/* @decisions: LsDecision; @evaluations: LsEvaluation (any order, any
 * decision). The first evaluation of a decision is the one that counts. */
void    ls_outcomes_on_time          (GPtrArray       *decisions,
                                      GPtrArray       *evaluations,
                                      const GDate     *today,
                                      LsOnTimeSummary *summary);
/* n_on_time / n_due, NAN when nothing is due. */
double  ls_outcomes_on_time_share    (const LsOnTimeSummary *summary);

/* The T-scores of the evaluations that have scores, in their order. */
GArray *ls_outcomes_t_scores         (GPtrArray       *evaluations);

/* Counts @values into @n_bins equal bins over [@lo, @hi); the last bin takes
 * @hi, values outside are counted in the end bins, NAN is skipped. An array
 * of guint. */
GArray *ls_outcomes_bin_counts       (const double    *values,
                                      guint            n_values,
                                      double           lo,
                                      double           hi,
                                      guint            n_bins);

/* Change in self-rating of one domain across persons: for each person, the
 * last rated reading minus the first (two sketches at least). */
typedef struct
{
  char   *domain_key;
  double  mean_change;
  guint   n_persons;
} LsDomainChange;

/* @sketches: LsSketch with readings, from any persons, in any order; only
 * finished sketches count. An array of LsDomainChange in first-seen domain
 * order, domains without two readings left out; it frees its keys. */
GArray *ls_outcomes_rating_change    (GPtrArray       *sketches);

/* Hours per week granted by @decision: its granted measures in hours. */
double  ls_outcomes_decision_hours   (LsDecision      *decision);

/* Hours per week before and after adjustment, summed over every decision
 * that follows an earlier one (previous-id set, not a draft) whose
 * predecessor is in @decisions. */
typedef struct
{
  guint  n_pairs;
  double hours_before;
  double hours_after;
} LsHoursChange;

void    ls_outcomes_hours_change     (GPtrArray       *decisions,
                                      LsHoursChange   *change);

G_END_DECLS
