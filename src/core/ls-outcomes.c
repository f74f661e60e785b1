/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Outcome figures across a caseload: pure sums, so that the team view and
 * the tests agree on what each figure means. */
#define G_LOG_DOMAIN "ls-outcomes"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ls-measure.h"
#include "ls-outcomes.h"

static gboolean
date_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

/* The earliest evaluation date per decision id (gint64 -> GDate). */
static GHashTable *
first_evaluation_dates (GPtrArray *evaluations)
{
  GHashTable *first = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  for (guint i = 0; evaluations != NULL && i < evaluations->len; i++)
    {
      LsEvaluation *evaluation = g_ptr_array_index (evaluations, i);
      gint64 decision_id = ls_evaluation_get_decision_id (evaluation);
      const GDate *date = ls_evaluation_get_date (evaluation);
      const GDate *seen;

      if (!date_set (date))
        continue;
      seen = g_hash_table_lookup (first, &decision_id);
      if (seen == NULL || g_date_compare (date, seen) < 0)
        g_hash_table_insert (first, g_memdup2 (&decision_id, sizeof decision_id), (gpointer) date);
    }
  return first;
}

void
ls_outcomes_on_time (GPtrArray       *decisions,
                     GPtrArray       *evaluations,
                     const GDate     *today,
                     LsOnTimeSummary *summary)
{
  g_autoptr(GHashTable) first = NULL;

  g_return_if_fail (decisions != NULL);
  g_return_if_fail (date_set (today));
  g_return_if_fail (summary != NULL);

  memset (summary, 0, sizeof *summary);
  first = first_evaluation_dates (evaluations);
  for (guint i = 0; i < decisions->len; i++)
    {
      LsDecision *decision = g_ptr_array_index (decisions, i);
      const GDate *due = ls_decision_get_evaluation_date (decision);
      gint64 id = ls_decision_get_id (decision);
      const GDate *evaluated;

      if (ls_decision_get_decision_type (decision) != LS_DECISION_TYPE_TRIAL
          || ls_decision_get_status (decision) == LS_DECISION_DRAFT
          || !date_set (due) || g_date_compare (due, today) > 0)
        continue;
      summary->n_due++;
      evaluated = g_hash_table_lookup (first, &id);
      if (evaluated == NULL)
        summary->n_missing++;
      else if (g_date_compare (evaluated, due) <= 0)
        summary->n_on_time++;
      else
        summary->n_late++;
    }
}

double
ls_outcomes_on_time_share (const LsOnTimeSummary *summary)
{
  g_return_val_if_fail (summary != NULL, NAN);

  if (summary->n_due == 0)
    return NAN;
  return (double) summary->n_on_time / summary->n_due;
}

GArray *
ls_outcomes_t_scores (GPtrArray *evaluations)
{
  GArray *scores = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; evaluations != NULL && i < evaluations->len; i++)
    {
      double t = ls_evaluation_get_t_score (g_ptr_array_index (evaluations, i));

      if (isfinite (t))
        g_array_append_val (scores, t);
    }
  return scores;
}

GArray *
ls_outcomes_bin_counts (const double *values,
                        guint         n_values,
                        double        lo,
                        double        hi,
                        guint         n_bins)
{
  GArray *counts;

  g_return_val_if_fail (n_bins > 0, NULL);
  g_return_val_if_fail (hi > lo, NULL);
  g_return_val_if_fail (values != NULL || n_values == 0, NULL);

  counts = g_array_new (FALSE, TRUE, sizeof (guint));
  g_array_set_size (counts, n_bins);
  for (guint i = 0; i < n_values; i++)
    {
      double bin;

      /* A missing value (NAN: "no score") belongs in no bin. */
      if (isnan (values[i]))
        continue;
      bin = floor ((values[i] - lo) / (hi - lo) * n_bins);
      /* Infinity over an infinite range is NAN: no bin either. */
      if (isnan (bin))
        continue;
      /* Clamped as a double: converting an infinite or out-of-range double
       * to an integer is undefined. */
      bin = CLAMP (bin, 0, n_bins - 1);
      g_array_index (counts, guint, (guint) bin)++;
    }
  return counts;
}

static int
compare_sketches (gconstpointer a,
                  gconstpointer b)
{
  LsSketch *sa = *(LsSketch **) a;
  LsSketch *sb = *(LsSketch **) b;
  const GDate *da = ls_sketch_get_date (sa);
  const GDate *db = ls_sketch_get_date (sb);

  if (ls_sketch_get_person_id (sa) != ls_sketch_get_person_id (sb))
    return ls_sketch_get_person_id (sa) < ls_sketch_get_person_id (sb) ? -1 : 1;
  if (date_set (da) && date_set (db) && g_date_compare (da, db) != 0)
    return g_date_compare (da, db);
  if (ls_sketch_get_id (sa) != ls_sketch_get_id (sb))
    return ls_sketch_get_id (sa) < ls_sketch_get_id (sb) ? -1 : 1;
  return 0;
}

/* Per domain of one person: first and last rating, and how many readings. */
typedef struct
{
  int   first;
  int   last;
  guint n;
} Span;

