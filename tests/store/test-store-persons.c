/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Persons, cases and life sketches: round trips, search, name order, the
 * lazy list, and the audit log. */
#include <string.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "ls-person-list.h"
#include "ls-store-caseload.h"
#include "ls-store-cases.h"
#include "ls-store-exchange.h"
#include "ls-store-persons.h"
#include "ls-store-private.h"
#include "ls-store-sketches.h"
#include "ls-store-teams.h"
#include "ls-test-util.h"
#include "ls-value.h"
#include "ls-db-sqlite.h"

typedef struct
{
  char    *dir;
  char    *location;
  LsStore *store;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ls_test_mkdtemp ();
  f->location = ls_test_store_location (f->dir, "t.db");
  f->store = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_store_set_actor (f->store, "Saksbehandler Test");
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_object (&f->store);
  ls_test_drop_store (f->location);
  g_free (f->location);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
}

static LsPerson *
add_person (LsStore    *store,
            const char *given,
            const char *family)
{
  g_autoptr(GError) error = NULL;
  LsPerson *person = ls_person_new ();

  ls_person_set_given_name (person, given);
  ls_person_set_family_name (person, family);
  g_assert_true (ls_store_save_person (store, person, &error));
  g_assert_no_error (error);
  return person;
}

static void
test_person_round_trip (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsPerson) back = NULL;
  g_autoptr(GDate) birth = ls_date_new_dmy (3, 2, 1999);

  ls_person_set_given_name (person, "Åse");
  ls_person_set_family_name (person, "Bakkeli");
  ls_person_set_birth_date (person, birth);
  ls_person_set_national_id (person, "038299 123 45");
  ls_person_set_phone (person, "99 99 99 99");
  ls_person_set_email (person, "ase@example.org");
  ls_person_set_address (person, "Storgata 1, 1530 Moss");
  ls_person_set_representative_name (person, "Per Bakkeli");
  ls_person_set_representative_relation (person, "guardian");
  ls_person_set_plain_language (person, TRUE);
  ls_person_set_pictograms (person, TRUE);
  ls_person_set_interpreter_language (person, "so");
  ls_person_set_consent_share (person, TRUE);
  ls_person_set_consent_plan (person, TRUE);
  ls_person_set_written_language (person, "nn");
  g_assert_true (ls_store_save_person (f->store, person, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_person_get_id (person), >, 0);

  back = ls_store_load_person (f->store, ls_person_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ls_person_get_given_name (back), ==, "Åse");
  g_assert_cmpstr (ls_person_get_family_name (back), ==, "Bakkeli");
  g_assert_cmpint (g_date_compare (ls_person_get_birth_date (back), birth), ==, 0);
  g_assert_cmpstr (ls_person_get_national_id (back), ==, "03829912345");
  g_assert_cmpstr (ls_person_get_phone (back), ==, "99 99 99 99");
  g_assert_cmpstr (ls_person_get_email (back), ==, "ase@example.org");
  g_assert_cmpstr (ls_person_get_address (back), ==, "Storgata 1, 1530 Moss");
  g_assert_cmpstr (ls_person_get_representative_name (back), ==, "Per Bakkeli");
  g_assert_cmpstr (ls_person_get_representative_relation (back), ==, "guardian");
  g_assert_true (ls_person_get_plain_language (back));
  g_assert_true (ls_person_get_pictograms (back));
  g_assert_cmpstr (ls_person_get_interpreter_language (back), ==, "so");
  g_assert_true (ls_person_get_consent_share (back));
  g_assert_true (ls_person_get_consent_plan (back));
  g_assert_cmpstr (ls_person_get_written_language (back), ==, "nn");

  /* Update, then delete. */
  ls_person_set_family_name (person, "Bakken");
  g_assert_true (ls_store_save_person (f->store, person, &error));
  g_clear_object (&back);
  back = ls_store_load_person (f->store, ls_person_get_id (person), &error);
  g_assert_cmpstr (ls_person_get_family_name (back), ==, "Bakken");
  g_assert_true (ls_store_delete_person (f->store, ls_person_get_id (person), &error));
  g_assert_no_error (error);
  g_assert_null (ls_store_load_person (f->store, ls_person_get_id (person), &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_FOUND);
}

static void
test_collation (Fixture      *f,
                gconstpointer data)
{
  /* ICU's Norwegian order, the same on both engines: "Aa" is "Å", Ü is
   * Y, Ö is Ø, Ä is Æ (docs/sorting.md). */
  static const char * const expected[] = {
    "ábel", "Berg", "Über", "Zahl", "Ärlig", "Æsøy", "Öberg", "Ødegård", "øvre", "Ås", "Aas", "Åsen",
  };
  static const char * const insert_order[] = {
    "Ås", "Ødegård", "Zahl", "Öberg", "Æsøy", "Berg", "Åsen", "Über", "øvre",
    "Ärlig", "Aas", "ábel",
  };
  g_autoptr(GPtrArray) page = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (insert_order); i++)
    g_object_unref (add_person (f->store, "", insert_order[i]));
  page = ls_store_list_persons_page (f->store, NULL, 100, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < page->len; i++)
    g_assert_cmpstr (ls_person_get_family_name (g_ptr_array_index (page, i)), ==, expected[i]);

  g_assert_cmpint (_ls_collate_nb_strcmp ("Zorro", "Ærlig"), <, 0);
  g_assert_cmpint (_ls_collate_nb_strcmp ("Ærlig", "Ørn"), <, 0);
  g_assert_cmpint (_ls_collate_nb_strcmp ("Ørn", "Åse"), <, 0);
  g_assert_cmpint (_ls_collate_nb_strcmp ("åse", "Åse"), !=, 0);
  g_assert_cmpint (_ls_collate_nb_strcmp ("abc", "ABD"), <, 0);
}

/* A page of search results holds the first matches in name order, by name
 * or by the person's own words alike, on both engines. */
static void
test_search_page (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) everyone = NULL;
  guint matching = 0;

  g_assert_true (_ls_store_begin (f->store, &error));
  for (guint i = 0; i < 90; i++)
    {
      /* Names in no order of insertion; every third one matches "berg"
       * only through an entry. */
      g_autofree char *family = g_strdup_printf (i % 3 == 2 ? "Dal%02u" : "Berg%02u", (i * 37) % 90);
      LsPerson *person = add_person (f->store, i % 2 ? "Åse" : "Ola", family);

      if (i % 3 == 2)
        {
          g_autoptr(LsSketch) sketch = ls_sketch_new ();
          g_autoptr(LsSketchEntry) entry = ls_sketch_entry_new_with ("leisure", LS_ENTRY_WISH, LS_ENTRY_AUTHOR_PERSON,
                                                                    "Tur til Bergen");

          ls_sketch_set_person_id (sketch, ls_person_get_id (person));
          g_list_store_append (ls_sketch_get_entries (sketch), entry);
          g_assert_true (ls_store_save_sketch (f->store, sketch, &error));
        }
      g_ptr_array_add (all, person);
    }
  g_assert_true (_ls_store_commit (f->store, &error));

  found = ls_store_search_persons (f->store, "berg", 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 50);
  /* The first 50 of everyone matching, in the list's own order. */
  everyone = ls_store_list_persons_page (f->store, NULL, 1000, &error);
  for (guint i = 0; i < everyone->len && matching < 50; i++)
    {
      LsPerson *person = g_ptr_array_index (everyone, i);

      g_assert_cmpint (ls_person_get_id (person), ==, ls_person_get_id (g_ptr_array_index (found, matching)));
      matching++;
    }
  g_assert_cmpuint (matching, ==, 50);
}

/* Every search page is the list's own order, by family name prefix
 * @prefix (lower case) and by the given name "Kari" ("k"). */
