/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Drawing the life-sketch wheel. The self-rating is a radius, so the
 * picture reads without colour; the caseworker's differing rating is a
 * dashed arc, the earlier reading a dotted arc (and hatching where the rating
 * fell), strengths and challenges are shaped badges with counts, skipped
 * domains are cross-hatched and their names in italics. */
#define G_LOG_DOMAIN "ls-wheel"

#include <math.h>
#include <glib/gi18n.h>

#include "ls-render-private.h"
#include "ls-wheel-private.h"

void
ls_wheel_init (LsWheel              *wheel,
               const LsWheelSegment *segments,
               guint                 n_segments)
{
  g_return_if_fail (wheel != NULL);
  g_return_if_fail (n_segments <= LS_WHEEL_MAX_SEGMENTS);

  memset (wheel, 0, sizeof *wheel);
  wheel->segments = segments;
  wheel->n_segments = n_segments;
  wheel->focused = -1;
  wheel->style = LS_RENDER_STYLE_LIGHT;
  wheel->font_scale = 1.0;
  wheel->parts = LS_WHEEL_PART_DEFAULT;
}

static void
wedge_path (LsWheelCtx *c,
            guint       index,
            double      r_in,
            double      r_out)
{
  double a0 = _ls_wheel_segment_angle (c->wheel, index, 0);
  double a1 = _ls_wheel_segment_angle (c->wheel, index, 1);

  cairo_new_path (c->cr);
  if (c->wheel->n_segments == 1)
    {
      cairo_arc (c->cr, c->geo->cx, c->geo->cy, r_out, 0, 2 * G_PI);
      if (r_in > 0)
        {
          cairo_new_sub_path (c->cr);
          cairo_arc_negative (c->cr, c->geo->cx, c->geo->cy, r_in, 2 * G_PI, 0);
        }
      cairo_close_path (c->cr);
      return;
    }
  cairo_arc (c->cr, c->geo->cx, c->geo->cy, r_out, a0, a1);
  if (r_in > 0)
    cairo_arc_negative (c->cr, c->geo->cx, c->geo->cy, r_in, a1, a0);
  else
    cairo_line_to (c->cr, c->geo->cx, c->geo->cy);
  cairo_close_path (c->cr);
}

static double
rating_radius (LsWheelCtx *c,
               int         rating)
{
  return c->geo->radius * CLAMP (rating, 0, LS_WHEEL_MAX_RATING) / LS_WHEEL_MAX_RATING;
}

void
_ls_wheel_hatch (cairo_t      *cr,
                 double        cx,
                 double        cy,
                 double        r,
                 double        spacing,
                 gboolean      cross,
                 const LsRgba *color,
                 double        alpha,
                 double        line_width)
{
  double d;

  cairo_new_path (cr);
  for (d = -2 * r; d <= 2 * r; d += spacing)
    {
      cairo_move_to (cr, cx + d - r, cy - r);
      cairo_line_to (cr, cx + d + r, cy + r);
      if (cross)
        {
          cairo_move_to (cr, cx + d + r, cy - r);
          cairo_line_to (cr, cx + d - r, cy + r);
        }
    }
  ls_render_set_source_alpha (cr, color, alpha);
  cairo_set_line_width (cr, line_width);
  cairo_stroke (cr);
}

static void
hatch (LsWheelCtx   *c,
       const LsRgba *color,
       double        alpha,
       double        spacing,
       gboolean      cross)
{
  _ls_wheel_hatch (c->cr, c->geo->cx, c->geo->cy, c->geo->radius, spacing, cross,
                   color, alpha, c->line * 0.8);
}

static void
draw_disc_background (LsWheelCtx *c)
{
  cairo_new_path (c->cr);
  cairo_arc (c->cr, c->geo->cx, c->geo->cy, c->geo->radius, 0, 2 * G_PI);
  ls_render_set_source_alpha (c->cr, &c->ring, ls_render_style_is_dark (c->wheel->style) ? 0.35 : 0.22);
  cairo_fill (c->cr);
}

