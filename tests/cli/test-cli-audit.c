/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `livsskisse-cli check` and the audit's hash chain, with the real binary:
 * a row deleted or altered behind the program's back (on SQLite with the
 * stock sqlite3 shell, on PostgreSQL through a raw connection) makes check
 * fail and name where the chain breaks; an untouched database, and one
 * filled by an XML import, check ok. On both engines. */
#include <string.h>
#include <sys/wait.h>

#include "ls-store-private.h"
#include "ls-test-util.h"

typedef struct
{
  char *dir;
  char *location;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->dir = ls_test_mkdtemp ();
  f->location = ls_test_store_location (f->dir, "demo.db");
  ls_test_run_cli ((const char *[]) { "demo", "--persons", "4", "--database", f->location, NULL });
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  ls_test_drop_store (f->location);
  g_free (f->location);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
}

/* Runs @sql on the database without Livsskisse's rules: the stock sqlite3
 * shell on a file, a raw statement on a server. */
static void
tamper (Fixture    *f,
        const char *sql)
{
  g_autoptr(GError) error = NULL;

  if (!ls_test_on_postgresql ())
    {
      const char *argv[] = { "sqlite3", f->location, sql, NULL };
      int status = 0;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                                   &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, &error));
      g_assert_no_error (error);
    }
  else
    {
      g_autoptr(LsStore) store = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);

      g_assert_no_error (error);
      g_assert_true (_ls_store_exec (store, sql, &error));
      g_assert_no_error (error);
    }
}

/* The id of the audit row at @offset in id order. */
static gint64
audit_id_at (Fixture *f,
             guint    offset)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (f->location, LS_STORE_OPEN_READ_ONLY, &error);
  LsDbStmt *stmt;
  gint64 id = 0;

  g_assert_no_error (error);
  stmt = ls_db_prepare (_ls_store_get_db (store), "SELECT id FROM audit ORDER BY id LIMIT 1 OFFSET ?1", &error);
  g_assert_no_error (error);
  ls_db_bind_int64 (stmt, 1, offset);
  g_assert_cmpint (ls_db_step (stmt, &error), ==, LS_DB_ROW);
  id = ls_db_column_int64 (stmt, 0);
  ls_db_finalize (stmt);
  return id;
}

/* The id of the audit row before row @id, in id order. */
static gint64
audit_id_before (Fixture *f,
                 gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (f->location, LS_STORE_OPEN_READ_ONLY, &error);
  LsDbStmt *stmt;
  gint64 before = 0;

  g_assert_no_error (error);
  stmt = ls_db_prepare (_ls_store_get_db (store), "SELECT max (id) FROM audit WHERE id < ?1", &error);
  g_assert_no_error (error);
  ls_db_bind_int64 (stmt, 1, id);
  g_assert_cmpint (ls_db_step (stmt, &error), ==, LS_DB_ROW);
  before = ls_db_column_int64 (stmt, 0);
  ls_db_finalize (stmt);
  return before;
}

/* check fails with one line naming the row after which the chain breaks. */
static void
assert_check_names (Fixture *f,
                    gint64   after)
{
  const char *argv[] = { g_getenv ("LIVSSKISSE_CLI"), "check", "--database", f->location, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *expected = g_strdup_printf ("the row after audit row %" G_GINT64_FORMAT
                                               " is missing or altered\n", after);
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status,
                               &error));
  g_assert_no_error (error);
  g_test_message ("check: %s", err);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), !=, 0);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_suffix (err, expected));
  g_assert_nonnull (strstr (err, "audit log has been changed"));
  g_assert_cmpint (strchr (err, '\n') - err, ==, (int) strlen (err) - 1);
}

static void
assert_check_ok (Fixture *f)
{
  g_autofree char *out = ls_test_run_cli_output ((const char *[]) { "check", "--database", f->location, NULL },
                                                 NULL);

  g_assert_true (g_str_has_prefix (out, "ok\t"));
}

static void
test_untouched (Fixture      *f,
                gconstpointer data)
{
  assert_check_ok (f);
  /* Reading on adds rows to the chain. */
  ls_test_run_cli ((const char *[]) { "list", "persons", "--database", f->location, NULL });
  assert_check_ok (f);
}

/* As the issue tried it: one row deleted with the stock shell. */
static void
test_deleted (Fixture      *f,
              gconstpointer data)
{
  g_autofree char *shell = g_find_program_in_path ("sqlite3");
  gint64 before = audit_id_at (f, 4);
  g_autofree char *doomed = NULL;

  if (!ls_test_on_postgresql () && shell == NULL)
    {
      g_test_skip ("the sqlite3 shell (Debian sqlite3) is not installed");
      return;
    }
  if (ls_test_on_postgresql ())
    tamper (f, "DELETE FROM audit WHERE id = (SELECT id FROM audit ORDER BY id LIMIT 1 OFFSET 5)");
  else
    {
      /* The shell's own choice of "the sixth row" (no order given), asked
       * the same way first. */
      const char *argv[] = { "sqlite3", f->location, "SELECT id FROM audit LIMIT 1 OFFSET 5", NULL };

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &doomed, NULL,
                                   NULL, NULL));
      before = audit_id_before (f, g_ascii_strtoll (doomed, NULL, 10));
      tamper (f, "DELETE FROM audit WHERE id = (SELECT id FROM audit LIMIT 1 OFFSET 5)");
    }
  assert_check_names (f, before);
}

static void
test_altered (Fixture      *f,
              gconstpointer data)
{
  gint64 before = audit_id_at (f, 2);

  tamper (f, "UPDATE audit SET action = CASE action WHEN 'read' THEN 'change' ELSE 'read' END"
             " WHERE id = (SELECT id FROM audit ORDER BY id LIMIT 1 OFFSET 3)");
  assert_check_names (f, before);
}

/* Everything an XML import writes is on the chain, merging the same file
 * again too. */
static void
test_after_import (Fixture      *f,
                   gconstpointer data)
{
  g_autofree char *first = g_build_filename (f->dir, "first.xml", NULL);
  g_autofree char *xml = g_build_filename (f->dir, "demo.xml", NULL);
  g_autofree char *target = ls_test_store_location (f->dir, "imported.db");
  Fixture imported = { f->dir, target };

  /* The second file carries the first export as the persons' export
   * events, which the import adds to the audit. */
  ls_test_run_cli ((const char *[]) { "export-xml", "-o", first, "--database", f->location, NULL });
  ls_test_run_cli ((const char *[]) { "export-xml", "-o", xml, "--database", f->location, NULL });
  ls_test_run_cli ((const char *[]) { "import-xml", "--database", target, xml, NULL });
  assert_check_ok (&imported);
  ls_test_run_cli ((const char *[]) { "import-xml", "--merge", "--database", target, xml, NULL });
  assert_check_ok (&imported);
  assert_check_ok (f);
  ls_test_drop_store (target);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ls_test_init_engine ();
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/cli/audit/untouched", test_untouched);
  ADD ("/cli/audit/deleted", test_deleted);
  ADD ("/cli/audit/altered", test_altered);
  ADD ("/cli/audit/after-import", test_after_import);
#undef ADD
  return g_test_run ();
}