static void
assert_search_in_list_order (LsStore    *store,
                             const char *prefix)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) everyone = ls_store_list_persons_page (store, NULL, 1000, &error);
  const char *queries[] = { prefix, "k" };

  g_assert_no_error (error);
  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GPtrArray) found = ls_store_search_persons (store, queries[q], 1000, &error);
      guint matching = 0;

      g_assert_no_error (error);
      for (guint i = 0; i < everyone->len; i++)
        {
          LsPerson *person = g_ptr_array_index (everyone, i);
          g_autofree char *family = g_utf8_strdown (ls_person_get_family_name (person), -1);
          gboolean match = q == 0 ? g_str_has_prefix (family, prefix)
                                  : g_strcmp0 (ls_person_get_given_name (person), "Kari") == 0;

          if (!match)
            continue;
          g_assert_cmpuint (matching, <, found->len);
          g_assert_cmpint (ls_person_get_id (person), ==, ls_person_get_id (g_ptr_array_index (found, matching)));
          /* The names shown are the person's own, renamed or not. */
          g_assert_cmpstr (ls_person_get_family_name (g_ptr_array_index (found, matching)), ==,
                           ls_person_get_family_name (person));
          g_assert_cmpstr (ls_person_get_given_name (g_ptr_array_index (found, matching)), ==,
                           ls_person_get_given_name (person));
          matching++;
        }
      g_assert_cmpuint (matching, ==, found->len);
    }
  /* SQLite: the ranks are the name order, and the index is sound. */
  if (!ls_test_on_postgresql ())
    {
      sqlite3 *handle = _ls_db_sqlite_handle (_ls_store_get_db (store));
      sqlite3_stmt *stmt = NULL;
      guint i = 0;

      g_assert_cmpint (sqlite3_exec (handle, "INSERT INTO person_words_fts (person_words_fts) VALUES ('integrity-check')",
                                     NULL, NULL, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT person_id FROM search_order ORDER BY rank", -1, &stmt, NULL),
                       ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          g_assert_cmpuint (i, <, everyone->len);
          g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, ls_person_get_id (g_ptr_array_index (everyone, i)));
          i++;
        }
      sqlite3_finalize (stmt);
      g_assert_cmpuint (i, ==, everyone->len);
      /* The summary kept beside each rank is the person's (step 18). */
      g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT count(*) FROM search_order o JOIN persons p"
                                           " ON p.id = o.person_id WHERE (o.given_name, o.family_name,"
                                           " o.birth_date, o.national_id) IS NOT (p.given_name, p.family_name,"
                                           " p.birth_date, p.national_id)", -1, &stmt, NULL), ==, SQLITE_OK);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
      g_assert_cmpint (sqlite3_column_int64 (stmt, 0), ==, 0);
      sqlite3_finalize (stmt);
    }
}

/* The search's name order holds however names arrive: forty names that
 * each go into the same gap (just before "Mb"), so that the gap runs out
 * and its neighbours are spread out again; renamed and removed persons;
 * a batch that adds more among them. */
static void
test_search_order (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) family = g_string_new ("Ma");

  g_ptr_array_add (people, add_person (f->store, "Ola", "Mb"));
  g_ptr_array_add (people, add_person (f->store, "Ola", "Ma"));
  for (guint i = 0; i < 40; i++)
    {
      g_string_append_c (family, 'z');
      g_ptr_array_add (people, add_person (f->store, i % 2 ? "Kari" : "Per", family->str));
    }
  assert_search_in_list_order (f->store, "ma");

  ls_person_set_family_name (g_ptr_array_index (people, 10), "Lund");
  g_assert_true (ls_store_save_person (f->store, g_ptr_array_index (people, 10), &error));
  ls_person_set_family_name (g_ptr_array_index (people, 20), "Mazzz");
  g_assert_true (ls_store_save_person (f->store, g_ptr_array_index (people, 20), &error));
  /* A new given name, birth date and national id, the rank unchanged. */
  {
    LsPerson *person = g_ptr_array_index (people, 21);
    g_autoptr(GDate) born = g_date_new_dmy (3, G_DATE_FEBRUARY, 1999);

    ls_person_set_given_name (person, "Kari");
    ls_person_set_birth_date (person, born);
    ls_person_set_national_id (person, "03829912345");
    g_assert_true (ls_store_save_person (f->store, person, &error));
  }
  g_assert_true (ls_store_delete_person (f->store, ls_person_get_id (g_ptr_array_index (people, 30)), &error));
  g_assert_no_error (error);
  assert_search_in_list_order (f->store, "ma");

  g_assert_true (ls_store_begin_batch (f->store, &error));
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *name = g_strdup_printf ("Maz%c%02u", 'a' + (i % 26), i);

      g_object_unref (add_person (f->store, "Kari", name));
    }
  g_assert_true (ls_store_end_batch (f->store, &error));
  g_assert_no_error (error);
  assert_search_in_list_order (f->store, "maz");
}

/* The summary beside a rank is the schema's to keep, whoever gives the
 * rank: a rank inserted as a program from before step 18 inserts it
 * (still open on the file when a newer one migrated it) shows the
 * person's names all the same. */
static void
test_search_summary_any_writer (Fixture      *f,
                                gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) person = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *sql = NULL;
  sqlite3 *handle;

  if (ls_test_on_postgresql ())
    {
      g_test_skip ("the search order's ranks are SQLite's");
      return;
    }
  person = add_person (f->store, "Kari", "Nordmann");
  handle = _ls_db_sqlite_handle (_ls_store_get_db (f->store));
  sql = g_strdup_printf ("DELETE FROM search_order WHERE person_id = %" G_GINT64_FORMAT ";"
                         "INSERT INTO search_order (person_id, rank) VALUES (%" G_GINT64_FORMAT ", 4294967296);",
                         ls_person_get_id (person), ls_person_get_id (person));
  g_assert_cmpint (sqlite3_exec (handle, sql, NULL, NULL, NULL), ==, SQLITE_OK);
  found = ls_store_search_persons (f->store, "nordm", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpstr (ls_person_get_given_name (g_ptr_array_index (found, 0)), ==, "Kari");
  g_assert_cmpstr (ls_person_get_family_name (g_ptr_array_index (found, 0)), ==, "Nordmann");
}

/* A page of search matches is read from a few pages of the file, not a
 * page a person: on a cold cache, the first search for everyone named
 * Kari among 2 000 persons whose ids are not in name order reads the 50
 * summaries from search_order's index in rank order (schema step 18).
 * Reading them from persons (in id order) missed the cache 60 times. */
static void
test_search_cold_pages (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autofree char *address = g_strnfill (120, 'a');
  int misses_before = 0, misses_after = 0, highest = 0;
  sqlite3 *handle;

  if (ls_test_on_postgresql ())
    {
      g_test_skip ("the search order's pages are SQLite's");
      return;
    }
  g_assert_true (ls_store_begin_batch (f->store, &error));
  for (guint i = 0; i < 2000; i++)
    {
      g_autoptr(LsPerson) person = ls_person_new ();
      g_autofree char *family = g_strdup_printf ("Berg%04u", (i * 7919) % 2000);

      ls_person_set_given_name (person, "Kari");
      ls_person_set_family_name (person, family);
      ls_person_set_address (person, address);
      g_assert_true (ls_store_save_person (f->store, person, &error));
    }
  g_assert_true (ls_store_end_batch (f->store, &error));
  g_assert_no_error (error);
  g_clear_object (&f->store);

  f->store = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  handle = _ls_db_sqlite_handle (_ls_store_get_db (f->store));
  g_assert_cmpint (sqlite3_db_status (handle, SQLITE_DBSTATUS_CACHE_MISS, &misses_before, &highest, 0), ==, SQLITE_OK);
  found = ls_store_search_persons (f->store, "kari", 50, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sqlite3_db_status (handle, SQLITE_DBSTATUS_CACHE_MISS, &misses_after, &highest, 0), ==, SQLITE_OK);
  g_assert_cmpuint (found->len, ==, 50);
  g_assert_cmpstr (ls_person_get_family_name (g_ptr_array_index (found, 0)), ==, "Berg0000");
  g_assert_cmpstr (ls_person_get_family_name (g_ptr_array_index (found, 49)), ==, "Berg0049");
  g_test_message ("cache misses of the first search: %d", misses_after - misses_before);
  g_assert_cmpint (misses_after - misses_before, <, 20);
}

/* A progress handler or commit hook counting its calls. */
static int
count_calls (void *data)
{
  (*(guint64 *) data)++;
  return 0;
}

/* The SQLite work of ending a batch that added one person to a caseload
 * of @persons, in steps of 100 virtual machine instructions. */
static guint64
batch_end_work (Fixture *f,
                guint    persons)
{
  g_autoptr(GError) error = NULL;
  sqlite3 *handle = _ls_db_sqlite_handle (_ls_store_get_db (f->store));
  guint64 steps = 0;

  g_assert_true (ls_store_begin_batch (f->store, &error));
  for (guint i = 0; i < persons; i++)
    {
      g_autofree char *name = g_strdup_printf ("Berg%05u", i);

      g_object_unref (add_person (f->store, "Ola", name));
    }
  g_assert_true (ls_store_end_batch (f->store, &error));
  g_assert_no_error (error);
  g_assert_true (ls_store_begin_batch (f->store, &error));
  g_object_unref (add_person (f->store, "Kari", "Berg00001x"));
  sqlite3_progress_handler (handle, 100, count_calls, &steps);
  g_assert_true (ls_store_end_batch (f->store, &error));
  sqlite3_progress_handler (handle, 0, NULL, NULL);
  g_assert_no_error (error);
  return steps;
}

/* Ending a batch places the persons it added by walking them, not every
 * person in name order: its work stays the same with a caseload 20 times
 * larger (an import ends one every 200 ms). */
