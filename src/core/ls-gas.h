/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Goal Attainment Scaling (Turner-Stokes 2009, Clin Rehabil 23:362, with
 * its erratum). Each goal is scored -2..+2; 0 is the expected outcome. */

#define LS_GAS_SCORE_MIN        (-2)
#define LS_GAS_SCORE_MAX          2
#define LS_GAS_DEFAULT_BASELINE (-1)
#define LS_GAS_RHO              0.3   /* assumed correlation between goals */
#define LS_GAS_RATING_MAX         3   /* importance and difficulty are 0-3 */

gboolean    ls_gas_score_is_valid  (int           score);

/* T = 50 + 10·Σ(wᵢxᵢ) / √((1−ρ)·Σwᵢ² + ρ·(Σwᵢ)²), ρ = 0.3.
 * @weights may be NULL (every weight 1). Returns NAN when @n_goals is 0,
 * a score is outside -2..+2, a weight is negative or not finite, or every
 * weight is 0. A goal with weight 0 does not count. */
double      ls_gas_t_score         (const int    *scores,
                                    const double *weights,
                                    guint         n_goals);

/* importance × difficulty, each 0-3 (Turner-Stokes); NAN when out of range. */
double      ls_gas_weight          (guint         importance,
                                    guint         difficulty);

/* The conventional short label of a level, translated ("as expected");
 * NULL for an invalid score. */
const char *ls_gas_level_label     (int           score);
/* "not at all", "a little", "moderately", "very"; NULL when above 3. */
const char *ls_gas_importance_label (guint        importance);
const char *ls_gas_difficulty_label (guint        difficulty);

G_END_DECLS
