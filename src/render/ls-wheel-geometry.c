/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Geometry of the life-sketch wheel: the disc, and label boxes placed
 * around it so they stay inside the box and never cover the disc. Labels
 * wrap to at most three lines (fewer where neighbours are close) and are
 * ellipsized beyond that; the disc shrinks until every label fits, and in
 * a small box the labels get smaller too before a word is broken. */
#define G_LOG_DOMAIN "ls-wheel"

#include <math.h>

#include "ls-render-private.h"
#include "ls-wheel-private.h"

#define MARGIN 2.0

double
_ls_wheel_segment_angle (const LsWheel *wheel,
                         guint          index,
                         double         fraction)
{
  guint n = MAX (wheel->n_segments, 1);

  /* Clockwise from twelve o'clock (cairo's y axis points down). */
  return -G_PI / 2 + 2 * G_PI * (index + fraction) / n;
}

gboolean
_ls_wheel_has_badges (const LsWheelSegment *segment)
{
  return segment->n_strengths > 0 || segment->n_challenges > 0;
}

gboolean
_ls_wheel_segment_fell (const LsWheelSegment *segment)
{
  /* Not when there is no rating now: nothing was lost, it is just not
   * asked yet. */
  return segment->earlier_rating > 0 && segment->self_rating > 0 && !segment->skipped &&
         MIN (segment->earlier_rating, LS_WHEEL_MAX_RATING) > MIN (segment->self_rating, LS_WHEEL_MAX_RATING);
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

static gboolean
rect_inside (const LsWheelRect *r,
             double             width,
             double             height)
{
  return r->x >= MARGIN - 0.01 && r->y >= MARGIN - 0.01 &&
         r->x + r->width <= width - MARGIN + 0.01 &&
         r->y + r->height <= height - MARGIN + 0.01;
}

static PangoLayout *
make_label (PangoContext         *context,
            const LsWheelSegment *segment,
            double                font_px,
            double                max_width,
            int                   max_lines,
            double                cos_a)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (LS_RENDER_FONT_FAMILY);

  pango_font_description_set_absolute_size (font, font_px * PANGO_SCALE);
  if (segment->skipped)
    pango_font_description_set_style (font, PANGO_STYLE_ITALIC);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  pango_layout_set_text (layout, segment->label ? segment->label : "", -1);
  pango_layout_set_width (layout, (int) (max_width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -max_lines);
  if (cos_a > 0.3)
    pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
  else if (cos_a < -0.3)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  else
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  return layout;
}

/* How wide a centred label (near the top or bottom) may be before it runs
 * into its neighbours: half-way to a centred neighbour, all the way to one
 * whose text runs away from it. */
static double
centred_room (const LsWheel *wheel,
              guint          index,
              double         label_r)
{
  double a = _ls_wheel_segment_angle (wheel, index, 0.5);
  double room = G_MAXDOUBLE;
  int side;

  for (side = -1; side <= 1; side += 2)
    {
      guint j = (index + wheel->n_segments + side) % wheel->n_segments;
      double b = _ls_wheel_segment_angle (wheel, j, 0.5);
      double dx = label_r * fabs (cos (a) - cos (b));
      gboolean runs_away = fabs (cos (b)) > 0.3;

      room = MIN (room, (runs_away ? 2 : 1) * dx * 0.95);
    }
  return room;
}

static void
place_box (LsWheelGeometry      *geo,
           guint                 i,
           const LsWheelSegment *segment,
           double                ax,
           double                ay,
           double                ca,
           double                sa,
           double                label_r,
           double                max_width)
{
  LsWheelRect *box = &geo->label_box[i];
  PangoRectangle logical;
  int k;

  pango_layout_get_extents (geo->labels[i], NULL, &logical);
  geo->text_height[i] = (double) logical.height / PANGO_SCALE;
  box->width = MAX ((double) logical.width / PANGO_SCALE, _ls_wheel_has_badges (segment) ? geo->badge_px * 4.5 : 0);
  box->width = MIN (box->width, max_width);
  box->height = geo->text_height[i] + (_ls_wheel_has_badges (segment) ? geo->badge_px * 1.15 : 0);

  /* The box starts at the anchor point on the circle, on the side its
   * text is aligned to... */
  if (ca > 0.3)
    box->x = ax;
  else if (ca < -0.3)
    box->x = ax - box->width;
  else
    box->x = ax - box->width / 2;
  box->y = ay - box->height * (1 - sa) / 2;
  /* ...then moves outwards until it clears the disc. */
  for (k = 0; k < 400 && rect_distance (box, geo->cx, geo->cy) < label_r; k++)
    {
      box->x += ca * 0.5;
      box->y += sa * 0.5;
    }
}

static gboolean
rects_overlap (const LsWheelRect *a,
               const LsWheelRect *b,
               double             pad)
{
  return a->x < b->x + b->width + pad && b->x < a->x + a->width + pad &&
         a->y < b->y + b->height + pad && b->y < a->y + a->height + pad;
}

/* Where neighbours' labels collide (near the top and bottom of a wheel
 * with many domains), the one nearer the vertical moves outwards: the
 * labels stagger, and the disc shrinks if that leaves the box. */
static void
separate_labels (LsWheelGeometry *geo,
                 const LsWheel   *wheel)
{
  guint n = wheel->n_segments, pass, i;

  if (n < 2)
    return;
  for (pass = 0; pass < 2; pass++)
    for (i = 0; i < (n == 2 ? 1 : n); i++)
      {
        guint j = (i + 1) % n, k;
        double a, step;
        int moves;

        if (!rects_overlap (&geo->label_box[i], &geo->label_box[j], 2))
          continue;
        k = fabs (cos (_ls_wheel_segment_angle (wheel, i, 0.5))) <
            fabs (cos (_ls_wheel_segment_angle (wheel, j, 0.5))) ? i : j;
        a = _ls_wheel_segment_angle (wheel, k, 0.5);
        step = 0.5;
        for (moves = 0; moves < 600 && rects_overlap (&geo->label_box[i], &geo->label_box[j], 2); moves++)
          {
            geo->label_box[k].x += cos (a) * step;
            geo->label_box[k].y += sin (a) * step;
          }
      }
}

/* The room for label @i at distance @label_r: as wide as the room towards
 * the edge allows; near the top and bottom neighbours sit side by side, so
 * narrower; near the sides they sit above each other, so fewer lines.
 * FALSE when even the narrowest acceptable label does not fit. */
static gboolean
label_room (LsWheelGeometry *geo,
            const LsWheel   *wheel,
            guint            i,
            double           width,
            double           label_r,
            double          *max_width,
            int             *max_lines)
{
  double ca = cos (_ls_wheel_segment_angle (wheel, i, 0.5));
  double ax = geo->cx + label_r * ca;
  double step = 2 * G_PI / MAX (wheel->n_segments, 1);
  double line_h = geo->font_px * 1.25;
  double badges = _ls_wheel_has_badges (&wheel->segments[i]) ? geo->badge_px : 0;
  gboolean fits = TRUE;

  if (ca > 0.3)
    *max_width = width - MARGIN - ax;
  else if (ca < -0.3)
    *max_width = ax - MARGIN;
  else
    *max_width = 2 * MIN (ax - MARGIN, width - MARGIN - ax);
  *max_width = MIN (*max_width, geo->font_px * 12);
  *max_lines = wheel->n_segments > 10 && fabs (ca) <= 0.3 ? 2 : 3;
  if (wheel->n_segments > 2 && fabs (ca) <= 0.3)
    *max_width = MIN (*max_width, MAX (geo->font_px * 5, centred_room (wheel, i, label_r)));
  if (*max_width < geo->font_px * 5)
    {
      fits = FALSE;
      *max_width = geo->font_px * 5;
    }
  if (wheel->n_segments > 2 && fabs (ca) > 0.5)
    *max_lines = CLAMP ((int) floor ((label_r * step * fabs (ca) - badges) / line_h), 1, 3);
  return fits;
}

/* Wraps label @i into @max_width and places its box outside the disc. */
static void
fit_label (LsWheelGeometry *geo,
           const LsWheel   *wheel,
           PangoContext    *context,
           guint            i,
           double           width,
           double           label_r,
           double           max_width,
           int              max_lines)
{
  const LsWheelSegment *segment = &wheel->segments[i];
  LsWheelRect *box = &geo->label_box[i];
  double a = _ls_wheel_segment_angle (wheel, i, 0.5);
  double ca = cos (a), sa = sin (a);
  double ax = geo->cx + label_r * ca, ay = geo->cy + label_r * sa;
  int pass;

  /* Twice: pushing the box clear of the disc can take some of its room,
   * so the second pass wraps into what is left. */
  for (pass = 0; pass < 2; pass++)
    {
      double push;

      g_clear_object (&geo->labels[i]);
      geo->labels[i] = make_label (context, segment, geo->font_px, max_width, max_lines, ca);
      place_box (geo, i, segment, ax, ay, ca, sa, label_r, max_width);
      push = ca > 0.3 ? box->x + box->width - (width - MARGIN)
           : ca < -0.3 ? MARGIN - box->x
           : 0;
      if (push <= 0.01)
        break;
      max_width -= push;
      if (max_width < geo->font_px * 4)
        break;
    }
}

/* A label the reader cannot read whole: a word broken ("Communic-ation")
 * or its end cut off ("Wellbeing and m…"). */
static gboolean
label_cut (PangoLayout *label)
{
  return _ls_render_layout_breaks_word (label) || pango_layout_is_ellipsized (label);
}

/* Lays the labels out for a disc of @radius; FALSE if one does not fit. */
static gboolean
place_labels (LsWheelGeometry *geo,
              const LsWheel   *wheel,
              PangoContext    *context,
              double           width,
              double           height,
              gboolean         whole_words)
{
  double label_r = geo->radius + geo->font_px * 0.6;
  gboolean fits = TRUE;
  guint i;

  for (i = 0; i < wheel->n_segments; i++)
    {
      double max_width;
      int max_lines;

      if (!label_room (geo, wheel, i, width, label_r, &max_width, &max_lines))
        fits = FALSE;
      fit_label (geo, wheel, context, i, width, label_r, max_width, max_lines);
      /* Rather a smaller disc than "Kommunikasjo-n", up to a point. */
      if (whole_words && label_cut (geo->labels[i]))
        fits = FALSE;
    }

  separate_labels (geo, wheel);
  for (i = 0; i < wheel->n_segments; i++)
    {
      if (!rect_inside (&geo->label_box[i], width, height))
        fits = FALSE;
      if (wheel->n_segments > 1 &&
          rects_overlap (&geo->label_box[i], &geo->label_box[(i + 1) % wheel->n_segments], 2))
        fits = FALSE;
    }
  return fits;
}

static void
clamp_labels (LsWheelGeometry *geo,
              const LsWheel   *wheel,
              double           width,
              double           height)
{
  guint i;

  for (i = 0; i < wheel->n_segments; i++)
    {
      LsWheelRect *box = &geo->label_box[i];

      box->x = CLAMP (box->x, MARGIN, MAX (MARGIN, width - MARGIN - box->width));
      box->y = CLAMP (box->y, MARGIN, MAX (MARGIN, height - MARGIN - box->height));
    }
}

#define FONT_STEPS 8
#define FONT_STEP  0.9

/* Places the labels, shrinking the disc until they fit: whole words only
 * for the first few tries, and while the disc is larger than
 * @whole_words_radius. */
static void
place_shrinking (LsWheelGeometry *geo,
                 const LsWheel   *wheel,
                 PangoContext    *context,
                 double           width,
                 double           height,
                 double           min_radius,
                 double           whole_words_radius)
{
  /* In a small box the labels' room would leave no disc at all (a
   * negative radius): the disc keeps its minimum and labels are clamped. */
  geo->radius = MAX (MIN (width, height) / 2 - geo->font_px * 2.5, min_radius);
  for (int attempt = 0; attempt < 40; attempt++)
    {
      gboolean whole_words = attempt < 6 || geo->radius > whole_words_radius;

      if (place_labels (geo, wheel, context, width, height, whole_words) || geo->radius <= min_radius)
        break;
      geo->radius = MAX (geo->radius * 0.95, min_radius);
    }
}

static gboolean
labels_break_words (const LsWheelGeometry *geo,
                    const LsWheel         *wheel)
{
  for (guint i = 0; i < wheel->n_segments; i++)
    if (geo->labels[i] != NULL && label_cut (geo->labels[i]))
      return TRUE;
  return FALSE;
}

/* The labels' size in a drawing of @width by @height. */
static double
font_px_for (const LsWheel *wheel,
             double         width,
             double         height)
{
  double scale = wheel->font_scale > 0 ? wheel->font_scale : 1.0;
  double px = CLAMP (MIN (width, height) * 0.03, 9.0, 18.0) * scale;

  /* Many domains: smaller names, so the disc keeps its size. */
  if (wheel->n_segments > 10)
    px *= MAX (0.8, sqrt (10.0 / wheel->n_segments));
  return MAX (px, wheel->min_font_px);
}

void
_ls_wheel_geometry_init (LsWheelGeometry *geo,
                         const LsWheel   *wheel,
                         double           width,
                         double           height)
{
  PangoContext *context;
  double area_h = height;
  double min_radius;

  g_assert (wheel->n_segments <= LS_WHEEL_MAX_SEGMENTS);
  memset (geo, 0, sizeof *geo);
  geo->font_px = font_px_for (wheel, width, height);
  geo->badge_px = geo->font_px * 1.05;
  geo->legend_top = height;
  context = _ls_render_pango_context_new ();
  if (wheel->parts & LS_WHEEL_PART_LEGEND)
    {
      geo->legend_top = height - _ls_wheel_legend_height (wheel, context, geo->font_px, width);
      area_h = MAX (geo->legend_top, 1);
    }

  geo->cx = width / 2;
  geo->cy = area_h / 2;
  geo->radius = MAX (MIN (width, area_h) / 2 - MARGIN - 1, 1);
  if (wheel->n_segments == 0)
    {
      g_object_unref (context);
      return;
    }

  /* Labels are placed even when they are not drawn, so a disc-only and a
   * labels-only drawing line up. */
  min_radius = MAX (MIN (width, area_h) * 0.12, 1);
  /* In a narrow box (a phone-sized window) whole words in smaller letters
   * rather than "Communic-ation" beside a large disc: down to half the
   * size, a step at a time; then as before, words broken if need be. */
  for (guint smaller = 0;; smaller++)
    {
      gboolean last = smaller + 1 >= FONT_STEPS;

      place_shrinking (geo, wheel, context, width, area_h, min_radius,
                       last ? G_MAXDOUBLE : MIN (width, area_h) * 0.3);
      if (last || !labels_break_words (geo, wheel))
        break;
      geo->font_px *= FONT_STEP;
      geo->badge_px *= FONT_STEP;
    }
  clamp_labels (geo, wheel, width, area_h);
  g_object_unref (context);
}

void
_ls_wheel_geometry_clear (LsWheelGeometry *geo)
{
  guint i;

  for (i = 0; i < LS_WHEEL_MAX_SEGMENTS; i++)
    g_clear_object (&geo->labels[i]);
}

/* The accessibility layer asks for every segment's bounds on each
 * allocation and the pointer asks for hits on each motion: the geometry
 * of the last wheel queried is kept per thread, keyed by what shapes it. */
typedef struct
{
  double          width, height, font_scale, min_font_px;
  guint           n_segments;
  gboolean        legend;
  char           *labels[LS_WHEEL_MAX_SEGMENTS];
  guint           flags[LS_WHEEL_MAX_SEGMENTS];
  LsWheelGeometry geo;     /* without layouts */
  gboolean        valid;
} GeometryCache;

static void
cache_clear_labels (GeometryCache *cache)
{
  guint i;

  for (i = 0; i < LS_WHEEL_MAX_SEGMENTS; i++)
    g_clear_pointer (&cache->labels[i], g_free);
}

static void
cache_free (gpointer data)
{
  cache_clear_labels (data);
  g_free (data);
}

static GPrivate cache_key = G_PRIVATE_INIT (cache_free);

/* What of a segment besides its label shapes the geometry: italics and
 * badge rows size the label, and skipped and fallen segments add keys to
 * the legend, whose height moves the disc. */
static guint
segment_flags (const LsWheelSegment *segment)
{
  return (segment->skipped ? 1 : 0) | (segment->n_strengths > 0 ? 2 : 0) | (segment->n_challenges > 0 ? 4 : 0) |
         (_ls_wheel_segment_fell (segment) ? 8 : 0);
}

static gboolean
cache_matches (const GeometryCache *cache,
               const LsWheel       *wheel,
               double               width,
               double               height)
{
  guint i;

  if (!cache->valid || cache->width != width || cache->height != height ||
      cache->font_scale != wheel->font_scale || cache->min_font_px != wheel->min_font_px ||
      cache->n_segments != wheel->n_segments ||
      cache->legend != !!(wheel->parts & LS_WHEEL_PART_LEGEND))
    return FALSE;
  for (i = 0; i < wheel->n_segments; i++)
    if (g_strcmp0 (cache->labels[i], wheel->segments[i].label) != 0 ||
        cache->flags[i] != segment_flags (&wheel->segments[i]))
      return FALSE;
  return TRUE;
}

/* Like _ls_wheel_geometry_init() without the layouts, from the cache. */
static void
query_geometry (LsWheelGeometry *geo,
                const LsWheel   *wheel,
                double           width,
                double           height)
{
  GeometryCache *cache = g_private_get (&cache_key);
  guint i;

  if (cache == NULL)
    {
      cache = g_new0 (GeometryCache, 1);
      g_private_set (&cache_key, cache);
    }
  if (!cache_matches (cache, wheel, width, height))
    {
      _ls_wheel_geometry_init (&cache->geo, wheel, width, height);
      _ls_wheel_geometry_clear (&cache->geo);
      cache_clear_labels (cache);
      cache->width = width;
      cache->height = height;
      cache->font_scale = wheel->font_scale;
      cache->min_font_px = wheel->min_font_px;
      cache->n_segments = MIN (wheel->n_segments, LS_WHEEL_MAX_SEGMENTS);
      cache->legend = !!(wheel->parts & LS_WHEEL_PART_LEGEND);
      for (i = 0; i < cache->n_segments; i++)
        {
          cache->labels[i] = g_strdup (wheel->segments[i].label);
          cache->flags[i] = segment_flags (&wheel->segments[i]);
        }
      cache->valid = TRUE;
    }
  *geo = cache->geo;
}

double
ls_wheel_height_for_width (const LsWheel *wheel,
                           double         width,
                           double         largest_side)
{
  double side = MIN (width, largest_side);
  double legend = 0;

  g_return_val_if_fail (wheel != NULL, side);

  if (wheel->parts & LS_WHEEL_PART_LEGEND)
    {
      PangoContext *context = _ls_render_pango_context_new ();

      /* The legend's letters follow the square, as in a drawing of the
       * height returned (to within the legend's share of it). */
      legend = _ls_wheel_legend_height (wheel, context, font_px_for (wheel, width, side), width);
      g_object_unref (context);
    }
  return ceil (side + legend);
}

void
ls_wheel_get_disc (const LsWheel *wheel,
                   double         width,
                   double         height,
                   double        *center_x,
                   double        *center_y,
                   double        *radius)
{
  LsWheelGeometry geo;

  g_return_if_fail (wheel != NULL);
  g_return_if_fail (wheel->n_segments <= LS_WHEEL_MAX_SEGMENTS);

  query_geometry (&geo, wheel, width, height);
  if (center_x)
    *center_x = geo.cx;
  if (center_y)
    *center_y = geo.cy;
  if (radius)
    *radius = geo.radius;
  _ls_wheel_geometry_clear (&geo);
}

static int
segment_at_angle (const LsWheel *wheel,
                  double         dx,
                  double         dy)
{
  double a = atan2 (dy, dx) + G_PI / 2;   /* 0 at twelve o'clock */
  int index;

  while (a < 0)
    a += 2 * G_PI;
  while (a >= 2 * G_PI)
    a -= 2 * G_PI;
  index = (int) floor (a / (2 * G_PI) * wheel->n_segments);
  return CLAMP (index, 0, (int) wheel->n_segments - 1);
}

int
ls_wheel_segment_at (const LsWheel *wheel,
                     double         width,
                     double         height,
                     double         px,
                     double         py)
{
  LsWheelGeometry geo;
  int result = -1;
  guint i;

  g_return_val_if_fail (wheel != NULL, -1);
  g_return_val_if_fail (wheel->n_segments <= LS_WHEEL_MAX_SEGMENTS, -1);

  if (wheel->n_segments == 0)
    return -1;

  query_geometry (&geo, wheel, width, height);
  if (hypot (px - geo.cx, py - geo.cy) <= geo.radius)
    result = segment_at_angle (wheel, px - geo.cx, py - geo.cy);
  else if (wheel->parts & LS_WHEEL_PART_LABELS)
    for (i = 0; i < wheel->n_segments && result < 0; i++)
      {
        const LsWheelRect *box = &geo.label_box[i];

        if (px >= box->x && px <= box->x + box->width &&
            py >= box->y && py <= box->y + box->height)
          result = (int) i;
      }
  _ls_wheel_geometry_clear (&geo);
  return result;
}

static void
rect_union_point (LsWheelRect *r,
                  double       px,
                  double       py)
{
  double x2 = MAX (r->x + r->width, px), y2 = MAX (r->y + r->height, py);

  r->x = MIN (r->x, px);
  r->y = MIN (r->y, py);
  r->width = x2 - r->x;
  r->height = y2 - r->y;
}

gboolean
ls_wheel_segment_bounds (const LsWheel *wheel,
                         double         width,
                         double         height,
                         guint          index,
                         LsWheelRect   *bounds)
{
  LsWheelGeometry geo;
  int k;

  g_return_val_if_fail (wheel != NULL, FALSE);
  g_return_val_if_fail (wheel->n_segments <= LS_WHEEL_MAX_SEGMENTS, FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  if (index >= wheel->n_segments)
    return FALSE;

  query_geometry (&geo, wheel, width, height);
  *bounds = (LsWheelRect) { geo.cx, geo.cy, 0, 0 };
  for (k = 0; k <= 32; k++)
    {
      double a = _ls_wheel_segment_angle (wheel, index, k / 32.0);

      rect_union_point (bounds, geo.cx + geo.radius * cos (a), geo.cy + geo.radius * sin (a));
    }
  if (wheel->parts & LS_WHEEL_PART_LABELS)
    {
      const LsWheelRect *box = &geo.label_box[index];

      rect_union_point (bounds, box->x, box->y);
      rect_union_point (bounds, box->x + box->width, box->y + box->height);
    }
  _ls_wheel_geometry_clear (&geo);
  return TRUE;
}

gboolean
ls_wheel_label_bounds (const LsWheel *wheel,
                       double         width,
                       double         height,
                       guint          index,
                       LsWheelRect   *bounds)
{
  LsWheelGeometry geo;

  g_return_val_if_fail (wheel != NULL, FALSE);
  g_return_val_if_fail (wheel->n_segments <= LS_WHEEL_MAX_SEGMENTS, FALSE);
  g_return_val_if_fail (bounds != NULL, FALSE);

  if (index >= wheel->n_segments)
    return FALSE;

  query_geometry (&geo, wheel, width, height);
  *bounds = geo.label_box[index];
  _ls_wheel_geometry_clear (&geo);
  return TRUE;
}

void
ls_wheel_segment_anchor (const LsWheel *wheel,
                         double         width,
                         double         height,
                         guint          index,
                         double        *px,
                         double        *py)
{
  LsWheelGeometry geo;
  double a;

  g_return_if_fail (wheel != NULL);
  g_return_if_fail (wheel->n_segments <= LS_WHEEL_MAX_SEGMENTS);
  g_return_if_fail (index < wheel->n_segments);

  query_geometry (&geo, wheel, width, height);
  a = _ls_wheel_segment_angle (wheel, index, 0.5);
  if (px)
    *px = geo.cx + geo.radius * 0.6 * cos (a);
  if (py)
    *py = geo.cy + geo.radius * 0.6 * sin (a);
  _ls_wheel_geometry_clear (&geo);
}
