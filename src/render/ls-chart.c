/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Bar charts and histograms. Every bar has its value written at its end,
 * categories are named in text, and the zero line is drawn, so the chart
 * reads in greyscale and to anyone who cannot tell the colours apart. A
 * missing value (NAN) shows as a dash without a bar. */
#define G_LOG_DOMAIN "ls-chart"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "ls-chart.h"
#include "ls-outcomes.h"
#include "ls-render-private.h"

typedef struct
{
  const LsChart *chart;
  cairo_t       *cr;
  PangoContext  *context;
  double         font_px;
  double         lo, hi, step;     /* value axis, ticks every step */
  LsRgba         fg, dim, bg, bar;
  double         px, py, pw, ph;   /* plot area */
  double         top, right;       /* how far value labels may go */
} Ctx;

void
ls_chart_init (LsChart           *chart,
               LsChartKind        kind,
               const LsChartItem *items,
               guint              n_items)
{
  g_return_if_fail (chart != NULL);

  memset (chart, 0, sizeof *chart);
  chart->kind = kind;
  chart->items = items;
  chart->n_items = n_items;
  chart->style = LS_RENDER_STYLE_LIGHT;
  chart->font_scale = 1.0;
}

/* Beyond this a value is taken for garbage (counts, scores and hours never
 * come near it): it keeps the range arithmetic finite. */
#define VALUE_LIMIT 1e12

/* A missing value (NAN, as ls_gas_t_score() gives for "no score") or an
 * absurd one gets no bar. */
static gboolean
value_is_drawable (double value)
{
  return isfinite (value) && fabs (value) <= VALUE_LIMIT;
}

/* A printf format for exactly one double, or NULL. */
static const char *
checked_format (const char *format)
{
  const char *p;
  guint conversions = 0;

  if (format == NULL)
    return "%g";
  for (p = format; *p; p++)
    {
      if (*p != '%')
        continue;
      if (p[1] == '%')
        {
          p++;
          continue;
        }
      p++;
      while (*p && strchr ("0123456789.+- #'", *p))
        p++;
      if (!*p || !strchr ("fFgGeE", *p))
        return NULL;
      conversions++;
    }
  return conversions == 1 ? format : NULL;
}

static char *
format_value (const LsChart *chart,
              double         value)
{
  const char *format = checked_format (chart->value_format);

  /* A dash, not "nan": the value is missing. */
  if (!value_is_drawable (value))
    return g_strdup ("–");
  if (format == NULL)
    {
      g_warning ("Chart value format “%s” must take exactly one double", chart->value_format);
      format = "%g";
    }
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  return g_strdup_printf (format, value);
#pragma GCC diagnostic pop
}

static PangoLayout *
text_layout (Ctx        *c,
             const char *text,
             double      size,
             gboolean    bold,
             double      width,
             int         max_lines)
{
  PangoLayout *layout = pango_layout_new (c->context);
  PangoFontDescription *font = pango_font_description_from_string (LS_RENDER_FONT_FAMILY);

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text ? text : "", -1);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (layout, -max_lines);
    }
  return layout;
}

static void
layout_size (PangoLayout *layout,
             double      *width,
             double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width)
    *width = logical.width / (double) PANGO_SCALE;
  if (height)
    *height = logical.height / (double) PANGO_SCALE;
}

static void
show (Ctx         *c,
      PangoLayout *layout,
      double       x,
      double       y,
      const LsRgba *color)
{
  cairo_move_to (c->cr, x, y);
  ls_render_set_source (c->cr, color);
  pango_cairo_show_layout (c->cr, layout);
}

static gboolean
has_explicit_range (const LsChart *chart)
{
  return value_is_drawable (chart->min) && value_is_drawable (chart->max) &&
         chart->max - chart->min >= 1e-9;
}

/* A "nice" value range with ticks at 1, 2 or 5 × 10^k. */
static void
value_range (Ctx *c)
{
  const LsChart *chart = c->chart;
  double lo = 0, hi = 0, span, magnitude, residual;
  guint i;

  if (has_explicit_range (chart))
    {
      lo = chart->min;
      hi = chart->max;
    }
  else
    for (i = 0; i < chart->n_items; i++)
      if (value_is_drawable (chart->items[i].value))
        {
          lo = MIN (lo, chart->items[i].value);
          hi = MAX (hi, chart->items[i].value);
        }
  if (hi - lo < 1e-9)
    hi = lo + 1;

  span = (hi - lo) / 5;
  magnitude = pow (10, floor (log10 (span)));
  residual = span / magnitude;
  c->step = magnitude * (residual > 5 ? 10 : residual > 2 ? 5 : residual > 1 ? 2 : 1);
  if (has_explicit_range (chart))
    {
      c->lo = lo;
      c->hi = hi;
    }
  else
    {
      c->lo = floor (lo / c->step) * c->step;
      c->hi = ceil (hi / c->step) * c->step;
    }
}

