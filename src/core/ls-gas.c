/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Goal Attainment Scaling summary score (Turner-Stokes 2009 and erratum). */
#define G_LOG_DOMAIN "ls-gas"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ls-gas.h"

gboolean
ls_gas_score_is_valid (int score)
{
  return score >= LS_GAS_SCORE_MIN && score <= LS_GAS_SCORE_MAX;
}

/* Bad input gives NAN rather than a critical: scores and weights come
 * from what people type, and a NAN shows up as "no score" downstream. */
double
ls_gas_t_score (const int    *scores,
                const double *weights,
                guint         n_goals)
{
  double sum_wx = 0.0;
  double sum_w = 0.0;
  double sum_w2 = 0.0;
  double denominator;

  if (n_goals == 0 || scores == NULL)
    return NAN;

  for (guint i = 0; i < n_goals; i++)
    {
      double w = weights != NULL ? weights[i] : 1.0;

      if (!ls_gas_score_is_valid (scores[i]) || !isfinite (w) || w < 0.0)
        return NAN;
      sum_wx += w * scores[i];
      sum_w += w;
      sum_w2 += w * w;
    }
  if (sum_w <= 0.0)
    return NAN;

  denominator = sqrt ((1.0 - LS_GAS_RHO) * sum_w2 + LS_GAS_RHO * sum_w * sum_w);
  /* Weights so large that their squares overflow would give x/inf = 0,
   * a T-score of exactly 50 that no one scored. */
  if (!isfinite (denominator))
    return NAN;
  return 50.0 + 10.0 * sum_wx / denominator;
}

double
ls_gas_weight (guint importance,
               guint difficulty)
{
  if (importance > LS_GAS_RATING_MAX || difficulty > LS_GAS_RATING_MAX)
    return NAN;
  return (double) (importance * difficulty);
}

const char *
ls_gas_level_label (int score)
{
  switch (score)
    {
    case -2:
      return C_("goal attainment", "Much less than expected");
    case -1:
      return C_("goal attainment", "Less than expected");
    case 0:
      return C_("goal attainment", "As expected");
    case 1:
      return C_("goal attainment", "Better than expected");
    case 2:
      return C_("goal attainment", "Much better than expected");
    default:
      return NULL;
    }
}

const char *
ls_gas_importance_label (guint importance)
{
  switch (importance)
    {
    case 0:
      return C_("goal importance", "Not important");
    case 1:
      return C_("goal importance", "A little important");
    case 2:
      return C_("goal importance", "Moderately important");
    case 3:
      return C_("goal importance", "Very important");
    default:
      return NULL;
    }
}

const char *
ls_gas_difficulty_label (guint difficulty)
{
  switch (difficulty)
    {
    case 0:
      return C_("goal difficulty", "Not difficult");
    case 1:
      return C_("goal difficulty", "A little difficult");
    case 2:
      return C_("goal difficulty", "Moderately difficult");
    case 3:
      return C_("goal difficulty", "Very difficult");
    default:
      return NULL;
    }
}
