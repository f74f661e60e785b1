/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-letterhead"

#include <errno.h>
#include <string.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "ls-legal-texts.h"
#include "ls-letterhead.h"
#include "ls-private-file.h"

#define GROUP "letterhead"
#define STAFF_GROUP "staff "

struct _LsLetterhead
{
  GObject parent_instance;

  char       *fields[LS_LETTERHEAD_N_FIELDS];
  char       *fields_nn[LS_LETTERHEAD_N_FIELDS];  /* "" = none; NULL = no nynorsk text */
  guint       appeal_weeks;
  GHashTable *staff;  /* user -> GStrv { name, title, title in nynorsk } */
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
  const char *fallback_nn;  /* non-NULL for a field with a nynorsk text */
} fields[LS_LETTERHEAD_N_FIELDS] = {
  [LS_LETTERHEAD_MUNICIPALITY] = { "municipality", "Eksempel kommune", "Eksempel kommune" },
  [LS_LETTERHEAD_UNIT] = { "unit", "Tildelingskontoret for helse- og omsorgstjenester",
                           "Tildelingskontoret for helse- og omsorgstenester" },
  [LS_LETTERHEAD_ADDRESS] = { "address", "Postboks 100" },
  [LS_LETTERHEAD_POSTAL_ADDRESS] = { "postal-address", "1234 Eksempelby" },
  [LS_LETTERHEAD_PHONE] = { "phone", "12 34 56 78" },
  [LS_LETTERHEAD_EMAIL] = { "email", "tildeling@eksempel.example" },
  [LS_LETTERHEAD_WEBSITE] = { "website", "" },
  [LS_LETTERHEAD_LOGO_PATH] = { "logo-path", "" },
  /* "" = the body in the legal texts, in the letter's language. */
  [LS_LETTERHEAD_APPEAL_BODY] = { "appeal-body", "", "" },
  [LS_LETTERHEAD_CONTACT_NAME] = { "contact-name", "Kari Nordmann" },
  [LS_LETTERHEAD_CONTACT_PHONE] = { "contact-phone", "" },
  [LS_LETTERHEAD_CONTACT_EMAIL] = { "contact-email", "" },
  [LS_LETTERHEAD_SIGNATURE_NAME] = { "signature-name", "Ola Nordmann" },
  [LS_LETTERHEAD_SIGNATURE_TITLE] = { "signature-title", "Leder, tildelingskontoret", "Leiar, tildelingskontoret" },
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
    {
      g_free (self->fields[i]);
      g_free (self->fields_nn[i]);
    }
  g_clear_pointer (&self->staff, g_hash_table_unref);
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
    {
      self->fields[i] = g_strdup (fields[i].fallback);
      self->fields_nn[i] = fields[i].fallback_nn != NULL ? g_strdup ("") : NULL;
    }
  self->appeal_weeks = DEFAULT_APPEAL_WEEKS;
  self->staff = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
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

gboolean
ls_letterhead_field_has_nynorsk (LsLetterheadField field)
{
  g_return_val_if_fail (field < LS_LETTERHEAD_N_FIELDS, FALSE);
  return fields[field].fallback_nn != NULL;
}

const char *
ls_letterhead_get_nynorsk (LsLetterhead      *self,
                           LsLetterheadField  field)
{
  g_return_val_if_fail (LS_IS_LETTERHEAD (self), NULL);
  g_return_val_if_fail (field < LS_LETTERHEAD_N_FIELDS, NULL);
  return self->fields_nn[field] != NULL ? self->fields_nn[field] : "";
}

void
ls_letterhead_set_nynorsk (LsLetterhead      *self,
                           LsLetterheadField  field,
                           const char        *value)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (LS_IS_LETTERHEAD (self));
  g_return_if_fail (ls_letterhead_field_has_nynorsk (field));

  stripped = g_strstrip (g_strdup (value != NULL ? value : ""));
  if (g_strcmp0 (self->fields_nn[field], stripped) == 0)
    return;
  g_free (self->fields_nn[field]);
  self->fields_nn[field] = g_steal_pointer (&stripped);
  /* The field's one property stands for both of its texts. */
  g_object_notify_by_pspec (G_OBJECT (self), properties[field + 1]);
}

const char *
ls_letterhead_get_in (LsLetterhead      *self,
                      LsLetterheadField  field,
                      const char        *language)
{
  g_return_val_if_fail (LS_IS_LETTERHEAD (self), NULL);
  g_return_val_if_fail (field < LS_LETTERHEAD_N_FIELDS, NULL);

  if (!ls_letterhead_field_has_nynorsk (field) ||
      !g_str_equal (ls_legal_texts_normalize_language (language), "nn"))
    return self->fields[field];
  if (self->fields_nn[field][0] != '\0')
    return self->fields_nn[field];
  /* Only the invented bokmål default has an invented nynorsk twin; a
   * municipality's own bokmål text is better than that. */
  if (g_str_equal (self->fields[field], fields[field].fallback))
    return fields[field].fallback_nn;
  return self->fields[field];
}

