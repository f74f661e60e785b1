/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What a decision changes in the one before it, and the rules at issue
 * that follow from it (see ls-decision-change.h). */
#define G_LOG_DOMAIN "ls-decision"

#include <glib/gi18n.h>

#include "ls-decision-change.h"
#include "ls-decision-status.h"
#include "ls-measure.h"
#include "ls-value.h"

void
ls_measure_change_free (LsMeasureChange *change)
{
  if (change == NULL)
    return;
  g_free (change->service_key);
  g_free (change->before_unit);
  g_free (change->after_unit);
  g_free (change);
}

/* The granted measure of @service_key in @decision, or NULL (borrowed). */
static LsMeasure *
granted_measure (LsDecision *decision,
                 const char *service_key)
{
  GListModel *measures = G_LIST_MODEL (ls_decision_get_measures (decision));

  for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
    {
      g_autoptr(LsMeasure) measure = g_list_model_get_item (measures, i);

      if (ls_measure_get_granted (measure) && g_strcmp0 (ls_measure_get_service_key (measure), service_key) == 0)
        return measure;  /* the list holds its own reference */
    }
  return NULL;
}

static void
add_change (GPtrArray  *changes,
            GHashTable *seen,
            LsDecision *before,
            LsDecision *after,
            const char *service_key)
{
  LsMeasure *old_measure, *new_measure;
  LsMeasureChange *change;

  if (service_key == NULL || g_hash_table_contains (seen, service_key))
    return;
  g_hash_table_add (seen, g_strdup (service_key));
  old_measure = granted_measure (before, service_key);
  new_measure = granted_measure (after, service_key);
  if (old_measure == NULL && new_measure == NULL)
    return;
  if (old_measure != NULL && new_measure != NULL
      && ls_measure_get_extent (old_measure) == ls_measure_get_extent (new_measure)
      && g_strcmp0 (ls_measure_get_unit (old_measure), ls_measure_get_unit (new_measure)) == 0)
    return;
  change = g_new0 (LsMeasureChange, 1);
  change->service_key = g_strdup (service_key);
  change->before_granted = old_measure != NULL;
  change->after_granted = new_measure != NULL;
  if (old_measure != NULL)
    {
      change->before_extent = ls_measure_get_extent (old_measure);
      change->before_unit = g_strdup (ls_measure_get_unit (old_measure));
    }
  if (new_measure != NULL)
    {
      change->after_extent = ls_measure_get_extent (new_measure);
      change->after_unit = g_strdup (ls_measure_get_unit (new_measure));
    }
  g_ptr_array_add (changes, change);
}

GPtrArray *
ls_decision_change_measures (LsDecision *before,
                             LsDecision *after)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *changes;
  LsDecision *sides[] = { before, after };

  g_return_val_if_fail (LS_IS_DECISION (before), NULL);
  g_return_val_if_fail (LS_IS_DECISION (after), NULL);

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_measure_change_free);
  for (guint s = 0; s < G_N_ELEMENTS (sides); s++)
    {
      GListModel *measures = G_LIST_MODEL (ls_decision_get_measures (sides[s]));

      for (guint i = 0; i < g_list_model_get_n_items (measures); i++)
        {
          g_autoptr(LsMeasure) measure = g_list_model_get_item (measures, i);

          add_change (changes, seen, before, after, ls_measure_get_service_key (measure));
        }
    }
  return changes;
}

gboolean
ls_measure_change_is_reduction (const LsMeasureChange *change)
{
  g_return_val_if_fail (change != NULL, FALSE);

  if (!change->before_granted)
    return FALSE;
  if (!change->after_granted)
    return TRUE;
  return g_strcmp0 (change->before_unit, change->after_unit) == 0 && change->after_extent < change->before_extent;
}

gboolean
ls_decision_change_is_reduction (LsDecision *before,
                                 LsDecision *after)
{
  g_autoptr(GPtrArray) changes = ls_decision_change_measures (before, after);

  for (guint i = 0; i < changes->len; i++)
    if (ls_measure_change_is_reduction (g_ptr_array_index (changes, i)))
      return TRUE;
  return FALSE;
}

static gboolean
date_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

gboolean
ls_decision_notice_is_complete (LsDecision  *decision,
                                const GDate *today)
{
  const GDate *deadline;

  g_return_val_if_fail (LS_IS_DECISION (decision), FALSE);

  deadline = ls_decision_get_notice_deadline (decision);
  if (!date_set (ls_decision_get_notice_sent (decision)) || !date_set (deadline))
    return FALSE;
  if (ls_str_has_text (ls_decision_get_notice_answer (decision)))
    return TRUE;
  return ls_decision_get_notice_no_answer (decision)
         && (today == NULL || g_date_compare (deadline, today) < 0);
}

