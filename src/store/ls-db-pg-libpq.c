/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loading libpq when the first PostgreSQL location is opened (see
 * ls-db-pg-libpq.h): the library stays loaded until the program ends. */
#define G_LOG_DOMAIN "ls-store"

#include "config.h"

#include <glib/gi18n.h>
#include <gmodule.h>

#define LS_PQ_NO_NAMES
#include "ls-db-pg-libpq.h"
#include "ls-store.h"

#define LIBPQ_FILE_NAME "libpq.so.5"
/* The Debian package that holds it, as the message names it. */
#define LIBPQ_PACKAGE   "libpq5"

LsPq _ls_pq;

static const char *file_name = LIBPQ_FILE_NAME;

typedef enum
{
  LOADED = 1,
  MISSING,
  TOO_OLD,
} LoadResult;

/* The function a too old library lacks. */
static const char *lacking;

void
_ls_db_pg_libpq_set_file_name (const char *name)
{
  file_name = name;
}

static LoadResult
load (void)
{
  GModule *module = g_module_open (file_name, G_MODULE_BIND_LAZY | G_MODULE_BIND_LOCAL);
  LsPq table = { 0 };

  if (module == NULL)
    {
      g_debug ("libpq not loaded: %s", g_module_error ());
      return MISSING;
    }
#define LS_PQ_LOAD(name) \
  if (!g_module_symbol (module, #name, (gpointer *) &table.name) || table.name == NULL) \
    { \
      lacking = #name; \
      g_module_close (module); \
      return TOO_OLD; \
    }
  LS_PQ_FUNCTIONS (LS_PQ_LOAD)
#undef LS_PQ_LOAD
  g_module_make_resident (module);
  _ls_pq = table;
  return LOADED;
}

gboolean
_ls_db_pg_libpq_load (const char  *location,
                      GError     **error)
{
  static gsize result = 0;

  if (g_once_init_enter (&result))
    g_once_init_leave (&result, load ());
  switch ((LoadResult) result)
    {
    case LOADED:
      return TRUE;
    case TOO_OLD:
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                   /* Translators: the first %s is a team database's address, the second the
                    * file name of PostgreSQL's client library (libpq.so.5), the third the name of
                    * one of its functions, the fourth the package to install (libpq5). */
                   _("%s cannot be opened: the PostgreSQL client library %s is too old (it lacks %s); "
                     "install a newer %s"),
                   location, file_name, lacking, LIBPQ_PACKAGE);
      return FALSE;
    case MISSING:
    default:
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                   /* Translators: the first %s is a team database's address, the second the
                    * file name of PostgreSQL's client library (libpq.so.5), the third the package
                    * to install (libpq5). */
                   _("%s cannot be opened: the PostgreSQL client library %s is missing; install the "
                     "package %s"),
                   location, file_name, LIBPQ_PACKAGE);
      return FALSE;
    }
}
