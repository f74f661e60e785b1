/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Screens that stay current (issue 15): a watch on a team database is told
 * of every change another connection commits — kind, person and id, never
 * names or text — within a second, in the main loop; after its connection
 * was lost it connects again and says that anything may have changed. A
 * file on one desk has no one else's changes to tell. */
#include <libpq-fe.h>

#include "ls-store-persons.h"
#include "ls-store-sketches.h"
#include "ls-store-watch.h"
#include "ls-test-sketch.h"
#include "ls-test-util.h"

typedef struct
{
  char         *dir;
  char         *location;
  LsStore      *store;       /* the caseworker's window */
  LsStoreWatch *watch;
  PGconn       *other;       /* another caseworker, on PostgreSQL */
  gint64        person_id;
  gint64        sketch_id;
  gint64        entry_id;
  /* What "changed" said, and when (monotonic, µs). */
  GArray       *seen;
} Fixture;

typedef struct
{
  int      kind;
  gint64   person_id;
  gint64   id;
  gboolean own;
  gint64   at;
} Seen;

static void
changed_cb (LsStoreWatch *watch,
            int           kind,
            gint64        person_id,
            gint64        id,
            gboolean      own,
            Fixture      *f)
{
  Seen seen = { kind, person_id, id, own, g_get_monotonic_time () };

  g_array_append_val (f->seen, seen);
}

/* Runs the main loop until @done (@f) or @timeout_ms passed. */
static gboolean
spin_until (gboolean (*done) (Fixture *f),
            Fixture  *f,
            guint     timeout_ms)
{
  gint64 deadline = g_get_monotonic_time () + timeout_ms * G_TIME_SPAN_MILLISECOND;

  while (!done (f) && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (500);
  return done (f);
}

static gboolean
listening (Fixture *f)
{
  return ls_store_watch_get_listening (f->watch);
}

static gboolean
not_listening (Fixture *f)
{
  return !ls_store_watch_get_listening (f->watch);
}

/* For waiting a while. */
static gboolean
never (Fixture *f)
{
  return FALSE;
}

static gboolean
seen_any (Fixture *f)
{
  return f->seen->len > 0;
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ls_test_mkdtemp ();
  f->location = ls_test_store_location (f->dir, "t.db");
  f->store = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_test_save_person_with_entry (f->store, &f->person_id, &f->sketch_id, &f->entry_id);
  f->seen = g_array_new (FALSE, FALSE, sizeof (Seen));

  f->watch = ls_store_watch (f->store, NULL);
  g_signal_connect (f->watch, "changed", G_CALLBACK (changed_cb), f);
  if (ls_test_on_postgresql ())
    {
      f->other = PQconnectdb (f->location);
      g_assert_cmpint (PQstatus (f->other), ==, CONNECTION_OK);
      g_assert_true (spin_until (listening, f, 10000));
    }
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_clear_object (&f->watch);
  g_clear_object (&f->store);
  g_clear_pointer (&f->other, PQfinish);
  g_array_unref (f->seen);
  ls_test_drop_store (f->location);
  g_free (f->location);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
}

/* Another caseworker's statement, committed. */
static void
other_exec (Fixture    *f,
            const char *sql)
{
  PGresult *result = PQexec (f->other, sql);

  g_assert_cmpstr (PQresultErrorMessage (result), ==, "");
  PQclear (result);
}

static gboolean
skip_unless_postgresql (void)
{
  if (ls_test_on_postgresql ())
    return FALSE;
  g_test_skip ("a file on one desk has no other caseworkers' changes to tell");
  return TRUE;
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* A rename by another caseworker arrives within a second, naming the
 * person and nothing of what they are called; measured 20 times. */
static void
test_rename_arrives_in_time (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (skip_unless_postgresql ())
    return;
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *sql = g_strdup_printf ("UPDATE persons SET given_name = 'Åse %u' WHERE id = %" G_GINT64_FORMAT,
                                              i, f->person_id);
      gint64 started = g_get_monotonic_time (), span;
      const Seen *seen;

      g_array_set_size (f->seen, 0);
      other_exec (f, sql);
      g_assert_true (spin_until (seen_any, f, 1000));
      seen = &g_array_index (f->seen, Seen, 0);
      span = seen->at - started;
      g_array_append_val (spans, span);
      g_assert_cmpint (seen->kind, ==, LS_STORE_CHANGE_PERSON);
      g_assert_cmpint (seen->person_id, ==, f->person_id);
      g_assert_cmpint (seen->id, ==, f->person_id);
      g_assert_false (seen->own);
    }
  g_array_sort (spans, compare_spans);
  g_test_message ("notification latency: median %.2f ms, worst %.2f ms (of 20, from before the UPDATE)",
                  g_array_index (spans, gint64, 10) / 1000.0, g_array_index (spans, gint64, 19) / 1000.0);
  g_assert_cmpint (g_array_index (spans, gint64, 19), <, G_USEC_PER_SEC);
}

/* An entry changed by someone else is a change to its sketch, with the
 * sketch's and the person's ids; the payload holds no text. */
static void
test_entry_is_a_sketch_change (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *sql = NULL;
  const Seen *seen;

  if (skip_unless_postgresql ())
    return;
  sql = g_strdup_printf ("UPDATE sketch_entries SET text = 'hemmelig tekst' WHERE id = %" G_GINT64_FORMAT,
                         f->entry_id);
  other_exec (f, sql);
  g_assert_true (spin_until (seen_any, f, 1000));
  seen = &g_array_index (f->seen, Seen, 0);
  g_assert_cmpint (seen->kind, ==, LS_STORE_CHANGE_SKETCH);
  g_assert_cmpint (seen->person_id, ==, f->person_id);
  g_assert_cmpint (seen->id, ==, f->sketch_id);
  g_assert_false (seen->own);
}

/* The program's own connections' changes say so, also when the connection
 * closed before the change was read: a screen shows them already. */
static void
test_own_change (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) second = NULL;
  const Seen *seen;

  if (skip_unless_postgresql ())
    return;
  second = ls_store_open_another (f->store, &error);
  g_assert_no_error (error);
  g_assert_true (ls_store_save_entry_text (second, f->entry_id, "ny tekst", &error));
  g_assert_no_error (error);
  /* A worker's connection may be closed before its change is read. */
  g_clear_object (&second);
  g_assert_true (spin_until (seen_any, f, 1000));
  seen = &g_array_index (f->seen, Seen, 0);
  g_assert_cmpint (seen->kind, ==, LS_STORE_CHANGE_SKETCH);
  g_assert_cmpint (seen->id, ==, f->sketch_id);
  g_assert_true (seen->own);
}

