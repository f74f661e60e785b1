/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench [--json] [--persons N]: builds its own synthetic database in a
 * temporary folder (by default 100 000 persons with one life sketch of ten
 * entries each: 1 000 000 entries), then times what the caseworker waits
 * for and prints medians:
 *   store_open_ms   opening the store (already migrated), warm file cache
 *   first_page_ms   a new lazy person list and its first 100 items
 *   search_ms       a 2-3 letter name prefix search with up to 50 hits
 *   search_text_ms  a 3-4 letter prefix of a word in the entries (50 hits)
 *   save_edit_ms    saving one edited entry text (WAL, synchronous=FULL)
 *   letter_ms       one decision letter from the database to a PDF file, and
 *   batch_1000_letters_ms  1000 of them in one batch (ls_pdf_bench())
 * With --json one object with these keys (and build_ms). */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "ls-catalog.h"
#include "ls-cli.h"
#include "ls-demo-names.h"
#include "ls-domain.h"
#include "ls-pdf-bench.h"
#include "ls-person-list.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"

#define BATCH   2000
#define ROUNDS  51

static double
elapsed_ms (gint64 start)
{
  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_double);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

static gboolean
add_person (LsStore  *store,
            GRand    *rand,
            guint     index,
            GStrv     domains,
            GError  **error)
{
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsSketch) sketch = ls_sketch_new ();
  g_autofree char *given = NULL;
  g_autofree char *family = NULL;
  g_autofree char *national_id = NULL;
  GDate birth;

  g_date_clear (&birth, 1);
  ls_demo_person (rand, index, &given, &family, &birth, &national_id);
  ls_person_set_given_name (person, given);
  ls_person_set_family_name (person, family);
  ls_person_set_birth_date (person, &birth);
  ls_person_set_national_id (person, national_id);
  if (!ls_store_save_person (store, person, error))
    return FALSE;
  ls_sketch_set_person_id (sketch, ls_person_get_id (person));
  for (guint d = 0; domains[d] != NULL; d++)
    {
      LsDemoPhraseKind kind = (d + index) % LS_DEMO_N_PHRASE_KINDS;
      g_autoptr(LsSketchEntry) entry = ls_sketch_entry_new_with (domains[d], (LsEntryKind) kind,
                                                                LS_ENTRY_AUTHOR_PERSON,
                                                                ls_demo_phrase (rand, kind));

      g_list_store_append (ls_sketch_get_entries (sketch), entry);
    }
  return ls_store_save_sketch (store, sketch, error);
}

static GStrv
domain_keys (GError **error)
{
  g_autoptr(GListStore) domains = ls_catalog_load_domains (NULL, error);
  g_autoptr(GStrvBuilder) keys = g_strv_builder_new ();

  if (domains == NULL)
    return NULL;
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (domains)); i++)
    {
      g_autoptr(LsDomain) domain = g_list_model_get_item (G_LIST_MODEL (domains), i);

      g_strv_builder_add (keys, ls_domain_get_key (domain));
    }
  return g_strv_builder_end (keys);
}

static gboolean
build (const char *path,
       guint       persons,
       GError    **error)
{
  g_autoptr(LsStore) store = ls_cli_open_store (path, LS_STORE_OPEN_DEFAULT, error);
  g_auto(GStrv) domains = domain_keys (error);
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);

  if (store == NULL || domains == NULL)
    return FALSE;
  for (guint done = 0; done < persons; done += BATCH)
    {
      if (!ls_store_begin_batch (store, error))
        return FALSE;
      for (guint i = done; i < MIN (done + BATCH, persons); i++)
        if (!add_person (store, rand, i, domains, error))
          {
            ls_store_cancel_batch (store);
            return FALSE;
          }
      if (!ls_store_end_batch (store, error))
        return FALSE;
    }
  return TRUE;
}

static double
time_open (const char *path,
           GError    **error)
{
  double times[ROUNDS];

  for (guint i = 0; i < ROUNDS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(LsStore) store = ls_cli_open_store (path, LS_STORE_OPEN_DEFAULT, error);

      times[i] = elapsed_ms (start);
      if (store == NULL)
        return -1;
    }
  return median (times, ROUNDS);
}

static double
time_first_page (LsStore *store)
{
  double times[ROUNDS];

  for (guint i = 0; i < ROUNDS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(LsPersonList) list = ls_person_list_new (store);
      guint n = MIN (g_list_model_get_n_items (G_LIST_MODEL (list)), LS_PERSON_LIST_PAGE_SIZE);

      for (guint k = 0; k < n; k++)
        g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), k));
      times[i] = elapsed_ms (start);
    }
  return median (times, ROUNDS);
}

/* Prefixes of real family names, so that most searches fill 50 hits. */
static double
time_search (LsStore  *store,
             guint     persons,
             double   *mean_hits,
             GError  **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  double times[ROUNDS];
  guint hits = 0;

  for (guint i = 0; i < ROUNDS; i++)
    {
      g_autoptr(GPtrArray) page = ls_store_list_persons_at (store, g_rand_int_range (rand, 0, persons), 1, error);
      g_autofree char *prefix = NULL;
      g_autoptr(GPtrArray) found = NULL;
      gint64 start;

      if (page == NULL || page->len == 0)
        return -1;
      prefix = g_utf8_substring (ls_person_get_family_name (g_ptr_array_index (page, 0)), 0, 2 + i % 2);
      start = g_get_monotonic_time ();
      found = ls_store_search_persons (store, prefix, 50, error);
      times[i] = elapsed_ms (start);
      if (found == NULL)
        return -1;
      hits += found->len;
    }
  *mean_hits = (double) hits / ROUNDS;
  return median (times, ROUNDS);
}

