/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The life-sketch wheel on image surfaces: pixels where segments must be.
 * Set LS_TEST_OUTPUT_DIR to keep the PNGs for looking at. */
#include <math.h>
#include <cairo.h>

#include "ls-render-private.h"
#include "ls-wheel.h"
#include "ls-wheel-private.h"

#define W 600
#define H 480

static const LsWheelSegment ten[] = {
  { "Hjem og hverdag", 7, 5, 4, 2, 1, FALSE },
  { "Egenomsorg og helse", 10, 0, 0, 1, 0, FALSE },
  { "Kommunikasjon, syn og hørsel", 1, 0, 3, 0, 2, FALSE },
  { "Hukommelse, læring og struktur", 5, 5, 6, 0, 0, FALSE },
  { "Komme seg rundt", 0, 0, 0, 0, 0, TRUE },
  { "Familie, relasjoner og nettverk", 8, 6, 0, 3, 0, FALSE },
  { "Skole, arbeid og økonomi", 3, 0, 0, 0, 1, FALSE },
  { "Fritid, venner og samfunn", 6, 8, 0, 1, 1, FALSE },
  { "Trivsel og psykisk helse", 4, 0, 2, 0, 0, FALSE },
  { "Det som er viktig for meg", 9, 0, 7, 4, 0, FALSE },
};