static void
add_change (GArray     *changes,
            GHashTable *index,
            const char *domain_key,
            int         change)
{
  LsDomainChange *item;
  gpointer position;

  if (!g_hash_table_lookup_extended (index, domain_key, NULL, &position))
    {
      LsDomainChange fresh = { g_strdup (domain_key), 0, 0 };

      position = GUINT_TO_POINTER (changes->len);
      g_array_append_val (changes, fresh);
      g_hash_table_insert (index, g_strdup (domain_key), position);
    }
  item = &g_array_index (changes, LsDomainChange, GPOINTER_TO_UINT (position));
  /* a running sum until the end, then divided */
  item->mean_change += change;
  item->n_persons++;
}

/* Adds one person's spans (domain order as first rated) to @changes. */
static void
flush_person (GArray     *changes,
              GHashTable *index,
              GHashTable *spans,
              GPtrArray  *order)
{
  for (guint i = 0; i < order->len; i++)
    {
      const char *key = g_ptr_array_index (order, i);
      Span *span = g_hash_table_lookup (spans, key);

      if (span->n >= 2)
        add_change (changes, index, key, span->last - span->first);
    }
  g_hash_table_remove_all (spans);
  g_ptr_array_set_size (order, 0);
}

static void
add_sketch (LsSketch   *sketch,
            GHashTable *spans,
            GPtrArray  *order)
{
  GListModel *readings = G_LIST_MODEL (ls_sketch_get_readings (sketch));
  guint n = g_list_model_get_n_items (readings);

  for (guint j = 0; j < n; j++)
    {
      g_autoptr(LsDomainReading) reading = g_list_model_get_item (readings, j);
      const char *key = ls_domain_reading_get_domain_key (reading);
      int rating = ls_domain_reading_get_self_rating (reading);
      Span *span;

      if (rating <= 0 || ls_domain_reading_get_skipped (reading) || key == NULL)
        continue;
      span = g_hash_table_lookup (spans, key);
      if (span == NULL)
        {
          span = g_new0 (Span, 1);
          span->first = rating;
          g_hash_table_insert (spans, g_strdup (key), span);
          g_ptr_array_add (order, g_strdup (key));
        }
      span->last = rating;
      span->n++;
    }
}

static void
clear_domain_change (gpointer data)
{
  g_free (((LsDomainChange *) data)->domain_key);
}

GArray *
ls_outcomes_rating_change (GPtrArray *sketches)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(GHashTable) spans = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) index = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_free);
  GArray *changes = g_array_new (FALSE, FALSE, sizeof (LsDomainChange));
  gint64 person = -1;

  g_array_set_clear_func (changes, clear_domain_change);
  for (guint i = 0; sketches != NULL && i < sketches->len; i++)
    if (ls_sketch_get_status (g_ptr_array_index (sketches, i)) == LS_SKETCH_FINISHED)
      g_ptr_array_add (sorted, g_ptr_array_index (sketches, i));
  g_ptr_array_sort (sorted, compare_sketches);

  for (guint i = 0; i < sorted->len; i++)
    {
      LsSketch *sketch = g_ptr_array_index (sorted, i);

      if (ls_sketch_get_person_id (sketch) != person)
        flush_person (changes, index, spans, order);
      person = ls_sketch_get_person_id (sketch);
      add_sketch (sketch, spans, order);
    }
  flush_person (changes, index, spans, order);

  for (guint i = 0; i < changes->len; i++)
    {
      LsDomainChange *item = &g_array_index (changes, LsDomainChange, i);
      item->mean_change /= item->n_persons;
    }
  return changes;
}

double
ls_outcomes_decision_hours (LsDecision *decision)
{
  GListModel *measures;
  double hours = 0;
  guint n;

  g_return_val_if_fail (LS_IS_DECISION (decision), 0);

  measures = G_LIST_MODEL (ls_decision_get_measures (decision));
  n = g_list_model_get_n_items (measures);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LsMeasure) measure = g_list_model_get_item (measures, i);

      if (ls_measure_get_granted (measure)
          && g_strcmp0 (ls_measure_get_unit (measure), "hours") == 0)
        hours += ls_measure_get_extent (measure);
    }
  return hours;
}

void
ls_outcomes_hours_change (GPtrArray     *decisions,
                          LsHoursChange *change)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  g_return_if_fail (decisions != NULL);
  g_return_if_fail (change != NULL);

  memset (change, 0, sizeof *change);
  for (guint i = 0; i < decisions->len; i++)
    {
      LsDecision *decision = g_ptr_array_index (decisions, i);
      gint64 id = ls_decision_get_id (decision);

      g_hash_table_insert (by_id, g_memdup2 (&id, sizeof id), decision);
    }
  for (guint i = 0; i < decisions->len; i++)
    {
      LsDecision *decision = g_ptr_array_index (decisions, i);
      gint64 previous_id = ls_decision_get_previous_id (decision);
      LsDecision *previous;

      if (previous_id == 0 || ls_decision_get_status (decision) == LS_DECISION_DRAFT)
        continue;
      previous = g_hash_table_lookup (by_id, &previous_id);
      if (previous == NULL)
        continue;
      change->n_pairs++;
      change->hours_before += ls_outcomes_decision_hours (previous);
      change->hours_after += ls_outcomes_decision_hours (decision);
    }
}
