/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Opening, creating and refusing database files: permissions, versions,
 * and bad files that must be left exactly as they were. */
#include <errno.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ls-store-private.h"
#include "ls-domain.h"
#include "ls-service.h"
#include "ls-store-catalog.h"
#include "ls-store-persons.h"
#include "ls-test-util.h"
#include "ls-db-sqlite.h"

static char *
file_checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
add_persons (LsStore *store,
             guint    n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LsPerson) person = ls_person_new ();
      g_autofree char *family = g_strdup_printf ("Testesen%u", i);
      g_autoptr(GError) error = NULL;

      ls_person_set_given_name (person, "Kari");
      ls_person_set_family_name (person, family);
      g_assert_true (ls_store_save_person (store, person, &error));
      g_assert_no_error (error);
    }
}

static void
test_create_permissions (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *sub = g_build_filename (dir, "new", "folder", NULL);
  g_autofree char *path = g_build_filename (sub, "livsskisse.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (path, "-shm", NULL);
  g_autoptr(GError) error = NULL;
  LsStore *store;
  GStatBuf st;

  store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ls_store_get_schema_version (store), ==, ls_store_get_latest_version ());
  add_persons (store, 1);

  g_assert_cmpint (g_stat (sub, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (wal, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (shm, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_object_unref (store);

  /* Reopening keeps the data and migrates nothing. */
  store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ls_store_count_persons (store, NULL), ==, 1);
  g_object_unref (store);
  ls_test_rmdir (dir);
}

/* main() points XDG_DATA_HOME at a fresh folder before GLib reads it. */
static void
test_default_path (void)
{
  g_autofree char *path = ls_store_dup_default_path ();
  g_autofree char *folder = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;
  LsStore *store;
  GStatBuf st;

  g_assert_true (g_str_has_suffix (path, "/livsskisse/livsskisse.db"));
  g_assert_true (g_str_has_prefix (path, g_get_user_data_dir ()));
  g_assert_true (g_str_has_prefix (path, g_getenv ("XDG_DATA_HOME")));
  store = ls_store_open (NULL, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ls_store_get_path (store), ==, path);
  g_object_unref (store);
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_pragmas (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "a.db", NULL);
  g_autoptr(GError) error = NULL;
  LsStore *store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  sqlite3_stmt *stmt = NULL;
  sqlite3 *db;

  g_assert_no_error (error);
  db = _ls_db_sqlite_handle (_ls_store_get_db (store));
  sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "wal");
  sqlite3_finalize (stmt);
  sqlite3_prepare_v2 (db, "PRAGMA synchronous", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 2);   /* FULL */
  sqlite3_finalize (stmt);
  sqlite3_prepare_v2 (db, "PRAGMA foreign_keys", -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 1);
  sqlite3_finalize (stmt);
  /* The catalogs were copied in at first run. */
  sqlite3_prepare_v2 (db, "SELECT (SELECT count(*) FROM domains), (SELECT count(*) FROM services),"
                      " (SELECT count(*) FROM iplos_variables), (SELECT name_nb FROM domains WHERE key = 'home')",
                      -1, &stmt, NULL);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, 10);
  g_assert_cmpint (sqlite3_column_int (stmt, 1), >=, 7);
  g_assert_cmpint (sqlite3_column_int (stmt, 2), >=, 16);
  g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 3), ==, "Hjem og hverdag");
  sqlite3_finalize (stmt);
  {
    g_autoptr(GListStore) domains = ls_store_list_domains (store, "nn", &error);
    g_autoptr(GListStore) services = ls_store_list_services (store, "en", &error);
    g_autoptr(LsDomain) first = NULL;
    g_autoptr(LsService) service = NULL;

    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (domains)), ==, 10);
    first = g_list_model_get_item (G_LIST_MODEL (domains), 0);
    g_assert_cmpstr (ls_domain_get_key (first), ==, "home");
    g_assert_cmpstr (ls_domain_get_name (first), ==, "Heim og kvardag");
    service = g_list_model_get_item (G_LIST_MODEL (services), 0);
    g_assert_cmpstr (ls_service_get_key (service), ==, "home_nursing");
    g_assert_cmpstr (ls_service_get_name (service), ==, "Home nursing");
    g_assert_cmpstr (ls_service_get_unit (service), ==, "hours");
    g_assert_nonnull (strstr (ls_service_get_legal_basis (service), "§ 3-2"));
  }
  g_object_unref (store);
  ls_test_rmdir (dir);
}

