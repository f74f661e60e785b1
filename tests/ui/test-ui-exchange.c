/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Export and import from the app (LsExchangeDialog) on an invented demo
 * database: progress is reported, an export failure is shown and leaves no
 * file, a malformed file is named with its line, a person already
 * registered is asked about (cancel changes nothing, merge adds), and
 * Cancel during an import leaves the database as it was. */
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "ls-exchange-dialog.h"
#include "ls-test-display.h"
#include "ls-test-util.h"
#include "ls-xml-export.h"

#define N_PERSONS 600

static char *dir;
static char *db_path;
static char *file;      /* everyone in db_path, exported once */
static LsStore *store;

typedef struct
{
  gboolean finished;
  gboolean changed;
  char    *message;
} Result;

static void
finished_cb (LsExchangeDialog *dialog,
             gboolean          changed,
             const char       *message,
             Result           *result)
{
  result->finished = TRUE;
  result->changed = changed;
  result->message = g_strdup (message);
}

/* Runs the main loop until the dialog is finished or waits for the user. */
static void
wait_for (LsExchangeDialog *dialog,
          Result           *result)
{
  gint64 deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;

  while (!result->finished && g_get_monotonic_time () < deadline
         && ls_exchange_dialog_get_state (dialog) != LS_EXCHANGE_STATE_FAILED
         && ls_exchange_dialog_get_state (dialog) != LS_EXCHANGE_STATE_ASKING)
    g_main_context_iteration (NULL, TRUE);
}

static LsExchangeDialog *
start (LsStore        *target,
       LsExchangeKind  kind,
       const char     *path,
       Result         *result)
{
  LsExchangeDialog *dialog = ls_exchange_dialog_new (NULL, target, kind, 0);

  g_object_ref (dialog);
  g_signal_connect (dialog, "finished", G_CALLBACK (finished_cb), result);
  ls_exchange_dialog_run_path (dialog, path);
  return dialog;
}

static void
done (LsExchangeDialog *dialog,
      Result           *result)
{
  if (ls_exchange_dialog_get_state (dialog) != LS_EXCHANGE_STATE_DONE)
    gtk_window_destroy (GTK_WINDOW (dialog));
  g_signal_handlers_disconnect_by_data (dialog, result);
  g_object_unref (dialog);
  g_clear_pointer (&result->message, g_free);
}

static int
compare (void       *data,
         int         n1,
         const void *s1,
         int         n2,
         const void *s2)
{
  int c = memcmp (s1, s2, MIN (n1, n2));

  return c != 0 ? c : n1 - n2;
}

