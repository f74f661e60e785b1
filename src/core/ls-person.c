/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The person the case is about: identity, contact, representative,
 * communication preferences and consents. A plain value object; the store
 * loads and saves it. */
#define G_LOG_DOMAIN "ls-person"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-value.h"
#include "ls-person.h"

struct _LsPerson
{
  GObject parent_instance;
  gint64 id;
  char *given_name;
  char *family_name;
  GDate *birth_date;
  char *national_id;
  char *phone;
  char *email;
  char *address;
  char *representative_name;
  char *representative_relation;
  gboolean plain_language;
  gboolean pictograms;
  char *interpreter_language;
  gboolean consent_share;
  gboolean consent_plan;
  char *written_language;
};

G_DEFINE_FINAL_TYPE (LsPerson, ls_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_GIVEN_NAME,
  PROP_FAMILY_NAME,
  PROP_BIRTH_DATE,
  PROP_NATIONAL_ID,
  PROP_PHONE,
  PROP_EMAIL,
  PROP_ADDRESS,
  PROP_REPRESENTATIVE_NAME,
  PROP_REPRESENTATIVE_RELATION,
  PROP_PLAIN_LANGUAGE,
  PROP_PICTOGRAMS,
  PROP_INTERPRETER_LANGUAGE,
  PROP_CONSENT_SHARE,
  PROP_CONSENT_PLAN,
  PROP_WRITTEN_LANGUAGE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ls_person_finalize (GObject *object)
{
  LsPerson *self = (LsPerson *) object;

  g_free (self->given_name);
  g_free (self->family_name);
  g_clear_pointer (&self->birth_date, g_date_free);
  g_free (self->national_id);
  g_free (self->phone);
  g_free (self->email);
  g_free (self->address);
  g_free (self->representative_name);
  g_free (self->representative_relation);
  g_free (self->interpreter_language);
  g_free (self->written_language);
  G_OBJECT_CLASS (ls_person_parent_class)->finalize (object);
}

static void
ls_person_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  LsPerson *self = (LsPerson *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_GIVEN_NAME:
      g_value_set_string (value, self->given_name);
      break;
    case PROP_FAMILY_NAME:
      g_value_set_string (value, self->family_name);
      break;
    case PROP_BIRTH_DATE:
      g_value_set_boxed (value, self->birth_date);
      break;
    case PROP_NATIONAL_ID:
      g_value_set_string (value, self->national_id);
      break;
    case PROP_PHONE:
      g_value_set_string (value, self->phone);
      break;
    case PROP_EMAIL:
      g_value_set_string (value, self->email);
      break;
    case PROP_ADDRESS:
      g_value_set_string (value, self->address);
      break;
    case PROP_REPRESENTATIVE_NAME:
      g_value_set_string (value, self->representative_name);
      break;
    case PROP_REPRESENTATIVE_RELATION:
      g_value_set_string (value, self->representative_relation);
      break;
    case PROP_PLAIN_LANGUAGE:
      g_value_set_boolean (value, self->plain_language);
      break;
    case PROP_PICTOGRAMS:
      g_value_set_boolean (value, self->pictograms);
      break;
    case PROP_INTERPRETER_LANGUAGE:
      g_value_set_string (value, self->interpreter_language);
      break;
    case PROP_CONSENT_SHARE:
      g_value_set_boolean (value, self->consent_share);
      break;
    case PROP_CONSENT_PLAN:
      g_value_set_boolean (value, self->consent_plan);
      break;
    case PROP_WRITTEN_LANGUAGE:
      g_value_set_string (value, self->written_language);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_person_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  LsPerson *self = (LsPerson *) object;

  switch (prop_id)
    {
    case PROP_ID:
      ls_person_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_GIVEN_NAME:
      ls_person_set_given_name (self, g_value_get_string (value));
      break;
    case PROP_FAMILY_NAME:
      ls_person_set_family_name (self, g_value_get_string (value));
      break;
    case PROP_BIRTH_DATE:
      ls_person_set_birth_date (self, g_value_get_boxed (value));
      break;
    case PROP_NATIONAL_ID:
      ls_person_set_national_id (self, g_value_get_string (value));
      break;
    case PROP_PHONE:
      ls_person_set_phone (self, g_value_get_string (value));
      break;
    case PROP_EMAIL:
      ls_person_set_email (self, g_value_get_string (value));
      break;
    case PROP_ADDRESS:
      ls_person_set_address (self, g_value_get_string (value));
      break;
    case PROP_REPRESENTATIVE_NAME:
      ls_person_set_representative_name (self, g_value_get_string (value));
      break;
    case PROP_REPRESENTATIVE_RELATION:
      ls_person_set_representative_relation (self, g_value_get_string (value));
      break;
    case PROP_PLAIN_LANGUAGE:
      ls_person_set_plain_language (self, g_value_get_boolean (value));
      break;
    case PROP_PICTOGRAMS:
      ls_person_set_pictograms (self, g_value_get_boolean (value));
      break;
    case PROP_INTERPRETER_LANGUAGE:
      ls_person_set_interpreter_language (self, g_value_get_string (value));
      break;
    case PROP_CONSENT_SHARE:
      ls_person_set_consent_share (self, g_value_get_boolean (value));
      break;
    case PROP_CONSENT_PLAN:
      ls_person_set_consent_plan (self, g_value_get_boolean (value));
      break;
    case PROP_WRITTEN_LANGUAGE:
      ls_person_set_written_language (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_person_class_init (LsPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ls_person_finalize;
  object_class->get_property = ls_person_get_property;
  object_class->set_property = ls_person_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GIVEN_NAME] =
    g_param_spec_string ("given-name", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FAMILY_NAME] =
    g_param_spec_string ("family-name", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BIRTH_DATE] =
    g_param_spec_boxed ("birth-date", NULL, NULL, G_TYPE_DATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NATIONAL_ID] =
    g_param_spec_string ("national-id", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PHONE] =
    g_param_spec_string ("phone", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EMAIL] =
    g_param_spec_string ("email", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ADDRESS] =
    g_param_spec_string ("address", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REPRESENTATIVE_NAME] =
    g_param_spec_string ("representative-name", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REPRESENTATIVE_RELATION] =
    g_param_spec_string ("representative-relation", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAIN_LANGUAGE] =
    g_param_spec_boolean ("plain-language", NULL, NULL, FALSE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PICTOGRAMS] =
    g_param_spec_boolean ("pictograms", NULL, NULL, FALSE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_INTERPRETER_LANGUAGE] =
    g_param_spec_string ("interpreter-language", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONSENT_SHARE] =
    g_param_spec_boolean ("consent-share", NULL, NULL, FALSE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONSENT_PLAN] =
    g_param_spec_boolean ("consent-plan", NULL, NULL, FALSE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WRITTEN_LANGUAGE] =
    g_param_spec_string ("written-language", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ls_person_init (LsPerson *self)
{
  self->written_language = g_strdup ("nb");
}

LsPerson *
ls_person_new (void)
{
  return g_object_new (LS_TYPE_PERSON, NULL);
}

gint64
ls_person_get_id (LsPerson *self)
{
  g_return_val_if_fail (LS_IS_PERSON (self), 0);
  return self->id;
}

void
ls_person_set_id (LsPerson *self,
                  gint64 id)
{
  g_return_if_fail (LS_IS_PERSON (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

const char *
ls_person_get_given_name (LsPerson *self)
{
  g_return_val_if_fail (LS_IS_PERSON (self), NULL);
  return self->given_name;
}

void
ls_person_set_given_name (LsPerson *self,
                          const char *given_name)
{
  g_return_if_fail (LS_IS_PERSON (self));

  if (ls_str_set (&self->given_name, given_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GIVEN_NAME]);
}

const char *
ls_person_get_family_name (LsPerson *self)
{
  g_return_val_if_fail (LS_IS_PERSON (self), NULL);
  return self->family_name;
}

void
ls_person_set_family_name (LsPerson *self,
                           const char *family_name)
{
  g_return_if_fail (LS_IS_PERSON (self));

  if (ls_str_set (&self->family_name, family_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FAMILY_NAME]);
}

const GDate *
ls_person_get_birth_date (LsPerson *self)
{
  g_return_val_if_fail (LS_IS_PERSON (self), NULL);
  return self->birth_date;
}

void
ls_person_set_birth_date (LsPerson *self,
                          const GDate *birth_date)
{
  g_return_if_fail (LS_IS_PERSON (self));

  if (!ls_date_set (&self->birth_date, birth_date))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BIRTH_DATE]);
}

const char *
ls_person_get_national_id (LsPerson *self)
{
  g_return_val_if_fail (LS_IS_PERSON (self), NULL);
  return self->national_id;
}

void
ls_person_set_national_id (LsPerson *self,
                           const char *national_id)
{
  g_return_if_fail (LS_IS_PERSON (self));

  if (ls_str_set (&self->national_id, national_id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NATIONAL_ID]);
}

const char *
ls_person_get_phone (LsPerson *self)
{
  g_return_val_if_fail (LS_IS_PERSON (self), NULL);
  return self->phone;
}

void
ls_person_set_phone (LsPerson *self,
                     const char *phone)
{
  g_return_if_fail (LS_IS_PERSON (self));

  if (ls_str_set (&self->phone, phone))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PHONE]);
}

const char *
ls_person_get_email (LsPerson *self)
{
  g_return_val_if_fail (LS_IS_PERSON (self), NULL);
  return self->email;
}

void
ls_person_set_email (LsPerson *self,
                     const char *email)
{
  g_return_if_fail (LS_IS_PERSON (self));

  if (ls_str_set (&self->email, email))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMAIL]);
}

const char *
ls_person_get_address (LsPerson *self)
{
  g_return_val_if_fail (LS_IS_PERSON (self), NULL);
  return self->address;
}

void
ls_person_set_address (LsPerson *self,
                       const char *address)
{
  g_return_if_fail (LS_IS_PERSON (self));

  if (ls_str_set (&self->address, address))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESS]);
}

