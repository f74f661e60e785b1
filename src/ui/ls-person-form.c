/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-person-form"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "ls-national-id.h"
#include "ls-person-form.h"

const char * const ls_application_channels[] = { "form", "letter", "phone", "meeting", "digital", NULL };
const char * const ls_application_applicants[] = { "person", "representative", "referral", NULL };

const char *
ls_application_channel_display_name (const char *key)
{
  if (g_strcmp0 (key, "form") == 0)
    return _("Application form");
  if (g_strcmp0 (key, "letter") == 0)
    return _("Letter");
  if (g_strcmp0 (key, "phone") == 0)
    return _("Telephone");
  if (g_strcmp0 (key, "meeting") == 0)
    return _("Meeting");
  if (g_strcmp0 (key, "digital") == 0)
    return _("Digital message");
  return key;
}

const char *
ls_application_applicant_display_name (const char *key)
{
  if (g_strcmp0 (key, "person") == 0)
    return _("The person");
  if (g_strcmp0 (key, "representative") == 0)
    return _("A representative");
  if (g_strcmp0 (key, "referral") == 0)
    return _("A referral from another service");
  return key;
}

gboolean
ls_parse_date (const char *text,
               GDate      *date)
{
  guint a = 0, b = 0, c = 0;
  char sep1 = 0, sep2 = 0;
  int n = 0;
  g_autofree char *s = g_strstrip (g_strdup (text ? text : ""));

  g_return_val_if_fail (date != NULL, FALSE);

  if (sscanf (s, "%u%c%u%c%u%n", &a, &sep1, &b, &sep2, &c, &n) != 5 || (size_t) n != strlen (s))
    return FALSE;
  if (sep1 == '-' && sep2 == '-' && a > 999)
    {
      guint t = a;

      a = c;
      c = t;
    }
  else if (!(sep1 == '.' && sep2 == '.') || c < 1000)
    return FALSE;
  if (c > 9999 || !g_date_valid_dmy (a, b, c))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, a, b, c);
  return TRUE;
}

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;
  for (; *text; text++)
    if (!g_ascii_isspace (*text))
      return FALSE;
  return TRUE;
}

static void
check_id (const LsPersonFormValues *values,
          LsPersonFormState        *state)
{
  g_autoptr(GError) error = NULL;
  LsNationalIdKind kind;

  if (is_blank (values->national_id))
    {
      state->id_message = g_strdup (_("Optional: 11 digits, fødselsnummer or D-number"));
      return;
    }
  if (!ls_national_id_validate (values->national_id, &kind, &state->birth_from_id, &error))
    {
      state->id_message = g_strdup (error->message);
      state->id_error = TRUE;
      return;
    }
  state->id_valid = TRUE;
  /* Translators: the kind of a valid id number, e.g. "Valid D-number". */
  state->id_message = g_strdup_printf (_("Valid: %s"), ls_national_id_kind_display_name (kind));
}

static void
check_birth (const LsPersonFormValues *values,
             const GDate              *today,
             LsPersonFormState        *state)
{
  GDate birth;

  if (is_blank (values->birth_date))
    {
      state->birth_message = g_strdup (_("Day.month.year, for example 14.03.1999"));
      return;
    }
  state->birth_error = TRUE;
  if (!ls_parse_date (values->birth_date, &birth))
    state->birth_message = g_strdup (_("Write the date as day.month.year, for example 14.03.1999"));
  else if (today != NULL && g_date_compare (&birth, today) > 0)
    state->birth_message = g_strdup (_("The birth date is in the future"));
  else if (state->id_valid && g_date_compare (&birth, &state->birth_from_id) != 0)
    state->birth_message = g_strdup (_("The birth date does not match the id number"));
  else
    state->birth_error = FALSE;
}

void
ls_person_form_check (const LsPersonFormValues *values,
                      const GDate              *today,
                      LsPersonFormState        *state)
{
  g_return_if_fail (values != NULL && state != NULL);

  memset (state, 0, sizeof *state);
  g_date_clear (&state->birth_from_id, 1);
  if (is_blank (values->given_name) || is_blank (values->family_name))
    state->name_message = g_strdup (_("Write the given name and the family name"));
  check_id (values, state);
  check_birth (values, today, state);
  if (!is_blank (values->email) && strchr (values->email, '@') == NULL)
    state->email_message = g_strdup (_("An email address has an @ in it"));
  state->can_save = state->name_message == NULL && !state->id_error && !state->birth_error
                    && state->email_message == NULL;
}

void
ls_person_form_state_clear (LsPersonFormState *state)
{
  g_clear_pointer (&state->name_message, g_free);
  g_clear_pointer (&state->id_message, g_free);
  g_clear_pointer (&state->birth_message, g_free);
  g_clear_pointer (&state->email_message, g_free);
}
