/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Charts: drawn on an image surface (pixels of the bars) and on a PDF
 * surface, whose text (values, labels) pdftotext reads back. */
#include <cairo.h>
#include <cairo-pdf.h>
#include <math.h>

#include "ls-chart.h"
#include "ls-test-util.h"

static char *tmpdir;

static const LsChartItem change[] = {
  { "Hjem og hverdag", 2 },
  { "Egenomsorg og helse", -1 },
  { "Kommunikasjon, syn og hørsel", 0 },
  { "Familie, relasjoner og nettverk", 3 },
  { "Trivsel og psykisk helse", 1 },
};

static const LsChartItem on_time[] = {
  { "1. kvartal", 85 }, { "2. kvartal", 92 }, { "3. kvartal", 78 }, { "4. kvartal", 100 },
};

static void
save_png (cairo_surface_t *surface,
          const char      *name)
{
  const char *dir = g_getenv ("LS_TEST_OUTPUT_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  path = g_build_filename (dir, name, NULL);
  cairo_surface_write_to_png (surface, path);
}

/* The chart's text as pdftotext sees it, or NULL without poppler. */
static char *
chart_text (const LsChart *chart,
            double         width,
            double         height)
{
  g_autofree char *pdf = g_build_filename (tmpdir, "chart.pdf", NULL);
  g_autofree char *program = g_find_program_in_path ("pdftotext");
  const char *argv[] = { "pdftotext", "-raw", pdf, "-", NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  char *out = NULL;
  int status;

  surface = cairo_pdf_surface_create (pdf, width, height);
  cr = cairo_create (surface);
  ls_chart_draw (chart, cr, 0, 0, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  if (program == NULL)
    return NULL;
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static guint
count_color (cairo_surface_t *surface,
             const LsRgba    *color)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int w = cairo_image_surface_get_width (surface), h = cairo_image_surface_get_height (surface);
  guint32 want = 0xff000000 | (guint) lround (color->red * 255) << 16 |
                 (guint) lround (color->green * 255) << 8 | (guint) lround (color->blue * 255);
  guint count = 0;
  int x, y;

  for (y = 0; y < h; y++)
    for (x = 0; x < w; x++)
      count += *(guint32 *) (data + y * stride + x * 4) == want;
  return count;
}

static void
test_horizontal (void)
{
  LsChart chart;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 600, 300);
  cairo_t *cr = cairo_create (surface);
  LsRgba bar = ls_render_style_series (LS_RENDER_STYLE_LIGHT, 0);
  g_autofree char *text = NULL;

  ls_chart_init (&chart, LS_CHART_BARS_HORIZONTAL, change, G_N_ELEMENTS (change));
  chart.title = "Endring i egen vurdering";
  chart.value_axis = "Endring fra forrige kartlegging";
  chart.value_format = "%+.0f";
  chart.background = TRUE;
  ls_chart_draw (&chart, cr, 0, 0, 600, 300);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  save_png (surface, "chart-horizontal.png");
  /* Bars 2 + 1 + 3 + 1 units long: plenty of bar-coloured pixels. */
  g_assert_cmpuint (count_color (surface, &bar), >, 3000);
  cairo_surface_destroy (surface);

  text = chart_text (&chart, 600, 300);
  if (text == NULL)
    return;
  g_assert_nonnull (strstr (text, "Endring i egen vurdering"));
  g_assert_nonnull (strstr (text, "Hjem og hverdag"));
  g_assert_nonnull (strstr (text, "+2"));
  g_assert_nonnull (strstr (text, "-1"));
  g_assert_nonnull (strstr (text, "+3"));
}

/* Whether any pixel of the rightmost @columns in the bottom @rows differs
 * from the top-left one (the background). */
static gboolean
ink_at_right_bottom (cairo_surface_t *surface,
                     int              columns,
                     int              rows)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  int w = cairo_image_surface_get_width (surface), h = cairo_image_surface_get_height (surface);
  guint32 background = *(guint32 *) data;

  for (int y = h - rows; y < h; y++)
    for (int x = w - columns; x < w; x++)
      if (*(guint32 *) (data + y * stride + x * 4) != background)
        return TRUE;
  return FALSE;
}

/* A narrow chart (the team view at 360 px) keeps its value axis title
 * inside: it wraps under the bars instead of running past the edge, where
 * it was cut. */
static void
test_horizontal_narrow_axis (void)
{
  LsChart chart;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 300, 260);
  cairo_t *cr = cairo_create (surface);

  ls_chart_init (&chart, LS_CHART_BARS_HORIZONTAL, change, G_N_ELEMENTS (change));
  chart.value_axis = "Endring i egen vurdering fra forrige kartlegging til denne";
  chart.value_format = "%+.0f";
  chart.background = TRUE;
  ls_chart_draw (&chart, cr, 0, 0, 300, 260);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  save_png (surface, "chart-horizontal-narrow.png");
  g_assert_false (ink_at_right_bottom (surface, 2, 40));
  cairo_surface_destroy (surface);
}

static void
test_vertical (void)
{
  LsChart chart;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *text = NULL;

  ls_chart_init (&chart, LS_CHART_BARS_VERTICAL, on_time, G_N_ELEMENTS (on_time));
  chart.title = "Evaluert i tide";
  chart.min = 0;
  chart.max = 100;
  chart.value_format = "%.0f %%";
  chart.style = LS_RENDER_STYLE_DARK;
  chart.background = TRUE;
  chart.series = 2;
  ls_chart_draw (&chart, cr, 0, 0, 400, 300);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  save_png (surface, "chart-vertical-dark.png");
  cairo_surface_destroy (surface);

  text = chart_text (&chart, 400, 300);
  if (text == NULL)
    return;
  g_assert_nonnull (strstr (text, "85 %"));
  g_assert_nonnull (strstr (text, "100 %"));
  g_assert_nonnull (strstr (text, "3. kvartal"));
}

