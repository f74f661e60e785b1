/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Reading the catalogs back from the database. */
#define G_LOG_DOMAIN "ls-store"

#include "ls-domain.h"
#include "ls-service.h"
#include "ls-store-catalog.h"
#include "ls-store-private.h"

/* 0 English, 1 bokmål, 2 nynorsk: the column offset of the name. */
static int
locale_column (const char *locale)
{
  if (locale == NULL)
    {
      const char * const *languages = g_get_language_names ();

      for (guint i = 0; languages[i] != NULL && locale == NULL; i++)
        if (g_str_has_prefix (languages[i], "nn") || g_str_has_prefix (languages[i], "nb")
            || g_str_has_prefix (languages[i], "no") || g_str_has_prefix (languages[i], "en")
            || g_str_equal (languages[i], "C"))
          locale = languages[i];
    }
  if (locale == NULL)
    return 0;
  if (g_str_has_prefix (locale, "nn"))
    return 2;
  if (g_str_has_prefix (locale, "nb") || g_str_has_prefix (locale, "no"))
    return 1;
  return 0;
}

/* The localized text at @column + @offset, or the English at @column. */
static const char *
localized (LsStmt *stmt,
           int           column,
           int           offset)
{
  const char *text = offset > 0 ? _ls_column_text (stmt, column + offset) : NULL;

  return text != NULL && *text != '\0' ? text : _ls_column_text (stmt, column);
}

GListStore *
ls_store_list_domains (LsStore    *self,
                       const char *locale,
                       GError    **error)
{
  g_autoptr(GListStore) domains = g_list_store_new (LS_TYPE_DOMAIN);
  int offset = locale_column (locale);
  LsStmt *stmt;
  LsDbStep rc;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  stmt = _ls_store_statement (self, "SELECT key, position, name, name_nb, name_nn, prompt, prompt_nb, prompt_nn,"
                              " icf FROM domains ORDER BY position, key", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = ls_db_step (stmt, error)) == LS_DB_ROW)
    {
      g_autoptr(LsDomain) domain = ls_domain_new (_ls_column_text (stmt, 0), localized (stmt, 2, offset),
                                                  localized (stmt, 5, offset), _ls_column_text (stmt, 8),
                                                  ls_db_column_int (stmt, 1));

      g_list_store_append (domains, domain);
    }
  ls_db_reset (stmt);
  if (rc != LS_DB_DONE)
    {
      return NULL;
    }
  return g_steal_pointer (&domains);
}

GListStore *
ls_store_list_services (LsStore    *self,
                        const char *locale,
                        GError    **error)
{
  g_autoptr(GListStore) services = g_list_store_new (LS_TYPE_SERVICE);
  int offset = locale_column (locale);
  LsStmt *stmt;
  LsDbStep rc;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);

  stmt = _ls_store_statement (self, "SELECT key, position, name, name_nb, name_nn, legal_basis, unit"
                              " FROM services ORDER BY position, key", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = ls_db_step (stmt, error)) == LS_DB_ROW)
    {
      g_autoptr(LsService) service = ls_service_new ();

      ls_service_set_key (service, _ls_column_text (stmt, 0));
      ls_service_set_position (service, ls_db_column_int (stmt, 1));
      ls_service_set_name (service, localized (stmt, 2, offset));
      ls_service_set_legal_basis (service, _ls_column_text (stmt, 5));
      ls_service_set_unit (service, _ls_column_text (stmt, 6));
      g_list_store_append (services, service);
    }
  ls_db_reset (stmt);
  if (rc != LS_DB_DONE)
    {
      return NULL;
    }
  return g_steal_pointer (&services);
}
