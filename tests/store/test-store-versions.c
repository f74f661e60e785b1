/* SPDX-License-Identifier: GPL-3.0-or-later */
/* No lost update: two connections to one database (two caseworkers) save
 * the same rows. A save is a compare-and-swap on the row's version, so the
 * second of two changes to one row is refused with a conflict naming the
 * first one's author, and changes to different rows of one sketch never
 * conflict. */
#include <string.h>

#include "ls-row-version.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"
#include "ls-test-util.h"

typedef struct
{
  char    *dir;
  char    *location;
  LsStore *kari;      /* two connections, as two caseworkers */
  LsStore *ola;
  gint64   sketch_id;
  gint64   entry_id;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autoptr(LsSketchEntry) entry = ls_sketch_entry_new_with ("home", LS_ENTRY_WISH, LS_ENTRY_AUTHOR_PERSON,
                                                             "bo for meg selv");

  f->dir = ls_test_mkdtemp ();
  f->location = ls_test_store_location (f->dir, "t.db");
  f->kari = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_store_set_actor (f->kari, "Kari Saksbehandler");
  f->ola = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  ls_store_set_actor (f->ola, "Ola Saksbehandler");

  ls_person_set_given_name (person, "Åse");
  ls_person_set_family_name (person, "Bakkeli");
  g_assert_true (ls_store_save_person (f->kari, person, &error));
  g_assert_no_error (error);
  ls_sketch_set_person_id (sketch, ls_person_get_id (person));
  g_list_store_append (ls_sketch_get_entries (sketch), entry);
  g_assert_true (ls_store_save_sketch (f->kari, sketch, &error));
  g_assert_no_error (error);
  f->sketch_id = ls_sketch_get_id (sketch);
  f->entry_id = ls_sketch_entry_get_id (entry);
  g_assert_cmpint (ls_row_version_get (sketch), ==, 1);
  g_assert_cmpint (ls_row_version_get (entry), ==, 1);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_object (&f->kari);
  g_clear_object (&f->ola);
  ls_test_drop_store (f->location);
  g_free (f->location);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
}

static LsSketch *
load (LsStore *store,
      gint64   sketch_id)
{
  g_autoptr(GError) error = NULL;
  LsSketch *sketch = ls_store_load_sketch (store, sketch_id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (sketch);
  return sketch;
}

static LsSketchEntry *
entry_with_id (LsSketch *sketch,
               gint64    id)
{
  GListModel *entries = G_LIST_MODEL (ls_sketch_get_entries (sketch));

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);

      if (ls_sketch_entry_get_id (entry) == id)
        return entry;   /* the sketch holds it */
    }
  return NULL;
}

