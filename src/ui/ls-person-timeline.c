/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-person-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ls-case.h"
#include "ls-decision.h"
#include "ls-evaluation.h"
#include "ls-person-form.h"
#include "ls-person-timeline.h"
#include "ls-sketch.h"

void
ls_timeline_item_free (LsTimelineItem *item)
{
  if (item == NULL)
    return;
  g_free (item->title);
  g_free (item->detail);
  g_free (item);
}

char *
ls_format_date (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return g_strdup ("–");
  return g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (date), g_date_get_month (date),
                          g_date_get_year (date));
}

static LsTimelineItem *
item_new (LsTimelineKind  kind,
          const GDate    *date,
          gint64          id,
          char           *title,
          char           *detail)
{
  LsTimelineItem *item = g_new0 (LsTimelineItem, 1);

  item->kind = kind;
  g_date_clear (&item->date, 1);
  if (date != NULL && g_date_valid (date))
    item->date = *date;
  item->id = id;
  item->title = title;
  item->detail = detail;
  return item;
}

static void
add_cases (GPtrArray *items,
           GPtrArray *cases)
{
  for (guint i = 0; cases != NULL && i < cases->len; i++)
    {
      LsCase *kase = g_ptr_array_index (cases, i);
      const char *what = ls_case_get_applied_for (kase);
      const char *by = ls_application_applicant_display_name (ls_case_get_applied_by (kase));
      char *detail;

      if (by != NULL && *by != '\0')
        /* Translators: what was applied for, and by whom. */
        detail = g_strdup_printf (_("%s, applied for by %s"), what ? what : "", by);
      else
        detail = g_strdup (what ? what : "");
      g_ptr_array_add (items, item_new (LS_TIMELINE_APPLICATION, ls_case_get_received (kase),
                                        ls_case_get_id (kase), g_strdup (_("Application received")), detail));
    }
}

static void
add_sketches (GPtrArray *items,
              GPtrArray *sketches)
{
  for (guint i = 0; sketches != NULL && i < sketches->len; i++)
    {
      LsSketch *sketch = g_ptr_array_index (sketches, i);
      gboolean open = ls_sketch_get_status (sketch) == LS_SKETCH_IN_PROGRESS;

      g_ptr_array_add (items, item_new (LS_TIMELINE_SKETCH, ls_sketch_get_date (sketch),
                                        ls_sketch_get_id (sketch),
                                        g_strdup (_("Life-sketch conversation")),
                                        g_strdup (open ? _("In progress: can be continued")
                                                       : _("Finished"))));
    }
}

static LsDecision *
find_decision (GPtrArray *decisions,
               gint64     id)
{
  for (guint i = 0; decisions != NULL && i < decisions->len; i++)
    if (ls_decision_get_id (g_ptr_array_index (decisions, i)) == id)
      return g_ptr_array_index (decisions, i);
  return NULL;
}

static const GDate *
decision_date (LsDecision *decision)
{
  const GDate *issued = ls_decision_get_issued_date (decision);

  return issued != NULL && g_date_valid (issued) ? issued : ls_decision_get_start (decision);
}

static void
add_decisions (GPtrArray *items,
               GPtrArray *decisions)
{
  for (guint i = 0; decisions != NULL && i < decisions->len; i++)
    {
      LsDecision *decision = g_ptr_array_index (decisions, i);
      LsDecision *previous = find_decision (decisions, ls_decision_get_previous_id (decision));
      g_autofree char *start = ls_format_date (ls_decision_get_start (decision));
      g_autofree char *end = ls_format_date (ls_decision_get_end (decision));
      g_autoptr(GString) detail = g_string_new (ls_decision_status_display_name (ls_decision_get_status (decision)));

      /* Translators: the period of a decision, from and to. */
      g_string_append_printf (detail, _(", %s to %s"), start, end);
      if (previous != NULL)
        {
          g_autofree char *when = ls_format_date (decision_date (previous));

          /* Translators: the chain of decisions: this one replaces an earlier one. */
          g_string_append_printf (detail, _("; follows the decision of %s"), when);
        }
      g_ptr_array_add (items, item_new (LS_TIMELINE_DECISION, decision_date (decision),
                                        ls_decision_get_id (decision),
                                        g_strdup (ls_decision_type_display_name (ls_decision_get_decision_type (decision))),
                                        g_string_free (g_steal_pointer (&detail), FALSE)));
    }
}

