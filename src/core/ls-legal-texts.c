/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-legal-texts"

#include <glib/gi18n.h>
#include <gio/gio.h>
#include <string.h>

#include "ls-catalog-resources.h"
#include "ls-legal-texts.h"

#define RESOURCE_PATH "/org/livsskisse/Livsskisse/catalog/"

struct _LsLegalTexts
{
  GObject parent_instance;

  /* "group\x1fkey" or "group\x1fkey[nn]" -> value, unescaped. Filled once
   * (the override after the shipped file, so its keys win) and read-only
   * afterwards, which makes lookups safe from any thread. */
  GHashTable *texts;
  guint       appeal_weeks;
};

G_DEFINE_FINAL_TYPE (LsLegalTexts, ls_legal_texts, G_TYPE_OBJECT)

static void
ls_legal_texts_finalize (GObject *object)
{
  LsLegalTexts *self = LS_LEGAL_TEXTS (object);

  g_clear_pointer (&self->texts, g_hash_table_unref);
  G_OBJECT_CLASS (ls_legal_texts_parent_class)->finalize (object);
}

static void
ls_legal_texts_class_init (LsLegalTextsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ls_legal_texts_finalize;
}

static void
ls_legal_texts_init (LsLegalTexts *self)
{
  self->texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

static char *
make_key (const char *group,
          const char *key)
{
  return g_strconcat (group, "\x1f", key, NULL);
}

/* Copies every key of @key_file into the table; @prefix names groups of
 * other catalogs ("service:"). */
static void
absorb (LsLegalTexts *self,
        GKeyFile     *key_file,
        const char   *prefix)
{
  static const char *const suffixes[] = { "", "[nb]", "[nn]" };
  g_auto(GStrv) groups = g_key_file_get_groups (key_file, NULL);

  for (guint g = 0; groups[g] != NULL; g++)
    {
      g_autofree char *group = g_strconcat (prefix, groups[g], NULL);
      g_auto(GStrv) keys = g_key_file_get_keys (key_file, groups[g], NULL, NULL);

      /* Only the languages letters come in; "Key[xx]" as listed by
       * g_key_file_get_keys() is skipped and asked for by suffix. */
      for (guint k = 0; keys != NULL && keys[k] != NULL; k++)
        for (guint l = 0; l < G_N_ELEMENTS (suffixes); l++)
          {
            g_autofree char *full = g_strconcat (keys[k], suffixes[l], NULL);
            char *value;

            if (strchr (keys[k], '[') != NULL)
              break;
            value = g_key_file_get_string (key_file, groups[g], full, NULL);
            if (value != NULL)
              g_hash_table_replace (self->texts, make_key (group, full), value);
          }
    }
}

static gboolean
absorb_resource (LsLegalTexts *self,
                 const char   *name,
                 const char   *prefix,
                 GError      **error)
{
  g_autofree char *path = g_strconcat (RESOURCE_PATH, name, NULL);
  g_autoptr(GBytes) bytes = g_resource_lookup_data (ls_catalog_get_resource (), path, 0, error);
  g_autoptr(GKeyFile) key_file = g_key_file_new ();

  if (bytes == NULL || !g_key_file_load_from_bytes (key_file, bytes, G_KEY_FILE_KEEP_TRANSLATIONS, error))
    return FALSE;
  absorb (self, key_file, prefix);
  return TRUE;
}

char *
ls_legal_texts_default_override_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "livsskisse", "legal.ini", NULL);
}