static void
test_histogram (void)
{
  static const double t_scores[] = { 38, 42.5, 45, 50, 50, 50, 52, 55, 58, 61, 64, 70, 71 };
  g_autoptr(GArray) bins = ls_chart_histogram_bins (t_scores, G_N_ELEMENTS (t_scores), 30, 80, 5);
  LsChart chart;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 500, 300);
  cairo_t *cr = cairo_create (surface);
  g_autofree char *text = NULL;

  g_assert_cmpuint (bins->len, ==, 5);
  g_assert_cmpstr (g_array_index (bins, LsChartItem, 0).label, ==, "30–40");
  g_assert_cmpfloat (g_array_index (bins, LsChartItem, 0).value, ==, 1);
  g_assert_cmpfloat (g_array_index (bins, LsChartItem, 1).value, ==, 2);
  g_assert_cmpfloat (g_array_index (bins, LsChartItem, 2).value, ==, 6);
  g_assert_cmpfloat (g_array_index (bins, LsChartItem, 3).value, ==, 2);
  g_assert_cmpfloat (g_array_index (bins, LsChartItem, 4).value, ==, 2);

  ls_chart_init (&chart, LS_CHART_HISTOGRAM, (LsChartItem *) bins->data, bins->len);
  chart.title = "GAS T-skår";
  chart.category_axis = "T-skår";
  chart.background = TRUE;
  ls_chart_draw (&chart, cr, 0, 0, 500, 300);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  save_png (surface, "chart-histogram.png");
  cairo_surface_destroy (surface);

  text = chart_text (&chart, 500, 300);
  if (text == NULL)
    return;
  g_assert_nonnull (strstr (text, "50–60"));
  g_assert_nonnull (strstr (text, "6"));
  g_assert_nonnull (strstr (text, "T-skår"));
}

static void
test_empty_and_bad_format (void)
{
  LsChart chart;
  g_autofree char *text = NULL;

  ls_chart_init (&chart, LS_CHART_BARS_VERTICAL, NULL, 0);
  text = chart_text (&chart, 300, 200);
  if (text)
    g_assert_nonnull (strstr (text, "No data yet"));

  /* A format that does not take one double is refused, not used. */
  if (g_test_subprocess ())
    {
      g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL);
      ls_chart_init (&chart, LS_CHART_BARS_VERTICAL, on_time, 1);
      chart.value_format = "%s";
      g_clear_pointer (&text, g_free);
      text = chart_text (&chart, 300, 200);
      if (text)
        g_assert_nonnull (strstr (text, "85"));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stderr ("*must take exactly one double*");
}

/* A missing T-score (NAN) is counted in no bin and drawn as a dash, and
 * absurd values or ranges neither hang nor break the cairo context. */
static void
test_missing_values (void)
{
  static const double t_scores[] = { NAN, 45, INFINITY, -INFINITY, 1e300 };
  static const LsChartItem items[] = { { "Med skår", 55 }, { "Uten skår", NAN }, { "Feil", INFINITY } };
  g_autoptr(GArray) bins = ls_chart_histogram_bins (t_scores, G_N_ELEMENTS (t_scores), 30, 80, 5);
  LsChart chart;
  g_autofree char *text = NULL;
  double total = 0;
  guint i;

  for (i = 0; i < bins->len; i++)
    total += g_array_index (bins, LsChartItem, i).value;
  g_assert_cmpfloat (total, ==, 4);
  g_assert_cmpfloat (g_array_index (bins, LsChartItem, 0).value, ==, 1);  /* -inf */
  g_assert_cmpfloat (g_array_index (bins, LsChartItem, 1).value, ==, 1);  /* 45 */
  g_assert_cmpfloat (g_array_index (bins, LsChartItem, 4).value, ==, 2);  /* inf, 1e300 */

  ls_chart_init (&chart, LS_CHART_BARS_VERTICAL, items, G_N_ELEMENTS (items));
  text = chart_text (&chart, 300, 200);
  if (text)
    {
      g_assert_nonnull (strstr (text, "55"));
      g_assert_nonnull (strstr (text, "–"));
      g_assert_null (strstr (text, "nan"));
      g_assert_null (strstr (text, "inf"));
    }

  /* A range whose tick step is lost in its magnitude (1e17 + 5 == 1e17). */
  chart.min = 1e17;
  chart.max = 1e17 + 16;
  g_clear_pointer (&text, g_free);
  text = chart_text (&chart, 300, 200);
}

int
main (int    argc,
      char **argv)
{
  int result;

  g_test_init (&argc, &argv, NULL);
  tmpdir = ls_test_mkdtemp ();
  g_test_add_func ("/render/chart/horizontal", test_horizontal);
  g_test_add_func ("/render/chart/horizontal-narrow-axis", test_horizontal_narrow_axis);
  g_test_add_func ("/render/chart/vertical", test_vertical);
  g_test_add_func ("/render/chart/histogram", test_histogram);
  g_test_add_func ("/render/chart/empty-and-bad-format", test_empty_and_bad_format);
  g_test_add_func ("/render/chart/missing-values", test_missing_values);
  result = g_test_run ();
  ls_test_rmdir (tmpdir);
  g_free (tmpdir);
  return result;
}
