/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the parts of `livsskisse-cli bench` share: the figures it reports
 * (ls-cli-bench-figures.c), the in-process store timings
 * (ls-cli-bench-store.c) and the spawned programs (ls-cli-bench-spawn.c). */
#pragma once

#include <gio/gio.h>

#include "ls-store.h"

G_BEGIN_DECLS

/* Every figure, in the order they are printed. */
typedef enum
{
  LS_BENCH_STORE_OPEN,
  LS_BENCH_FIRST_PAGE,
  LS_BENCH_SEARCH_1_MEDIAN,
  LS_BENCH_SEARCH_1_P99,
  LS_BENCH_SEARCH_1_WORST,
  LS_BENCH_SEARCH_2_MEDIAN,
  LS_BENCH_SEARCH_2_P99,
  LS_BENCH_SEARCH_2_WORST,
  LS_BENCH_SEARCH_3_MEDIAN,
  LS_BENCH_SEARCH_3_P99,
  LS_BENCH_SEARCH_3_WORST,
  LS_BENCH_SAVE_MEDIAN,
  LS_BENCH_SAVE_P99,
  LS_BENCH_SAVE_WORST,
  LS_BENCH_LETTER,
  LS_BENCH_LETTER_WORST,
  LS_BENCH_BATCH_FIRST,
  LS_BENCH_BATCH_PER_LETTER,
  LS_BENCH_FIRST_FRAME,
  LS_BENCH_IMPORT_VS_NOOUT,
  LS_BENCH_IMPORT_VS_STREAM,
  LS_BENCH_IMPORT_MEMORY,
  LS_BENCH_N_FIGURES
} LsBenchFigure;

typedef struct
{
  double  value;    /* NAN until measured */
  double  anchor;   /* NAN: no anchor */
  char   *skipped;  /* why it was not measured, or NULL */
} LsBenchResult;

typedef struct
{
  LsBenchResult  results[LS_BENCH_N_FIGURES];
  LsStore       *store;      /* open on @database for the in-process figures */
  char          *database;
  char          *dir;        /* the bench's private temporary folder */
  char          *cli;        /* this program, spawned for whole-process figures */
  gboolean       given;      /* @database is the user's: never written */
  guint          persons;
  guint          batch_letters;
} LsBench;

/* ls-cli-bench-figures.c */
void     ls_bench_init         (LsBench        *bench);
void     ls_bench_clear        (LsBench        *bench);
void     ls_bench_set          (LsBench        *bench,
                                LsBenchFigure   figure,
                                double          value,
                                double          anchor);
/* Marks figures @first..@last (inclusive) as not measured, for @reason. */
void     ls_bench_skip         (LsBench        *bench,
                                LsBenchFigure   first,
                                LsBenchFigure   last,
                                const char     *reason);
/* Sets the median, p99 and worst of @samples (sorted in place) into the
 * three figures from @median_figure on. */
void     ls_bench_set_spread   (LsBench        *bench,
                                LsBenchFigure   median_figure,
                                GArray         *samples);
/* The @q quantile (0.5 median, 0.99 p99, 1 worst) of @samples of
 * doubles, by nearest rank; sorts them in place. */
double   ls_bench_quantile     (GArray         *samples,
                                double          q);
double   ls_bench_ms_since     (gint64          start);
/* What each figure measures, for --help. */
char    *ls_bench_describe     (void);
/* Every figure as a JSON object (name, value, anchor, ratio, target, met,
 * unit, target_of, and skipped when not measured), or as lines for people. */
char    *ls_bench_format       (LsBench        *bench,
                                gboolean        json);

/* ls-cli-bench-store.c: in the bench's own process, on bench->store. */
gboolean ls_bench_store        (LsBench        *bench,
                                GError        **error);

/* ls-cli-bench-spawn.c: whole processes, each beside its anchor. */
gboolean ls_bench_letters      (LsBench        *bench,
                                GError        **error);
gboolean ls_bench_first_frame  (LsBench        *bench,
                                GError        **error);
gboolean ls_bench_import       (LsBench        *bench,
                                GError        **error);

G_END_DECLS