/* Opening @path must fail with @code and leave the file byte for byte. */
static void
assert_refused (const char *path,
                int         code)
{
  g_autofree char *before = file_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  LsStore *store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);

  g_assert_null (store);
  g_assert_error (error, LS_STORE_ERROR, code);
  /* The message names the file. */
  g_assert_nonnull (strstr (error->message, path));
  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);

  /* check (no migration) refuses it just the same. */
  g_clear_error (&error);
  store = ls_store_open (path, LS_STORE_OPEN_NO_MIGRATE, &error);
  g_assert_null (store);
  g_assert_error (error, LS_STORE_ERROR, code);
  g_free (after);
  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

static void
test_not_a_database (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "notes.db", NULL);
  g_autofree char *big = g_build_filename (dir, "big.db", NULL);
  g_autofree char *noise = g_malloc (8192);

  /* An empty file becomes a database when opened normally, but check
   * (no migration) has nothing to check in it. */
  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  g_assert_null (ls_store_open (path, LS_STORE_OPEN_NO_MIGRATE, NULL));
  g_assert_true (g_file_set_contents (path, "Dette er ikke en database.\n", -1, NULL));
  assert_refused (path, LS_STORE_ERROR_NOT_A_DATABASE);
  for (guint i = 0; i < 8192; i++)
    noise[i] = (char) (i * 7 + 3);
  g_assert_true (g_file_set_contents (big, noise, 8192, NULL));
  assert_refused (big, LS_STORE_ERROR_NOT_A_DATABASE);
  ls_test_rmdir (dir);
}

static void
test_foreign_sqlite (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "other.db", NULL);
  sqlite3 *db = NULL;

  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (db, "CREATE TABLE x (y)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (db);
  assert_refused (path, LS_STORE_ERROR_NOT_A_DATABASE);
  ls_test_rmdir (dir);
}

/* Another program's SQLite file that happens to carry a user_version (or
 * its own application id) and even a table called persons: recognised as
 * foreign before anything is written, so no tables are added, the
 * journal mode and permissions stay, and no side files appear. */
static void
test_foreign_sqlite_with_version (void)
{
  static const char * const schemas[] = {
    "CREATE TABLE invoices (id, amount); CREATE TABLE persons (id, name); PRAGMA user_version = 1;",
    "CREATE TABLE invoices (id, amount); PRAGMA user_version = 3;",
    "CREATE TABLE persons (a); CREATE TABLE sketches (a); CREATE TABLE sketch_entries (a);"
    " CREATE TABLE audit (a); CREATE TABLE domains (a); PRAGMA user_version = 2; PRAGMA application_id = 42;",
    "PRAGMA application_id = 42;",
  };

  for (guint i = 0; i < G_N_ELEMENTS (schemas); i++)
    {
      g_autofree char *dir = ls_test_mkdtemp ();
      g_autofree char *path = g_build_filename (dir, "invoices.db", NULL);
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);
      sqlite3 *db = NULL;
      GStatBuf st;

      g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_exec (db, schemas[i], NULL, NULL, NULL), ==, SQLITE_OK);
      sqlite3_close (db);
      g_assert_cmpint (g_chmod (path, 0644), ==, 0);
      assert_refused (path, LS_STORE_ERROR_NOT_A_DATABASE);
      g_assert_null (ls_store_open (path, LS_STORE_OPEN_READ_ONLY, NULL));
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0644);
      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
      g_assert_false (g_file_test (shm, G_FILE_TEST_EXISTS));
      ls_test_rmdir (dir);
    }
}

/* A Livsskisse file carries its application id from its first open on. */
static void
test_application_id (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "ours.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_prepare_v2 (_ls_db_sqlite_handle (_ls_store_get_db (store)), "PRAGMA application_id", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpint (sqlite3_column_int (stmt, 0), ==, LS_SQLITE_APPLICATION_ID);
  sqlite3_finalize (stmt);
  g_clear_object (&store);
  ls_test_rmdir (dir);
}