const char *
ls_person_get_representative_name (LsPerson *self)
{
  g_return_val_if_fail (LS_IS_PERSON (self), NULL);
  return self->representative_name;
}

void
ls_person_set_representative_name (LsPerson *self,
                                   const char *representative_name)
{
  g_return_if_fail (LS_IS_PERSON (self));

  if (ls_str_set (&self->representative_name, representative_name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPRESENTATIVE_NAME]);
}

const char *
ls_person_get_representative_relation (LsPerson *self)
{
  g_return_val_if_fail (LS_IS_PERSON (self), NULL);
  return self->representative_relation;
}

void
ls_person_set_representative_relation (LsPerson *self,
                                       const char *representative_relation)
{
  g_return_if_fail (LS_IS_PERSON (self));

  if (ls_str_set (&self->representative_relation, representative_relation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REPRESENTATIVE_RELATION]);
}

gboolean
ls_person_get_plain_language (LsPerson *self)
{
  g_return_val_if_fail (LS_IS_PERSON (self), FALSE);
  return self->plain_language;
}

void
ls_person_set_plain_language (LsPerson *self,
                              gboolean plain_language)
{
  g_return_if_fail (LS_IS_PERSON (self));

  plain_language = !!plain_language;
  if (self->plain_language == plain_language)
    return;
  self->plain_language = plain_language;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAIN_LANGUAGE]);
}