static void
test_same_entry_conflicts (Fixture      *f,
                           gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsSketch) at_kari = load (f->kari, f->sketch_id);
  g_autoptr(LsSketch) at_ola = load (f->ola, f->sketch_id);
  g_autoptr(LsSketch) back = NULL;
  LsSketchEntry *kari_entry = entry_with_id (at_kari, f->entry_id);
  LsSketchEntry *ola_entry = entry_with_id (at_ola, f->entry_id);

  g_assert_cmpint (ls_row_version_get (kari_entry), ==, 1);
  g_assert_cmpint (ls_row_version_get (ola_entry), ==, 1);

  ls_sketch_entry_set_text (kari_entry, "bo i egen leilighet");
  g_assert_true (ls_store_save_entry (f->kari, kari_entry, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_row_version_get (kari_entry), ==, 2);

  /* Ola read version 1: his save must not overwrite Kari's. */
  ls_sketch_entry_set_text (ola_entry, "bo hos foreldrene");
  g_assert_false (ls_store_save_entry (f->ola, ola_entry, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Kari Saksbehandler"));
  g_assert_null (strstr (error->message, "bo i egen leilighet"));
  g_assert_cmpint (ls_row_version_get (ola_entry), ==, 1);
  g_clear_error (&error);

  back = load (f->ola, f->sketch_id);
  g_assert_cmpstr (ls_sketch_entry_get_text (entry_with_id (back, f->entry_id)), ==, "bo i egen leilighet");
  g_assert_cmpint (ls_row_version_get (entry_with_id (back, f->entry_id)), ==, 2);
  /* Saving an entry neither checked nor changed the sketch's row. */
  g_assert_cmpint (ls_row_version_get (back), ==, 1);
}

static void
test_whole_sketch_conflicts (Fixture      *f,
                             gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsSketch) at_kari = load (f->kari, f->sketch_id);
  g_autoptr(LsSketch) at_ola = load (f->ola, f->sketch_id);
  g_autoptr(LsSketch) back = NULL;

  ls_sketch_set_agreements (at_kari, "Vi møtes igjen i mai");
  g_assert_true (ls_store_save_sketch_details (f->kari, at_kari, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_row_version_get (at_kari), ==, 2);

  ls_sketch_set_agreements (at_ola, "Vi møtes igjen i juni");
  g_assert_false (ls_store_save_sketch (f->ola, at_ola, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (ls_row_version_get (at_ola), ==, 1);

  back = load (f->kari, f->sketch_id);
  g_assert_cmpstr (ls_sketch_get_agreements (back), ==, "Vi møtes igjen i mai");
}

/* What a conflict shows beside the caseworker's own text: the entry as
 * stored now, and who changed it last and when. */
static void
test_read_entry (Fixture      *f,
                 gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autofree char *who = NULL;
  g_autoptr(GDateTime) when = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  gint64 version = 1;

  g_assert_true (ls_store_save_entry_text_if_version (f->ola, f->entry_id, "bo med katten", &version, &error));
  g_assert_no_error (error);
  version = 0;
  g_assert_true (ls_store_read_entry (f->kari, f->entry_id, &text, &version, &who, &when, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (text, ==, "bo med katten");
  g_assert_cmpint (version, ==, 2);
  g_assert_true (g_str_has_prefix (who, "Ola Saksbehandler ("));
  g_assert_nonnull (when);
  g_assert_cmpint (ABS (g_date_time_difference (now, when)), <, 60 * G_TIME_SPAN_SECOND);

  g_clear_pointer (&text, g_free);
  g_assert_false (ls_store_read_entry (f->kari, 999999, &text, &version, NULL, NULL, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_FOUND);
  g_assert_null (text);
}

static void
test_different_areas_never_conflict (Fixture      *f,
                                     gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsSketch) at_kari = load (f->kari, f->sketch_id);
  g_autoptr(LsSketch) at_ola = load (f->ola, f->sketch_id);
  g_autoptr(LsSketchEntry) kari_entry = ls_sketch_entry_new_with ("leisure", LS_ENTRY_STRENGTH,
                                                                  LS_ENTRY_AUTHOR_PERSON, "liker å gå tur");
  g_autoptr(LsSketchEntry) ola_entry = ls_sketch_entry_new_with ("mobility", LS_ENTRY_SUPPORT_NEED,
                                                                 LS_ENTRY_AUTHOR_CASEWORKER, "trenger følge");
  g_autoptr(LsSketchEntry) ola_second = ls_sketch_entry_new_with ("work", LS_ENTRY_WISH,
                                                                  LS_ENTRY_AUTHOR_PERSON, "vil jobbe");
  g_autoptr(LsSketch) back = NULL;

  ls_sketch_entry_set_sketch_id (kari_entry, f->sketch_id);
  ls_sketch_entry_set_sketch_id (ola_entry, f->sketch_id);
  g_assert_true (ls_store_save_entry (f->kari, kari_entry, &error));
  g_assert_no_error (error);
  g_assert_true (ls_store_save_entry (f->ola, ola_entry, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_row_version_get (ola_entry), ==, 1);

  /* Ola's copy of the sketch never had Kari's entry: saving it whole adds
   * his new one and leaves hers. */
  g_list_store_append (ls_sketch_get_entries (at_ola), ola_second);
  g_assert_true (ls_store_save_sketch (f->ola, at_ola, &error));
  g_assert_no_error (error);

  back = load (f->kari, f->sketch_id);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (ls_sketch_get_entries (back))), ==, 4);
  g_assert_nonnull (entry_with_id (back, ls_sketch_entry_get_id (kari_entry)));
  g_assert_nonnull (entry_with_id (back, ls_sketch_entry_get_id (ola_entry)));
  g_assert_nonnull (entry_with_id (back, ls_sketch_entry_get_id (ola_second)));
  g_assert_nonnull (at_kari);
}

static void
test_text_if_version (Fixture      *f,
                      gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsSketch) back = NULL;
  gint64 version = 1;
  gint64 stale = 1;

  g_assert_true (ls_store_save_entry_text_if_version (f->kari, f->entry_id, "første", &version, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version, ==, 2);

  g_assert_false (ls_store_save_entry_text_if_version (f->ola, f->entry_id, "andre", &stale, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT);
  g_assert_nonnull (strstr (error->message, "Kari Saksbehandler"));
  g_clear_error (&error);
  g_assert_cmpint (stale, ==, 1);

  /* Without a version (tools that own the file) the version still rises. */
  g_assert_true (ls_store_save_entry_text (f->ola, f->entry_id, "tredje", &error));
  g_assert_no_error (error);
  back = load (f->kari, f->sketch_id);
  g_assert_cmpstr (ls_sketch_entry_get_text (entry_with_id (back, f->entry_id)), ==, "tredje");
  g_assert_cmpint (ls_row_version_get (entry_with_id (back, f->entry_id)), ==, 3);

  /* A deleted entry is not found, not a conflict. */
  g_assert_true (ls_store_delete_entry (f->kari, f->entry_id, &error));
  g_assert_no_error (error);
  version = 3;
  g_assert_false (ls_store_save_entry_text_if_version (f->ola, f->entry_id, "fjerde", &version, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_FOUND);
}

static void
test_reading_conflicts (Fixture      *f,
                        gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsSketch) at_kari = load (f->kari, f->sketch_id);
  g_autoptr(LsSketch) at_ola = load (f->ola, f->sketch_id);
  LsDomainReading *kari_reading = ls_sketch_ensure_reading (at_kari, "home");
  LsDomainReading *ola_reading = ls_sketch_ensure_reading (at_ola, "home");

  ls_domain_reading_set_self_rating (kari_reading, 7);
  g_assert_true (ls_store_save_reading (f->kari, f->sketch_id, kari_reading, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_row_version_get (kari_reading), ==, 1);
  ls_domain_reading_set_self_rating (kari_reading, 8);
  g_assert_true (ls_store_save_reading (f->kari, f->sketch_id, kari_reading, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ls_row_version_get (kari_reading), ==, 2);

  /* Ola's copy never saw Kari's reading of the same life area. */
  ls_domain_reading_set_self_rating (ola_reading, 3);
  g_assert_false (ls_store_save_reading (f->ola, f->sketch_id, ola_reading, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ls_test_init_engine ();
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/store/versions/same-entry-conflicts", test_same_entry_conflicts);
  ADD ("/store/versions/whole-sketch-conflicts", test_whole_sketch_conflicts);
  ADD ("/store/versions/different-areas-never-conflict", test_different_areas_never_conflict);
  ADD ("/store/versions/read-entry", test_read_entry);
  ADD ("/store/versions/text-if-version", test_text_if_version);
  ADD ("/store/versions/reading-conflicts", test_reading_conflicts);
#undef ADD
  return g_test_run ();
}
