/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-letterhead"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ls-letterhead.h"
#include "ls-private-file.h"

#define GROUP "letterhead"

struct _LsLetterhead
{
  GObject parent_instance;

  char  *fields[LS_LETTERHEAD_N_FIELDS];
  guint  appeal_weeks;
};

G_DEFINE_FINAL_TYPE (LsLetterhead, ls_letterhead, G_TYPE_OBJECT)

/* Property ids are field + 1; the appeal weeks come after the fields. */
enum {
  PROP_0,
  PROP_APPEAL_WEEKS = LS_LETTERHEAD_N_FIELDS + 1,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Key, default. The defaults are invented: a fresh installation prints
 * plausible letters, and nothing in them belongs to a real municipality. */
static const struct
{
  const char *key;
  const char *fallback;
} fields[LS_LETTERHEAD_N_FIELDS] = {
  [LS_LETTERHEAD_MUNICIPALITY] = { "municipality", "Eksempel kommune" },
  [LS_LETTERHEAD_UNIT] = { "unit", "Tildelingskontoret for helse- og omsorgstjenester" },
  [LS_LETTERHEAD_ADDRESS] = { "address", "Postboks 100" },
  [LS_LETTERHEAD_POSTAL_ADDRESS] = { "postal-address", "1234 Eksempelby" },
  [LS_LETTERHEAD_PHONE] = { "phone", "12 34 56 78" },
  [LS_LETTERHEAD_EMAIL] = { "email", "tildeling@eksempel.example" },
  [LS_LETTERHEAD_WEBSITE] = { "website", "" },
  [LS_LETTERHEAD_LOGO_PATH] = { "logo-path", "" },
  /* "" = the body in the legal texts, in the letter's language. */
  [LS_LETTERHEAD_APPEAL_BODY] = { "appeal-body", "" },
  [LS_LETTERHEAD_CONTACT_NAME] = { "contact-name", "Kari Nordmann" },
  [LS_LETTERHEAD_CONTACT_PHONE] = { "contact-phone", "" },
  [LS_LETTERHEAD_CONTACT_EMAIL] = { "contact-email", "" },
  [LS_LETTERHEAD_SIGNATURE_NAME] = { "signature-name", "Ola Nordmann" },
  [LS_LETTERHEAD_SIGNATURE_TITLE] = { "signature-title", "Leder, tildelingskontoret" },
};

#define DEFAULT_APPEAL_WEEKS 4

const char *
ls_letterhead_field_key (LsLetterheadField field)
{
  g_return_val_if_fail (field < LS_LETTERHEAD_N_FIELDS, NULL);
  return fields[field].key;
}

static void
ls_letterhead_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  LsLetterhead *self = LS_LETTERHEAD (object);

  if (prop_id >= 1 && prop_id <= LS_LETTERHEAD_N_FIELDS)
    g_value_set_string (value, self->fields[prop_id - 1]);
  else if (prop_id == PROP_APPEAL_WEEKS)
    g_value_set_uint (value, self->appeal_weeks);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ls_letterhead_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  LsLetterhead *self = LS_LETTERHEAD (object);

  if (prop_id >= 1 && prop_id <= LS_LETTERHEAD_N_FIELDS)
    ls_letterhead_set (self, prop_id - 1, g_value_get_string (value));
  else if (prop_id == PROP_APPEAL_WEEKS)
    ls_letterhead_set_appeal_weeks (self, g_value_get_uint (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ls_letterhead_finalize (GObject *object)
{
  LsLetterhead *self = LS_LETTERHEAD (object);

  for (guint i = 0; i < LS_LETTERHEAD_N_FIELDS; i++)
    g_free (self->fields[i]);
  G_OBJECT_CLASS (ls_letterhead_parent_class)->finalize (object);
}

static void
ls_letterhead_class_init (LsLetterheadClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = ls_letterhead_get_property;
  object_class->set_property = ls_letterhead_set_property;
  object_class->finalize = ls_letterhead_finalize;

  for (guint i = 0; i < LS_LETTERHEAD_N_FIELDS; i++)
    properties[i + 1] = g_param_spec_string (fields[i].key, NULL, NULL, fields[i].fallback,
                                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                             G_PARAM_STATIC_STRINGS);
  properties[PROP_APPEAL_WEEKS] =
    g_param_spec_uint ("appeal-weeks", NULL, NULL, 0, 52, DEFAULT_APPEAL_WEEKS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ls_letterhead_init (LsLetterhead *self)
{
  for (guint i = 0; i < LS_LETTERHEAD_N_FIELDS; i++)
    self->fields[i] = g_strdup (fields[i].fallback);
  self->appeal_weeks = DEFAULT_APPEAL_WEEKS;
}

LsLetterhead *
ls_letterhead_new (void)
{
  return g_object_new (LS_TYPE_LETTERHEAD, NULL);
}

const char *
ls_letterhead_get (LsLetterhead      *self,
                   LsLetterheadField  field)
{
  g_return_val_if_fail (LS_IS_LETTERHEAD (self), NULL);
  g_return_val_if_fail (field < LS_LETTERHEAD_N_FIELDS, NULL);
  return self->fields[field];
}

void
ls_letterhead_set (LsLetterhead      *self,
                   LsLetterheadField  field,
                   const char        *value)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (LS_IS_LETTERHEAD (self));
  g_return_if_fail (field < LS_LETTERHEAD_N_FIELDS);

  stripped = g_strstrip (g_strdup (value != NULL ? value : ""));
  if (g_strcmp0 (self->fields[field], stripped) == 0)
    return;
  g_free (self->fields[field]);
  self->fields[field] = g_steal_pointer (&stripped);
  g_object_notify_by_pspec (G_OBJECT (self), properties[field + 1]);
}

guint
ls_letterhead_get_appeal_weeks (LsLetterhead *self)
{
  g_return_val_if_fail (LS_IS_LETTERHEAD (self), 0);
  return self->appeal_weeks;
}

void
ls_letterhead_set_appeal_weeks (LsLetterhead *self,
                                guint         weeks)
{
  g_return_if_fail (LS_IS_LETTERHEAD (self));
  weeks = MIN (weeks, 52);
  if (self->appeal_weeks == weeks)
    return;
  self->appeal_weeks = weeks;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPEAL_WEEKS]);
}

char *
ls_letterhead_default_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "livsskisse", "letterhead.ini", NULL);
}