static void
test_batch_end_work (Fixture      *f,
                     gconstpointer data)
{
  guint64 small, large;

  if (ls_test_on_postgresql ())
    {
      g_test_skip ("the ranks of the search order are SQLite's");
      return;
    }
  small = batch_end_work (f, 100);
  fixture_teardown (f, data);
  fixture_setup (f, data);
  large = batch_end_work (f, 2000);
  g_test_message ("ending the batch: %" G_GUINT64_FORMAT " vs %" G_GUINT64_FORMAT " x 100 steps", small, large);
  g_assert_cmpuint (large, <, 2 * small + 10);
}

/* Persons of one name come in id order, so each new one goes after the
 * last of that name: one a batch (an import's chunks), 100 times, into
 * the same gap. Halving the gap each time left none after 32, and every
 * one after that spread the persons around it out again, moving their
 * search documents (a sixth of a 100 000-person import's time). The
 * persons around keep their ranks. ("Aa" sorts as "Å", last.) */
static gint64
rank_of (Fixture  *f,
         LsPerson *person)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT rank FROM search_order WHERE person_id = %" G_GINT64_FORMAT,
                                          ls_person_get_id (person));
  gint64 rank = 0;

  g_assert_true (_ls_store_query_id (f->store, sql, &rank, &error));
  g_assert_no_error (error);
  return rank;
}