static void
add_evaluations (GPtrArray *items,
                 GPtrArray *evaluations)
{
  for (guint i = 0; evaluations != NULL && i < evaluations->len; i++)
    {
      LsEvaluation *evaluation = g_ptr_array_index (evaluations, i);
      double t_score = ls_evaluation_get_t_score (evaluation);
      const char *outcome = ls_evaluation_outcome_display_name (ls_evaluation_get_outcome (evaluation));
      char *detail;

      if (isnan (t_score))
        /* Translators: the outcome of an evaluation. */
        detail = g_strdup_printf (_("Outcome: %s"), outcome);
      else
        /* Translators: the outcome of an evaluation and its goal attainment T-score. */
        detail = g_strdup_printf (_("Outcome: %s; goal attainment T-score %.0f"), outcome, t_score);
      g_ptr_array_add (items, item_new (LS_TIMELINE_EVALUATION, ls_evaluation_get_date (evaluation),
                                        ls_evaluation_get_id (evaluation),
                                        g_strdup (_("Evaluation")), detail));
    }
}

static int
compare_items (gconstpointer a,
               gconstpointer b)
{
  const LsTimelineItem *x = *(LsTimelineItem * const *) a;
  const LsTimelineItem *y = *(LsTimelineItem * const *) b;
  gboolean x_dated = g_date_valid (&x->date);
  gboolean y_dated = g_date_valid (&y->date);

  if (x_dated != y_dated)
    return x_dated ? -1 : 1;
  if (x_dated && g_date_compare (&x->date, &y->date) != 0)
    return g_date_compare (&x->date, &y->date);
  return (int) x->kind - (int) y->kind;
}

GPtrArray *
ls_person_timeline_build (GPtrArray *cases,
                          GPtrArray *sketches,
                          GPtrArray *decisions,
                          GPtrArray *evaluations)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_timeline_item_free);

  add_cases (items, cases);
  add_sketches (items, sketches);
  add_decisions (items, decisions);
  add_evaluations (items, evaluations);
  /* g_ptr_array_sort is not stable; ties are broken by kind above. */
  g_ptr_array_sort (items, compare_items);
  return items;
}

static void
add_due (GPtrArray      *items,
         LsTimelineKind  kind,
         LsDecision     *decision,
         const GDate    *due,
         const GDate    *today)
{
  LsTimelineItem *item;
  g_autofree char *phrase = NULL;
  g_autofree char *when = NULL;

  if (due == NULL || !g_date_valid (due))
    return;
  phrase = ls_due_phrase (due, today);
  when = ls_format_date (due);
  item = item_new (kind, due, ls_decision_get_id (decision),
                   g_strdup (kind == LS_TIMELINE_DUE_END ? _("The trial period ends")
                             : ls_decision_get_decision_type (decision) == LS_DECISION_TYPE_TRIAL
                             ? _("Evaluation of the trial decision") : _("Evaluation of the decision")),
                   /* Translators: a due phrase ("Overdue by 2 days") and the date. */
                   g_strdup_printf (_("%s (%s)"), phrase, when));
  item->due = ls_due_state (due, today, LS_DUE_SOON_DAYS);
  g_ptr_array_add (items, item);
}

GPtrArray *
ls_person_timeline_due (GPtrArray   *decisions,
                        const GDate *today)
{
  GPtrArray *items = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_timeline_item_free);

  g_return_val_if_fail (today != NULL && g_date_valid (today), items);

  for (guint i = 0; decisions != NULL && i < decisions->len; i++)
    {
      LsDecision *decision = g_ptr_array_index (decisions, i);
      LsDecisionStatus status = ls_decision_get_status (decision);

      if (status != LS_DECISION_ISSUED && status != LS_DECISION_UNDER_EVALUATION)
        continue;
      add_due (items, LS_TIMELINE_DUE_EVALUATION, decision, ls_decision_get_evaluation_date (decision), today);
      if (ls_decision_get_decision_type (decision) == LS_DECISION_TYPE_TRIAL)
        add_due (items, LS_TIMELINE_DUE_END, decision, ls_decision_get_end (decision), today);
    }
  g_ptr_array_sort (items, compare_items);
  return items;
}
