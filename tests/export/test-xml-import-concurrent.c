/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A long import (the real CLI on a file of 3000 persons) beside the app:
 * the app's saves get through while it runs, and an import that is
 * killed, cancelled or fails on a record near the end of the file leaves
 * none of its records behind. */
#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ls-store-persons.h"
#include "ls-store-private.h"
#include "ls-test-util.h"
#include "ls-xml-import.h"

/* Enough for an import of many chunks (200 ms each) while the test saves;
 * the sanitizer build runs about three times slower, so it needs fewer. */
#ifdef __SANITIZE_ADDRESS__
#define N_PERSONS 1200
#else
#define N_PERSONS 3000
#endif

/* The file is made once for all tests. */
static char *big_dir;
static char *big_xml;

typedef struct
{
  char *dir;
  char *db;
} Fixture;

static void
make_big_file (void)
{
  g_autofree char *a = NULL;
  g_autofree char *first = NULL;
  g_autofree char *persons = g_strdup_printf ("%d", N_PERSONS);

  big_dir = ls_test_mkdtemp ();
  a = g_build_filename (big_dir, "A.db", NULL);
  first = g_build_filename (big_dir, "first.xml", NULL);
  big_xml = g_build_filename (big_dir, "big.xml", NULL);
  ls_test_run_cli ((const char *[]) { "demo", "--persons", persons, "--database", a, NULL });
  /* Exported twice: the file carries an export event for every person,
   * which an import adds to the audit (and its undo leaves there). */
  ls_test_run_cli ((const char *[]) { "export-xml", "-o", first, "--database", a, NULL });
  ls_test_run_cli ((const char *[]) { "export-xml", "-o", big_xml, "--database", a, NULL });
}

static LsStore *
open_store (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  LsStore *store = ls_store_open (f->db, LS_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  return store;
}

static void
setup (Fixture       *f,
       gconstpointer  data)
{
  g_autoptr(LsStore) store = NULL;

  f->dir = ls_test_mkdtemp ();
  f->db = g_build_filename (f->dir, "B.db", NULL);
  store = open_store (f);
}

static void
teardown (Fixture       *f,
          gconstpointer  data)
{
  ls_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->db);
}

static gint64
count (LsStore    *store,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 n = -1;

  g_assert_true (_ls_store_query_id (store, sql, &n, &error));
  g_assert_no_error (error);
  return n;
}

static gint64
save_person (LsStore    *store,
             const char *name)
{
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(GError) error = NULL;

  ls_person_set_given_name (person, name);
  ls_person_set_family_name (person, "Samtidig");
  g_assert_true (ls_store_save_person (store, person, &error));
  g_assert_no_error (error);
  return ls_person_get_id (person);
}

static GPid
spawn_import (Fixture *f)
{
  const char *argv[] = { g_getenv ("LIVSSKISSE_CLI"), "import-xml", "--database", f->db, big_xml, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;

  g_assert_nonnull (argv[0]);
  g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                 &pid, &error);
  g_assert_no_error (error);
  return pid;
}

/* Nothing of the import is left: no person but @kept, nothing journaled,
 * the file, its search indexes and its audit chain sound (also for
 * `check`). */