static void
test_truncated (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "cut.db", NULL);
  g_autoptr(GError) error = NULL;
  LsStore *store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  GStatBuf st;

  g_assert_no_error (error);
  add_persons (store, 300);
  g_object_unref (store);   /* checkpoints and removes the WAL */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (truncate (path, st.st_size / 2), ==, 0);
  assert_refused (path, LS_STORE_ERROR_CORRUPT);
  g_assert_cmpint (truncate (path, 50), ==, 0);
  assert_refused (path, LS_STORE_ERROR_NOT_A_DATABASE);
  ls_test_rmdir (dir);
}

/* Damage inside the file (not at its start) is found by the integrity
 * check, and reading damaged pages gives LS_STORE_ERROR_CORRUPT. */
static void
test_corrupt_pages (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "damaged.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  LsStore *store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  add_persons (store, 400);
  g_object_unref (store);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  /* Scribble over every page but the first (the schema lives there). */
  for (gsize page = 4096; page + 4096 <= length; page += 4096)
    memset (contents + page + 100, 0x5a, 400);
  g_assert_true (g_file_set_contents (path, contents, length, NULL));

  store = ls_store_open (path, LS_STORE_OPEN_NO_MIGRATE, &error);
  if (store == NULL)
    g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CORRUPT);
  else
    {
      g_autoptr(GPtrArray) page = NULL;

      g_assert_true (ls_store_check_integrity (store, &problem, &error));
      g_assert_nonnull (problem);
      page = ls_store_list_persons_page (store, NULL, 500, &error);
      if (page == NULL)
        g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CORRUPT);
      g_object_unref (store);
    }
  ls_test_rmdir (dir);
}

static void
test_newer_version (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "future.db", NULL);
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %u", ls_store_get_latest_version () + 1);
  g_autoptr(GError) error = NULL;
  LsStore *store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  add_persons (store, 5);
  g_assert_cmpint (sqlite3_exec (_ls_db_sqlite_handle (_ls_store_get_db (store)), sql, NULL, NULL, NULL), ==, SQLITE_OK);
  g_object_unref (store);
  assert_refused (path, LS_STORE_ERROR_NEWER_VERSION);
  ls_test_rmdir (dir);
}

/* Opened for use (reads are audited, so the file must take the audit row),
 * a read-only file is refused with a sentence that says why and what can
 * still be done, and is left exactly as it was. */
static void
assert_refused_for_use (const char *path)
{
  g_autofree char *before = file_checksum (path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_null (ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "check"));
  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
}

/* Opened for reading only, a read-only file (or folder) is read and
 * checked, and nothing is written: no bytes change, no side files. */