static double
value_pos (Ctx    *c,
           double  value,
           gboolean horizontal)
{
  double f = (CLAMP (value, c->lo, c->hi) - c->lo) / (c->hi - c->lo);

  return horizontal ? c->px + f * c->pw : c->py + c->ph - f * c->ph;
}

static char *
tick_text (Ctx    *c,
           double  value)
{
  /* Ticks show as many decimals as the step needs. */
  int decimals = c->step >= 1 ? 0 : (int) ceil (-log10 (c->step));

  return g_strdup_printf ("%.*f", decimals, fabs (value) < 1e-9 ? 0.0 : value);
}

/* More ticks than this means a range too fine to label. */
#define MAX_TICKS 50

static void
draw_grid (Ctx      *c,
           gboolean  horizontal)
{
  guint k;

  /* lo + k·step rather than summing steps: no drift, and no endless loop
   * when step is lost in the magnitude of lo. */
  for (k = 0; k <= MAX_TICKS; k++)
    {
      double v = c->lo + k * c->step;
      g_autofree char *text = NULL;
      g_autoptr(PangoLayout) layout = NULL;
      double pos = value_pos (c, v, horizontal), tw, th;
      gboolean zero = fabs (v) < c->step * 1e-6;

      if (v > c->hi + c->step * 1e-6)
        break;
      text = tick_text (c, v);
      layout = text_layout (c, text, c->font_px * 0.85, FALSE, -1, 1);
      layout_size (layout, &tw, &th);
      cairo_new_path (c->cr);
      if (horizontal)
        {
          cairo_move_to (c->cr, pos, c->py);
          cairo_line_to (c->cr, pos, c->py + c->ph);
          show (c, layout, pos - tw / 2, c->py + c->ph + 3, &c->dim);
        }
      else
        {
          cairo_move_to (c->cr, c->px, pos);
          cairo_line_to (c->cr, c->px + c->pw, pos);
          show (c, layout, c->px - tw - 5, pos - th / 2, &c->dim);
        }
      ls_render_set_source_alpha (c->cr, zero ? &c->fg : &c->dim, zero ? 0.9 : 0.3);
      cairo_set_line_width (c->cr, zero ? 1.2 : 0.6);
      cairo_stroke (c->cr);
    }
}

static void
draw_bar (Ctx      *c,
          guint     index,
          double    band_start,
          double    band_size,
          gboolean  horizontal)
{
  const LsChartItem *item = &c->chart->items[index];
  g_autofree char *text = format_value (c->chart, item->value);
  g_autoptr(PangoLayout) layout = text_layout (c, text, c->font_px * 0.9, TRUE, -1, 1);
  double value = value_is_drawable (item->value) ? item->value : 0;
  double base = value_pos (c, CLAMP (0, c->lo, c->hi), horizontal);
  double end = value_pos (c, value, horizontal);
  gboolean histogram = c->chart->kind == LS_CHART_HISTOGRAM;
  double gap = histogram ? 0 : band_size * 0.2;
  double tw, th;

  if (value_is_drawable (item->value))
    {
      cairo_new_path (c->cr);
      if (horizontal)
        cairo_rectangle (c->cr, MIN (base, end), band_start + gap, fabs (end - base), band_size - 2 * gap);
      else
        cairo_rectangle (c->cr, band_start + gap, MIN (base, end), band_size - 2 * gap, fabs (end - base));
      ls_render_set_source (c->cr, &c->bar);
      cairo_fill_preserve (c->cr);
      /* An outline, so bars stay bars in greyscale and high contrast. */
      ls_render_set_source_alpha (c->cr, histogram ? &c->bg : &c->fg,
                                  ls_render_style_is_high_contrast (c->chart->style) ? 1.0 : 0.6);
      cairo_set_line_width (c->cr, histogram ? 1.5 : 0.8);
      cairo_stroke (c->cr);
    }

  /* The value at the bar's end, outside it (inside if there is no room). */
  layout_size (layout, &tw, &th);
  if (horizontal)
    {
      double x = value >= 0 ? end + 4 : end - tw - 4;

      if (x + tw > c->right || x < c->px - 2)
        x = value >= 0 ? end - tw - 4 : end + 4;
      show (c, layout, x, band_start + (band_size - th) / 2, &c->fg);
    }
  else
    {
      double y = value >= 0 ? end - th - 2 : end + 2;

      if (y < c->top || y + th > c->py + c->ph + 2)
        y = value >= 0 ? end + 2 : end - th - 2;
      show (c, layout, band_start + (band_size - tw) / 2, y, &c->fg);
    }
}