static void
assert_nothing_left (Fixture *f,
                     gint64   kept)
{
  g_autoptr(LsStore) store = open_store (f);   /* the next open undoes a dead import */
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;

  g_assert_cmpint (count (store, "SELECT count (*) FROM persons"), ==, kept);
  g_assert_cmpint (count (store, "SELECT count (*) FROM sketches"), ==, 0);
  g_assert_cmpint (count (store, "SELECT count (*) FROM sketch_entries"), ==, 0);
  g_assert_cmpint (count (store, "SELECT count (*) FROM decisions"), ==, 0);
  g_assert_cmpint (count (store, "SELECT count (*) FROM import_runs"), ==, 0);
  g_assert_cmpint (count (store, "SELECT count (*) FROM import_rows"), ==, 0);
  /* The audit keeps what happened, the undo included, on an unbroken chain. */
  g_assert_cmpint (count (store, "SELECT count (*) FROM audit WHERE object_type = 'import' AND action = 'delete'"),
                   ==, 1);
  g_assert_true (ls_store_check_integrity (store, &problem, &error));
  g_assert_no_error (error);
  g_assert_null (problem);
  g_assert_true (_ls_store_exec (store, "INSERT INTO person_words_fts (person_words_fts) VALUES ('integrity-check')", &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  ls_test_run_cli ((const char *[]) { "check", "--database", f->db, NULL });
}

/* The app saves while the import runs: every save gets through in well
 * under the busy timeout. */
static void
test_saves_during_import (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(LsStore) store = open_store (f);
  g_autoptr(GError) error = NULL;
  GPid pid = spawn_import (f);
  gint64 slowest = 0;
  guint saves = 0, during = 0;
  int status = 0;

  /* Let it parse its way in. */
  g_usleep (300 * G_TIME_SPAN_MILLISECOND);
  while (waitpid (pid, &status, WNOHANG) == 0)
    {
      g_autofree char *name = g_strdup_printf ("Lagret %u", saves);
      gint64 start = g_get_monotonic_time ();
      gint64 imported;

      save_person (store, name);
      slowest = MAX (slowest, g_get_monotonic_time () - start);
      saves++;
      imported = count (store, "SELECT count (*) FROM persons") - saves;
      if (imported > 0 && imported < N_PERSONS)
        during++;
      g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_TIME_SPAN_SECOND);
      g_usleep (50 * G_TIME_SPAN_MILLISECOND);
    }
  g_spawn_close_pid (pid);
  g_assert_true (g_spawn_check_wait_status (status, &error));
  g_assert_no_error (error);
  g_test_message ("%u saves during the import, the slowest %" G_GINT64_FORMAT " ms", saves, slowest / 1000);
  /* The saves were really made while the import was half way. */
  g_assert_cmpuint (during, >=, 3);
  g_assert_cmpint (count (store, "SELECT count (*) FROM persons"), ==, N_PERSONS + saves);
  g_assert_cmpint (count (store, "SELECT count (*) FROM import_runs"), ==, 0);
  g_assert_cmpint (count (store, "SELECT count (*) FROM import_rows"), ==, 0);
  /* Every person is searchable once: the index matches the table. */
  g_assert_true (_ls_store_exec (store, "INSERT INTO person_words_fts (person_words_fts) VALUES ('integrity-check')", &error));
  g_assert_no_error (error);
  g_assert_cmpint (count (store, "SELECT count (*) FROM person_words_fts WHERE person_words_fts MATCH 'Samtidig'"), ==, saves);
}

/* Killed half way: the next open removes what it had written; the
 * person the user had before stays. */
static void
test_killed_import (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(LsStore) store = open_store (f);
  gint64 deadline = g_get_monotonic_time () + 60 * G_TIME_SPAN_SECOND;
  GPid pid;
  int status = 0;

  save_person (store, "Fra før");
  pid = spawn_import (f);
  /* Until a good part of the import is in the database. */
  while (count (store, "SELECT count (*) FROM persons") < 1 + N_PERSONS / 4)
    {
      g_assert_cmpint (waitpid (pid, &status, WNOHANG), ==, 0);   /* still importing */
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_usleep (20 * G_TIME_SPAN_MILLISECOND);
    }
  g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  g_assert_true (WIFSIGNALED (status));
  /* This process's open connection does not undo it: a new open does. */
  g_clear_object (&store);
  assert_nothing_left (f, 1);
}

typedef struct
{
  Fixture      *f;
  GCancellable *cancellable;
  gint64        seen;   /* persons another connection saw before the cancel */
} Cancel;

static void
cancel_half_way (guint64  done,
                 guint64  total,
                 gpointer user_data)
{
  Cancel *c = user_data;
  g_autoptr(LsStore) store = NULL;

  if (done <= total / 2 || g_cancellable_is_cancelled (c->cancellable))
    return;
  /* Opening the database while this process imports leaves the import be. */
  store = open_store (c->f);
  c->seen = count (store, "SELECT count (*) FROM persons");
  g_cancellable_cancel (c->cancellable);
}

/* Cancelled half way (the app's Cancel): nothing is left, at once. */
static void
test_cancelled_import (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(LsStore) store = open_store (f);
  g_autoptr(LsStore) other = open_store (f);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Cancel c = { f, cancellable, 0 };

  g_assert_false (ls_xml_import_file_with_progress (store, big_xml, LS_XML_IMPORT_DEFAULT, NULL,
                                                    cancel_half_way, &c, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  /* Chunks had been committed: the undo took them out again. */
  g_assert_cmpint (c.seen, >, N_PERSONS / 4);
  g_assert_cmpint (count (other, "SELECT count (*) FROM persons"), ==, 0);
  g_clear_object (&other);
  g_clear_object (&store);
  assert_nothing_left (f, 0);
}

/* A record near the end of the file that is refused only while writing
 * (the first person once more): the committed chunks are undone. */
static void
test_failing_import (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *bad = g_build_filename (f->dir, "bad.xml", NULL);
  g_autofree char *xml = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GError) error = NULL;
  const char *first, *first_end, *last_end;
  const char *argv[] = { g_getenv ("LIVSSKISSE_CLI"), "import-xml", "--database", f->db, bad, NULL };
  g_autofree char *err = NULL;
  int status = 0;

  g_assert_true (g_file_get_contents (big_xml, &xml, NULL, NULL));
  first = strstr (xml, "<person ");
  first_end = strstr (first, "</person>") + strlen ("</person>");
  last_end = g_strrstr (xml, "</person>") + strlen ("</person>");
  text = g_string_new_len (xml, last_end - xml);
  g_string_append (text, "\n  ");
  g_string_append_len (text, first, first_end - first);
  g_string_append (text, last_end);
  g_assert_true (g_file_set_contents (bad, text->str, text->len, NULL));

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err, &status, &error);
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, "another person in the file has the same id"));
  assert_nothing_left (f, 0);
}

int
main (int   argc,
      char *argv[])
{
  int result;

  g_test_init (&argc, &argv, NULL);
  if (!g_test_subprocess ())
    make_big_file ();
  g_test_add ("/xml-import/concurrent/saves-get-through", Fixture, NULL, setup, test_saves_during_import,
              teardown);
  g_test_add ("/xml-import/concurrent/killed", Fixture, NULL, setup, test_killed_import, teardown);
  g_test_add ("/xml-import/concurrent/cancelled", Fixture, NULL, setup, test_cancelled_import, teardown);
  g_test_add ("/xml-import/concurrent/failing-late", Fixture, NULL, setup, test_failing_import, teardown);
  result = g_test_run ();
  ls_test_rmdir (big_dir);
  return result;
}