/* The one value @sql gives in the database at @path, as text. */
static char *
query_text (const char *path,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  char *text;

  g_assert_cmpint (sqlite3_open_v2 (path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  /* An import may be committing and checkpointing meanwhile; for a moment
   * a new reader can find the file busy, and waits as the store's own
   * readers do (once, without waiting, this failed "database is locked"). */
  sqlite3_busy_timeout (db, 10000);
  /* the store's indexes name its collations; counting does not need them */
  sqlite3_create_collation (db, "nb", SQLITE_UTF8, NULL, compare);
  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    g_error ("%s: %s", path, sqlite3_errmsg (db));
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  text = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return text;
}

/* Rows in the tables an import writes to, as one string. */
static char *
counts (const char *path)
{
  return query_text (path, "SELECT (SELECT count(*) FROM persons) || ' ' || (SELECT count(*) FROM cases)"
                           " || ' ' || (SELECT count(*) FROM sketches) || ' ' || (SELECT count(*) FROM decisions)"
                           " || ' ' || (SELECT count(*) FROM sketch_entries)");
}

/* Whether an import into @path is committed for good: its chunks are
 * visible as they commit, and only the last one clears the journal. */
static gboolean
import_committed (const char *path)
{
  g_autofree char *runs = query_text (path, "SELECT count(*) FROM import_runs");

  return g_str_equal (runs, "0");
}

static void
test_file_name (void)
{
  g_autoptr(GDateTime) date = g_date_time_new_local (2026, 11, 23, 10, 0, 0);
  g_autofree char *all = ls_exchange_default_file_name (0, date);
  g_autofree char *one = ls_exchange_default_file_name (12, date);

  g_assert_cmpstr (all, ==, "livsskisse-cases-2026-11-23.xml");
  g_assert_cmpstr (one, ==, "livsskisse-case-2026-11-23.xml");
}

static void
count_progress (guint64  done,
                guint64  total,
                gpointer data)
{
  guint64 *last = data;

  g_assert_cmpuint (done, >, last[0]);
  g_assert_cmpuint (done, <=, total);
  last[0] = done;
  last[1] = total;
  last[2]++;
}

static void
test_progress (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "progress.xml", NULL);
  guint64 last[3] = { 0 };

  g_assert_true (ls_xml_export_file_with_progress (store, path, 0, NULL, NULL, count_progress, last,
                                                   NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (last[2], ==, N_PERSONS);
  g_assert_cmpuint (last[0], ==, N_PERSONS);
  g_assert_cmpuint (last[1], ==, N_PERSONS);
  g_remove (path);
}

static void
test_export (void)
{
  Result result = { 0 };
  LsExchangeDialog *dialog = start (store, LS_EXCHANGE_EXPORT, file, &result);

  g_assert_cmpint (ls_exchange_dialog_get_state (dialog), ==, LS_EXCHANGE_STATE_RUNNING);
  wait_for (dialog, &result);
  g_assert_true (result.finished);
  g_assert_false (result.changed);
  g_assert_nonnull (strstr (result.message, "600 people"));
  g_assert_nonnull (strstr (result.message, "exchange.xml"));
  g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));
  done (dialog, &result);
}

/* Cancel before the export is done: no file. */
static void
test_export_cancel (void)
{
  g_autofree char *path = g_build_filename (dir, "cancelled.xml", NULL);
  g_autoptr(GDir) listing = NULL;
  const char *name;
  Result result = { 0 };
  LsExchangeDialog *dialog = start (store, LS_EXCHANGE_EXPORT, path, &result);

  ls_exchange_dialog_cancel (dialog);
  wait_for (dialog, &result);
  g_assert_true (result.finished);
  if (g_strcmp0 (result.message, "Export cancelled. No file was written.") != 0)
    {
      g_test_incomplete ("the export ended before it could be cancelled");
      done (dialog, &result);
      g_remove (path);
      return;
    }
  listing = g_dir_open (dir, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    g_assert_false (g_str_has_prefix (name, "cancelled"));
  done (dialog, &result);
}

/* A read-only folder (or, as root, a missing one): the error names the
 * file and nothing is left behind. */
static void
test_export_error (void)
{
  g_autofree char *locked = g_build_filename (dir, "locked", NULL);
  g_autofree char *path = g_build_filename (locked, "cases.xml", NULL);
  g_autoptr(GDir) listing = NULL;
  Result result = { 0 };
  LsExchangeDialog *dialog;

  g_assert_cmpint (g_mkdir (locked, 0500), ==, 0);
  if (access (locked, W_OK) == 0)
    g_assert_cmpint (g_rmdir (locked), ==, 0);
  dialog = start (store, LS_EXCHANGE_EXPORT, path, &result);
  wait_for (dialog, &result);
  g_assert_false (result.finished);
  g_assert_cmpint (ls_exchange_dialog_get_state (dialog), ==, LS_EXCHANGE_STATE_FAILED);
  g_assert_nonnull (strstr (ls_exchange_dialog_get_error_text (dialog), "cases.xml"));
  if ((listing = g_dir_open (locked, 0, NULL)) != NULL)
    g_assert_null (g_dir_read_name (listing));
  /* Close ends it without a message. */
  ls_exchange_dialog_cancel (dialog);
  g_assert_true (result.finished);
  g_assert_null (result.message);
  done (dialog, &result);
  g_chmod (locked, 0700);
}

static void
test_malformed (void)
{
  g_autofree char *path = g_build_filename (dir, "broken.xml", NULL);
  g_autofree char *before = counts (db_path);
  g_autofree char *after = NULL;
  const char *text = "<?xml version=\"1.0\"?>\n"
                     "<livsskisse xmlns=\"https://livsskisse.org/ns/case/1\" version=\"1\">\n"
                     "  <person id=\"p1\" <oops/>\n"
                     "</livsskisse>\n";
  Result result = { 0 };
  LsExchangeDialog *dialog;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  dialog = start (store, LS_EXCHANGE_IMPORT, path, &result);
  wait_for (dialog, &result);
  g_assert_cmpint (ls_exchange_dialog_get_state (dialog), ==, LS_EXCHANGE_STATE_FAILED);
  g_assert_nonnull (strstr (ls_exchange_dialog_get_error_text (dialog), "broken.xml:3:"));
  after = counts (db_path);
  g_assert_cmpstr (before, ==, after);
  done (dialog, &result);
}

static void
answer (const char *response,
        const char *expect,
        Result     *result,
        char      **before,
        char      **after)
{
  LsExchangeDialog *dialog;

  *before = counts (db_path);
  dialog = start (store, LS_EXCHANGE_IMPORT, file, result);
  g_assert_cmpint (ls_exchange_dialog_get_state (dialog), ==, LS_EXCHANGE_STATE_CHECKING);
  wait_for (dialog, result);
  g_assert_cmpint (ls_exchange_dialog_get_state (dialog), ==, LS_EXCHANGE_STATE_ASKING);
  g_assert_nonnull (ls_exchange_dialog_get_question (dialog));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (ls_exchange_dialog_get_question (dialog)),
                            "600 people in this file are already registered"));
  adw_message_dialog_response (ls_exchange_dialog_get_question (dialog), response);
  wait_for (dialog, result);
  g_assert_true (result->finished);
  *after = counts (db_path);
  g_assert_cmpstr (result->message, ==, expect);
  done (dialog, result);
}