static void
test_same_name_appends (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) first = NULL;
  g_autoptr(LsPerson) next = NULL;
  gint64 first_rank, next_rank, placed = 0;

  if (ls_test_on_postgresql ())
    {
      g_test_skip ("the ranks of the search order are SQLite's");
      return;
    }
  first = add_person (f->store, "Kari", "Dahl");
  next = add_person (f->store, "Ola", "Eide");
  first_rank = rank_of (f, first);
  next_rank = rank_of (f, next);
  for (guint i = 0; i < 100; i++)
    {
      g_assert_true (ls_store_begin_batch (f->store, &error));
      g_object_unref (add_person (f->store, "Kari", "Dahl"));
      g_assert_true (ls_store_end_batch (f->store, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpint (rank_of (f, first), ==, first_rank);
  g_assert_cmpint (rank_of (f, next), ==, next_rank);
  g_assert_true (_ls_store_query_id (f->store, "SELECT count (*) FROM search_order", &placed, &error));
  g_assert_cmpint (placed, ==, 102);
  assert_search_in_list_order (f->store, "dahl");
}

/* A batch in a series of them (an import's chunks) leaves the WAL to be
 * checkpointed as one batch's would be, not when each batch ends; the
 * series' last batch checkpoints as usual. */
static void
test_bulk_batches_checkpoint (Fixture      *f,
                              gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *address = g_strnfill (4000, 'a');
  GStatBuf before, after;

  if (ls_test_on_postgresql ())
    {
      g_test_skip ("checkpoints are SQLite's");
      return;
    }
  path = g_strdup (ls_store_get_path (f->store));
  g_assert_cmpint (g_stat (path, &before), ==, 0);
  for (guint round = 0; round < 2; round++)
    {
      /* The second round is the series' end. */
      ls_store_set_series (f->store, round == 0);
      g_assert_true (ls_store_begin_batch (f->store, &error));
      for (guint i = 0; i < 1500; i++)
        {
          g_autoptr(LsPerson) person = ls_person_new ();
          g_autofree char *name = g_strdup_printf ("Dal%05u%u", i, round);

          ls_person_set_family_name (person, name);
          ls_person_set_address (person, address);
          g_assert_true (ls_store_save_person (f->store, person, &error));
        }
      g_assert_true (ls_store_end_batch (f->store, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_stat (path, &after), ==, 0);
      /* More than 1 000 pages (4 MB) were written: the default would have
       * copied them into the database file when the batch ended. */
      if (round == 0)
        g_assert_cmpint (after.st_size, <, before.st_size + 1024 * 1024);
      else
        g_assert_cmpint (after.st_size, >, before.st_size + 4 * 1024 * 1024);
    }
}

static void
test_search (Fixture      *f,
             gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) kari = add_person (f->store, "Kari", "Nordmann");
  g_autoptr(LsPerson) ola = add_person (f->store, "Ola", "Bergersen");
  g_autoptr(LsPerson) aase = add_person (f->store, "Åse", "Åsheim");
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(LsSketchEntry) entry = ls_sketch_entry_new_with ("leisure", LS_ENTRY_WISH, LS_ENTRY_AUTHOR_PERSON,
                                                            "Jeg vil gå på fotballkamp med venner");
  GPtrArray *found;
  gint64 lists_before = -1, lists_after = -1;

  ls_sketch_set_person_id (sketch, ls_person_get_id (ola));
  g_list_store_append (ls_sketch_get_entries (sketch), entry);
  g_assert_true (ls_store_save_sketch (f->store, sketch, &error));
  g_assert_no_error (error);

  /* The names found leave the store with their reading in the audit, as
   * a whole list's do (list persons --search wrote none before). */
  g_assert_true (_ls_store_query_id (f->store, "SELECT count(*) FROM audit WHERE object_type = 'person-list'",
                                     &lists_before, &error));
  found = ls_store_search_persons (f->store, "nor", 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (ls_person_get_id (g_ptr_array_index (found, 0)), ==, ls_person_get_id (kari));
  g_ptr_array_unref (found);
  g_assert_true (_ls_store_query_id (f->store, "SELECT count(*) FROM audit WHERE object_type = 'person-list'",
                                     &lists_after, &error));
  g_assert_cmpint (lists_after, ==, lists_before + 1);

  found = ls_store_search_persons (f->store, "ka no", 50, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_ptr_array_unref (found);

  /* By entry text, with a prefix. */
  found = ls_store_search_persons (f->store, "fotball", 50, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (ls_person_get_id (g_ptr_array_index (found, 0)), ==, ls_person_get_id (ola));
  g_ptr_array_unref (found);

  /* å is its own letter. */
  found = ls_store_search_persons (f->store, "ås", 50, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_assert_cmpint (ls_person_get_id (g_ptr_array_index (found, 0)), ==, ls_person_get_id (aase));
  g_ptr_array_unref (found);
  found = ls_store_search_persons (f->store, "as", 50, &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_ptr_array_unref (found);

  /* FTS syntax in user text is not interpreted. */
  found = ls_store_search_persons (f->store, "\"nor* OR NEAR(", 50, &error);
  g_assert_no_error (error);
  g_ptr_array_unref (found);

  /* A changed name is found under the new one only. */
  ls_person_set_family_name (kari, "Solberg");
  g_assert_true (ls_store_save_person (f->store, kari, &error));
  found = ls_store_search_persons (f->store, "nordm", 50, &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_ptr_array_unref (found);
  found = ls_store_search_persons (f->store, "solb", 50, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_ptr_array_unref (found);
}

static void
test_person_list (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPersonList) list = NULL;
  g_autoptr(GBytes) previous = NULL;
  guint n = 1234;

  g_assert_true (_ls_store_begin (f->store, &error));
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *family = g_strdup_printf ("%c%05u", 'A' + (i * 7) % 26, (i * 7919) % 100000);

      g_object_unref (add_person (f->store, "Test", family));
    }
  g_assert_true (_ls_store_commit (f->store, &error));

  list = ls_person_list_new (f->store);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n);
  g_assert_cmpuint (ls_person_list_get_n_cached_pages (list), ==, 0);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LsPerson) person = g_list_model_get_item (G_LIST_MODEL (list), i);
      g_autoptr(GBytes) key = ls_store_person_sort_key (person);

      g_assert_cmpint (ls_person_get_id (person), >, 0);
      if (previous != NULL)
        g_assert_cmpint (g_bytes_compare (previous, key), <=, 0);
      g_clear_pointer (&previous, g_bytes_unref);
      previous = g_steal_pointer (&key);
      g_assert_cmpuint (ls_person_list_get_n_cached_pages (list), <=, 8);
    }
  /* A jump far back and forth gives the same items as the walk. */
  {
    g_autoptr(LsPerson) last = g_list_model_get_item (G_LIST_MODEL (list), n - 1);
    g_autoptr(LsPerson) first = g_list_model_get_item (G_LIST_MODEL (list), 0);
    g_autoptr(LsPerson) middle = g_list_model_get_item (G_LIST_MODEL (list), 617);
    g_autoptr(LsPersonList) fresh = ls_person_list_new (f->store);
    g_autoptr(LsPerson) middle2 = g_list_model_get_item (G_LIST_MODEL (fresh), 617);

    g_assert_nonnull (first);
    g_assert_cmpint (ls_person_get_id (middle), ==, ls_person_get_id (middle2));
    g_assert_null (g_list_model_get_item (G_LIST_MODEL (list), n));
    g_assert_cmpuint (ls_person_list_get_n_cached_pages (fresh), ==, 1);
  }
  /* Each person's place in the list, as the store counts it. */
  for (guint i = 0; i < n; i += 97)
    {
      g_autoptr(LsPerson) person = g_list_model_get_item (G_LIST_MODEL (list), i);

      g_assert_cmpint (ls_store_person_position (f->store, ls_person_get_id (person), &error), ==, i);
      g_assert_no_error (error);
    }
  {
    g_autoptr(LsPerson) added = add_person (f->store, "Ny", "Person");
    gint64 position;
    g_autoptr(LsPerson) there = NULL;

    ls_person_list_reload (list);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (list)), ==, n + 1);
    position = ls_store_person_position (f->store, ls_person_get_id (added), &error);
    g_assert_no_error (error);
    g_assert_cmpint (position, >, 0);
    there = g_list_model_get_item (G_LIST_MODEL (list), position);
    g_assert_cmpint (ls_person_get_id (there), ==, ls_person_get_id (added));
    g_assert_cmpint (ls_store_person_position (f->store, 999999, &error), ==, -1);
    g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_FOUND);
  }
}

static void
test_sketch_round_trip (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) person = add_person (f->store, "Kari", "Nordmann");
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(LsSketch) back = NULL;
  g_autoptr(GDate) date = ls_date_new_dmy (14, 1, 2026);
  g_autoptr(LsSketchEntry) strength = ls_sketch_entry_new_with ("home", LS_ENTRY_STRENGTH, LS_ENTRY_AUTHOR_PERSON,
                                                               "Jeg er flink til å lage mat");
  g_autoptr(LsSketchEntry) barrier = ls_sketch_entry_new_with ("mobility", LS_ENTRY_BARRIER, LS_ENTRY_AUTHOR_CASEWORKER,
                                                              "Bussen har ikke rampe");
  g_autoptr(GPtrArray) list = NULL;
  g_autofree char *entry_priority = NULL;
  LsDomainReading *reading;
  LsSketchEntry *got;
  const char *priorities[3] = { "home", NULL, NULL };

  ls_sketch_set_person_id (sketch, ls_person_get_id (person));
  ls_sketch_set_date (sketch, date);
  ls_sketch_set_agreements (sketch, "Møtes igjen om tre måneder");
  ls_sketch_add_participant (sketch, "Kari Nordmann", "the person");
  ls_sketch_add_participant (sketch, "Per Hansen", "caseworker");
  ls_sketch_entry_set_environment (barrier, LS_ENVIRONMENT_E5);
  g_list_store_append (ls_sketch_get_entries (sketch), strength);
  g_list_store_append (ls_sketch_get_entries (sketch), barrier);
  reading = ls_sketch_ensure_reading (sketch, "home");
  ls_domain_reading_set_self_rating (reading, 7);
  ls_domain_reading_set_caseworker_rating (reading, 5);
  reading = ls_sketch_ensure_reading (sketch, "mobility");
  ls_domain_reading_set_pictogram (reading, LS_PICTOGRAM_HARD);
  reading = ls_sketch_ensure_reading (sketch, "work");
  ls_domain_reading_set_skipped (reading, TRUE);
  g_assert_true (ls_store_save_sketch (f->store, sketch, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_sketch_entry_get_id (strength), >, 0);

  entry_priority = ls_sketch_priority_for_entry (ls_sketch_entry_get_id (barrier));
  priorities[1] = entry_priority;
  ls_sketch_set_status (sketch, LS_SKETCH_FINISHED);
  ls_sketch_set_priorities (sketch, priorities);
  g_assert_true (ls_store_save_sketch_details (f->store, sketch, &error));

  back = ls_store_load_sketch (f->store, ls_sketch_get_id (sketch), &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_date_compare (ls_sketch_get_date (back), date), ==, 0);
  g_assert_cmpint (ls_sketch_get_status (back), ==, LS_SKETCH_FINISHED);
  g_assert_cmpstr (ls_sketch_get_agreements (back), ==, "Møtes igjen om tre måneder");
  g_assert_cmpuint (ls_sketch_get_participants (back)->len, ==, 2);
  g_assert_cmpstr (((LsParticipant *) g_ptr_array_index (ls_sketch_get_participants (back), 1))->role, ==, "caseworker");
  g_assert_cmpstrv (ls_sketch_get_priorities (back), priorities);
  g_assert_cmpint (ls_sketch_priority_entry_id (ls_sketch_get_priorities (back)[1]), ==, ls_sketch_entry_get_id (barrier));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ls_sketch_get_readings (back))), ==, 3);
  g_assert_cmpint (ls_domain_reading_get_self_rating (ls_sketch_get_reading (back, "home")), ==, 7);
  g_assert_cmpint (ls_domain_reading_get_caseworker_rating (ls_sketch_get_reading (back, "home")), ==, 5);
  g_assert_cmpint (ls_domain_reading_get_pictogram (ls_sketch_get_reading (back, "mobility")), ==, LS_PICTOGRAM_HARD);
  g_assert_true (ls_domain_reading_get_skipped (ls_sketch_get_reading (back, "work")));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ls_sketch_get_entries (back))), ==, 2);
  got = g_list_model_get_item (G_LIST_MODEL (ls_sketch_get_entries (back)), 1);
  g_assert_cmpint (ls_sketch_entry_get_kind (got), ==, LS_ENTRY_BARRIER);
  g_assert_cmpint (ls_sketch_entry_get_author (got), ==, LS_ENTRY_AUTHOR_CASEWORKER);
  g_assert_cmpint (ls_sketch_entry_get_environment (got), ==, LS_ENVIRONMENT_E5);
  g_assert_cmpstr (ls_sketch_entry_get_text (got), ==, "Bussen har ikke rampe");
  g_object_unref (got);

  /* Fine-grained saves. */
  g_assert_true (ls_store_save_entry_text (f->store, ls_sketch_entry_get_id (strength), "Jeg lager god middag", &error));
  /* A reading is saved over the one it was read as (row versions). */
  reading = ls_sketch_get_reading (back, "home");
  ls_domain_reading_set_self_rating (reading, 9);
  g_assert_true (ls_store_save_reading (f->store, ls_sketch_get_id (sketch), reading, &error));
  g_assert_true (ls_store_delete_entry (f->store, ls_sketch_entry_get_id (barrier), &error));
  g_assert_no_error (error);
  g_clear_object (&back);
  back = ls_store_load_sketch (f->store, ls_sketch_get_id (sketch), &error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ls_sketch_get_entries (back))), ==, 1);
  got = g_list_model_get_item (G_LIST_MODEL (ls_sketch_get_entries (back)), 0);
  g_assert_cmpstr (ls_sketch_entry_get_text (got), ==, "Jeg lager god middag");
  g_object_unref (got);
  g_assert_cmpint (ls_domain_reading_get_self_rating (ls_sketch_get_reading (back, "home")), ==, 9);
  g_assert_false (ls_store_save_entry_text (f->store, 999999, "x", &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  list = ls_store_list_sketches (f->store, ls_person_get_id (person), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  /* A person who is not there has no list, and no read of them is
   * audited (before: an empty list, and an audit row for person 999999). */
  g_assert_null (ls_store_list_sketches (f->store, 999999, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (ls_store_count_audit (f->store, 999999, LS_AUDIT_READ, &error), ==, 0);
  g_assert_no_error (error);
  g_assert_true (ls_store_delete_sketch (f->store, ls_sketch_get_id (sketch), &error));
  g_assert_no_error (error);
}

static void
test_case_round_trip (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) person = add_person (f->store, "Kari", "Nordmann");
  g_autoptr(LsCase) kase = ls_case_new ();
  g_autoptr(LsCase) back = NULL;
  g_autoptr(GDate) received = ls_date_new_dmy (2, 1, 2026);
  g_autoptr(GPtrArray) cases = NULL;

  ls_case_set_person_id (kase, ls_person_get_id (person));
  ls_case_set_case_number (kase, "2026/17");
  ls_case_set_received (kase, received);
  ls_case_set_applied_for (kase, "Praktisk bistand");
  ls_case_set_applied_by (kase, "verge");
  ls_case_set_channel (kase, "form");
  ls_case_set_status (kase, LS_CASE_MAPPING);
  g_assert_true (ls_store_save_case (f->store, kase, &error));
  g_assert_no_error (error);
  back = ls_store_load_case (f->store, ls_case_get_id (kase), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ls_case_get_case_number (back), ==, "2026/17");
  g_assert_cmpint (g_date_compare (ls_case_get_received (back), received), ==, 0);
  g_assert_cmpstr (ls_case_get_applied_for (back), ==, "Praktisk bistand");
  g_assert_cmpstr (ls_case_get_applied_by (back), ==, "verge");
  g_assert_cmpstr (ls_case_get_channel (back), ==, "form");
  g_assert_cmpint (ls_case_get_status (back), ==, LS_CASE_MAPPING);
  cases = ls_store_list_cases (f->store, ls_person_get_id (person), &error);
  g_assert_cmpuint (cases->len, ==, 1);
}

/* No audit column may hold anything from the person's data. */
static void
assert_audit_clean (LsStore    *store,
                    const char *const *secrets)
{
  LsDbStmt *stmt = ls_db_prepare (_ls_store_get_db (store), "SELECT * FROM audit", NULL);

  g_assert_nonnull (stmt);
  while (ls_db_step (stmt, NULL) == LS_DB_ROW)
    for (int c = 0; c < ls_db_column_count (stmt); c++)
      {
        const char *value = ls_db_column_text (stmt, c);

        for (guint s = 0; value != NULL && secrets[s] != NULL; s++)
          g_assert_null (strstr (value, secrets[s]));
      }
  ls_db_finalize (stmt);
}

/* A progress handler that stops every statement (SQLITE_INTERRUPT). */
static int
interrupt (void *data)
{
  return 1;
}

static void
test_audit (Fixture      *f,
            gconstpointer data)
{
  static const char * const secrets[] = { "Kari", "Nordmann", "03829912345", "Storgata", "middag", NULL };
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsPerson) back = NULL;
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(LsSketchEntry) entry = ls_sketch_entry_new_with ("home", LS_ENTRY_WISH, LS_ENTRY_AUTHOR_PERSON, "middag");
  gint64 id;
  LsDbStmt *stmt = NULL;

  ls_person_set_given_name (person, "Kari");
  ls_person_set_family_name (person, "Nordmann");
  ls_person_set_national_id (person, "03829912345");
  ls_person_set_address (person, "Storgata 1");
  g_assert_true (ls_store_save_person (f->store, person, &error));
  id = ls_person_get_id (person);
  g_assert_cmpuint (ls_store_count_audit (f->store, id, LS_AUDIT_CREATE, NULL), ==, 1);
  g_assert_cmpuint (ls_store_count_audit (f->store, id, LS_AUDIT_READ, NULL), ==, 0);

  back = ls_store_load_person (f->store, id, &error);
  g_assert_cmpuint (ls_store_count_audit (f->store, id, LS_AUDIT_READ, NULL), ==, 1);
  ls_person_set_phone (person, "12345678");
  g_assert_true (ls_store_save_person (f->store, person, &error));
  g_assert_cmpuint (ls_store_count_audit (f->store, id, LS_AUDIT_CHANGE, NULL), ==, 1);

  ls_sketch_set_person_id (sketch, id);
  g_list_store_append (ls_sketch_get_entries (sketch), entry);
  g_assert_true (ls_store_save_sketch (f->store, sketch, &error));
  g_assert_true (ls_store_save_entry_text (f->store, ls_sketch_entry_get_id (entry), "middag og mer", &error));
  g_assert_cmpuint (ls_store_count_audit (f->store, id, LS_AUDIT_CHANGE, NULL), ==, 2);
  g_object_unref (ls_store_load_sketch (f->store, ls_sketch_get_id (sketch), &error));
  g_assert_cmpuint (ls_store_count_audit (f->store, id, LS_AUDIT_READ, NULL), ==, 2);
  g_assert_true (ls_store_audit (f->store, id, "decision-pdf", 1, LS_AUDIT_EXPORT, &error));

  /* Who: the OS user (on a team's server, the server's current_user:
   * the identity comes from the server) and the display name. */
  stmt = ls_db_prepare (_ls_store_get_db (f->store), ls_test_on_postgresql ()
                        ? "SELECT os_user, display_name, at, CAST (current_user AS TEXT) FROM audit LIMIT 1"
                        : "SELECT os_user, display_name, at, os_user FROM audit LIMIT 1", NULL);
  g_assert_cmpint (ls_db_step (stmt, NULL), ==, LS_DB_ROW);
  g_assert_cmpstr (ls_db_column_text (stmt, 0), ==,
                   ls_test_on_postgresql () ? ls_db_column_text (stmt, 3) : g_get_user_name ());
  g_assert_cmpstr (ls_db_column_text (stmt, 0), ==, ls_store_get_login (f->store));
  g_assert_cmpstr (ls_db_column_text (stmt, 1), ==, "Saksbehandler Test");
  g_assert_nonnull (ls_db_column_text (stmt, 2));
  ls_db_finalize (stmt);

  /* Deleting the person leaves a trace. */
  g_assert_true (ls_store_delete_person (f->store, id, &error));
  g_assert_cmpuint (ls_store_count_audit (f->store, id, LS_AUDIT_DELETE, NULL), ==, 1);
  g_assert_cmpuint (ls_store_count_audit (f->store, id, LS_AUDIT_CREATE, NULL), ==, 2);  /* person, sketch */
  assert_audit_clean (f->store, secrets);

  /* A count that could not be made says so instead of answering 0. */
  if (!ls_test_on_postgresql ())
    {
      sqlite3_progress_handler (_ls_db_sqlite_handle (_ls_store_get_db (f->store)), 1, interrupt, NULL);
      g_assert_cmpuint (ls_store_count_audit (f->store, id, LS_AUDIT_DELETE, &error), ==, 0);
      g_assert_nonnull (error);
      g_clear_error (&error);
      sqlite3_progress_handler (_ls_db_sqlite_handle (_ls_store_get_db (f->store)), 0, NULL, NULL);
    }
  g_assert_cmpuint (ls_store_count_audit (f->store, id, LS_AUDIT_DELETE, &error), ==, 1);
  g_assert_no_error (error);
}

/* In a batch, search indexing waits for the end; rows changed or deleted
 * before then must leave the index exactly right. */
static void
test_batch_indexing (Fixture      *f,
                     gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) before = add_person (f->store, "Tidlig", "Førsten");
  g_autoptr(LsPerson) inside = NULL;
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(LsSketchEntry) kept = ls_sketch_entry_new_with ("home", LS_ENTRY_WISH, LS_ENTRY_AUTHOR_PERSON, "kaffekopp");
  g_autoptr(LsSketchEntry) dropped = ls_sketch_entry_new_with ("home", LS_ENTRY_WISH, LS_ENTRY_AUTHOR_PERSON, "tekanne");
  GPtrArray *found;

  g_assert_true (ls_store_begin_batch (f->store, &error));
  inside = add_person (f->store, "Midt", "Isen");
  ls_person_set_family_name (inside, "Iversen");
  g_assert_true (ls_store_save_person (f->store, inside, &error));
  ls_person_set_family_name (before, "Fremst");
  g_assert_true (ls_store_save_person (f->store, before, &error));
  ls_sketch_set_person_id (sketch, ls_person_get_id (inside));
  g_list_store_append (ls_sketch_get_entries (sketch), kept);
  g_list_store_append (ls_sketch_get_entries (sketch), dropped);
  g_assert_true (ls_store_save_sketch (f->store, sketch, &error));
  g_assert_true (ls_store_save_entry_text (f->store, ls_sketch_entry_get_id (kept), "kaffetrakter", &error));
  g_assert_true (ls_store_delete_entry (f->store, ls_sketch_entry_get_id (dropped), &error));
  g_assert_true (ls_store_end_batch (f->store, &error));
  g_assert_no_error (error);

  /* SQLite's full-text index agrees with its tables. */
  if (!ls_test_on_postgresql ())
    g_assert_cmpint (sqlite3_exec (_ls_db_sqlite_handle (_ls_store_get_db (f->store)),
                                   "INSERT INTO person_words_fts (person_words_fts) VALUES ('integrity-check');",
                                   NULL, NULL, NULL), ==, SQLITE_OK);
  found = ls_store_search_persons (f->store, "iver", 10, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_ptr_array_unref (found);
  found = ls_store_search_persons (f->store, "isen", 10, &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_ptr_array_unref (found);
  found = ls_store_search_persons (f->store, "frem", 10, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_ptr_array_unref (found);
  found = ls_store_search_persons (f->store, "kaffetr", 10, &error);
  g_assert_cmpuint (found->len, ==, 1);
  g_ptr_array_unref (found);
  found = ls_store_search_persons (f->store, "tekanne", 10, &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_ptr_array_unref (found);

  /* A cancelled batch leaves nothing behind, index included. */
  g_assert_true (ls_store_begin_batch (f->store, &error));
  g_object_unref (add_person (f->store, "Borte", "Vekkesen"));
  ls_store_cancel_batch (f->store);
  found = ls_store_search_persons (f->store, "vekk", 10, &error);
  g_assert_cmpuint (found->len, ==, 0);
  g_ptr_array_unref (found);
  g_assert_cmpint (ls_store_count_persons (f->store, NULL), ==, 2);
}

static void
assert_search_count (Fixture    *f,
                     const char *query,
                     guint       expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = ls_store_search_persons (f->store, query, 1000, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, expected);
}

/* Segments in SQLite's search index: a search looks a prefix up in each. */
static gint64
search_segments (Fixture *f)
{
  sqlite3 *handle = _ls_db_sqlite_handle (_ls_store_get_db (f->store));
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT count (DISTINCT segid) FROM person_words_fts_idx",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* Batches that add persons and re-index earlier ones (as the demo and an
 * import do) leave the search index merged when they end, not in dozens
 * of segments that every search then looks a prefix up in; the matches
 * stay the same. */
static void
test_batch_merges_search_index (Fixture      *f,
                                gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 segments;

  if (ls_test_on_postgresql ())
    {
      g_test_skip ("the full-text index is SQLite's");
      return;
    }
  for (guint round = 0; round < 12; round++)
    {
      g_assert_true (ls_store_begin_batch (f->store, &error));
      for (guint i = 0; i < 20; i++)
        {
          g_autofree char *given = g_strdup_printf ("Ola%02u", i);
          g_autofree char *family = g_strdup_printf ("Dal%02u%02u", round, i);
          LsPerson *person = add_person (f->store, given, family);

          g_ptr_array_add (persons, person);
        }
      /* Earlier persons renamed inside the batch: their documents are
       * made again, a delete and an insert each. */
      for (guint i = 0; i < persons->len; i += 7)
        {
          LsPerson *person = g_ptr_array_index (persons, i);
          g_autofree char *family = g_strdup_printf ("Berg%02u%03u", round, i);

          ls_person_set_family_name (person, family);
          g_assert_true (ls_store_save_person (f->store, person, &error));
        }
      g_assert_true (ls_store_end_batch (f->store, &error));
      g_assert_no_error (error);
    }
  segments = search_segments (f);
  g_test_message ("%" G_GINT64_FORMAT " segments", segments);
  g_assert_cmpint (segments, <=, 6);
  g_assert_cmpint (sqlite3_exec (_ls_db_sqlite_handle (_ls_store_get_db (f->store)),
                                 "INSERT INTO person_words_fts (person_words_fts) VALUES ('integrity-check');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  assert_search_count (f, "ola", 240);
  assert_search_count (f, "berg", 35);
  assert_search_count (f, "dal", 240 - 35);
}

/* How many segments FTS5 has written to the search index so far: the
 * write counter in its structure record (after a 4-byte cookie, the
 * levels, the segments, then the counter, each a varint). */
static guint64
search_segments_written (Fixture *f)
{
  sqlite3 *handle = _ls_db_sqlite_handle (_ls_store_get_db (f->store));
  sqlite3_stmt *stmt = NULL;
  const guint8 *p;
  guint64 value = 0;
  int n, i = 4;

  g_assert_cmpint (sqlite3_prepare_v2 (handle, "SELECT block FROM person_words_fts_data WHERE id = 10",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  p = sqlite3_column_blob (stmt, 0);
  n = sqlite3_column_bytes (stmt, 0);
  for (guint field = 0; field < 3; field++)
    {
      value = 0;
      do
        {
          g_assert_cmpint (i, <, n);
          value = (value << 7) | (p[i] & 0x7f);
        }
      while (p[i++] & 0x80);
    }
  sqlite3_finalize (stmt);
  return value;
}

/* Adds @n persons "@given DalNNN" in one batch, the series' last when
 * @last. */
static void
add_persons_in_batch (Fixture    *f,
                      const char *given,
                      guint       first,
                      guint       n,
                      gboolean    last)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ls_store_begin_batch (f->store, &error));
  for (guint i = first; i < first + n; i++)
    {
      g_autofree char *family = g_strdup_printf ("Dal%03u", i);

      g_object_unref (add_person (f->store, given, family));
    }
  if (last)
    ls_store_set_series (f->store, FALSE);
  g_assert_true (ls_store_end_batch (f->store, &error));
  g_assert_no_error (error);
}

/* A batch of a series adds persons among those already placed: their
 * documents go into the search index in one write, not a segment for
 * each person (FTS5 writes what it holds at the end of every statement
 * that gives it rows). */
static void
test_batch_indexes_in_one_write (Fixture      *f,
                                 gconstpointer data)
{
  guint64 before, written;

  if (ls_test_on_postgresql ())
    {
      g_test_skip ("the full-text index is SQLite's");
      return;
    }
  for (guint i = 0; i < 40; i += 2)
    {
      g_autofree char *family = g_strdup_printf ("Dal%03u", i);

      g_object_unref (add_person (f->store, "Ola", family));
    }
  before = search_segments_written (f);
  ls_store_set_series (f->store, TRUE);
  for (guint i = 1; i < 40; i += 2)
    add_persons_in_batch (f, "Kari", i, 1, FALSE);
  written = search_segments_written (f) - before;
  g_test_message ("%" G_GUINT64_FORMAT " segments written for 20 persons in 20 batches", written);
  g_assert_cmpuint (written, <=, 20);
  before = search_segments_written (f);
  add_persons_in_batch (f, "Per", 100, 20, FALSE);
  written = search_segments_written (f) - before;
  g_test_message ("%" G_GUINT64_FORMAT " segments written for 20 persons in one batch", written);
  g_assert_cmpuint (written, <=, 2);
  ls_store_set_series (f->store, FALSE);
  assert_search_in_list_order (f->store, "dal");
  assert_search_count (f, "kari", 20);
  assert_search_count (f, "per", 20);
}

/* A series that added a quarter or more of the persons leaves the search
 * index as one segment (each batch's documents were written as one, and
 * FTS5 merges a level by its count of segments, not their size, so the
 * saves after would merge a large one again and again), merged in steps
 * of bounded work, each committed on its own so that no save waits for
 * all of it; a smaller series into a larger caseload leaves the rest of
 * the index as it was, since rewriting it costs what the whole index
 * costs. */
static void
test_series_end_rewrites_search_index (Fixture      *f,
                                       gconstpointer data)
{
  sqlite3 *handle;
  gint64 segments;
  guint64 before;
  guint64 commits = 0;

  if (ls_test_on_postgresql ())
    {
      g_test_skip ("the full-text index is SQLite's");
      return;
    }
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *family = g_strdup_printf ("Berg%03u", i);

      g_object_unref (add_person (f->store, "Ola", family));
    }
  g_assert_cmpint (search_segments (f), >, 1);
  handle = _ls_db_sqlite_handle (_ls_store_get_db (f->store));
  /* One page of merging a step: many steps. */
  _ls_db_sqlite_set_tidy_pages (1);
  ls_store_set_series (f->store, TRUE);
  add_persons_in_batch (f, "Kari", 0, 300, FALSE);
  add_persons_in_batch (f, "Kari", 300, 300, FALSE);
  sqlite3_commit_hook (handle, count_calls, &commits);
  add_persons_in_batch (f, "Kari", 600, 300, TRUE);
  sqlite3_commit_hook (handle, NULL, NULL);
  _ls_db_sqlite_set_tidy_pages (0);
  segments = search_segments (f);
  g_test_message ("%" G_GINT64_FORMAT " segments after adding 900 persons to 30, %" G_GUINT64_FORMAT " commits", segments, commits);
  g_assert_cmpint (segments, ==, 1);
  g_assert_cmpuint (commits, >=, 3);

  before = search_segments_written (f);
  commits = 0;
  sqlite3_commit_hook (handle, count_calls, &commits);
  ls_store_set_series (f->store, TRUE);
  add_persons_in_batch (f, "Per", 200, 10, TRUE);
  sqlite3_commit_hook (handle, NULL, NULL);
  /* The batch's own commit only: nothing to tidy, no transaction for it. */
  g_assert_cmpuint (commits, ==, 1);
  segments = search_segments (f);
  g_test_message ("%" G_GINT64_FORMAT " segments after adding 10 persons to 930", segments);
  g_assert_cmpint (segments, ==, 2);
  g_assert_cmpuint (search_segments_written (f) - before, ==, 1);

  g_assert_cmpint (sqlite3_exec (handle, "INSERT INTO person_words_fts (person_words_fts) VALUES ('integrity-check');",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
  assert_search_in_list_order (f->store, "dal");
  assert_search_count (f, "kari", 900);
  assert_search_count (f, "per", 10);
  assert_search_count (f, "berg", 30);
}

/* A person with one conversation holding one entry @text. */
static void
add_person_with_entry (Fixture       *f,
                       const char    *family,
                       guint          n,
                       const char    *text,
                       LsSketchStatus status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *given = g_strdup_printf ("P%02u", n);
  g_autoptr(LsPerson) person = add_person (f->store, given, family);
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(LsSketchEntry) entry = ls_sketch_entry_new_with ("leisure", LS_ENTRY_WISH, LS_ENTRY_AUTHOR_PERSON, text);

  ls_sketch_set_person_id (sketch, ls_person_get_id (person));
  ls_sketch_set_status (sketch, status);
  g_list_store_append (ls_sketch_get_entries (sketch), entry);
  g_assert_true (ls_store_save_sketch (f->store, sketch, &error));
  g_assert_no_error (error);
}

static void
assert_search (Fixture          *f,
               const char       *query,
               LsCaseloadFilter  filter,
               guint             limit,
               guint             expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDate) today = g_date_new_dmy (3, G_DATE_DECEMBER, 2026);
  g_autoptr(GPtrArray) found = ls_store_search_caseload (f->store, query, filter, today, limit, &error);

  g_assert_no_error (error);
  g_assert_nonnull (found);
  g_assert_cmpuint (found->len, ==, expected);
}

/* A filtered search finds the persons who pass the filter however many
 * earlier matches do not: by name and by entry text. */
static void
test_search_filtered (Fixture      *f,
                      gconstpointer data)
{
  for (guint i = 0; i < 30; i++)
    add_person_with_entry (f, "Hansen", i, "Jeg liker å lese",
                           i < 27 ? LS_SKETCH_FINISHED : LS_SKETCH_IN_PROGRESS);
  for (guint i = 0; i < 30; i++)
    add_person_with_entry (f, "Olsen", i, "Jeg vil på fisketur",
                           i < 28 ? LS_SKETCH_FINISHED : LS_SKETCH_IN_PROGRESS);

  /* By name: the last three Hansens are in a conversation. */
  assert_search (f, "hansen", LS_CASELOAD_IN_CONVERSATION, 2, 2);
  assert_search (f, "hansen", LS_CASELOAD_IN_CONVERSATION, 50, 3);
  assert_search (f, "hansen", LS_CASELOAD_DRAFTS, 50, 0);
  assert_search (f, "hansen", LS_CASELOAD_ALL, 50, 30);
  assert_search (f, "hansen", LS_CASELOAD_ALL, 5, 5);
  /* By entry text: the last two Olsens. */
  assert_search (f, "fisketur", LS_CASELOAD_IN_CONVERSATION, 1, 1);
  assert_search (f, "fisketur", LS_CASELOAD_IN_CONVERSATION, 50, 2);
  assert_search (f, "fisketur", LS_CASELOAD_ALL, 50, 30);
  /* Names and texts together, each person once. */
  assert_search (f, "jeg", LS_CASELOAD_IN_CONVERSATION, 50, 5);
}

/* "Mine" and "My team": written once for both engines. On a desk a person
 * without a responsible caseworker is the desk user's; on a server (here
 * as its owner, who is in no team) nobody's, and the owner's team is the
 * default one. A handover changes both. */
static void
test_caseload_mine_and_team (Fixture      *f,
                             gconstpointer data)
{
  gboolean server = ls_store_is_server (f->store);
  g_autofree char *o1 = g_strdup_printf ("ls_mine_a_%d", (int) getpid ());
  g_autofree char *o2 = g_strdup_printf ("ls_mine_b_%d", (int) getpid ());
  g_autoptr(LsPerson) a = add_person (f->store, "Anna", "Hansen");
  g_autoptr(LsPerson) b = add_person (f->store, "Bjørn", "Hansen");
  g_autoptr(LsPerson) c = add_person (f->store, "Cecilie", "Hansen");
  g_autoptr(GDate) today = ls_date_new_dmy (1, 3, 2027);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) mine = NULL;
  g_autoptr(GPtrArray) team = NULL;

  g_assert_cmpint (ls_store_count_caseload (f->store, LS_CASELOAD_MINE, today, &error), ==, server ? 0 : 3);
  g_assert_no_error (error);
  g_assert_cmpint (ls_store_count_caseload (f->store, LS_CASELOAD_MY_TEAM, today, &error), ==, 3);
  g_assert_no_error (error);

  g_assert_true (ls_store_add_caseworker (f->store, o1, "Ola Nordmann", "Team 1", "caseworker", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ls_store_add_caseworker (f->store, o2, "Kari Nordmann", "Team B", "caseworker", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ls_store_move_person (f->store, ls_person_get_id (a), NULL, "Team 1", o1, &error));
  g_assert_no_error (error);
  g_assert_true (ls_store_move_person (f->store, ls_person_get_id (b), NULL, "Team B", o2, &error));
  g_assert_no_error (error);

  mine = ls_store_list_caseload (f->store, LS_CASELOAD_MINE, today, 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mine->len, ==, server ? 0 : 1);
  if (!server)
    g_assert_cmpint (ls_person_get_id (g_ptr_array_index (mine, 0)), ==, ls_person_get_id (c));
  team = ls_store_list_caseload (f->store, LS_CASELOAD_MY_TEAM, today, 50, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (team->len, ==, 2);
  g_assert_cmpint (ls_person_get_id (g_ptr_array_index (team, 0)), ==, ls_person_get_id (a));
  g_assert_cmpint (ls_person_get_id (g_ptr_array_index (team, 1)), ==, ls_person_get_id (c));
  g_assert_cmpint (ls_store_count_caseload (f->store, LS_CASELOAD_MY_TEAM, today, &error), ==, 2);
  g_assert_no_error (error);
  assert_search (f, "hansen", LS_CASELOAD_MINE, 50, server ? 0 : 1);
  assert_search (f, "hansen", LS_CASELOAD_MY_TEAM, 50, 2);
  assert_search (f, "hansen", LS_CASELOAD_ALL, 50, 3);
}

/* Who is signed in: on a desk the operating-system user in the desk's
 * team, with the role of the file's caseworkers row once there is one. */
static void
test_me (Fixture      *f,
         gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsTeamMember) me = ls_store_get_me (f->store, &error);
  g_autoptr(LsTeamMember) again = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (me->login, ==, ls_store_get_login (f->store));
  g_assert_nonnull (me->name);
  g_assert_null (me->role);
  if (ls_store_is_server (f->store))
    return;   /* the owner: no team; logins are tested in tests/cli/test-cli-teams.c */
  g_assert_cmpstr (me->team, ==, "Team 1");
  g_assert_true (ls_store_add_caseworker (f->store, me->login, "Saksbehandler Test", "Team Nord", "lead",
                                          NULL, &error));
  g_assert_no_error (error);
  again = ls_store_get_me (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (again->name, ==, "Saksbehandler Test");
  g_assert_cmpstr (again->role, ==, "lead");
  g_assert_cmpstr (again->team, ==, "Team Nord");
}

/* Who is responsible for a person: their team (the default team on a
 * desk until a handover) and caseworker, by name, after a handover. */
static void
test_responsible (Fixture      *f,
                  gconstpointer data)
{
  g_autoptr(LsPerson) person = add_person (f->store, "Kari", "Nordmann");
  g_autoptr(LsTeamMember) before = NULL;
  g_autoptr(LsTeamMember) after = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = ls_person_get_id (person);

  before = ls_store_get_person_responsible (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_nonnull (before->team);
  g_assert_null (before->login);
  g_assert_null (ls_store_get_person_responsible (f->store, id + 1000, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  if (ls_store_is_server (f->store))
    return;   /* logins on a server: tests/cli/test-cli-teams.c */

  g_assert_true (ls_store_add_caseworker (f->store, "anna", "Anna Alm", "Alpha", "caseworker", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ls_store_move_person (f->store, id, NULL, "Alpha", "anna", &error));
  g_assert_no_error (error);
  after = ls_store_get_person_responsible (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (after->team, ==, "Alpha");
  g_assert_cmpstr (after->login, ==, "anna");
  g_assert_cmpstr (after->name, ==, "Anna Alm");
  g_assert_cmpstr (after->role, ==, "caseworker");
}

/* Two caseworkers of Team 1 and Team B (logins unique on the server, whose
 * roles outlive the test's database: @tag names the test) and a person;
 * the person's id. */
static gint64
add_handover_teams (Fixture *f, const char *tag, char **o1, char **o2)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) person = add_person (f->store, "Kari", "Nordmann");

  *o1 = g_strdup_printf ("ls_%s_a_%d", tag, (int) getpid ());
  *o2 = g_strdup_printf ("ls_%s_b_%d", tag, (int) getpid ());
  g_assert_true (ls_store_add_caseworker (f->store, *o1, "Ola Nordmann", "Team 1", "caseworker", NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ls_store_add_caseworker (f->store, *o2, "Kari Nordmann", "Team B", "caseworker", NULL, &error));
  g_assert_no_error (error);
  return ls_person_get_id (person);
}

static LsTeamMember *
responsible (LsStore *store, gint64 id)
{
  g_autoptr(GError) error = NULL;
  LsTeamMember *member = ls_store_get_person_responsible (store, id, &error);

  g_assert_no_error (error);
  return member;
}

/* No lost handover (issue 15), on both engines: two leads on two
 * connections read who is responsible; the second to hand the person over
 * is refused, naming the first, and the first handover stays. A person
 * saved with the version read before a handover neither conflicts with it
 * nor undoes it; the command line, expecting nothing, hands over. */
static void
test_handover_conflict (Fixture      *f,
                        gconstpointer data)
{
  g_autofree char *o1 = NULL;
  g_autofree char *o2 = NULL;
  gint64 id = add_handover_teams (f, "hand", &o1, &o2);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) other = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsTeamMember) seen = NULL;
  g_autoptr(LsTeamMember) seen_by_other = NULL;
  g_autoptr(LsTeamMember) after = NULL;
  g_autoptr(LsPerson) person = NULL;

  g_assert_no_error (error);
  ls_store_set_actor (other, "Ola Leder");
  seen = responsible (f->store, id);
  seen_by_other = responsible (other, id);
  person = ls_store_load_person (f->store, id, &error);
  g_assert_no_error (error);

  g_assert_true (ls_store_move_person (other, id, seen_by_other, "Team B", o2, &error));
  g_assert_no_error (error);
  g_assert_false (ls_store_move_person (f->store, id, seen, "Team 1", o1, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Ola Leder"));
  g_assert_null (strstr (error->message, "Kari"));
  g_clear_error (&error);
  after = responsible (f->store, id);
  g_assert_cmpstr (after->team, ==, "Team B");
  g_assert_cmpstr (after->login, ==, o2);

  /* The handover left the person's version alone, and their save leaves
   * the handover alone. */
  ls_person_set_given_name (person, "Kaja");
  g_assert_true (ls_store_save_person (f->store, person, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, ls_team_member_free);
  after = responsible (other, id);
  g_assert_cmpstr (after->team, ==, "Team B");
  g_assert_cmpstr (after->login, ==, o2);

  /* With what is current now, or with no expectation, it goes through. */
  g_assert_true (ls_store_move_person (f->store, id, after, "Team 1", o1, &error));
  g_assert_no_error (error);
  g_assert_true (ls_store_move_person (f->store, id, NULL, "Team B", NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, ls_team_member_free);
  after = responsible (other, id);
  g_assert_cmpstr (after->team, ==, "Team B");
  g_assert_null (after->login);
}

typedef struct
{
  const char         *location;
  gint64              id;
  const LsTeamMember *from;
  const char         *team;
  const char         *login;
  GError             *error;
} Handover;

static gpointer
hand_over_on_own_connection (gpointer data)
{
  Handover *handover = data;
  g_autoptr(LsStore) store = ls_store_open (handover->location, LS_STORE_OPEN_DEFAULT, &handover->error);

  g_assert_no_error (handover->error);
  ls_store_move_person (store, handover->id, handover->from, handover->team, handover->login, &handover->error);
  return NULL;
}

/* Two handovers at once on a server: the second waits for the first's
 * transaction, then finds the person no longer where it read them. */
static void
test_handover_at_once (Fixture      *f,
                       gconstpointer data)
{
  g_autofree char *o1 = NULL;
  g_autofree char *o2 = NULL;
  gint64 id = add_handover_teams (f, "once", &o1, &o2);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsTeamMember) seen = responsible (f->store, id);
  g_autoptr(LsTeamMember) after = NULL;
  Handover second = { f->location, id, seen, "Team 1", NULL, NULL };
  GThread *thread;
  gint64 waiting = 0;

  if (!ls_store_is_server (f->store))
    {
      g_test_skip ("A desk's file lets one writer in at a time");
      return;
    }
  second.login = o1;
  g_assert_true (_ls_store_begin (f->store, &error));
  g_assert_true (ls_store_move_person (f->store, id, seen, "Team B", o2, &error));
  g_assert_no_error (error);
  thread = g_thread_new ("handover", hand_over_on_own_connection, &second);
  for (guint tries = 0; waiting < 1 && tries < 1000; tries++)
    {
      g_usleep (10000);
      g_assert_true (_ls_store_query_id (f->store, "SELECT count(*) FROM pg_locks WHERE NOT granted", &waiting, &error));
    }
  g_assert_cmpint (waiting, >=, 1);
  g_assert_true (_ls_store_commit (f->store, &error));
  g_thread_join (thread);
  g_assert_error (second.error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT);
  g_clear_error (&second.error);
  after = responsible (f->store, id);
  g_assert_cmpstr (after->team, ==, "Team B");
  g_assert_cmpstr (after->login, ==, o2);
}

/* A new row's uid begins with the time it was made (a version 7 UUID),
 * so the rows of one commit lie together in the uid index: two made a
 * few milliseconds apart sort in that order, on either engine. */
static char *
checked_new_uid (LsStore  *store,
                 LsUidKind kind,
                 gint64    id,
                 gint64    after_ms,
                 gint64    before_ms)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uid = ls_store_exchange_get_uid (store, kind, id, &error);
  g_autofree char *time_hex = NULL;
  gint64 ms;

  g_assert_no_error (error);
  g_assert_nonnull (uid);
  g_assert_true (g_regex_match_simple ("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$",
                                       uid, 0, 0));
  g_assert_true (g_uuid_string_is_valid (uid));
  time_hex = g_strdup_printf ("%.8s%.4s", uid, uid + 9);
  ms = g_ascii_strtoll (time_hex, NULL, 16);
  /* SQLite's clock may round down by a millisecond. */
  g_assert_cmpint (ms, >=, after_ms - 1);
  g_assert_cmpint (ms, <=, before_ms);
  return g_steal_pointer (&uid);
}

static void
test_new_uids_in_time_order (Fixture      *f,
                             gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  gint64 start_ms = g_get_real_time () / 1000;
  g_autoptr(LsPerson) first = add_person (f->store, "Kari", "Nordmann");
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(LsSketchEntry) entry = ls_sketch_entry_new_with ("home", LS_ENTRY_STRENGTH, LS_ENTRY_AUTHOR_PERSON,
                                                            "Jeg lager god mat");
  g_autoptr(LsPerson) second = NULL;
  g_autofree char *first_uid = NULL;
  g_autofree char *second_uid = NULL;
  g_autofree char *entry_uid = NULL;
  gint64 end_ms;

  ls_sketch_set_person_id (sketch, ls_person_get_id (first));
  g_list_store_append (ls_sketch_get_entries (sketch), entry);
  g_assert_true (ls_store_save_sketch (f->store, sketch, &error));
  g_assert_no_error (error);
  g_usleep (5 * 1000);
  second = add_person (f->store, "Ola", "Nordmann");
  end_ms = g_get_real_time () / 1000;

  first_uid = checked_new_uid (f->store, LS_UID_PERSON, ls_person_get_id (first), start_ms, end_ms);
  second_uid = checked_new_uid (f->store, LS_UID_PERSON, ls_person_get_id (second), start_ms, end_ms);
  entry_uid = checked_new_uid (f->store, LS_UID_ENTRY, ls_sketch_entry_get_id (entry), start_ms, end_ms);
  g_assert_cmpstr (first_uid, <, second_uid);
  g_assert_cmpstr (entry_uid, <, second_uid);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ls_test_init_engine ();
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/store/persons/round-trip", test_person_round_trip);
  ADD ("/store/persons/new-uids-in-time-order", test_new_uids_in_time_order);
  ADD ("/store/persons/collation", test_collation);
  ADD ("/store/persons/search", test_search);
  ADD ("/store/persons/search-page", test_search_page);
  ADD ("/store/persons/search-filtered", test_search_filtered);
  ADD ("/store/persons/search-order", test_search_order);
  ADD ("/store/persons/same-name-appends", test_same_name_appends);
  ADD ("/store/persons/search-cold-pages", test_search_cold_pages);
  ADD ("/store/persons/search-summary-any-writer", test_search_summary_any_writer);
  ADD ("/store/persons/caseload-mine-and-team", test_caseload_mine_and_team);
  ADD ("/store/persons/me", test_me);
  ADD ("/store/persons/lazy-list", test_person_list);
  ADD ("/store/persons/audit", test_audit);
  ADD ("/store/persons/batch-indexing", test_batch_indexing);
  ADD ("/store/persons/batch-merges-search-index", test_batch_merges_search_index);
  ADD ("/store/persons/batch-end-work", test_batch_end_work);
  ADD ("/store/persons/batch-indexes-in-one-write", test_batch_indexes_in_one_write);
  ADD ("/store/persons/series-end-rewrites-search-index", test_series_end_rewrites_search_index);
  ADD ("/store/persons/bulk-batches-checkpoint", test_bulk_batches_checkpoint);
  ADD ("/store/sketches/round-trip", test_sketch_round_trip);
  ADD ("/store/cases/round-trip", test_case_round_trip);
  ADD ("/store/persons/responsible", test_responsible);
  ADD ("/store/persons/handover-conflict", test_handover_conflict);
  ADD ("/store/persons/handover-at-once", test_handover_at_once);
#undef ADD
  return g_test_run ();
}