gboolean
ls_person_get_pictograms (LsPerson *self)
{
  g_return_val_if_fail (LS_IS_PERSON (self), FALSE);
  return self->pictograms;
}

void
ls_person_set_pictograms (LsPerson *self,
                          gboolean pictograms)
{
  g_return_if_fail (LS_IS_PERSON (self));

  pictograms = !!pictograms;
  if (self->pictograms == pictograms)
    return;
  self->pictograms = pictograms;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PICTOGRAMS]);
}

const char *
ls_person_get_interpreter_language (LsPerson *self)
{
  g_return_val_if_fail (LS_IS_PERSON (self), NULL);
  return self->interpreter_language;
}

void
ls_person_set_interpreter_language (LsPerson *self,
                                    const char *interpreter_language)
{
  g_return_if_fail (LS_IS_PERSON (self));

  if (ls_str_set (&self->interpreter_language, interpreter_language))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_INTERPRETER_LANGUAGE]);
}

gboolean
ls_person_get_consent_share (LsPerson *self)
{
  g_return_val_if_fail (LS_IS_PERSON (self), FALSE);
  return self->consent_share;
}

void
ls_person_set_consent_share (LsPerson *self,
                             gboolean consent_share)
{
  g_return_if_fail (LS_IS_PERSON (self));

  consent_share = !!consent_share;
  if (self->consent_share == consent_share)
    return;
  self->consent_share = consent_share;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_SHARE]);
}