static void
test_conflict_cancel (void)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Result result = { 0 };

  answer ("cancel", "Import cancelled. Nothing was changed.", &result, &before, &after);
  g_assert_false (result.changed);
  g_assert_cmpstr (before, ==, after);
}

static void
test_conflict_merge (void)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_auto(GStrv) b = NULL;
  g_auto(GStrv) a = NULL;
  Result result = { 0 };

  /* The file is the database's own export: merging it adds nothing. */
  answer ("merge", "Nothing new in “exchange.xml”: everything in it is already in the database",
          &result, &before, &after);
  b = g_strsplit (before, " ", -1);
  a = g_strsplit (after, " ", -1);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpint (g_ascii_strtoll (a[i], NULL, 10), ==, g_ascii_strtoll (b[i], NULL, 10));
}

/* Into an empty database: progress moves, then Cancel undoes everything. */
static void
test_cancel_import (void)
{
  g_autofree char *path = g_build_filename (dir, "empty.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) empty = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_autofree char *before = counts (path);
  g_autofree char *after = NULL;
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  Result result = { 0 };
  LsExchangeDialog *dialog;

  g_assert_no_error (error);
  dialog = start (empty, LS_EXCHANGE_IMPORT, file, &result);
  while (!result.finished && g_get_monotonic_time () < deadline
         && (ls_exchange_dialog_get_state (dialog) != LS_EXCHANGE_STATE_RUNNING
             || ls_exchange_dialog_get_fraction (dialog) <= 0.0))
    g_main_context_iteration (NULL, TRUE);
  if (result.finished)
    {
      g_test_incomplete ("the import ended before it could be cancelled");
      done (dialog, &result);
      return;
    }
  g_assert_cmpint (ls_exchange_dialog_get_state (dialog), ==, LS_EXCHANGE_STATE_RUNNING);
  g_assert_cmpfloat (ls_exchange_dialog_get_fraction (dialog), >, 0.0);
  ls_exchange_dialog_cancel (dialog);
  wait_for (dialog, &result);
  g_assert_true (result.finished);
  g_assert_false (result.changed);
  g_assert_cmpstr (result.message, ==, "Import cancelled. Nothing was changed.");
  after = counts (path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr (after, ==, "0 0 0 0 0");
  done (dialog, &result);
}

/* Cancel pressed after the import committed (before the dialog heard of
 * it): the records are stored, and the dialog says so. */
static void
test_cancel_after_import (void)
{
  g_autofree char *path = g_build_filename (dir, "late-cancel.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) empty = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  g_autofree char *after = NULL;
  Result result = { 0 };
  LsExchangeDialog *dialog;

  g_assert_no_error (error);
  dialog = start (empty, LS_EXCHANGE_IMPORT, file, &result);
  /* The check first, then the import itself. */
  while (ls_exchange_dialog_get_state (dialog) != LS_EXCHANGE_STATE_RUNNING && !result.finished
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (ls_exchange_dialog_get_state (dialog), ==, LS_EXCHANGE_STATE_RUNNING);
  /* The main loop does not run: the worker commits unheard. Its chunks
   * show their persons as they commit; the import is the user's once the
   * last one has cleared the journal. */
  for (;;)
    {
      g_free (after);
      after = counts (path);
      if ((g_str_has_prefix (after, "600 ") && import_committed (path)) || g_get_monotonic_time () > deadline)
        break;
      g_usleep (20000);
    }
  g_assert_true (g_str_has_prefix (after, "600 "));
  g_assert_true (import_committed (path));
  ls_exchange_dialog_cancel (dialog);
  wait_for (dialog, &result);
  g_assert_true (result.finished);
  g_assert_true (result.changed);
  g_assert_cmpstr (result.message, ==, "Imported 600 people from “exchange.xml”");
  done (dialog, &result);
}

/* Cancel pressed after the export's file was renamed into place: the
 * dialog says the file was written. */
static void
test_cancel_after_export (void)
{
  g_autofree char *path = g_build_filename (dir, "late-cancel.xml", NULL);
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  Result result = { 0 };
  LsExchangeDialog *dialog = start (store, LS_EXCHANGE_EXPORT, path, &result);

  while (!g_file_test (path, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline)
    g_usleep (20000);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  ls_exchange_dialog_cancel (dialog);
  wait_for (dialog, &result);
  g_assert_true (result.finished);
  g_assert_nonnull (strstr (result.message, "Exported 600 people"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  done (dialog, &result);
  g_remove (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autofree char *count = g_strdup_printf ("%d", N_PERSONS);
  const char *cli = g_getenv ("LIVSSKISSE_CLI");
  int status = 0, result;

  LS_TEST_INIT_DISPLAY (&argc, &argv);

  dir = ls_test_mkdtemp ();
  db_path = g_build_filename (dir, "exchange.db", NULL);
  file = g_build_filename (dir, "exchange.xml", NULL);
  if (cli == NULL)
    {
      printf ("1..0 # SKIP LIVSSKISSE_CLI is not set\n");
      return 0;
    }
  {
    const char *args[] = { cli, "demo", "--persons", count, "--database", db_path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) args, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                                 NULL, NULL, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, &error));
  }
  store = ls_store_open (db_path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);

  g_test_add_func ("/ui/exchange/file-name", test_file_name);
  g_test_add_func ("/ui/exchange/progress", test_progress);
  g_test_add_func ("/ui/exchange/export", test_export);
  g_test_add_func ("/ui/exchange/export-cancel", test_export_cancel);
  g_test_add_func ("/ui/exchange/export-error", test_export_error);
  g_test_add_func ("/ui/exchange/malformed", test_malformed);
  g_test_add_func ("/ui/exchange/conflict-cancel", test_conflict_cancel);
  g_test_add_func ("/ui/exchange/cancel-import", test_cancel_import);
  g_test_add_func ("/ui/exchange/conflict-merge", test_conflict_merge);
  g_test_add_func ("/ui/exchange/cancel-after-import", test_cancel_after_import);
  g_test_add_func ("/ui/exchange/cancel-after-export", test_cancel_after_export);
  result = g_test_run ();

  g_object_unref (store);
  ls_test_rmdir (dir);
  g_free (file);
  g_free (db_path);
  g_free (dir);
  return result;
}
