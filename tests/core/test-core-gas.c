/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Goal Attainment Scaling T-scores against values worked out by hand. */
#include <math.h>

#include <glib.h>

#include "ls-gas.h"

#define EPSILON 0.005  /* half a hundredth: scores are shown with two decimals */

static void
test_expected_is_50 (void)
{
  const int zeros[] = { 0, 0, 0, 0, 0 };
  const double weights[] = { 6, 1, 9, 2, 4 };

  for (guint n = 1; n <= G_N_ELEMENTS (zeros); n++)
    {
      g_assert_cmpfloat (ls_gas_t_score (zeros, NULL, n), ==, 50.0);
      g_assert_cmpfloat (ls_gas_t_score (zeros, weights, n), ==, 50.0);
    }
}

static void
test_unweighted (void)
{
  const int balanced[] = { -1, 0, 1 };
  const int ones[] = { 1, 1, 1 };
  const int twos[] = { 2 };
  const int minus_twos[] = { -2, -2, -2, -2, -2 };

  /* Σx = 0 */
  g_assert_cmpfloat_with_epsilon (ls_gas_t_score (balanced, NULL, 3), 50.0, 1e-12);
  /* 50 + 10·3/√(0.7·3 + 0.3·9) = 50 + 30/√4.8 = 50 + 13.693 = 63.69 */
  g_assert_cmpfloat_with_epsilon (ls_gas_t_score (ones, NULL, 3), 63.69, EPSILON);
  /* One goal: √(0.7 + 0.3) = 1, so T = 50 + 10·x */
  g_assert_cmpfloat_with_epsilon (ls_gas_t_score (twos, NULL, 1), 70.0, 1e-12);
  /* 50 - 10·10/√(0.7·5 + 0.3·25) = 50 - 100/√11 = 50 - 30.151 = 19.85 */
  g_assert_cmpfloat_with_epsilon (ls_gas_t_score (minus_twos, NULL, 5), 19.85, EPSILON);
}

static void
test_weighted (void)
{
  const int scores[] = { 1, -1, 2 };
  /* importance × difficulty: 3×2, 2×1, 1×1 */
  const double weights[] = { 6, 2, 1 };
  const double ones[] = { 1, 1, 1 };
  const double twos[] = { 2, 2, 2 };
  const int with_ignored[] = { 2, 0 };
  const double ignore_first[] = { 0, 3 };

  /* Σwx = 6 - 2 + 2 = 6; Σw = 9; Σw² = 36 + 4 + 1 = 41
   * T = 50 + 10·6/√(0.7·41 + 0.3·81) = 50 + 60/√53 = 50 + 8.2416 = 58.24 */
  g_assert_cmpfloat_with_epsilon (ls_gas_t_score (scores, weights, 3), 58.24, EPSILON);
  g_assert_cmpfloat (ls_gas_weight (3, 2), ==, 6.0);

  /* Weights of 1 are the unweighted score; scaling all weights changes nothing. */
  g_assert_cmpfloat_with_epsilon (ls_gas_t_score (scores, ones, 3),
                                  ls_gas_t_score (scores, NULL, 3), 1e-12);
  g_assert_cmpfloat_with_epsilon (ls_gas_t_score (scores, twos, 3),
                                  ls_gas_t_score (scores, NULL, 3), 1e-12);
  /* Unweighted (1, -1, 2): 50 + 20/√4.8 = 59.13 */
  g_assert_cmpfloat_with_epsilon (ls_gas_t_score (scores, NULL, 3), 59.13, EPSILON);

  /* A goal with weight 0 does not count. */
  g_assert_cmpfloat (ls_gas_t_score (with_ignored, ignore_first, 2), ==, 50.0);
}

static void
test_invalid (void)
{
  const int good[] = { 0, 1 };
  const int too_high[] = { 0, 3 };
  const int too_low[] = { -3, 0 };
  const double negative[] = { 2, -1 };  /* Σw = 1: only the sign check catches it */
  const double not_a_number[] = { 1, NAN };
  const double infinite[] = { 1, INFINITY };
  const double zeros[] = { 0, 0 };
  const double huge[] = { 1e200, 1e200 };

  g_assert_true (isnan (ls_gas_t_score (good, NULL, 0)));
  g_assert_true (isnan (ls_gas_t_score (NULL, NULL, 2)));
  g_assert_true (isnan (ls_gas_t_score (too_high, NULL, 2)));
  g_assert_true (isnan (ls_gas_t_score (too_low, NULL, 2)));
  g_assert_true (isnan (ls_gas_t_score (good, negative, 2)));
  g_assert_true (isnan (ls_gas_t_score (good, not_a_number, 2)));
  g_assert_true (isnan (ls_gas_t_score (good, infinite, 2)));
  g_assert_true (isnan (ls_gas_t_score (good, zeros, 2)));
  g_assert_true (isnan (ls_gas_t_score (good, huge, 2)));
  g_assert_false (isnan (ls_gas_t_score (good, NULL, 2)));
}

static void
test_score_is_valid (void)
{
  g_assert_false (ls_gas_score_is_valid (-3));
  for (int s = -2; s <= 2; s++)
    g_assert_true (ls_gas_score_is_valid (s));
  g_assert_false (ls_gas_score_is_valid (3));
  g_assert_false (ls_gas_score_is_valid (G_MININT));
}

static void
test_weight (void)
{
  for (guint i = 0; i <= 3; i++)
    for (guint d = 0; d <= 3; d++)
      g_assert_cmpfloat (ls_gas_weight (i, d), ==, (double) (i * d));
  g_assert_true (isnan (ls_gas_weight (4, 1)));
  g_assert_true (isnan (ls_gas_weight (1, 4)));
}

static void
test_labels (void)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (int s = -2; s <= 2; s++)
    {
      const char *label = ls_gas_level_label (s);

      g_assert_nonnull (label);
      g_assert_false (g_hash_table_contains (seen, label));
      g_hash_table_add (seen, (gpointer) label);
    }
  g_assert_cmpstr (ls_gas_level_label (0), ==, "As expected");
  g_assert_cmpstr (ls_gas_level_label (-2), ==, "Much less than expected");
  g_assert_null (ls_gas_level_label (3));
  g_assert_null (ls_gas_level_label (-3));

  for (guint r = 0; r <= 3; r++)
    {
      g_assert_nonnull (ls_gas_importance_label (r));
      g_assert_nonnull (ls_gas_difficulty_label (r));
    }
  g_assert_null (ls_gas_importance_label (4));
  g_assert_null (ls_gas_difficulty_label (4));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/gas/expected-is-50", test_expected_is_50);
  g_test_add_func ("/core/gas/unweighted", test_unweighted);
  g_test_add_func ("/core/gas/weighted", test_weighted);
  g_test_add_func ("/core/gas/invalid", test_invalid);
  g_test_add_func ("/core/gas/score-is-valid", test_score_is_valid);
  g_test_add_func ("/core/gas/weight", test_weight);
  g_test_add_func ("/core/gas/labels", test_labels);

  return g_test_run ();
}
