/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The catalogs shipped in data/catalog are copied into the database at first
 * run; from then on the database copy is the one the municipality edits. */
#define G_LOG_DOMAIN "ls-store"

#include <string.h>

#include "ls-catalog.h"
#include "ls-store-private.h"

typedef struct
{
  const char *file;
  const char *sql;
  const char *keys[8];   /* key-file keys bound to ?3.. ; "Name[nb]" is a locale string */
} CatalogTable;

static const CatalogTable tables[] = {
  { "domains.ini",
    "INSERT INTO domains (key, position, name, name_nb, name_nn, prompt, prompt_nb, prompt_nn, icf, iplos)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    { "Name", "Name[nb]", "Name[nn]", "Prompt", "Prompt[nb]", "Prompt[nn]", "Icf", "Iplos" } },
  { "services.ini",
    "INSERT INTO services (key, position, name, name_nb, name_nn, legal_basis, unit)"
    " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    { "Name", "Name[nb]", "Name[nn]", "LegalBasis", "Unit" } },
  { "iplos.ini",
    "INSERT INTO iplos_variables (key, position, name, name_nb) VALUES (?1, ?2, ?3, ?4)",
    { "Name", "Name[nb]" } },
};

/* "Name[nb]" is read as the nb translation of Name; a missing translation
 * stays NULL instead of repeating the English text. */
static char *
get_value (GKeyFile    *key_file,
           const char  *group,
           GStrv        keys,
           const char  *key)
{
  const char *bracket = strchr (key, '[');
  g_autofree char *base = NULL;
  g_autofree char *locale = NULL;

  if (keys == NULL || !g_strv_contains ((const char * const *) keys, key))
    return NULL;
  if (bracket == NULL)
    return g_key_file_get_string (key_file, group, key, NULL);
  base = g_strndup (key, bracket - key);
  locale = g_strndup (bracket + 1, strlen (bracket + 1) - 1);
  return g_key_file_get_locale_string (key_file, group, base, locale, NULL);
}

static gboolean
seed_table (LsStore            *self,
            const CatalogTable *table,
            GError            **error)
{
  g_autoptr(GKeyFile) key_file = ls_catalog_load_key_file (table->file, error);
  g_auto(GStrv) groups = NULL;
  LsStmt *stmt;

  if (key_file == NULL)
    return FALSE;
  stmt = _ls_store_statement (self, table->sql, error);
  if (stmt == NULL)
    return FALSE;
  groups = g_key_file_get_groups (key_file, NULL);
  for (guint i = 0; groups[i] != NULL; i++)
    {
      g_auto(GStrv) keys = g_key_file_get_keys (key_file, groups[i], NULL, NULL);
      int position = g_key_file_has_key (key_file, groups[i], "Order", NULL)
                     ? g_key_file_get_integer (key_file, groups[i], "Order", NULL) : (int) i + 1;

      ls_db_bind_text (stmt, 1, groups[i]);
      ls_db_bind_int64 (stmt, 2, position);
      for (guint k = 0; k < G_N_ELEMENTS (table->keys) && table->keys[k] != NULL; k++)
        {
          g_autofree char *text = get_value (key_file, groups[i], keys, table->keys[k]);

          _ls_bind_text (stmt, 3 + k, text);
        }
      if (!_ls_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

gboolean
_ls_store_seed_catalogs (LsStore *self,
                         GError **error)
{
  gint64 rows = 0;

  if (!_ls_store_query_id (self, "SELECT count(*) FROM domains", &rows, error))
    return FALSE;
  if (rows > 0)
    return TRUE;   /* seeded before */
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (!seed_table (self, &tables[i], error))
      return FALSE;
  return TRUE;
}