/* A batch (an import, a copy) says once that anything may have changed,
 * not once a row. */
static void
test_batch_says_all_once (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (skip_unless_postgresql ())
    return;
  g_assert_true (ls_store_begin_batch (f->store, &error));
  for (guint i = 0; i < 50; i++)
    {
      g_autoptr(LsPerson) person = ls_person_new ();

      ls_person_set_given_name (person, "Ny");
      ls_person_set_family_name (person, "Person");
      g_assert_true (ls_store_save_person (f->store, person, &error));
      g_assert_no_error (error);
    }
  g_assert_true (ls_store_end_batch (f->store, &error));
  g_assert_no_error (error);
  g_assert_true (spin_until (seen_any, f, 1000));
  /* Anything else would have arrived with it. */
  spin_until (never, f, 300);
  g_assert_cmpuint (f->seen->len, ==, 1);
  g_assert_cmpint (g_array_index (f->seen, Seen, 0).kind, ==, LS_STORE_CHANGE_ALL);
  g_assert_cmpint (g_array_index (f->seen, Seen, 0).person_id, ==, 0);
}

/* The server ends the listening connection: the watch connects again by
 * itself, says that anything may have changed meanwhile, and hears the
 * next change. */
static void
test_reconnects (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *sql = NULL;

  if (skip_unless_postgresql ())
    return;
  other_exec (f, "SELECT pg_terminate_backend (pid) FROM pg_stat_activity"
                 " WHERE query = 'LISTEN livsskisse' AND datname = current_database ()");
  g_assert_true (spin_until (not_listening, f, 5000));
  g_assert_true (spin_until (listening, f, 10000));
  g_assert_true (spin_until (seen_any, f, 1000));
  g_assert_cmpint (g_array_index (f->seen, Seen, 0).kind, ==, LS_STORE_CHANGE_ALL);
  g_array_set_size (f->seen, 0);
  sql = g_strdup_printf ("UPDATE persons SET family_name = 'Berg' WHERE id = %" G_GINT64_FORMAT, f->person_id);
  other_exec (f, sql);
  g_assert_true (spin_until (seen_any, f, 1000));
  g_assert_cmpint (g_array_index (f->seen, Seen, 0).kind, ==, LS_STORE_CHANGE_PERSON);
}

/* SQLite: nothing to listen to, and nothing said. */
static void
test_file_never_listens (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  if (ls_test_skip_unless_sqlite ("a team database listens"))
    return;
  g_assert_true (ls_store_save_entry_text (f->store, f->entry_id, "ny tekst", &error));
  spin_until (never, f, 300);
  g_assert_false (ls_store_watch_get_listening (f->watch));
  g_assert_cmpuint (f->seen->len, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ls_test_init_engine ();
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/store/watch/rename-arrives-in-time", test_rename_arrives_in_time);
  ADD ("/store/watch/entry-is-a-sketch-change", test_entry_is_a_sketch_change);
  ADD ("/store/watch/own-change", test_own_change);
  ADD ("/store/watch/batch-says-all-once", test_batch_says_all_once);
  ADD ("/store/watch/reconnects", test_reconnects);
  ADD ("/store/watch/file-never-listens", test_file_never_listens);
#undef ADD
  return g_test_run ();
}