static void
draw_segment_fill (LsWheelCtx *c,
                   guint       index)
{
  const LsWheelSegment *s = &c->wheel->segments[index];
  LsRgba fill = ls_render_style_series (c->wheel->style, index);
  double r_self = rating_radius (c, s->self_rating);
  double r_earlier = rating_radius (c, s->earlier_rating);
  LsRgba earlier = ls_render_style_color (c->wheel->style, LS_RENDER_ROLE_EARLIER);

  /* With one segment more than a multiple of the palette (11), the last
   * would take the colour of the first, its neighbour: shift it. */
  if (index == c->wheel->n_segments - 1 && index > 0 &&
      index % ls_render_style_n_series () == 0)
    fill = ls_render_style_series (c->wheel->style, index + 3);

  if (s->skipped)
    {
      cairo_save (c->cr);
      wedge_path (c, index, 0, c->geo->radius);
      cairo_clip (c->cr);
      hatch (c, &c->dim, LS_WHEEL_SKIPPED_ALPHA, c->line * LS_WHEEL_SKIPPED_SPACING, TRUE);
      cairo_restore (c->cr);
    }

  /* Where the rating fell since last time: hatch the lost band. */
  if (_ls_wheel_segment_fell (s))
    {
      cairo_save (c->cr);
      wedge_path (c, index, r_self, r_earlier);
      cairo_clip (c->cr);
      hatch (c, &earlier, LS_WHEEL_FELL_ALPHA, c->line * LS_WHEEL_FELL_SPACING, FALSE);
      cairo_restore (c->cr);
    }

  /* A skipped area was not talked about: no fill as if it had been. */
  if (s->self_rating > 0 && !s->skipped)
    {
      wedge_path (c, index, 0, r_self);
      ls_render_set_source (c->cr, &fill);
      cairo_fill (c->cr);
    }
}

static void
draw_rings (LsWheelCtx *c)
{
  int k;

  for (k = 1; k <= LS_WHEEL_MAX_RATING; k++)
    {
      gboolean major = k == 5;

      cairo_new_path (c->cr);
      cairo_arc (c->cr, c->geo->cx, c->geo->cy, c->geo->radius * k / LS_WHEEL_MAX_RATING, 0, 2 * G_PI);
      if (k == LS_WHEEL_MAX_RATING)
        {
          ls_render_set_source_alpha (c->cr, &c->dim, 0.9);
          cairo_set_line_width (c->cr, c->line * 1.4);
        }
      else
        {
          ls_render_set_source_alpha (c->cr, &c->dim, major ? 0.55 : 0.35);
          cairo_set_line_width (c->cr, c->line * (major ? 0.9 : 0.6));
        }
      cairo_stroke (c->cr);
    }
}

static void
draw_spokes (LsWheelCtx *c)
{
  guint i;

  if (c->wheel->n_segments < 2)
    return;
  /* Background-coloured gaps keep filled neighbours apart without relying
   * on their colours; a faint line keeps empty ones apart. */
  for (i = 0; i < c->wheel->n_segments; i++)
    {
      double a = _ls_wheel_segment_angle (c->wheel, i, 0);

      cairo_move_to (c->cr, c->geo->cx, c->geo->cy);
      cairo_line_to (c->cr, c->geo->cx + c->geo->radius * cos (a), c->geo->cy + c->geo->radius * sin (a));
    }
  ls_render_set_source (c->cr, &c->bg);
  cairo_set_line_width (c->cr, c->line * 2.5);
  cairo_stroke_preserve (c->cr);
  ls_render_set_source_alpha (c->cr, &c->dim, 0.35);
  cairo_set_line_width (c->cr, c->line * 0.6);
  cairo_stroke (c->cr);
}

static void
arc_across (LsWheelCtx *c,
            guint       index,
            double      r,
            double      inset)
{
  double a0 = _ls_wheel_segment_angle (c->wheel, index, 0);
  double a1 = _ls_wheel_segment_angle (c->wheel, index, 1);
  double da = r > 0 ? MIN (inset / r, (a1 - a0) / 4) : 0;

  cairo_new_path (c->cr);
  cairo_arc (c->cr, c->geo->cx, c->geo->cy, r, a0 + da, a1 - da);
}