/* The widest formatted value, to keep room for the labels at bar ends. */
static double
widest_value (Ctx *c)
{
  double widest = 0;
  guint i;

  for (i = 0; i < c->chart->n_items; i++)
    {
      g_autofree char *text = format_value (c->chart, c->chart->items[i].value);
      g_autoptr(PangoLayout) layout = text_layout (c, text, c->font_px * 0.9, TRUE, -1, 1);
      double w;

      layout_size (layout, &w, NULL);
      widest = MAX (widest, w);
    }
  return widest;
}

static void
draw_horizontal (Ctx    *c,
                 double  width,
                 double  top,
                 double  bottom)
{
  const LsChart *chart = c->chart;
  double label_w = width * 0.32, line_h = c->font_px * 1.25;
  double tick_h = c->font_px * 1.3, axis_h = 0, band;
  g_autoptr(PangoLayout) axis = NULL;
  guint i;

  c->px = label_w + 8;
  /* Under the bars, so only as wide as they are: the whole width, begun
   * at the bars, ran past the right edge and was cut there. */
  if (chart->value_axis)
    {
      axis = text_layout (c, chart->value_axis, c->font_px * 0.9, FALSE, MAX (width - c->px, 10), 2);
      layout_size (axis, NULL, &axis_h);
      axis_h += 4;
    }
  c->pw = MAX (width - c->px - widest_value (c) - 10, 10);
  c->py = top;
  c->ph = MAX (bottom - top - tick_h - axis_h, 10);
  band = chart->n_items > 0 ? c->ph / chart->n_items : c->ph;

  draw_grid (c, TRUE);
  for (i = 0; i < chart->n_items; i++)
    {
      int lines = CLAMP ((int) floor (band / line_h), 1, 3);
      g_autoptr(PangoLayout) label = text_layout (c, chart->items[i].label, c->font_px, FALSE, label_w, lines);
      double th;

      pango_layout_set_alignment (label, PANGO_ALIGN_RIGHT);
      layout_size (label, NULL, &th);
      show (c, label, 0, c->py + i * band + (band - th) / 2, &c->fg);
      draw_bar (c, i, c->py + i * band, band, TRUE);
    }
  if (axis)
    show (c, axis, c->px, c->py + c->ph + tick_h, &c->dim);
}

static void
draw_vertical (Ctx    *c,
               double  width,
               double  top,
               double  bottom)
{
  const LsChart *chart = c->chart;
  double tick_w = 0, axis_h = 0, label_h = c->font_px * 1.25 * 2 + 4, band;
  g_autoptr(PangoLayout) axis = NULL;
  g_autofree char *lo = NULL, *hi = NULL;
  guint i;

  /* Room on the left for the widest tick label. */
  value_range (c);
  lo = tick_text (c, c->lo);
  hi = tick_text (c, c->hi);
  for (i = 0; i < 2; i++)
    {
      g_autoptr(PangoLayout) tick = text_layout (c, i ? hi : lo, c->font_px * 0.85, FALSE, -1, 1);
      double w;

      layout_size (tick, &w, NULL);
      tick_w = MAX (tick_w, w);
    }
  if (chart->category_axis)
    {
      axis = text_layout (c, chart->category_axis, c->font_px * 0.9, FALSE, width, 2);
      pango_layout_set_alignment (axis, PANGO_ALIGN_CENTER);
      layout_size (axis, NULL, &axis_h);
      axis_h += 4;
    }
  c->px = tick_w + 8;
  c->pw = MAX (width - c->px - 4, 10);
  c->py = top + c->font_px * 1.4;   /* room for a value over the tallest bar */
  c->ph = MAX (bottom - c->py - label_h - axis_h, 10);
  band = chart->n_items > 0 ? c->pw / chart->n_items : c->pw;

  draw_grid (c, FALSE);
  for (i = 0; i < chart->n_items; i++)
    {
      g_autoptr(PangoLayout) label = text_layout (c, chart->items[i].label, c->font_px * 0.9, FALSE,
                                                  MAX (band - 4, c->font_px * 2), 2);

      pango_layout_set_alignment (label, PANGO_ALIGN_CENTER);
      show (c, label, c->px + i * band + 2, c->py + c->ph + 4, &c->fg);
      draw_bar (c, i, c->px + i * band, band, FALSE);
    }
  if (axis)
    show (c, axis, 0, c->py + c->ph + label_h, &c->dim);
}

