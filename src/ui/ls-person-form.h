/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The new-person and application forms as pure "values -> state"
 * functions, tested without widgets. */

typedef struct
{
  const char *given_name;
  const char *family_name;
  const char *national_id;
  const char *birth_date;   /* as typed: dd.mm.yyyy (or yyyy-mm-dd) */
  const char *email;
} LsPersonFormValues;

typedef struct
{
  gboolean  can_save;
  char     *name_message;    /* NULL when fine */
  char     *id_message;      /* what is wrong with the number, or what kind it is */
  gboolean  id_valid;        /* a complete, valid number */
  gboolean  id_error;        /* id_message explains a mistake */
  char     *birth_message;
  gboolean  birth_error;
  GDate     birth_from_id;   /* valid when id_valid */
  char     *email_message;
} LsPersonFormState;

void      ls_person_form_check      (const LsPersonFormValues *values,
                                     const GDate              *today,
                                     LsPersonFormState        *state);
void      ls_person_form_state_clear (LsPersonFormState       *state);

/* "14.03.1999", "14.3.1999" or "1999-03-14"; FALSE for anything else or
 * a date that does not exist. */
gboolean  ls_parse_date              (const char              *text,
                                      GDate                   *date);

/* Keys stored in a case, and their names for display. */
extern const char * const ls_application_channels[];   /* NULL-terminated */
extern const char * const ls_application_applicants[]; /* NULL-terminated */
const char *ls_application_channel_display_name   (const char *key);
const char *ls_application_applicant_display_name (const char *key);

G_END_DECLS
