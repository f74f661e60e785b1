/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Evaluation due dates. Today is always passed in, so the rules are pure
 * and testable on any day. */
#define G_LOG_DOMAIN "ls-due"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-due.h"

int
ls_due_days_left (const GDate *due,
                  const GDate *today)
{
  g_return_val_if_fail (due != NULL && g_date_valid (due), 0);
  g_return_val_if_fail (today != NULL && g_date_valid (today), 0);

  return g_date_days_between (today, due);
}

LsDueState
ls_due_state (const GDate *due,
              const GDate *today,
              guint        soon_days)
{
  int days;

  g_return_val_if_fail (due != NULL && g_date_valid (due), LS_DUE_LATER);
  g_return_val_if_fail (today != NULL && g_date_valid (today), LS_DUE_LATER);

  days = ls_due_days_left (due, today);
  if (days < 0)
    return LS_DUE_OVERDUE;
  if (days == 0)
    return LS_DUE_TODAY;
  if ((guint) days <= soon_days)
    return LS_DUE_SOON;
  return LS_DUE_LATER;
}

const char *
ls_due_state_to_string (LsDueState state)
{
  switch (state)
    {
    case LS_DUE_LATER:
      return "later";
    case LS_DUE_SOON:
      return "soon";
    case LS_DUE_TODAY:
      return "today";
    case LS_DUE_OVERDUE:
      return "overdue";
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
ls_due_default_evaluation (const GDate *start,
                           const GDate *end,
                           GDate       *evaluation)
{
  GDate suggested;

  g_return_val_if_fail (evaluation != NULL, FALSE);

  if (start == NULL || end == NULL || !g_date_valid (start) || !g_date_valid (end) ||
      g_date_compare (end, start) < 0)
    return FALSE;

  /* Compared before subtracting: g_date_subtract_days() refuses to go
   * before 1 January of year 1, which an imported date can be near. */
  if (g_date_days_between (start, end) <= LS_DUE_EVALUATION_LEAD)
    {
      *evaluation = *start;
      return TRUE;
    }
  suggested = *end;
  g_date_subtract_days (&suggested, LS_DUE_EVALUATION_LEAD);
  *evaluation = suggested;
  return TRUE;
}

char *
ls_due_phrase (const GDate *due,
               const GDate *today)
{
  int days;

  g_return_val_if_fail (due != NULL && g_date_valid (due), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  days = ls_due_days_left (due, today);
  if (days == 0)
    return g_strdup (_("Due today"));
  if (days > 0)
    return g_strdup_printf (ngettext ("Due in %d day", "Due in %d days", days), days);
  return g_strdup_printf (ngettext ("Overdue by %d day", "Overdue by %d days", -days), -days);
}