static void
assert_read_only_readable (const char *path)
{
  g_autofree char *before = file_checksum (path);
  g_autofree char *after = NULL;
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *problem = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (path, LS_STORE_OPEN_READ_ONLY, &error);
  g_autoptr(GPtrArray) page = NULL;

  g_assert_no_error (error);
  g_assert_true (ls_store_check_integrity (store, &problem, &error));
  g_assert_no_error (error);
  g_assert_null (problem);
  page = ls_store_list_persons_page (store, NULL, 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->len, ==, 2);
  g_clear_object (&store);
  after = file_checksum (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
}

static void
test_read_only (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *sub = g_build_filename (dir, "locked", NULL);
  g_autofree char *path = g_build_filename (sub, "ro.db", NULL);
  g_autofree char *fresh = g_build_filename (sub, "fresh.db", NULL);
  g_autoptr(GError) error = NULL;
  LsStore *store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  add_persons (store, 2);
  g_object_unref (store);

  g_assert_cmpint (g_chmod (path, 0400), ==, 0);
  assert_refused_for_use (path);
  assert_read_only_readable (path);

  g_assert_cmpint (g_chmod (path, 0600), ==, 0);
  g_assert_cmpint (g_chmod (sub, 0500), ==, 0);
  assert_refused_for_use (path);
  assert_read_only_readable (path);
  store = ls_store_open (fresh, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_null (store);
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_READ_ONLY);
  g_assert_false (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_chmod (sub, 0700);
  ls_test_rmdir (dir);
}

static void
test_disk_full (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "full.db", NULL);
  g_autoptr(GError) error = NULL;
  LsStore *store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  sqlite3_stmt *stmt = NULL;
  gboolean failed = FALSE;
  int pages;

  g_assert_no_error (error);
  /* A page limit makes SQLite report SQLITE_FULL just as a full disk does. */
  sqlite3_prepare_v2 (_ls_db_sqlite_handle (_ls_store_get_db (store)), "PRAGMA page_count", -1, &stmt, NULL);
  sqlite3_step (stmt);
  pages = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  {
    g_autofree char *limit = g_strdup_printf ("PRAGMA max_page_count = %d", pages + 2);
    sqlite3_exec (_ls_db_sqlite_handle (_ls_store_get_db (store)), limit, NULL, NULL, NULL);
  }
  for (guint i = 0; i < 2000 && !failed; i++)
    {
      g_autoptr(LsPerson) person = ls_person_new ();

      ls_person_set_family_name (person, "Fyllsen med et langt navn som tar plass i databasen");
      ls_person_set_address (person, "Ein lang adresse som tek plass, Storgata 1, 1530 Moss");
      failed = !ls_store_save_person (store, person, &error);
      if (!failed)
        g_assert_cmpint (ls_person_get_id (person), >, 0);
      else
        g_assert_cmpint (ls_person_get_id (person), ==, 0);
    }
  g_assert_true (failed);
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_FULL);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_null (strstr (error->message, "Fyllsen"));
  g_object_unref (store);
  ls_test_rmdir (dir);
}

/* An I/O error caused by a full disk says so, even when SQLite reports it
 * as a shared-memory file that cannot grow (what `check` met: code 4874). */
static void
test_error_causes (void)
{
  static const struct { int rc; int sys_errno; int code; const char *word; } cases[] = {
    { SQLITE_IOERR_SHMSIZE, 0, LS_STORE_ERROR_FULL, "full" },
    { SQLITE_IOERR_WRITE, ENOSPC, LS_STORE_ERROR_FULL, "full" },
    { SQLITE_IOERR_TRUNCATE, ENOSPC, LS_STORE_ERROR_FULL, "full" },
    { SQLITE_CANTOPEN, EACCES, LS_STORE_ERROR_READ_ONLY, "cannot be written" },
    { SQLITE_IOERR_READ, EIO, LS_STORE_ERROR_FAILED, "disk" },
    { SQLITE_BUSY, 0, LS_STORE_ERROR_BUSY, "in use" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;

      _ls_db_sqlite_error ("/tmp/x.db", cases[i].rc, cases[i].sys_errno, &error);
      g_assert_error (error, LS_STORE_ERROR, cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].word));
      g_assert_null (strstr (error->message, "code"));
    }
}

static void
test_no_migrate_missing (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "missing.db", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_null (ls_store_open (path, LS_STORE_OPEN_NO_MIGRATE, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  ls_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("livsskisse-xdg-XXXXXX", NULL);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/open/create-permissions", test_create_permissions);
  g_test_add_func ("/store/open/default-path", test_default_path);
  g_test_add_func ("/store/open/pragmas-and-catalogs", test_pragmas);
  g_test_add_func ("/store/open/not-a-database", test_not_a_database);
  g_test_add_func ("/store/open/foreign-sqlite", test_foreign_sqlite);
  g_test_add_func ("/store/open/foreign-sqlite-with-version", test_foreign_sqlite_with_version);
  g_test_add_func ("/store/open/application-id", test_application_id);
  g_test_add_func ("/store/open/truncated", test_truncated);
  g_test_add_func ("/store/open/newer-version", test_newer_version);
  g_test_add_func ("/store/open/corrupt-pages", test_corrupt_pages);
  g_test_add_func ("/store/open/read-only", test_read_only);
  g_test_add_func ("/store/open/disk-full", test_disk_full);
  g_test_add_func ("/store/open/no-migrate-missing", test_no_migrate_missing);
  g_test_add_func ("/store/open/error-causes", test_error_causes);
  status = g_test_run ();
  ls_test_rmdir (home);
  return status;
}