LsLegalTexts *
ls_legal_texts_new (const char  *override_path,
                    GError     **error)
{
  g_autoptr(LsLegalTexts) self = g_object_new (LS_TYPE_LEGAL_TEXTS, NULL);
  g_autofree char *default_path = NULL;
  g_autoptr(GKeyFile) override = g_key_file_new ();
  g_autoptr(GError) local_error = NULL;
  const char *weeks;

  if (!absorb_resource (self, "legal.ini", "", error) ||
      !absorb_resource (self, "services.ini", "service:", error))
    return NULL;

  if (override_path == NULL)
    override_path = default_path = ls_legal_texts_default_override_path ();
  if (g_key_file_load_from_file (override, override_path, G_KEY_FILE_KEEP_TRANSLATIONS, &local_error))
    absorb (self, override, "");
  else if (!g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    {
      g_set_error (error, local_error->domain, local_error->code,
                   _("Could not read the legal texts “%s”: %s"), override_path, local_error->message);
      return NULL;
    }

  weeks = ls_legal_texts_lookup (self, "appeal", "Weeks", NULL);
  self->appeal_weeks = weeks != NULL ? (guint) g_ascii_strtoull (weeks, NULL, 10) : 0;
  if (self->appeal_weeks == 0 || self->appeal_weeks > 52)
    self->appeal_weeks = 4;
  return g_steal_pointer (&self);
}

const char *
ls_legal_texts_normalize_language (const char *language)
{
  if (language != NULL && language[0] == 'n' &&
      (language[1] == 'n' || g_str_has_prefix (language, "nno")))
    return "nn";
  return "nb";
}

const char *
ls_legal_texts_lookup (LsLegalTexts *self,
                       const char   *group,
                       const char   *key,
                       const char   *language)
{
  g_autofree char *plain = NULL;
  const char *value = NULL;

  g_return_val_if_fail (LS_IS_LEGAL_TEXTS (self), NULL);
  g_return_val_if_fail (group != NULL && key != NULL, NULL);

  if (g_str_equal (ls_legal_texts_normalize_language (language), "nn"))
    {
      g_autofree char *localized = g_strdup_printf ("%s\x1f%s[nn]", group, key);

      value = g_hash_table_lookup (self->texts, localized);
    }
  if (value == NULL)
    {
      plain = make_key (group, key);
      value = g_hash_table_lookup (self->texts, plain);
    }
  return value;
}

char *
ls_legal_texts_expand (LsLegalTexts *self,
                       const char   *template_text,
                       const char   *language,
                       GHashTable   *vars)
{
  GString *out;
  const char *p;

  g_return_val_if_fail (LS_IS_LEGAL_TEXTS (self), NULL);

  if (template_text == NULL)
    return g_strdup ("");
  out = g_string_sized_new (strlen (template_text) + 64);
  for (p = template_text; *p != '\0'; )
    {
      const char *close = *p == '{' ? strchr (p, '}') : NULL;
      g_autofree char *name = NULL;
      const char *value = NULL;

      if (close == NULL)
        {
          g_string_append_c (out, *p++);
          continue;
        }
      name = g_strndup (p + 1, close - p - 1);
      if (g_str_has_prefix (name, "ref:"))
        value = ls_legal_texts_lookup (self, "references", name + 4, language);
      else if (vars != NULL)
        value = g_hash_table_lookup (vars, name);
      if (value != NULL)
        g_string_append (out, value);
      else
        g_string_append_len (out, p, close - p + 1);
      p = close + 1;
    }
  return g_string_free (out, FALSE);
}

char *
ls_legal_texts_format (LsLegalTexts *self,
                       const char   *group,
                       const char   *key,
                       const char   *language,
                       GHashTable   *vars)
{
  const char *text = ls_legal_texts_lookup (self, group, key, language);

  if (text == NULL)
    {
      g_warning ("No legal text %s/%s", group, key);
      return g_strdup_printf ("[%s/%s]", group, key);
    }
  return ls_legal_texts_expand (self, text, language, vars);
}

guint
ls_legal_texts_get_appeal_weeks (LsLegalTexts *self)
{
  g_return_val_if_fail (LS_IS_LEGAL_TEXTS (self), 4);
  return self->appeal_weeks;
}

const char *
ls_legal_texts_get_appeal_body (LsLegalTexts *self,
                                const char   *language)
{
  const char *body = ls_legal_texts_lookup (self, "appeal", "Body", language);

  return body != NULL ? body : "";
}

char *
ls_legal_texts_format_date (LsLegalTexts *self,
                            const GDate  *date,
                            const char   *language)
{
  const char *months;
  g_auto(GStrv) names = NULL;
  guint month;

  g_return_val_if_fail (LS_IS_LEGAL_TEXTS (self), NULL);

  if (date == NULL || !g_date_valid (date))
    return g_strdup (ls_legal_texts_lookup (self, "common", "NotSet", language));

  month = g_date_get_month (date);
  months = ls_legal_texts_lookup (self, "dates", "Months", language);
  names = g_strsplit (months != NULL ? months : "", ";", 13);
  if (g_strv_length (names) < 12)
    return g_strdup_printf ("%02u.%02u.%04u", g_date_get_day (date), month, g_date_get_year (date));
  return g_strdup_printf ("%u. %s %u", g_date_get_day (date), names[month - 1], g_date_get_year (date));
}

char *
ls_legal_texts_format_day (LsLegalTexts *self,
                           const GDate  *date,
                           const char   *language)
{
  g_autofree char *full = NULL;
  g_auto(GStrv) names = NULL;
  const char *weekdays;
  char *year;

  g_return_val_if_fail (LS_IS_LEGAL_TEXTS (self), NULL);

  full = ls_legal_texts_format_date (self, date, language);
  if (date == NULL || !g_date_valid (date))
    return g_steal_pointer (&full);
  /* "5. januar 2027" without its year. */
  year = strrchr (full, ' ');
  if (year != NULL)
    *year = '\0';
  weekdays = ls_legal_texts_lookup (self, "dates", "Weekdays", language);
  names = g_strsplit (weekdays != NULL ? weekdays : "", ";", 8);
  if (g_strv_length (names) < 7)
    return g_steal_pointer (&full);
  return g_strdup_printf ("%s %s", names[g_date_get_weekday (date) - G_DATE_MONDAY], full);
}

/* @field ("Name", "PlainName") of a service in @language, or NULL. */
static const char *
service_field (LsLegalTexts *self,
               const char   *service_key,
               const char   *field,
               const char   *language)
{
  g_autofree char *group = g_strconcat ("service:", service_key, NULL);
  g_autofree char *bokmal = g_strconcat (field, "[nb]", NULL);
  const char *value;

  /* The shipped catalog's plain key is English; letters want bokmål. */
  value = ls_legal_texts_lookup (self, group, g_str_equal (ls_legal_texts_normalize_language (language), "nn")
                                                ? field : bokmal, language);
  return value != NULL ? value : ls_legal_texts_lookup (self, group, field, language);
}

const char *
ls_legal_texts_service_name (LsLegalTexts *self,
                             const char   *service_key,
                             const char   *language)
{
  const char *name;

  g_return_val_if_fail (LS_IS_LEGAL_TEXTS (self), NULL);
  if (service_key == NULL)
    return "";
  name = service_field (self, service_key, "Name", language);
  return name != NULL ? name : service_key;
}

char *
ls_legal_texts_localize_reference (LsLegalTexts *self,
                                   const char   *reference,
                                   const char   *language)
{
  const char *order;
  g_auto(GStrv) keys = NULL;
  GString *out;

  g_return_val_if_fail (LS_IS_LEGAL_TEXTS (self), NULL);
  if (reference == NULL)
    return NULL;
  if (!g_str_equal (ls_legal_texts_normalize_language (language), "nn"))
    return g_strdup (reference);
  order = ls_legal_texts_lookup (self, "laws", "Order", NULL);
  keys = g_strsplit (order != NULL ? order : "", ";", -1);
  out = g_string_new (reference);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      const char *key = g_strstrip (keys[i]);
      const char *bokmal = ls_legal_texts_lookup (self, "laws", key, NULL);
      const char *nynorsk = ls_legal_texts_lookup (self, "laws", key, "nn");

      if (bokmal != NULL && bokmal[0] != '\0' && nynorsk != NULL)
        g_string_replace (out, bokmal, nynorsk, 0);
    }
  return g_string_free (out, FALSE);
}