static cairo_surface_t *
draw (const LsWheel *wheel,
      int            width,
      int            height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_line_width (cr, 7);
  ls_wheel_draw (wheel, cr, 0, 0, width, height);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  /* The caller's state is as it was, and no path or point is left over. */
  g_assert_cmpfloat (cairo_get_line_width (cr), ==, 7);
  g_assert_false (cairo_has_current_point (cr));
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static void
maybe_save (cairo_surface_t *surface,
            const char      *name)
{
  const char *dir = g_getenv ("LS_TEST_OUTPUT_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  path = g_build_filename (dir, name, NULL);
  g_assert_cmpint (cairo_surface_write_to_png (surface, path), ==, CAIRO_STATUS_SUCCESS);
}

/* Premultiplied ARGB at (x, y). */
static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  unsigned char *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  g_assert_true (x >= 0 && y >= 0 && x < cairo_image_surface_get_width (surface) &&
                 y < cairo_image_surface_get_height (surface));
  return *(guint32 *) (data + y * stride + x * 4);
}

static guint
alpha (guint32 argb)
{
  return argb >> 24;
}

/* A point at @fraction of the radius in the middle of segment @index. */
static void
point_in (const LsWheel *wheel,
          int            width,
          int            height,
          guint          index,
          double         fraction,
          int           *x,
          int           *y)
{
  double cx, cy, r;
  /* Off the middle, where the rating number sits. */
  double a = -G_PI / 2 + 2 * G_PI * (index + 0.3) / wheel->n_segments;

  ls_wheel_get_disc (wheel, width, height, &cx, &cy, &r);
  *x = (int) round (cx + fraction * r * cos (a));
  *y = (int) round (cy + fraction * r * sin (a));
}

static gboolean
near_color (guint32       argb,
            const LsRgba *color,
            int           tolerance)
{
  int r = argb >> 16 & 0xff, g = argb >> 8 & 0xff, b = argb & 0xff;

  return ABS (r - (int) round (color->red * 255)) <= tolerance &&
         ABS (g - (int) round (color->green * 255)) <= tolerance &&
         ABS (b - (int) round (color->blue * 255)) <= tolerance;
}

static guint
luminance (guint32 argb)
{
  return ((argb >> 16 & 0xff) * 3 + (argb >> 8 & 0xff) * 6 + (argb & 0xff)) / 10;
}

static double
rect_distance (const LsWheelRect *r,
               double             px,
               double             py)
{
  double dx = MAX (MAX (r->x - px, 0), px - (r->x + r->width));
  double dy = MAX (MAX (r->y - py, 0), py - (r->y + r->height));

  return sqrt (dx * dx + dy * dy);
}

static void
test_ten_domains (void)
{
  LsWheel wheel;
  cairo_surface_t *surface;
  LsRgba fill1 = ls_render_style_series (LS_RENDER_STYLE_LIGHT, 1);
  LsRgba fill2 = ls_render_style_series (LS_RENDER_STYLE_LIGHT, 2);
  LsRgba fill3 = ls_render_style_series (LS_RENDER_STYLE_LIGHT, 3);
  double cx, cy, r;
  int x, y;

  ls_wheel_init (&wheel, ten, G_N_ELEMENTS (ten));
  wheel.parts |= LS_WHEEL_PART_BACKGROUND;
  surface = draw (&wheel, W, H);
  maybe_save (surface, "wheel-light.png");

  ls_wheel_get_disc (&wheel, W, H, &cx, &cy, &r);
  g_assert_cmpfloat (r, >, 120);

  /* Rated 10: filled near its outer edge (between rings 9 and 10). */
  point_in (&wheel, W, H, 1, 0.95, &x, &y);
  g_assert_true (near_color (pixel (surface, x, y), &fill1, 3));
  point_in (&wheel, W, H, 1, 0.15, &x, &y);
  g_assert_true (near_color (pixel (surface, x, y), &fill1, 3));
  /* Rated 1: filled near the centre only. */
  point_in (&wheel, W, H, 2, 0.95, &x, &y);
  g_assert_false (near_color (pixel (surface, x, y), &fill2, 20));
  point_in (&wheel, W, H, 2, 0.06, &x, &y);
  g_assert_true (near_color (pixel (surface, x, y), &fill2, 3));
  /* Rated 5: filled to half the radius and no further (ring 5, not 6). */
  point_in (&wheel, W, H, 3, 0.45, &x, &y);
  g_assert_true (near_color (pixel (surface, x, y), &fill3, 3));
  point_in (&wheel, W, H, 3, 0.55, &x, &y);
  g_assert_false (near_color (pixel (surface, x, y), &fill3, 20));
  /* Outside the disc in the corners: only background. */
  g_assert_cmphex (pixel (surface, 1, H - 2), ==, 0xffffffff);
  cairo_surface_destroy (surface);
}

static void
test_empty (void)
{
  LsWheelSegment empty[10];
  LsWheel wheel;
  cairo_surface_t *surface;
  guint i, k, darkest;
  int x, y, x2, y2;

  for (i = 0; i < G_N_ELEMENTS (empty); i++)
    empty[i] = (LsWheelSegment) { ten[i].label, 0, 0, 0, 0, 0, FALSE };
  ls_wheel_init (&wheel, empty, G_N_ELEMENTS (empty));
  wheel.parts |= LS_WHEEL_PART_BACKGROUND;
  surface = draw (&wheel, W, H);
  maybe_save (surface, "wheel-empty.png");

  for (i = 0; i < G_N_ELEMENTS (empty); i++)
    {
      /* No fill anywhere along the segment... */
      for (k = 1; k < 20; k += 2)
        {
          LsRgba fill = ls_render_style_series (LS_RENDER_STYLE_LIGHT, i);

          point_in (&wheel, W, H, i, k / 20.0, &x, &y);
          g_assert_false (near_color (pixel (surface, x, y), &fill, 12));
        }
      /* ...but ring 7 is drawn: darker on the ring than between rings. */
      darkest = 255;
      for (k = 0; k <= 20; k++)
        {
          point_in (&wheel, W, H, i, 0.68 + k * 0.002, &x, &y);
          darkest = MIN (darkest, luminance (pixel (surface, x, y)));
        }
      point_in (&wheel, W, H, i, 0.75, &x2, &y2);
      g_assert_cmpuint (darkest + 10, <, luminance (pixel (surface, x2, y2)));
    }
  cairo_surface_destroy (surface);

  /* No domains at all still draws rings and the hint. */
  ls_wheel_init (&wheel, NULL, 0);
  surface = draw (&wheel, 300, 300);
  g_assert_cmpuint (alpha (pixel (surface, 150, 150 - 75)), >, 0);
  cairo_surface_destroy (surface);
}

static void
test_long_names (void)
{
  static const char *long_name =
    "Kommunikasjon, syn, hørsel og alt annet som har med det å gjøre i hverdagen hjemme og ute";
  LsWheelSegment segments[12];
  LsWheel wheel;
  cairo_surface_t *surface;
  double cx, cy, r;
  guint i, inked = 0;
  int x, y;

  for (i = 0; i < G_N_ELEMENTS (segments); i++)
    segments[i] = (LsWheelSegment) { i % 3 == 0 ? "Uavbruttlangtordutenmellomrombarefordiviskanprøve" : long_name,
                                     (int) (i % 10) + 1, 0, 0, i % 2, i % 3, FALSE };
  ls_wheel_init (&wheel, segments, G_N_ELEMENTS (segments));
  wheel.parts = LS_WHEEL_PART_LABELS;
  surface = draw (&wheel, W, H);
  maybe_save (surface, "wheel-long-labels.png");
  ls_wheel_get_disc (&wheel, W, H, &cx, &cy, &r);
  g_assert_cmpfloat (r, >, 80);

  /* Labels alone never touch the disc. */
  for (y = 0; y < H; y++)
    for (x = 0; x < W; x++)
      if (alpha (pixel (surface, x, y)) > 0)
        {
          inked++;
          g_assert_cmpfloat (hypot (x + 0.5 - cx, y + 0.5 - cy), >, r);
        }
  g_assert_cmpuint (inked, >, 1000);

  for (i = 0; i < G_N_ELEMENTS (segments); i++)
    {
      LsWheelRect box;

      g_assert_true (ls_wheel_label_bounds (&wheel, W, H, i, &box));
      g_assert_cmpfloat (box.x, >=, 0);
      g_assert_cmpfloat (box.y, >=, 0);
      g_assert_cmpfloat (box.x + box.width, <=, W);
      g_assert_cmpfloat (box.y + box.height, <=, H);
      g_assert_cmpfloat (rect_distance (&box, cx, cy), >, r);
    }
  cairo_surface_destroy (surface);

  wheel.parts = LS_WHEEL_PART_DEFAULT | LS_WHEEL_PART_BACKGROUND;
  surface = draw (&wheel, W, H);
  maybe_save (surface, "wheel-long.png");
  cairo_surface_destroy (surface);
}

/* 1 to 16 domains, in a few sizes: labels inside, clear of the disc; hit
 * testing agrees with the segment bounds. */
static void
test_geometry (void)
{
  static const int sizes[][2] = { { 600, 480 }, { 320, 320 }, { 900, 500 } };
  LsWheelSegment segments[LS_WHEEL_MAX_SEGMENTS];
  guint n, i, s;

  for (i = 0; i < LS_WHEEL_MAX_SEGMENTS; i++)
    segments[i] = (LsWheelSegment) { ten[i % 10].label, (int) (i % 10) + 1, 0, 0, i % 3, i % 2, FALSE };

  for (s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (n = 1; n <= LS_WHEEL_MAX_SEGMENTS; n++)
      {
        LsWheel wheel;
        int w = sizes[s][0], h = sizes[s][1];
        double cx, cy, r;

        ls_wheel_init (&wheel, segments, n);
        ls_wheel_get_disc (&wheel, w, h, &cx, &cy, &r);
        g_assert_cmpfloat (r, >, MIN (w, h) * 0.12);
        g_assert_cmpint (ls_wheel_segment_at (&wheel, w, h, 0.5, 0.5), ==, -1);
        g_assert_cmpint (ls_wheel_segment_at (&wheel, w, h, cx, cy + 3), >=, 0);
        for (i = 0; i < n; i++)
          {
            LsWheelRect bounds, label;
            double px, py;

            g_assert_true (ls_wheel_segment_bounds (&wheel, w, h, i, &bounds));
            g_assert_true (ls_wheel_label_bounds (&wheel, w, h, i, &label));
            ls_wheel_segment_anchor (&wheel, w, h, i, &px, &py);
            g_assert_cmpint (ls_wheel_segment_at (&wheel, w, h, px, py), ==, (int) i);
            g_assert_true (px >= bounds.x && px <= bounds.x + bounds.width);
            g_assert_true (py >= bounds.y && py <= bounds.y + bounds.height);
            g_assert_cmpint (ls_wheel_segment_at (&wheel, w, h, label.x + label.width / 2,
                                                  label.y + label.height / 2), ==, (int) i);
            g_assert_true (label.x >= 0 && label.y >= 0);
            g_assert_cmpfloat (label.x + label.width, <=, w);
            g_assert_cmpfloat (label.y + label.height, <=, h);
            g_assert_cmpfloat (rect_distance (&label, cx, cy), >, r);
            /* Neighbours' labels do not run into each other. */
            if (n > 1)
              {
                LsWheelRect next;

                g_assert_true (ls_wheel_label_bounds (&wheel, w, h, (i + 1) % n, &next));
                g_assert_false (label.x < next.x + next.width && next.x < label.x + label.width &&
                                label.y < next.y + next.height && next.y < label.y + label.height);
              }
          }
        g_assert_false (ls_wheel_segment_bounds (&wheel, w, h, n, &(LsWheelRect) { 0, }));
      }
}

/* In a window 360 px wide, with the person's large letters, the labels
 * get smaller rather than break a word ("Kommunikasjo-n") or lose their
 * end ("Wellbeing and m…"): the own view's wheel is wider than high. */
static void
test_narrow_whole_words (void)
{
  static const int boxes[][2] = { { 300, 300 }, { 336, 336 }, { 600, 600 }, { 330, 220 } };

  for (guint s = 0; s < G_N_ELEMENTS (boxes); s++)
    {
      LsWheel wheel;
      LsWheelGeometry geo;
      int w = boxes[s][0], h = boxes[s][1];

      ls_wheel_init (&wheel, ten, G_N_ELEMENTS (ten));
      wheel.font_scale = 1.4;
      _ls_wheel_geometry_init (&geo, &wheel, w, h);
      for (guint i = 0; i < G_N_ELEMENTS (ten); i++)
        {
          if (_ls_render_layout_breaks_word (geo.labels[i]) || pango_layout_is_ellipsized (geo.labels[i]))
            g_test_message ("%d×%d px: “%s” is cut", w, h, ten[i].label);
          g_assert_false (_ls_render_layout_breaks_word (geo.labels[i]));
          g_assert_false (pango_layout_is_ellipsized (geo.labels[i]));
        }
      /* and the disc keeps a fair size */
      g_assert_cmpfloat (geo.radius, >=, MIN (w, h) * 0.25);
      _ls_wheel_geometry_clear (&geo);
    }
}

/* A small widget (a thumbnail, a narrow window) still gets a disc. */
static void
test_small (void)
{
  static const int sizes[] = { 8, 30, 60, 90 };
  LsWheel wheel;
  guint i;

  ls_wheel_init (&wheel, ten, G_N_ELEMENTS (ten));
  for (i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      int size = sizes[i];
      cairo_surface_t *surface;
      double cx, cy, r;

      wheel.parts = LS_WHEEL_PART_DEFAULT | (i % 2 ? LS_WHEEL_PART_LEGEND : 0);
      surface = draw (&wheel, size, size);
      ls_wheel_get_disc (&wheel, size, size, &cx, &cy, &r);
      g_assert_cmpfloat (r, >, 0);
      g_assert_cmpfloat (cx, >, 0);
      g_assert_cmpfloat (cy, >, 0);
      g_assert_cmpint (ls_wheel_segment_at (&wheel, size, size, cx + 0.1 * r, cy - 0.5 * r), ==, 0);
      cairo_surface_destroy (surface);
    }
}

static void
test_styles (void)
{
  static const LsRenderStyle styles[] = {
    LS_RENDER_STYLE_DARK, LS_RENDER_STYLE_HIGH_CONTRAST, LS_RENDER_STYLE_HIGH_CONTRAST_DARK,
  };
  static const char *names[] = { "wheel-dark.png", "wheel-hc.png", "wheel-hc-dark.png" };
  LsWheel wheel;
  cairo_surface_t *light, *other;
  guint i;

  ls_wheel_init (&wheel, ten, G_N_ELEMENTS (ten));
  wheel.parts |= LS_WHEEL_PART_BACKGROUND | LS_WHEEL_PART_LEGEND;
  wheel.focused = 5;
  light = draw (&wheel, W, H + 60);
  maybe_save (light, "wheel-legend.png");
  for (i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      guint differ = 0;
      int x, y;

      wheel.style = styles[i];
      other = draw (&wheel, W, H + 60);
      maybe_save (other, names[i]);
      for (y = 0; y < H + 60; y += 3)
        for (x = 0; x < W; x += 3)
          differ += pixel (light, x, y) != pixel (other, x, y);
      /* Dark changes most of the picture; high contrast the lines and fills. */
      g_assert_cmpuint (differ, >, (W / 3) * ((H + 60) / 3) / (ls_render_style_is_dark (styles[i]) ? 2 : 20));
      if (ls_render_style_is_dark (styles[i]))
        g_assert_cmpuint (luminance (pixel (other, 1, 1)), <, 60);
      cairo_surface_destroy (other);
    }
  cairo_surface_destroy (light);
}

static void
test_describe (void)
{
  LsWheelSegment s = { "Home and daily life", 7, 5, 4, 2, 1, FALSE };
  g_autofree char *a = ls_wheel_segment_describe (&s);
  g_autofree char *b = NULL;
  g_autofree char *c = NULL;

  g_assert_cmpstr (a, ==, "Home and daily life: rated 7 of 10, caseworker 5; 2 strengths, 1 challenge; earlier 4");
  s = (LsWheelSegment) { "Leisure", 0, 0, 0, 0, 0, FALSE };
  b = ls_wheel_segment_describe (&s);
  g_assert_cmpstr (b, ==, "Leisure: not rated");
  s = (LsWheelSegment) { "Leisure", 0, 0, 0, 1, 0, TRUE };
  c = ls_wheel_segment_describe (&s);
  g_assert_cmpstr (c, ==, "Leisure: skipped; 1 strength, 0 challenges");

  {
    LsWheel wheel;
    g_autofree char *all = NULL;
    g_autofree char *none = NULL;
    g_auto(GStrv) lines = NULL;

    ls_wheel_init (&wheel, ten, G_N_ELEMENTS (ten));
    all = ls_wheel_describe (&wheel);
    lines = g_strsplit (all, "\n", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, 10);
    g_assert_cmpstr (lines[0], ==, "Hjem og hverdag: rated 7 of 10, caseworker 5; 2 strengths, 1 challenge; earlier 4");
    g_assert_cmpstr (lines[4], ==, "Komme seg rundt: skipped");
    ls_wheel_init (&wheel, NULL, 0);
    none = ls_wheel_describe (&wheel);
    g_assert_cmpstr (none, ==, "Nothing rated yet");
  }
}

/* The geometry cache notices a label changing in place. */
/* A skipped area agrees with itself: hatched, and neither filled nor
 * numbered as if its rating had been talked about. */
static void
test_skipped_not_rated (void)
{
  LsWheelSegment segments[] = {
    { "Hjem og hverdag", 9, 0, 0, 0, 0, TRUE },
    { "Egenomsorg og helse", 9, 0, 0, 0, 0, FALSE },
    { "Komme seg rundt", 0, 0, 0, 0, 0, FALSE },
  };
  LsRgba fill0 = ls_render_style_series (LS_RENDER_STYLE_LIGHT, 0);
  LsRgba fill1 = ls_render_style_series (LS_RENDER_STYLE_LIGHT, 1);
  LsWheel wheel;
  cairo_surface_t *surface;
  double cx, cy, r;
  guint dark_skipped = 0, dark_rated = 0;

  ls_wheel_init (&wheel, segments, G_N_ELEMENTS (segments));
  wheel.parts = LS_WHEEL_PART_DISC | LS_WHEEL_PART_BACKGROUND;
  surface = draw (&wheel, W, H);
  maybe_save (surface, "wheel-skipped.png");
  ls_wheel_get_disc (&wheel, W, H, &cx, &cy, &r);
  for (double f = 0.35; f < 0.9; f += 0.1)   /* between the rings */
    {
      int x, y;

      point_in (&wheel, W, H, 0, f, &x, &y);
      g_assert_false (near_color (pixel (surface, x, y), &fill0, 20));
      point_in (&wheel, W, H, 1, f, &x, &y);
      g_assert_true (near_color (pixel (surface, x, y), &fill1, 3));
    }
  /* No number: no dark text pixels along the middle of the skipped wedge
   * (the rated one has its "9" there). */
  for (int i = 0; i < 2; i++)
    for (double f = 0.5; f < 1.0; f += 0.005)
      for (double da = -0.08; da <= 0.08; da += 0.01)
        {
          double a = -G_PI / 2 + 2 * G_PI * (i + 0.5) / G_N_ELEMENTS (segments) + da;
          int x = (int) round (cx + f * r * cos (a)), y = (int) round (cy + f * r * sin (a));

          if (luminance (pixel (surface, x, y)) < 60)
            (*(i == 0 ? &dark_skipped : &dark_rated))++;
        }
  g_assert_cmpuint (dark_rated, >, 10);
  g_assert_cmpuint (dark_skipped, ==, 0);
  cairo_surface_destroy (surface);
}

/* Each mark of the wheel drawn alone, for a legend built of widgets: a
 * picture in the box, and the marks tell apart. */
static void
test_key_samples (void)
{
  guint32 seen[LS_WHEEL_N_KEYS];

  for (int k = 0; k < LS_WHEEL_N_KEYS; k++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 48, 24);
      cairo_t *cr = cairo_create (surface);
      guint inked = 0;
      guint32 sum = 0;

      ls_wheel_draw_key (k, LS_RENDER_STYLE_LIGHT, cr, 0, 0, 48, 24);
      g_assert_false (cairo_has_current_point (cr));
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      for (int y = 0; y < 24; y++)
        for (int x = 0; x < 48; x++)
          if (alpha (pixel (surface, x, y)) > 0)
            {
              inked++;
              sum = sum * 31 + pixel (surface, x, y);
            }
      g_assert_cmpuint (inked, >, 20);
      seen[k] = sum;
      for (int j = 0; j < k; j++)
        g_assert_cmphex (seen[j], !=, sum);
      cairo_surface_destroy (surface);
    }
}

static void
test_cache (void)
{
  LsWheelSegment segments[3] = {
    { "Kort", 5, 0, 0, 0, 0, FALSE }, { "B", 5, 0, 0, 0, 0, FALSE }, { "C", 5, 0, 0, 0, 0, FALSE },
  };
  char label[64] = "Kort";
  LsWheel wheel;
  LsWheelRect before, after;

  segments[0].label = label;
  ls_wheel_init (&wheel, segments, 3);
  g_assert_true (ls_wheel_label_bounds (&wheel, W, H, 0, &before));
  g_strlcpy (label, "Et mye lengre navn på livsområdet", sizeof label);
  g_assert_true (ls_wheel_label_bounds (&wheel, W, H, 0, &after));
  g_assert_cmpfloat (after.width, >, before.width);
  segments[0].n_strengths = 2;
  g_assert_true (ls_wheel_label_bounds (&wheel, W, H, 0, &before));
  g_assert_cmpfloat (before.height, >, after.height);

  /* A rating falling adds a key to a narrow legend: the disc moves up. */
  {
    double cy_before, cy_after;

    wheel.parts |= LS_WHEEL_PART_LEGEND;
    ls_wheel_get_disc (&wheel, 160, 400, NULL, &cy_before, NULL);
    segments[1].earlier_rating = 8;
    ls_wheel_get_disc (&wheel, 160, 400, NULL, &cy_after, NULL);
    g_assert_cmpfloat (cy_after, <, cy_before);
  }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/wheel/ten-domains", test_ten_domains);
  g_test_add_func ("/render/wheel/empty", test_empty);
  g_test_add_func ("/render/wheel/long-names", test_long_names);
  g_test_add_func ("/render/wheel/geometry", test_geometry);
  g_test_add_func ("/render/wheel/small", test_small);
  g_test_add_func ("/render/wheel/narrow-whole-words", test_narrow_whole_words);
  g_test_add_func ("/render/wheel/styles", test_styles);
  g_test_add_func ("/render/wheel/describe", test_describe);
  g_test_add_func ("/render/wheel/cache", test_cache);
  g_test_add_func ("/render/wheel/skipped-not-rated", test_skipped_not_rated);
  g_test_add_func ("/render/wheel/key-samples", test_key_samples);
  return g_test_run ();
}
