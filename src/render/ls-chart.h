/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <cairo.h>

#include "ls-render-style.h"

G_BEGIN_DECLS

/* Bar charts and histograms for the team view and reports. Every bar
 * carries its value as text, so nothing relies on colour. */

typedef enum
{
  LS_CHART_BARS_HORIZONTAL, /* labels on the left, bars to the right */
  LS_CHART_BARS_VERTICAL,   /* labels under the bars */
  LS_CHART_HISTOGRAM,       /* adjacent vertical bars, labels are bins */
} LsChartKind;

typedef struct
{
  const char *label;  /* category or bin ("Home and daily life", "40–50") */
  double      value;  /* may be negative in bar charts (change per domain); NAN = missing */
} LsChartItem;

typedef struct
{
  LsChartKind        kind;
  const char        *title;        /* NULL = none */
  const char        *value_axis;   /* axis title for values, NULL = none */
  const char        *category_axis;/* axis title for categories, NULL = none */
  const LsChartItem *items;
  guint              n_items;
  double             min;          /* value range; min == max = automatic */
  double             max;
  const char        *value_format; /* printf format for one double, NULL = "%g" */
  LsRenderStyle      style;
  double             font_scale;   /* 1.0 = default */
  gboolean           background;   /* fill the rectangle first */
  guint              series;       /* palette index of the bars */
} LsChart;

/* Defaults: vertical bars, automatic range, "%g", light, scale 1. */
void    ls_chart_init (LsChart           *chart,
                       LsChartKind        kind,
                       const LsChartItem *items,
                       guint              n_items);

void    ls_chart_draw (const LsChart *chart,
                       cairo_t       *cr,
                       double         x,
                       double         y,
                       double         width,
                       double         height);

/* Counts @values into @n_bins equal bins over [@lo, @hi) (the last bin
 * includes @hi; values outside are clamped into the end bins, NAN values
 * are not counted). Returns an
 * array of LsChartItem whose labels ("40–50") the array owns; free it with
 * g_array_unref(). */
GArray *ls_chart_histogram_bins (const double *values,
                                 guint         n_values,
                                 double        lo,
                                 double        hi,
                                 guint         n_bins);

G_END_DECLS
