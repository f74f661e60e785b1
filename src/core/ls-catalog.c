/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-catalog"

#include "ls-catalog.h"
#include "ls-catalog-resources.h"
#include "ls-domain.h"

#define CATALOG_PATH "/org/livsskisse/Livsskisse/catalog/"

static GKeyFile *
load_key_file (const char *name,
               GError    **error)
{
  g_autoptr(GKeyFile) key_file = g_key_file_new ();
  g_autofree char *path = g_strconcat (CATALOG_PATH, name, NULL);
  g_autoptr(GBytes) bytes = g_resource_lookup_data (ls_catalog_get_resource (), path, 0, error);

  if (bytes == NULL)
    return NULL;
  if (!g_key_file_load_from_bytes (key_file, bytes, G_KEY_FILE_KEEP_TRANSLATIONS, error))
    return NULL;
  return g_steal_pointer (&key_file);
}

GKeyFile *
ls_catalog_load_key_file (const char *name,
                          GError    **error)
{
  g_return_val_if_fail (name != NULL, NULL);
  return load_key_file (name, error);
}

static int
compare_position (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  return (int) ls_domain_get_position ((LsDomain *) a) - (int) ls_domain_get_position ((LsDomain *) b);
}

GListStore *
ls_catalog_load_domains (const char *locale,
                         GError    **error)
{
  g_autoptr(GKeyFile) key_file = load_key_file ("domains.ini", error);
  g_autoptr(GListStore) store = NULL;
  g_auto(GStrv) groups = NULL;

  if (key_file == NULL)
    return NULL;

  store = g_list_store_new (LS_TYPE_DOMAIN);
  groups = g_key_file_get_groups (key_file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_autofree char *name = g_key_file_get_locale_string (key_file, groups[i], "Name", locale, error);
      g_autofree char *prompt = g_key_file_get_locale_string (key_file, groups[i], "Prompt", locale, NULL);
      g_autofree char *icf = g_key_file_get_string (key_file, groups[i], "Icf", NULL);
      guint position = g_key_file_get_integer (key_file, groups[i], "Order", NULL);
      g_autoptr(LsDomain) domain = NULL;

      if (name == NULL)
        return NULL;
      domain = ls_domain_new (groups[i], name, prompt, icf, position);
      g_list_store_insert_sorted (store, domain, compare_position, NULL);
    }
  return g_steal_pointer (&store);
}