const char *
ls_legal_texts_service_plain_name (LsLegalTexts *self,
                                   const char   *service_key,
                                   const char   *language)
{
  const char *name;

  g_return_val_if_fail (LS_IS_LEGAL_TEXTS (self), NULL);
  if (service_key == NULL)
    return "";
  name = service_field (self, service_key, "PlainName", language);
  return name != NULL ? name : ls_legal_texts_service_name (self, service_key, language);
}

char *
ls_legal_texts_service_basis (LsLegalTexts *self,
                              const char   *service_key,
                              const char   *language)
{
  g_autofree char *group = NULL;

  g_return_val_if_fail (LS_IS_LEGAL_TEXTS (self), NULL);
  if (service_key == NULL)
    return NULL;
  group = g_strconcat ("service:", service_key, NULL);
  return ls_legal_texts_localize_reference (self, ls_legal_texts_lookup (self, group, "LegalBasis", NULL),
                                            language);
}

char *
ls_legal_texts_format_extent (LsLegalTexts *self,
                              double        extent,
                              const char   *unit,
                              const char   *language)
{
  const char *key = unit != NULL ? unit : "hours";
  const char *unit_text = NULL;
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  g_return_val_if_fail (LS_IS_LEGAL_TEXTS (self), NULL);

  /* Norwegian writes a decimal comma: 1,5 timer. */
  g_ascii_formatd (number, sizeof number, "%.1f", extent);
  if (g_str_has_suffix (number, ".0"))
    number[strlen (number) - 2] = '\0';
  else
    g_strdelimit (number, ".", ',');
  /* Both languages, like ngettext's "n != 1": the singular after 1 only. */
  if (strcmp (number, "1") == 0)
    {
      g_autofree char *one = g_strconcat (key, ".one", NULL);

      unit_text = ls_legal_texts_lookup (self, "units", one, language);
    }
  if (unit_text == NULL)
    unit_text = ls_legal_texts_lookup (self, "units", key, language);
  if (unit_text == NULL)
    unit_text = key;
  return g_strdup_printf ("%s %s", number, unit_text);
}