gboolean
ls_person_get_consent_plan (LsPerson *self)
{
  g_return_val_if_fail (LS_IS_PERSON (self), FALSE);
  return self->consent_plan;
}

void
ls_person_set_consent_plan (LsPerson *self,
                            gboolean consent_plan)
{
  g_return_if_fail (LS_IS_PERSON (self));

  consent_plan = !!consent_plan;
  if (self->consent_plan == consent_plan)
    return;
  self->consent_plan = consent_plan;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_PLAN]);
}

const char *
ls_person_get_written_language (LsPerson *self)
{
  g_return_val_if_fail (LS_IS_PERSON (self), NULL);
  return self->written_language;
}

void
ls_person_set_written_language (LsPerson *self,
                                const char *written_language)
{
  g_return_if_fail (LS_IS_PERSON (self));

  if (ls_str_set (&self->written_language, written_language))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WRITTEN_LANGUAGE]);
}

char *
ls_person_dup_display_name (LsPerson *self)
{
  g_return_val_if_fail (LS_IS_PERSON (self), NULL);

  if (self->given_name == NULL || *self->given_name == '\0')
    return g_strdup (self->family_name ? self->family_name : "");
  if (self->family_name == NULL || *self->family_name == '\0')
    return g_strdup (self->given_name);
  return g_strconcat (self->given_name, " ", self->family_name, NULL);
}

char *
ls_person_dup_list_name (LsPerson *self)
{
  const char *given, *family;

  g_return_val_if_fail (LS_IS_PERSON (self), NULL);

  given = self->given_name;
  family = self->family_name;

  if (family == NULL || *family == '\0')
    return g_strdup (given ? given : "");
  if (given == NULL || *given == '\0')
    return g_strdup (family);
  /* Translators: a person in the caseload list, family name first. */
  return g_strdup_printf (_("%s, %s"), family, given);
}

char *
ls_person_dup_age_and_birth (LsPerson    *self,
                             const GDate *today)
{
  const GDate *birth;
  int age;

  g_return_val_if_fail (LS_IS_PERSON (self), NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  birth = self->birth_date;
  if (birth == NULL || !g_date_valid (birth))
    return g_strdup (_("Birth date not recorded"));
  age = g_date_get_year (today) - g_date_get_year (birth);
  if (g_date_get_month (today) < g_date_get_month (birth)
      || (g_date_get_month (today) == g_date_get_month (birth)
          && g_date_get_day (today) < g_date_get_day (birth)))
    age--;
  /* Translators: age in years and the birth date (day.month.year). */
  return g_strdup_printf (ngettext ("%d year, born %02u.%02u.%04u", "%d years, born %02u.%02u.%04u", MAX (age, 0)),
                          age, g_date_get_day (birth), g_date_get_month (birth), g_date_get_year (birth));
}