gboolean
ls_letterhead_load (LsLetterhead  *self,
                    const char    *path,
                    GError       **error)
{
  g_autofree char *default_path = NULL;
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (LS_IS_LETTERHEAD (self), FALSE);

  if (path == NULL)
    path = default_path = ls_letterhead_default_path ();
  if (!g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &local_error))
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not read the letterhead settings “%s”: %s"), path, local_error->message);
      return FALSE;
    }

  g_object_freeze_notify (G_OBJECT (self));
  for (guint i = 0; i < LS_LETTERHEAD_N_FIELDS; i++)
    {
      g_autofree char *value = g_key_file_get_string (key_file, GROUP, fields[i].key, NULL);

      if (value != NULL)
        ls_letterhead_set (self, i, value);
    }
  if (g_key_file_has_key (key_file, GROUP, "appeal-weeks", NULL))
    ls_letterhead_set_appeal_weeks (self, (guint) MAX (0, g_key_file_get_integer (key_file, GROUP,
                                                                                  "appeal-weeks", NULL)));
  g_object_thaw_notify (G_OBJECT (self));
  return TRUE;
}

gboolean
ls_letterhead_save (LsLetterhead  *self,
                    const char    *path,
                    GError       **error)
{
  g_autofree char *default_path = NULL;
  g_autofree char *folder = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autoptr(LsPrivateFile) file = NULL;
  gsize length = 0;

  g_return_val_if_fail (LS_IS_LETTERHEAD (self), FALSE);

  if (path == NULL)
    path = default_path = ls_letterhead_default_path ();

  g_key_file_set_comment (key_file, NULL, NULL,
                          " The municipality's letterhead for Livsskisse letters.", NULL);
  for (guint i = 0; i < LS_LETTERHEAD_N_FIELDS; i++)
    g_key_file_set_string (key_file, GROUP, fields[i].key, self->fields[i]);
  g_key_file_set_integer (key_file, GROUP, "appeal-weeks", (int) self->appeal_weeks);
  data = g_key_file_to_data (key_file, &length, NULL);

  folder = g_path_get_dirname (path);
  if (g_mkdir_with_parents (folder, 0700) != 0)
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED,
                   _("Could not save the letterhead settings “%s”: %s"), path, g_strerror (errno));
      return FALSE;
    }
  file = ls_private_file_begin (path, LS_PRIVATE_FILE_DEFAULT, error);
  return file != NULL
         && ls_private_file_write (file, data, length, error)
         && ls_private_file_commit (file, error);
}

GStrv
ls_letterhead_dup_lines (LsLetterhead *self)
{
  static const LsLetterheadField order[] = {
    LS_LETTERHEAD_MUNICIPALITY, LS_LETTERHEAD_UNIT, LS_LETTERHEAD_ADDRESS,
    LS_LETTERHEAD_POSTAL_ADDRESS, LS_LETTERHEAD_PHONE, LS_LETTERHEAD_EMAIL,
    LS_LETTERHEAD_WEBSITE,
  };
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (LS_IS_LETTERHEAD (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    if (self->fields[order[i]][0] != '\0')
      g_strv_builder_add (builder, self->fields[order[i]]);
  return g_strv_builder_end (builder);
}