void
ls_letterhead_set_staff (LsLetterhead *self,
                         const char   *user,
                         const char   *name,
                         const char   *title,
                         const char   *title_nn)
{
  GStrv entry;

  g_return_if_fail (LS_IS_LETTERHEAD (self));
  g_return_if_fail (user != NULL && user[0] != '\0');

  if (name == NULL || name[0] == '\0')
    {
      g_hash_table_remove (self->staff, user);
      return;
    }
  entry = g_new0 (char *, 4);
  entry[0] = g_strstrip (g_strdup (name));
  entry[1] = g_strstrip (g_strdup (title != NULL ? title : ""));
  entry[2] = g_strstrip (g_strdup (title_nn != NULL ? title_nn : ""));
  g_hash_table_replace (self->staff, g_strdup (user), entry);
}

gboolean
ls_letterhead_lookup_staff (LsLetterhead  *self,
                            const char    *user,
                            const char    *language,
                            const char   **name,
                            const char   **title)
{
  GStrv entry;

  g_return_val_if_fail (LS_IS_LETTERHEAD (self), FALSE);

  entry = user != NULL ? g_hash_table_lookup (self->staff, user) : NULL;
  if (entry == NULL)
    return FALSE;
  if (name != NULL)
    *name = entry[0];
  if (title != NULL)
    *title = g_str_equal (ls_legal_texts_normalize_language (language), "nn") && entry[2][0] != '\0'
             ? entry[2] : entry[1];
  return TRUE;
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

/* One group per person on the staff list: [staff kari] with name=,
 * title= and title[nn]=. */
static void
load_staff (LsLetterhead *self,
            GKeyFile     *key_file)
{
  g_auto(GStrv) groups = g_key_file_get_groups (key_file, NULL);

  for (guint i = 0; groups[i] != NULL; i++)
    {
      const char *user = groups[i] + strlen (STAFF_GROUP);
      g_autofree char *name = NULL;
      g_autofree char *title = NULL;
      g_autofree char *title_nn = NULL;

      if (!g_str_has_prefix (groups[i], STAFF_GROUP) || user[0] == '\0')
        continue;
      name = g_key_file_get_string (key_file, groups[i], "name", NULL);
      title = g_key_file_get_string (key_file, groups[i], "title", NULL);
      title_nn = g_key_file_get_string (key_file, groups[i], "title[nn]", NULL);
      if (name != NULL)
        ls_letterhead_set_staff (self, user, name, title, title_nn);
    }
}

static void
save_staff (LsLetterhead *self,
            GKeyFile     *key_file)
{
  g_autoptr(GList) users = g_list_sort (g_hash_table_get_keys (self->staff), (GCompareFunc) g_strcmp0);

  for (GList *l = users; l != NULL; l = l->next)
    {
      GStrv entry = g_hash_table_lookup (self->staff, l->data);
      g_autofree char *group = g_strconcat (STAFF_GROUP, l->data, NULL);

      g_key_file_set_string (key_file, group, "name", entry[0]);
      g_key_file_set_string (key_file, group, "title", entry[1]);
      if (entry[2][0] != '\0')
        g_key_file_set_locale_string (key_file, group, "title", "nn", entry[2]);
    }
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
  /* KEEP_TRANSLATIONS: the nynorsk texts are "key[nn]". */
  if (!g_key_file_load_from_file (key_file, path, G_KEY_FILE_KEEP_TRANSLATIONS, &local_error))
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
      if (ls_letterhead_field_has_nynorsk (i))
        {
          g_autofree char *key_nn = g_strconcat (fields[i].key, "[nn]", NULL);
          g_autofree char *value_nn = g_key_file_get_string (key_file, GROUP, key_nn, NULL);

          if (value_nn != NULL)
            ls_letterhead_set_nynorsk (self, i, value_nn);
        }
    }
  load_staff (self, key_file);
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
    {
      g_key_file_set_string (key_file, GROUP, fields[i].key, self->fields[i]);
      if (ls_letterhead_field_has_nynorsk (i))
        g_key_file_set_locale_string (key_file, GROUP, fields[i].key, "nn", self->fields_nn[i]);
    }
  g_key_file_set_integer (key_file, GROUP, "appeal-weeks", (int) self->appeal_weeks);
  save_staff (self, key_file);
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
ls_letterhead_dup_lines (LsLetterhead *self,
                         const char   *language)
{
  static const LsLetterheadField order[] = {
    LS_LETTERHEAD_MUNICIPALITY, LS_LETTERHEAD_UNIT, LS_LETTERHEAD_ADDRESS,
    LS_LETTERHEAD_POSTAL_ADDRESS, LS_LETTERHEAD_PHONE, LS_LETTERHEAD_EMAIL,
    LS_LETTERHEAD_WEBSITE,
  };
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_val_if_fail (LS_IS_LETTERHEAD (self), NULL);

  for (guint i = 0; i < G_N_ELEMENTS (order); i++)
    {
      const char *line = ls_letterhead_get_in (self, order[i], language);

      if (line[0] != '\0')
        g_strv_builder_add (builder, line);
    }
  return g_strv_builder_end (builder);
}