static void
draw_segment_lines (LsWheelCtx *c,
                    guint       index)
{
  const LsWheelSegment *s = &c->wheel->segments[index];
  double r_self = rating_radius (c, s->self_rating);
  LsRgba caseworker = ls_render_style_color (c->wheel->style, LS_RENDER_ROLE_CASEWORKER);
  LsRgba earlier = ls_render_style_color (c->wheel->style, LS_RENDER_ROLE_EARLIER);
  gboolean hc = ls_render_style_is_high_contrast (c->wheel->style);

  if (s->self_rating > 0)
    {
      /* The outer edge of the rating, so it reads on any fill colour. */
      arc_across (c, index, r_self, c->line * 1.2);
      ls_render_set_source_alpha (c->cr, &c->fg, hc ? 1.0 : 0.75);
      cairo_set_line_width (c->cr, c->line * (hc ? 2.4 : 1.8));
      cairo_stroke (c->cr);
    }

  if (s->earlier_rating > 0 && s->earlier_rating != s->self_rating)
    {
      double dots[] = { 0.1, c->line * 3.2 };

      arc_across (c, index, rating_radius (c, s->earlier_rating), c->line * 2);
      cairo_set_dash (c->cr, dots, 2, 0);
      cairo_set_line_cap (c->cr, CAIRO_LINE_CAP_ROUND);
      ls_render_set_source (c->cr, &earlier);
      cairo_set_line_width (c->cr, c->line * 2.2);
      cairo_stroke (c->cr);
      cairo_set_dash (c->cr, NULL, 0, 0);
      cairo_set_line_cap (c->cr, CAIRO_LINE_CAP_BUTT);
    }

  if (s->caseworker_rating > 0 && s->caseworker_rating != s->self_rating)
    {
      double dashes[] = { c->line * 5, c->line * 3 };
      double r_cw = rating_radius (c, s->caseworker_rating);
      double a0 = _ls_wheel_segment_angle (c->wheel, index, 0);
      double a1 = _ls_wheel_segment_angle (c->wheel, index, 1);
      double da = MIN (c->line * 3 / MAX (r_cw, 1), (a1 - a0) / 4);

      /* A second outline: the arc, and short sides down to the person's
       * own rating so it reads as a shape, not as another ring. */
      cairo_new_path (c->cr);
      if (c->wheel->n_segments > 1)
        {
          cairo_move_to (c->cr, c->geo->cx + r_self * cos (a0 + da), c->geo->cy + r_self * sin (a0 + da));
          cairo_arc (c->cr, c->geo->cx, c->geo->cy, r_cw, a0 + da, a1 - da);
          cairo_line_to (c->cr, c->geo->cx + r_self * cos (a1 - da), c->geo->cy + r_self * sin (a1 - da));
        }
      else
        cairo_arc (c->cr, c->geo->cx, c->geo->cy, r_cw, 0, 2 * G_PI);
      cairo_set_dash (c->cr, dashes, 2, 0);
      ls_render_set_source (c->cr, &caseworker);
      cairo_set_line_width (c->cr, c->line * 2.0);
      cairo_stroke (c->cr);
      cairo_set_dash (c->cr, NULL, 0, 0);
    }
}

