/* SPDX-License-Identifier: GPL-3.0-or-later */
/* GLib 2.74 has no g_set_str (2.76); dates are GDate or NULL. */
#define G_LOG_DOMAIN "ls-value"

#include <stdio.h>
#include <time.h>

#include "ls-value.h"

gboolean
ls_str_set (char       **field,
            const char  *value)
{
  g_return_val_if_fail (field != NULL, FALSE);

  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}

gboolean
ls_double_set (double *field,
               double  value)
{
  g_return_val_if_fail (field != NULL, FALSE);

  if (*field == value)
    return FALSE;
  *field = value;
  return TRUE;
}

gboolean
ls_date_set (GDate       **field,
             const GDate  *value)
{
  g_return_val_if_fail (field != NULL, FALSE);

  if (value != NULL && !g_date_valid (value))
    value = NULL;
  if (*field == NULL && value == NULL)
    return FALSE;
  if (*field != NULL && value != NULL && g_date_compare (*field, value) == 0)
    return FALSE;
  g_clear_pointer (field, g_date_free);
  if (value != NULL)
    *field = g_date_copy (value);
  return TRUE;
}

char *
ls_date_to_iso (const GDate *date)
{
  if (date == NULL || !g_date_valid (date))
    return NULL;
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date),
                          g_date_get_month (date), g_date_get_day (date));
}

GDate *
ls_date_from_iso (const char *iso)
{
  unsigned year, month, day;
  char tail;

  if (iso == NULL || sscanf (iso, "%4u-%2u-%2u%c", &year, &month, &day, &tail) != 3)
    return NULL;
  if (!g_date_valid_dmy (day, month, year))
    return NULL;
  return g_date_new_dmy (day, month, year);
}

GDate *
ls_date_new_dmy (GDateDay   day,
                 GDateMonth month,
                 GDateYear  year)
{
  g_return_val_if_fail (g_date_valid_dmy (day, month, year), NULL);
  return g_date_new_dmy (day, month, year);
}

void
ls_date_set_today (GDate *date)
{
  g_return_if_fail (date != NULL);

  g_date_clear (date, 1);
  g_date_set_time_t (date, time (NULL));
}

gboolean
ls_str_has_text (const char *text)
{
  if (text == NULL)
    return FALSE;
  for (; *text != '\0'; text = g_utf8_next_char (text))
    if (!g_unichar_isspace (g_utf8_get_char (text)))
      return TRUE;
  return FALSE;
}

gboolean
ls_str_is_one_line (const char *text)
{
  for (const char *p = text; p != NULL && *p != '\0'; p++)
    if ((guchar) *p < 0x20 || *p == 0x7f)
      return FALSE;
  return TRUE;
}