/* Prefixes of words the entries use: found through the entry index. */
static double
time_search_text (LsStore  *store,
                  double   *mean_hits,
                  GError  **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (11);
  double times[ROUNDS];
  guint hits = 0, i = 0;

  while (i < ROUNDS)
    {
      const char *phrase = ls_demo_phrase (rand, g_rand_int_range (rand, 0, LS_DEMO_N_PHRASE_KINDS));
      g_auto(GStrv) words = g_strsplit_set (phrase, " ,.!?", -1);
      guint n = g_strv_length (words);
      const char *word = words[g_rand_int_range (rand, 0, n)];
      g_autofree char *prefix = NULL;
      g_autoptr(GPtrArray) found = NULL;
      gint64 start;

      if (g_utf8_strlen (word, -1) < 4)
        continue;
      prefix = g_utf8_substring (word, 0, 3 + i % 2);
      start = g_get_monotonic_time ();
      found = ls_store_search_persons (store, prefix, 50, error);
      times[i] = elapsed_ms (start);
      if (found == NULL)
        return -1;
      hits += found->len;
      i++;
    }
  *mean_hits = (double) hits / ROUNDS;
  return median (times, ROUNDS);
}

static double
time_save_edit (LsStore  *store,
                guint     persons,
                GError  **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (9);
  double times[ROUNDS];

  for (guint i = 0; i < ROUNDS; i++)
    {
      /* Entry ids run 1..10 × persons in the synthetic database. */
      gint64 entry_id = 1 + g_rand_int_range (rand, 0, persons * 10);
      g_autofree char *text = g_strdup_printf ("Jeg vil øve på å ta bussen alene, runde %u", i);
      gint64 start = g_get_monotonic_time ();

      if (!ls_store_save_entry_text (store, entry_id, text, error))
        return -1;
      times[i] = elapsed_ms (start);
    }
  return median (times, ROUNDS);
}

static void
remove_database (const char *dir,
                 const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
  g_rmdir (dir);
}

int
ls_cli_bench (int    argc,
              char **argv)
{
  g_autofree char *database = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  gboolean json = FALSE;
  int persons = 100000;
  double build_ms, open_ms, page_ms = -1, search_ms = -1, text_ms = -1, save_ms = -1, hits = 0, text_hits = 0;
  double letter_ms = -1, batch_ms = -1;
  guint letter_pages = 0;
  gint64 start;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print one JSON object"), NULL },
    { "persons", 0, 0, G_OPTION_ARG_INT, &persons, N_("Persons in the synthetic database (100000)"), "N" },
    { NULL }
  };

  if (!ls_cli_parse (NULL, entries, &database, &argc, &argv))
    return 2;
  if (argc > 1 || persons < 100)
    return ls_cli_fail (_("bench takes only --json and --persons N (at least 100)"));
  /* --database is accepted like everywhere, but the bench never touches a
   * real database: it builds its own. */
  dir = g_dir_make_tmp ("livsskisse-bench-XXXXXX", &error);
  if (dir == NULL)
    return ls_cli_fail_error (error);
  path = g_build_filename (dir, "bench.db", NULL);

  start = g_get_monotonic_time ();
  if (!build (path, persons, &error))
    goto fail;
  build_ms = elapsed_ms (start);
  open_ms = time_open (path, &error);
  if (open_ms < 0 || (store = ls_cli_open_store (path, LS_STORE_OPEN_DEFAULT, &error)) == NULL)
    goto fail;
  page_ms = time_first_page (store);
  search_ms = time_search (store, persons, &hits, &error);
  if (search_ms < 0 || (text_ms = time_search_text (store, &text_hits, &error)) < 0
      || (save_ms = time_save_edit (store, persons, &error)) < 0)
    goto fail;
  if (!ls_pdf_bench (store, dir, &letter_ms, &batch_ms, &letter_pages, &error))
    goto fail;
  g_clear_object (&store);
  remove_database (dir, path);

  {
    /* Machine-readable: the same decimal point in every locale. */
    const struct { const char *name; double value; const char *format; } figures[] = {
      { "store_open_ms", open_ms, "%.3f" }, { "first_page_ms", page_ms, "%.3f" },
      { "search_ms", search_ms, "%.3f" }, { "save_edit_ms", save_ms, "%.3f" },
      { "search_text_ms", text_ms, "%.3f" }, { "search_hits_mean", hits, "%.1f" },
      { "search_text_hits_mean", text_hits, "%.1f" }, { "persons", persons, "%.0f" },
      { "entries", persons * 10.0, "%.0f" }, { "build_ms", build_ms, "%.0f" },
      { "letter_ms", letter_ms, "%.3f" }, { "letter_pages", letter_pages, "%.0f" },
      { "batch_1000_letters_ms", batch_ms, "%.0f" },
    };
    g_autoptr(GString) out = g_string_new (json ? "{" : NULL);

    for (guint i = 0; i < G_N_ELEMENTS (figures); i++)
      {
        char number[G_ASCII_DTOSTR_BUF_SIZE];

        g_ascii_formatd (number, sizeof number, figures[i].format, figures[i].value);
        if (json)
          g_string_append_printf (out, "%s\"%s\": %s", i > 0 ? ", " : "", figures[i].name, number);
        else
          g_string_append_printf (out, "%s\t%s\n", figures[i].name, number);
      }
    if (json)
      g_string_append (out, "}\n");
    fputs (out->str, stdout);
  }
  return 0;

fail:
  g_clear_object (&store);
  remove_database (dir, path);
  return ls_cli_fail_error (error);
}
