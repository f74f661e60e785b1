/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The bench's figures measured inside its own process, through the same
 * store calls the window makes: opening, the first page of the person
 * list, search as you type with one to three letters, and durable saves. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>
#include <math.h>

#include "ls-cli.h"
#include "ls-cli-bench.h"
#include "ls-demo-names.h"
#include "ls-person-list.h"
#include "ls-store-caseload.h"
#include "ls-store-persons.h"
#include "ls-store-sketches.h"
#include "ls-value.h"

#define ROUNDS           21
#define SEARCH_REPEATS   3
#define SEARCH_LIMIT     50     /* as the window's caseload view */
#define NAME_PREFIXES    20
#define WORD_PREFIXES    20
#define SAVES            400

/* The demo gives every person at least two sketches of eleven entries. */
#define DEMO_ENTRIES_PER_PERSON 22

static const char * const letters[] = {
  "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t",
  "u", "v", "w", "x", "y", "z", "æ", "ø", "å",
};

static gboolean
time_open (LsBench  *bench,
           GError  **error)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < ROUNDS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(LsStore) store = ls_cli_open_store (bench->database, bench->given ? LS_STORE_OPEN_READ_ONLY
                                                                                  : LS_STORE_OPEN_DEFAULT, error);
      double ms = ls_bench_ms_since (start);

      if (store == NULL)
        return FALSE;
      g_array_append_val (samples, ms);
    }
  ls_bench_set (bench, LS_BENCH_STORE_OPEN, ls_bench_quantile (samples, 0.5), NAN);
  return TRUE;
}

static void
time_first_page (LsBench *bench)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < ROUNDS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(LsPersonList) list = ls_person_list_new (bench->store);
      guint n = MIN (g_list_model_get_n_items (G_LIST_MODEL (list)), LS_PERSON_LIST_PAGE_SIZE);
      double ms;

      for (guint k = 0; k < n; k++)
        g_object_unref (g_list_model_get_item (G_LIST_MODEL (list), k));
      ms = ls_bench_ms_since (start);
      g_array_append_val (samples, ms);
    }
  ls_bench_set (bench, LS_BENCH_FIRST_PAGE, ls_bench_quantile (samples, 0.5), NAN);
}

/* Adds @text's first @length characters to @prefixes when it has them. */
static void
add_prefix (GPtrArray  *prefixes,
            const char *text,
            guint       length)
{
  if (text != NULL && g_utf8_strlen (text, -1) >= (glong) length)
    g_ptr_array_add (prefixes, g_utf8_substring (text, 0, length));
}

/* Prefixes of @length characters: of the names of persons anywhere in the
 * list, and of words in the demo's entry texts (most of which match no
 * name, so the search falls back to the entries). */
static GPtrArray *
make_prefixes (LsBench  *bench,
               guint     length,
               GError  **error)
{
  g_autoptr(GPtrArray) prefixes = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7 + length);
  gint64 persons = ls_store_count_persons (bench->store, error);

  if (persons < 0)
    return NULL;
  if (length == 1)
    {
      for (guint i = 0; i < G_N_ELEMENTS (letters); i++)
        g_ptr_array_add (prefixes, g_strdup (letters[i]));
      return g_steal_pointer (&prefixes);
    }
  for (guint i = 0; persons > 0 && i < NAME_PREFIXES; i++)
    {
      g_autoptr(GPtrArray) page = ls_store_list_persons_at (bench->store, g_rand_int_range (rand, 0, persons), 1,
                                                            error);
      LsPerson *person;

      if (page == NULL)
        return NULL;
      if (page->len == 0)
        continue;
      person = g_ptr_array_index (page, 0);
      add_prefix (prefixes, i % 2 ? ls_person_get_given_name (person) : ls_person_get_family_name (person), length);
    }
  while (prefixes->len < NAME_PREFIXES + WORD_PREFIXES)
    {
      const char *phrase = ls_demo_phrase (rand, g_rand_int_range (rand, 0, LS_DEMO_N_PHRASE_KINDS));
      g_auto(GStrv) words = g_strsplit_set (phrase, " ,.!?", -1);

      add_prefix (prefixes, words[g_rand_int_range (rand, 0, g_strv_length (words))], length);
    }
  return g_steal_pointer (&prefixes);
}

static gboolean
time_search (LsBench  *bench,
             guint     length,
             GError  **error)
{
  g_autoptr(GPtrArray) prefixes = make_prefixes (bench, length, error);
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GDate) today = g_date_new ();

  if (prefixes == NULL)
    return FALSE;
  ls_date_set_today (today);
  for (guint repeat = 0; repeat < SEARCH_REPEATS; repeat++)
    for (guint i = 0; i < prefixes->len; i++)
      {
        gint64 start = g_get_monotonic_time ();
        g_autoptr(GPtrArray) found = ls_store_search_caseload (bench->store, g_ptr_array_index (prefixes, i),
                                                               LS_CASELOAD_ALL, today, SEARCH_LIMIT, error);
        double ms = ls_bench_ms_since (start);

        if (found == NULL)
          return FALSE;
        g_array_append_val (samples, ms);
      }
  ls_bench_set_spread (bench, LS_BENCH_SEARCH_1_MEDIAN + 3 * (length - 1), samples);
  return TRUE;
}

static gboolean
time_saves (LsBench  *bench,
            GError  **error)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (9);
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));

  if (bench->given)
    {
      ls_bench_skip (bench, LS_BENCH_SAVE_MEDIAN, LS_BENCH_SAVE_WORST,
                     _("the bench never writes to a database it is given"));
      return TRUE;
    }
  for (guint i = 0; i < SAVES; i++)
    {
      /* Entry ids run from 1 without gaps in the bench's demo database. */
      gint64 entry_id = 1 + g_rand_int_range (rand, 0, bench->persons * DEMO_ENTRIES_PER_PERSON);
      g_autofree char *text = g_strdup_printf ("Jeg vil øve på å ta bussen alene, runde %u", i);
      gint64 start = g_get_monotonic_time ();
      double ms;

      if (!ls_store_save_entry_text (bench->store, entry_id, text, error))
        return FALSE;
      ms = ls_bench_ms_since (start);
      g_array_append_val (samples, ms);
    }
  ls_bench_set_spread (bench, LS_BENCH_SAVE_MEDIAN, samples);
  return TRUE;
}

gboolean
ls_bench_store (LsBench  *bench,
                GError  **error)
{
  if (!time_open (bench, error))
    return FALSE;
  time_first_page (bench);
  for (guint length = 1; length <= 3; length++)
    if (!time_search (bench, length, error))
      return FALSE;
  return time_saves (bench, error);
}