/* The title, and for horizontal bars the category axis title above the
 * labels; returns where the plot may start. */
static double
draw_heading (Ctx    *c,
              double  width)
{
  const LsChart *chart = c->chart;
  double top = 0, th;

  if (chart->title)
    {
      g_autoptr(PangoLayout) title = text_layout (c, chart->title, c->font_px * 1.15, TRUE, width, 2);

      layout_size (title, NULL, &th);
      show (c, title, 0, 0, &c->fg);
      top = th + c->font_px * 0.6;
    }
  if (chart->kind == LS_CHART_BARS_HORIZONTAL && chart->value_axis == NULL && chart->category_axis)
    {
      g_autoptr(PangoLayout) axis = text_layout (c, chart->category_axis, c->font_px * 0.9, FALSE, width, 1);

      layout_size (axis, NULL, &th);
      show (c, axis, 0, top, &c->dim);
      top += th + 4;
    }
  return top;
}

void
ls_chart_draw (const LsChart *chart,
               cairo_t       *cr,
               double         x,
               double         y,
               double         width,
               double         height)
{
  Ctx c = { chart, cr, };
  double top;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (chart->n_items == 0 || chart->items != NULL);

  c.context = _ls_render_pango_context_new ();
  c.font_px = CLAMP (MIN (width, height) * 0.04, 8.0, 15.0) * (chart->font_scale > 0 ? chart->font_scale : 1.0);
  c.fg = ls_render_style_color (chart->style, LS_RENDER_ROLE_FOREGROUND);
  c.dim = ls_render_style_color (chart->style, LS_RENDER_ROLE_DIM);
  c.bg = ls_render_style_color (chart->style, LS_RENDER_ROLE_BACKGROUND);
  c.bar = ls_render_style_series (chart->style, chart->series);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);
  if (chart->background)
    {
      ls_render_set_source (cr, &c.bg);
      cairo_paint (cr);
    }
  top = draw_heading (&c, width);

  value_range (&c);
  c.top = top;
  c.right = width;
  if (chart->kind == LS_CHART_BARS_HORIZONTAL)
    draw_horizontal (&c, width, top, height);
  else
    draw_vertical (&c, width, top, height);

  if (chart->n_items == 0)
    {
      g_autoptr(PangoLayout) hint = text_layout (&c, _("No data yet"), c.font_px, FALSE, c.pw, 2);
      double tw, th;

      pango_layout_set_alignment (hint, PANGO_ALIGN_CENTER);
      layout_size (hint, &tw, &th);
      show (&c, hint, c.px, c.py + (c.ph - th) / 2, &c.dim);
    }
  /* The path is not part of what cairo_restore() restores: leave none. */
  cairo_new_path (cr);
  cairo_restore (cr);
  g_object_unref (c.context);
}

static void
clear_item (gpointer data)
{
  LsChartItem *item = data;

  g_free ((char *) item->label);
}

GArray *
ls_chart_histogram_bins (const double *values,
                         guint         n_values,
                         double        lo,
                         double        hi,
                         guint         n_bins)
{
  g_autoptr(GArray) counts = NULL;
  GArray *items;
  double width;
  guint i;

  g_return_val_if_fail (n_values == 0 || values != NULL, NULL);
  g_return_val_if_fail (hi > lo, NULL);
  g_return_val_if_fail (n_bins > 0, NULL);

  items = g_array_sized_new (FALSE, TRUE, sizeof (LsChartItem), n_bins);
  g_array_set_clear_func (items, clear_item);
  width = (hi - lo) / n_bins;
  for (i = 0; i < n_bins; i++)
    {
      /* Translators: a histogram bin, "40–50". */
      LsChartItem item = { g_strdup_printf (_("%g–%g"), lo + i * width, lo + (i + 1) * width), 0 };

      g_array_append_val (items, item);
    }
  /* Counted by core, so the chart and the figures beside it agree. */
  counts = ls_outcomes_bin_counts (values, n_values, lo, hi, n_bins);
  for (i = 0; i < n_bins; i++)
    g_array_index (items, LsChartItem, i).value = g_array_index (counts, guint, i);
  return items;
}