/* The rating as a number near the edge of the fill. */
static void
draw_rating_number (LsWheelCtx   *c,
                    PangoContext *context,
                    guint         index)
{
  const LsWheelSegment *s = &c->wheel->segments[index];
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *font;
  PangoRectangle ink;
  double a = _ls_wheel_segment_angle (c->wheel, index, 0.5);
  double size = MAX (c->geo->font_px * 0.9, c->wheel->min_font_px);
  double r, x, y;
  char text[8];

  if (s->self_rating <= 0 || s->skipped)
    return;

  g_snprintf (text, sizeof text, "%d", CLAMP (s->self_rating, 1, LS_WHEEL_MAX_RATING));
  layout = pango_layout_new (context);
  font = pango_font_description_from_string (LS_RENDER_FONT_FAMILY " Bold");
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_extents (layout, &ink, NULL);

  r = rating_radius (c, s->self_rating) - size * 0.95;
  if (r < c->geo->radius * 0.22)
    r = rating_radius (c, s->self_rating) + size * 0.85;
  x = c->geo->cx + r * cos (a) - (ink.x + ink.width / 2.0) / PANGO_SCALE;
  y = c->geo->cy + r * sin (a) - (ink.y + ink.height / 2.0) / PANGO_SCALE;

  /* A halo keeps the digit legible over rings and fills. */
  cairo_move_to (c->cr, x, y);
  pango_cairo_layout_path (c->cr, layout);
  ls_render_set_source_alpha (c->cr, &c->bg, 0.85);
  cairo_set_line_width (c->cr, c->line * 2.5);
  cairo_set_line_join (c->cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (c->cr);
  cairo_move_to (c->cr, x, y);
  ls_render_set_source (c->cr, &c->fg);
  pango_cairo_show_layout (c->cr, layout);
}

static void
rounded_rect (cairo_t *cr,
              double   x,
              double   y,
              double   w,
              double   h,
              double   r)
{
  cairo_new_sub_path (cr);
  cairo_arc (cr, x + w - r, y + r, r, -G_PI / 2, 0);
  cairo_arc (cr, x + w - r, y + h - r, r, 0, G_PI / 2);
  cairo_arc (cr, x + r, y + h - r, r, G_PI / 2, G_PI);
  cairo_arc (cr, x + r, y + r, r, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

static void
draw_focus (LsWheelCtx *c)
{
  int index = c->wheel->focused;
  const LsWheelRect *box;
  double pad = c->line * 3;

  if (index < 0 || index >= (int) c->wheel->n_segments)
    return;

  /* Accent ring with a background-coloured core: visible on any fill. */
  wedge_path (c, index, 0, c->geo->radius + c->line);
  ls_render_set_source (c->cr, &c->accent);
  cairo_set_line_width (c->cr, c->line * 4);
  cairo_set_line_join (c->cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke_preserve (c->cr);
  ls_render_set_source (c->cr, &c->bg);
  cairo_set_line_width (c->cr, c->line * 1.2);
  cairo_stroke (c->cr);

  if (c->wheel->parts & LS_WHEEL_PART_LABELS)
    {
      box = &c->geo->label_box[index];
      cairo_new_path (c->cr);
      rounded_rect (c->cr, box->x - pad, box->y - pad, box->width + 2 * pad, box->height + 2 * pad, pad * 1.5);
      ls_render_set_source (c->cr, &c->accent);
      cairo_set_line_width (c->cr, c->line * 2);
      cairo_stroke (c->cr);
    }
}

static gboolean
nothing_rated (const LsWheel *wheel)
{
  guint i;

  for (i = 0; i < wheel->n_segments; i++)
    if (wheel->segments[i].self_rating > 0 && !wheel->segments[i].skipped)
      return FALSE;
  return TRUE;
}

static void
draw_hint (LsWheelCtx   *c,
           PangoContext *context)
{
  const char *text = c->wheel->hint ? c->wheel->hint : _("Nothing rated yet");
  g_autoptr(PangoLayout) layout = _ls_wheel_small_layout (context, text, c->geo->font_px * 1.05, FALSE);
  PangoRectangle logical;
  double w, h, pad = c->geo->font_px * 0.6;

  pango_layout_set_width (layout, (int) (c->geo->radius * 1.2 * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_get_extents (layout, NULL, &logical);
  w = logical.width / (double) PANGO_SCALE;
  h = logical.height / (double) PANGO_SCALE;

  cairo_new_path (c->cr);
  rounded_rect (c->cr, c->geo->cx - w / 2 - pad, c->geo->cy - h / 2 - pad / 2, w + 2 * pad, h + pad, pad);
  ls_render_set_source_alpha (c->cr, &c->bg, 0.92);
  cairo_fill (c->cr);
  cairo_move_to (c->cr, c->geo->cx - c->geo->radius * 0.6, c->geo->cy - h / 2 - logical.y / (double) PANGO_SCALE);
  ls_render_set_source (c->cr, &c->dim);
  pango_cairo_show_layout (c->cr, layout);
}

void
ls_wheel_draw (const LsWheel *wheel,
               cairo_t       *cr,
               double         x,
               double         y,
               double         width,
               double         height)
{
  LsWheelGeometry geo;
  PangoContext *context;
  LsWheelCtx c = { wheel, &geo, cr, };
  guint i;

  g_return_if_fail (wheel != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (wheel->n_segments <= LS_WHEEL_MAX_SEGMENTS);
  g_return_if_fail (wheel->n_segments == 0 || wheel->segments != NULL);

  if (width <= 1 || height <= 1)
    return;

  _ls_wheel_geometry_init (&geo, wheel, width, height);
  context = _ls_render_pango_context_new ();
  c.fg = ls_render_style_color (wheel->style, LS_RENDER_ROLE_FOREGROUND);
  c.bg = ls_render_style_color (wheel->style, LS_RENDER_ROLE_BACKGROUND);
  c.dim = ls_render_style_color (wheel->style, LS_RENDER_ROLE_DIM);
  c.ring = ls_render_style_color (wheel->style, LS_RENDER_ROLE_RING);
  c.accent = wheel->accent ? *wheel->accent : ls_render_style_color (wheel->style, LS_RENDER_ROLE_ACCENT);
  c.line = MAX (geo.radius / 150.0, 0.6);

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_rectangle (cr, 0, 0, width, height);
  cairo_clip (cr);

  if (wheel->parts & LS_WHEEL_PART_BACKGROUND)
    {
      ls_render_set_source (cr, &c.bg);
      cairo_paint (cr);
    }

  if (wheel->parts & LS_WHEEL_PART_DISC)
    {
      draw_disc_background (&c);
      for (i = 0; i < wheel->n_segments; i++)
        draw_segment_fill (&c, i);
      draw_rings (&c);
      draw_spokes (&c);
      for (i = 0; i < wheel->n_segments; i++)
        draw_segment_lines (&c, i);
      for (i = 0; i < wheel->n_segments; i++)
        draw_rating_number (&c, context, i);
    }
  if (wheel->parts & LS_WHEEL_PART_LABELS)
    for (i = 0; i < wheel->n_segments; i++)
      _ls_wheel_draw_label (&c, context, i);
  if ((wheel->parts & LS_WHEEL_PART_HINT) && nothing_rated (wheel))
    draw_hint (&c, context);
  if (wheel->parts & LS_WHEEL_PART_LEGEND)
    _ls_wheel_draw_legend (&c, context, width);
  if (wheel->parts & (LS_WHEEL_PART_DISC | LS_WHEEL_PART_LABELS))
    draw_focus (&c);

  /* The path is not part of what cairo_restore() restores: leave none. */
  cairo_new_path (cr);
  cairo_restore (cr);
  _ls_wheel_geometry_clear (&geo);
  g_object_unref (context);
}

char *
ls_wheel_segment_describe (const LsWheelSegment *segment)
{
  GString *text;
  const char *label;

  g_return_val_if_fail (segment != NULL, NULL);

  label = segment->label && *segment->label ? segment->label : _("Unnamed domain");
  text = g_string_new (NULL);
  if (segment->skipped)
    /* Translators: a life domain skipped in the conversation, for screen readers. */
    g_string_append_printf (text, _("%s: skipped"), label);
  else if (segment->self_rating > 0)
    /* Translators: "Home and daily life: rated 7 of 10" */
    g_string_append_printf (text, _("%s: rated %d of %d"), label, segment->self_rating, LS_WHEEL_MAX_RATING);
  else
    g_string_append_printf (text, _("%s: not rated"), label);

  if (segment->caseworker_rating > 0)
    /* Translators: appended after the own rating; the caseworker's rating. */
    g_string_append_printf (text, _(", caseworker %d"), segment->caseworker_rating);

  if (_ls_wheel_has_badges (segment))
    {
      g_string_append (text, "; ");
      g_string_append_printf (text, ngettext ("%u strength", "%u strengths", segment->n_strengths),
                              segment->n_strengths);
      g_string_append (text, ", ");
      g_string_append_printf (text, ngettext ("%u challenge", "%u challenges", segment->n_challenges),
                              segment->n_challenges);
    }

  if (segment->earlier_rating > 0)
    /* Translators: appended; the rating at the previous reading. */
    g_string_append_printf (text, _("; earlier %d"), segment->earlier_rating);

  return g_string_free (text, FALSE);
}

char *
ls_wheel_describe (const LsWheel *wheel)
{
  GString *text;
  guint i;

  g_return_val_if_fail (wheel != NULL, NULL);

  if (wheel->n_segments == 0)
    return g_strdup (wheel->hint ? wheel->hint : _("Nothing rated yet"));
  text = g_string_new (NULL);
  for (i = 0; i < wheel->n_segments; i++)
    {
      g_autofree char *line = ls_wheel_segment_describe (&wheel->segments[i]);

      if (i > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }
  return g_string_free (text, FALSE);
}