gboolean
ls_decision_record_notice (LsDecision  *decision,
                           const GDate *sent,
                           const GDate *deadline,
                           const char  *answer,
                           gboolean     no_answer,
                           const GDate *today,
                           GError     **error)
{
  const GDate *new_sent, *new_deadline;

  g_return_val_if_fail (LS_IS_DECISION (decision), FALSE);

  new_sent = date_set (sent) ? sent : ls_decision_get_notice_sent (decision);
  new_deadline = date_set (deadline) ? deadline : ls_decision_get_notice_deadline (decision);
  if (!date_set (new_sent) || !date_set (new_deadline))
    {
      g_set_error_literal (error, LS_DECISION_ERROR, LS_DECISION_ERROR_MISSING_DATE,
                           _("The advance notice needs the date it was sent and the deadline to answer"));
      return FALSE;
    }
  if (g_date_compare (new_deadline, new_sent) <= 0)
    {
      g_set_error_literal (error, LS_DECISION_ERROR, LS_DECISION_ERROR_DATE_ORDER,
                           _("The deadline to answer the advance notice must come after the day it was sent"));
      return FALSE;
    }
  if (today != NULL && g_date_compare (new_sent, today) > 0)
    {
      g_set_error_literal (error, LS_DECISION_ERROR, LS_DECISION_ERROR_DATE_ORDER,
                           _("The advance notice cannot have been sent after today; record it once it is sent"));
      return FALSE;
    }
  if (no_answer && today != NULL && g_date_compare (new_deadline, today) >= 0)
    {
      g_set_error_literal (error, LS_DECISION_ERROR, LS_DECISION_ERROR_DATE_ORDER,
                           _("The deadline to answer the advance notice has not passed yet; record the answer, or "
                             "that none came, after the deadline"));
      return FALSE;
    }
  ls_decision_set_notice_sent (decision, new_sent);
  ls_decision_set_notice_deadline (decision, new_deadline);
  if (ls_str_has_text (answer))
    {
      ls_decision_set_notice_answer (decision, answer);
      ls_decision_set_notice_no_answer (decision, FALSE);
    }
  else if (no_answer)
    {
      ls_decision_set_notice_answer (decision, NULL);
      ls_decision_set_notice_no_answer (decision, TRUE);
    }
  return TRUE;
}

/* A decision issued with an earlier date (one made before it was recorded)
 * is still made after the decision it follows and after the advance notice
 * it rests on. */
static gboolean
check_made_after (LsDecision  *before,
                  LsDecision  *after,
                  const GDate *issued,
                  GError     **error)
{
  const GDate *previous = before != NULL ? ls_decision_get_issued_date (before) : NULL;
  const GDate *notice = ls_decision_get_notice_sent (after);
  g_autofree char *day = NULL, *earlier = NULL;

  if (issued == NULL)
    return TRUE;
  day = ls_date_to_iso (issued);
  if (date_set (previous) && g_date_compare (issued, previous) < 0)
    {
      earlier = ls_date_to_iso (previous);
      g_set_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_DATE_ORDER,
                   _("The decision cannot be dated %s: the decision it follows was issued later, on %s"),
                   day, earlier);
      return FALSE;
    }
  if (date_set (notice) && g_date_compare (issued, notice) < 0)
    {
      earlier = ls_date_to_iso (notice);
      g_set_error (error, LS_DECISION_ERROR, LS_DECISION_ERROR_DATE_ORDER,
                   _("The decision cannot be dated %s: its advance notice was sent later, on %s"), day, earlier);
      return FALSE;
    }
  return TRUE;
}

gboolean
ls_decision_check_grounds_for_issue (LsDecision  *before,
                                     LsDecision  *after,
                                     const GDate *today,
                                     GError     **error)
{
  g_return_val_if_fail (before == NULL || LS_IS_DECISION (before), FALSE);
  g_return_val_if_fail (LS_IS_DECISION (after), FALSE);

  if (!check_made_after (before, after, today, error))
    return FALSE;
  if (!ls_str_has_text (ls_decision_get_grounds (after)))
    {
      g_set_error_literal (error, LS_DECISION_ERROR, LS_DECISION_ERROR_MISSING_ASSESSMENT,
                           _("The decision has no assessment; write “Our assessment” before issuing it"));
      return FALSE;
    }
  if (before != NULL && ls_decision_change_is_reduction (before, after)
      && !ls_decision_notice_is_complete (after, today))
    {
      g_set_error_literal (error, LS_DECISION_ERROR, LS_DECISION_ERROR_NO_ADVANCE_NOTICE,
                           _("The decision gives less than the one before; record the advance notice and the "
                             "person’s answer, or that the answer deadline has passed, before issuing it"));
      return FALSE;
    }
  return TRUE;
}
