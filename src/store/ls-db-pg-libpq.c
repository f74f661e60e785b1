/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Loading libpq when the first PostgreSQL location is opened (see
 * ls-db-pg-libpq.h and ls-lazy-library.h). */
#define G_LOG_DOMAIN "ls-store"

#include "config.h"

#include <glib/gi18n.h>

#define LS_PQ_NO_NAMES
#include "ls-db-pg-libpq.h"
#include "ls-store.h"

/* The Debian package that holds it, as the messages name it. */
#define LIBPQ_PACKAGE "libpq5"

LsPq _ls_pq;

static const LsLazySymbol symbols[] = {
  LS_PQ_FUNCTIONS (LS_LAZY_ENTRY, _ls_pq)
};

static LsLazyLibrary libpq = { "libpq.so.5", symbols, G_N_ELEMENTS (symbols), 0, NULL };

void
_ls_db_pg_libpq_set_file_name (const char *file_name)
{
  libpq.file_name = file_name;
}

gboolean
_ls_db_pg_libpq_load (const char  *location,
                      GError     **error)
{
  switch (ls_lazy_library_load (&libpq))
    {
    case LS_LAZY_LIBRARY_LOADED:
      return TRUE;
    case LS_LAZY_LIBRARY_TOO_OLD:
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                   /* Translators: the first %s is a team database's address, the second the
                    * file name of PostgreSQL's client library (libpq.so.5), the third the name of
                    * one of its functions, the fourth the package to install (libpq5). */
                   _("%s cannot be opened: the PostgreSQL client library %s is too old (it lacks %s); "
                     "install a newer %s"),
                   location, libpq.file_name, libpq.lacking, LIBPQ_PACKAGE);
      return FALSE;
    case LS_LAZY_LIBRARY_MISSING:
    default:
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                   /* Translators: the first %s is a team database's address, the second the
                    * file name of PostgreSQL's client library (libpq.so.5), the third the package
                    * to install (libpq5). */
                   _("%s cannot be opened: the PostgreSQL client library %s is missing; install the "
                     "package %s"),
                   location, libpq.file_name, LIBPQ_PACKAGE);
      return FALSE;
    }
}
