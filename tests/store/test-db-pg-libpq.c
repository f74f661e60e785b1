/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Without PostgreSQL's client library a team database is refused with one
 * sentence saying so, before anything is tried; files open as before. The
 * library is loaded once per program, so this program never finds it. */
#include <string.h>

#include "ls-db-pg-libpq.h"
#include "ls-store.h"
#include "ls-test-util.h"

static void
test_missing (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "desk.db", NULL);
  LsStore *store;

  /* Twice: the second open gives the same answer without loading again. */
  for (guint i = 0; i < 2; i++)
    {
      store = ls_store_open ("postgresql://kari:hemmelig@db.example.no/team?sslmode=verify-full",
                             LS_STORE_OPEN_DEFAULT, &error);
      g_assert_null (store);
      g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN);
      g_assert_nonnull (strstr (error->message, "PostgreSQL client library"));
      g_assert_nonnull (strstr (error->message, "missing"));
      g_assert_nonnull (strstr (error->message, "postgresql://kari@db.example.no/team"));
      g_assert_null (strstr (error->message, "hemmelig"));
      g_clear_error (&error);
    }

  /* A desk's file needs no libpq. */
  store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);
  g_object_unref (store);
  ls_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  _ls_db_pg_libpq_set_file_name ("libpq-livsskisse-test-absent.so.5");
  g_test_add_func ("/store/pg-libpq/missing", test_missing);
  return g_test_run ();
}
