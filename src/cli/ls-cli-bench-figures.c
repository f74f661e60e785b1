/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The figures `livsskisse-cli bench` reports: what each measures, its
 * target (from issue 12's table) and how it is printed. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>
#include <math.h>
#include <stdlib.h>

#include "ls-cli.h"
#include "ls-cli-bench.h"

typedef enum
{
  ON_NOTHING,   /* no target: shown for context */
  ON_VALUE,     /* value ≤ target */
  ON_RATIO,     /* value / anchor ≤ target */
} TargetOn;

static const struct
{
  const char *name;
  const char *unit;
  TargetOn    on;
  double      target;
  const char *what;   /* translatable */
} specs[LS_BENCH_N_FIGURES] = {
  [LS_BENCH_STORE_OPEN] = { "store_open_ms", "ms", ON_NOTHING, 0,
    N_("opening the store (already migrated), median of 21 opens") },
  [LS_BENCH_FIRST_PAGE] = { "first_page_ms", "ms", ON_NOTHING, 0,
    N_("a new lazy person list and its first 100 persons, median of 21") },
  [LS_BENCH_SEARCH_1_MEDIAN] = { "search_1_letter_median_ms", "ms", ON_NOTHING, 0,
    N_("search as you type with one letter (every letter a–z, æ, ø, å, three times each; the window’s caseload "
       "search, up to 50 hits, falling back to entry text when names give fewer): median") },
  [LS_BENCH_SEARCH_1_P99] = { "search_1_letter_p99_ms", "ms", ON_NOTHING, 0,
    N_("search with one letter: 99th percentile") },
  [LS_BENCH_SEARCH_1_WORST] = { "search_1_letter_worst_ms", "ms", ON_VALUE, 16,
    N_("search with one letter: the worst") },
  [LS_BENCH_SEARCH_2_MEDIAN] = { "search_2_letters_median_ms", "ms", ON_NOTHING, 0,
    N_("search with two letters (prefixes of names in the database and of words in entries, which fall back to "
       "entry text; three times each): median") },
  [LS_BENCH_SEARCH_2_P99] = { "search_2_letters_p99_ms", "ms", ON_NOTHING, 0,
    N_("search with two letters: 99th percentile") },
  [LS_BENCH_SEARCH_2_WORST] = { "search_2_letters_worst_ms", "ms", ON_VALUE, 0.5,
    N_("search with two letters: the worst") },
  [LS_BENCH_SEARCH_3_MEDIAN] = { "search_3_letters_median_ms", "ms", ON_NOTHING, 0,
    N_("search with three letters (chosen as for two): median") },
  [LS_BENCH_SEARCH_3_P99] = { "search_3_letters_p99_ms", "ms", ON_NOTHING, 0,
    N_("search with three letters: 99th percentile") },
  [LS_BENCH_SEARCH_3_WORST] = { "search_3_letters_worst_ms", "ms", ON_VALUE, 0.5,
    N_("search with three letters: the worst") },
  [LS_BENCH_SAVE_MEDIAN] = { "save_median_ms", "ms", ON_NOTHING, 0,
    N_("one durable save of an edited entry text (WAL, synchronous=FULL) on the calling thread, 400 saves: median") },
  [LS_BENCH_SAVE_P99] = { "save_p99_ms", "ms", ON_VALUE, 16,
    N_("one durable save: 99th percentile") },
  [LS_BENCH_SAVE_WORST] = { "save_worst_ms", "ms", ON_NOTHING, 0,
    N_("one durable save: the worst") },
  [LS_BENCH_LETTER] = { "letter_process_ms", "ms", ON_RATIO, 1.5,
    N_("one decision letter as a whole process (spawning “livsskisse-cli export-pdf --decision ID” until it "
       "exits), median of 15 issued decisions, beside a raw pango and cairo program printing a two-page letter, "
       "spawned the same way") },
  [LS_BENCH_LETTER_WORST] = { "letter_process_worst_ms", "ms", ON_NOTHING, 0,
    N_("one decision letter as a whole process: the worst, beside the anchor’s worst") },
  [LS_BENCH_BATCH_FIRST] = { "batch_first_letter_ms", "ms", ON_VALUE, 1000,
    N_("“export-pdf --all-decisions”: from the spawn until the first letter is written, including finding "
       "the decisions") },
  [LS_BENCH_BATCH_PER_LETTER] = { "batch_per_letter_ms", "ms", ON_RATIO, 1.25,
    N_("“export-pdf --all-decisions”: time per letter after the first (the batch is stopped after --batch-letters "
       "letters, so its one commit, sync and renaming at the end are not in it), beside the anchor program writing "
       "as many letters in one process") },
  [LS_BENCH_FIRST_FRAME] = { "first_frame_ms", "ms", ON_RATIO, 1.3,
    N_("the app from its spawn until its window’s first frame is painted (LIVSSKISSE_PROFILE), median of 15, "
       "taken turn about with a bare AdwApplication window on the same display") },
  [LS_BENCH_IMPORT_VS_NOOUT] = { "xml_import_vs_noout_ms", "ms", ON_RATIO, 2,
    N_("“livsskisse-cli import-xml” of the whole database exported as XML into a new database, beside "
       "“xmllint --noout” of the same file") },
  [LS_BENCH_IMPORT_VS_STREAM] = { "xml_import_vs_stream_ms", "ms", ON_RATIO, 4,
    N_("the same import beside “xmllint --stream” of the same file") },
  [LS_BENCH_IMPORT_MEMORY] = { "xml_import_peak_memory_mb", "MB", ON_NOTHING, 0,
    N_("the import’s peak resident memory, beside that of “xmllint --stream” (the target is memory that "
       "stays flat as the file grows)") },
};

void
ls_bench_init (LsBench *bench)
{
  memset (bench, 0, sizeof *bench);
  for (guint i = 0; i < LS_BENCH_N_FIGURES; i++)
    {
      bench->results[i].value = NAN;
      bench->results[i].anchor = NAN;
    }
}

void
ls_bench_clear (LsBench *bench)
{
  for (guint i = 0; i < LS_BENCH_N_FIGURES; i++)
    g_clear_pointer (&bench->results[i].skipped, g_free);
  g_clear_object (&bench->store);
  g_clear_pointer (&bench->database, g_free);
  g_clear_pointer (&bench->dir, g_free);
  g_clear_pointer (&bench->cli, g_free);
}

void
ls_bench_set (LsBench       *bench,
              LsBenchFigure  figure,
              double         value,
              double         anchor)
{
  g_assert (figure < LS_BENCH_N_FIGURES);
  bench->results[figure].value = value;
  /* An anchor of no time at all gives no ratio. */
  bench->results[figure].anchor = anchor > 0 ? anchor : NAN;
}

void
ls_bench_skip (LsBench       *bench,
               LsBenchFigure  first,
               LsBenchFigure  last,
               const char    *reason)
{
  g_assert (first <= last && last < LS_BENCH_N_FIGURES);
  for (guint i = first; i <= last; i++)
    {
      g_free (bench->results[i].skipped);
      bench->results[i].skipped = g_strdup (reason);
      bench->results[i].value = NAN;
      bench->results[i].anchor = NAN;
    }
}

double
ls_bench_ms_since (gint64 start)
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

double
ls_bench_quantile (GArray *samples,
                   double  q)
{
  guint rank;

  g_assert (samples->len > 0);
  g_array_sort (samples, compare_double);
  rank = (guint) ceil (q * samples->len);
  return g_array_index (samples, double, CLAMP (rank, 1, samples->len) - 1);
}

void
ls_bench_set_spread (LsBench       *bench,
                     LsBenchFigure  median_figure,
                     GArray        *samples)
{
  ls_bench_set (bench, median_figure, ls_bench_quantile (samples, 0.5), NAN);
  ls_bench_set (bench, median_figure + 1, ls_bench_quantile (samples, 0.99), NAN);
  ls_bench_set (bench, median_figure + 2, ls_bench_quantile (samples, 1), NAN);
}

char *
ls_bench_describe (void)
{
  g_autoptr(GString) out = g_string_new (_("Figures (with --json each is an object with name, value, anchor, "
                                           "ratio, target and met):"));

  for (guint i = 0; i < LS_BENCH_N_FIGURES; i++)
    {
      g_string_append_printf (out, "\n  %s: %s", specs[i].name, _(specs[i].what));
      if (specs[i].on == ON_VALUE)
        g_string_append_printf (out, _(" (target: at most %g %s)"), specs[i].target, specs[i].unit);
      else if (specs[i].on == ON_RATIO)
        g_string_append_printf (out, _(" (target: at most %g× the anchor)"), specs[i].target);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* -1 unknown, 0 not met, 1 met. */
static int
met (LsBenchFigure  figure,
     double         value,
     double         ratio)
{
  if (specs[figure].on == ON_VALUE && isfinite (value))
    return value <= specs[figure].target;
  if (specs[figure].on == ON_RATIO && isfinite (ratio))
    return ratio <= specs[figure].target;
  return -1;
}

static void
append_json (GString       *out,
             LsBenchFigure  figure,
             LsBenchResult *result)
{
  double ratio = result->value / result->anchor;   /* NAN when either is */
  int ok = met (figure, result->value, ratio);

  g_string_append (out, "{\"name\": ");
  ls_cli_json_string (out, specs[figure].name);
  g_string_append (out, ", \"value\": ");
  ls_cli_json_number (out, result->value, 4);
  g_string_append (out, ", \"anchor\": ");
  ls_cli_json_number (out, result->anchor, 4);
  g_string_append (out, ", \"ratio\": ");
  ls_cli_json_number (out, ratio, 4);
  g_string_append (out, ", \"target\": ");
  ls_cli_json_number (out, specs[figure].on == ON_NOTHING ? NAN : specs[figure].target, 4);
  g_string_append_printf (out, ", \"met\": %s, \"unit\": ", ok < 0 ? "null" : ok ? "true" : "false");
  ls_cli_json_string (out, specs[figure].unit);
  g_string_append_printf (out, ", \"target_of\": %s",
                          specs[figure].on == ON_VALUE ? "\"value\""
                          : specs[figure].on == ON_RATIO ? "\"ratio\"" : "null");
  if (result->skipped != NULL)
    {
      g_string_append (out, ", \"skipped\": ");
      ls_cli_json_string (out, result->skipped);
    }
  g_string_append (out, "}");
}

/* For people: their own locale's numbers. */
static void
append_line (GString       *out,
             LsBenchFigure  figure,
             LsBenchResult *result)
{
  double ratio = result->value / result->anchor;
  int ok = met (figure, result->value, ratio);

  g_string_append_printf (out, "%s\n  %s\n  ", specs[figure].name, _(specs[figure].what));
  if (result->skipped != NULL)
    {
      g_string_append_printf (out, _("not measured: %s"), result->skipped);
      g_string_append (out, "\n");
      return;
    }
  g_string_append_printf (out, "%.3f %s", result->value, specs[figure].unit);
  if (isfinite (ratio))
    g_string_append_printf (out, _(", anchor %.3f %s, ratio %.2f×"), result->anchor, specs[figure].unit, ratio);
  if (ok >= 0)
    {
      if (specs[figure].on == ON_VALUE)
        g_string_append_printf (out, _(", target at most %g %s"), specs[figure].target, specs[figure].unit);
      else
        g_string_append_printf (out, _(", target at most %g×"), specs[figure].target);
      g_string_append (out, ok ? _(": met") : _(": NOT met"));
    }
  g_string_append (out, "\n");
}

char *
ls_bench_format (LsBench  *bench,
                 gboolean  json)
{
  g_autoptr(GString) out = g_string_new (NULL);

  if (json)
    {
      g_string_append_printf (out, "{\"persons\": %u, \"database\": %s, \"figures\": [\n", bench->persons,
                              bench->given ? "\"given\"" : "\"demo\"");
      for (guint i = 0; i < LS_BENCH_N_FIGURES; i++)
        {
          g_string_append (out, "  ");
          append_json (out, i, &bench->results[i]);
          g_string_append (out, i + 1 < LS_BENCH_N_FIGURES ? ",\n" : "\n");
        }
      g_string_append (out, "]}\n");
    }
  else
    for (guint i = 0; i < LS_BENCH_N_FIGURES; i++)
      append_line (out, i, &bench->results[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}
