/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Drawing the life-sketch wheel. The self-rating is a radius, so the
 * picture reads without colour; the caseworker's differing rating is a
 * dashed arc, the earlier reading a dotted arc (and hatching where the rating
 * fell), strengths and challenges are shaped badges with counts, skipped
 * domains are cross-hatched and their names in italics. */
#define G_LOG_DOMAIN "ls-wheel"

#include <math.h>
#include <glib/gi18n.h>

#include "ls-wheel-private.h"

typedef struct
{
  const LsWheel   *wheel;
  LsWheelGeometry *geo;
  cairo_t         *cr;
  LsRgba           fg, bg, dim, ring, accent;
  double           line;   /* base line width */
} Ctx;

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
wedge_path (Ctx   *c,
            guint  index,
            double r_in,
            double r_out)
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
rating_radius (Ctx *c,
               int  rating)
{
  return c->geo->radius * CLAMP (rating, 0, LS_WHEEL_MAX_RATING) / LS_WHEEL_MAX_RATING;
}

/* Diagonal lines over the current clip; @cross adds the other diagonal. */
static void
hatch (Ctx          *c,
       const LsRgba *color,
       double        alpha,
       double        spacing,
       gboolean      cross)
{
  double r = c->geo->radius;
  double d;

  cairo_new_path (c->cr);
  for (d = -2 * r; d <= 2 * r; d += spacing)
    {
      cairo_move_to (c->cr, c->geo->cx + d - r, c->geo->cy - r);
      cairo_line_to (c->cr, c->geo->cx + d + r, c->geo->cy + r);
      if (cross)
        {
          cairo_move_to (c->cr, c->geo->cx + d + r, c->geo->cy - r);
          cairo_line_to (c->cr, c->geo->cx + d - r, c->geo->cy + r);
        }
    }
  ls_render_set_source_alpha (c->cr, color, alpha);
  cairo_set_line_width (c->cr, c->line * 0.8);
  cairo_stroke (c->cr);
}

static void
draw_disc_background (Ctx *c)
{
  cairo_new_path (c->cr);
  cairo_arc (c->cr, c->geo->cx, c->geo->cy, c->geo->radius, 0, 2 * G_PI);
  ls_render_set_source_alpha (c->cr, &c->ring, ls_render_style_is_dark (c->wheel->style) ? 0.35 : 0.22);
  cairo_fill (c->cr);
}

static void
draw_segment_fill (Ctx   *c,
                   guint  index)
{
  const LsWheelSegment *s = &c->wheel->segments[index];
  LsRgba fill = ls_render_style_series (c->wheel->style, index);
  double r_self = rating_radius (c, s->self_rating);
  double r_earlier = rating_radius (c, s->earlier_rating);
  LsRgba earlier = ls_render_style_color (c->wheel->style, LS_RENDER_ROLE_EARLIER);

  /* Alternate neighbours sharing a colour when the count is odd. */
  if (index == c->wheel->n_segments - 1 && index > 0 &&
      index % ls_render_style_n_series () == 0)
    fill = ls_render_style_series (c->wheel->style, index + 3);

  if (s->skipped)
    {
      cairo_save (c->cr);
      wedge_path (c, index, 0, c->geo->radius);
      cairo_clip (c->cr);
      hatch (c, &c->dim, 0.45, c->line * 6, TRUE);
      cairo_restore (c->cr);
    }

  /* Where the rating fell since last time: hatch the lost band. */
  if (s->earlier_rating > 0 && r_earlier > r_self)
    {
      cairo_save (c->cr);
      wedge_path (c, index, r_self, r_earlier);
      cairo_clip (c->cr);
      hatch (c, &earlier, 0.7, c->line * 4.5, FALSE);
      cairo_restore (c->cr);
    }

  if (s->self_rating > 0)
    {
      wedge_path (c, index, 0, r_self);
      ls_render_set_source (c->cr, &fill);
      cairo_fill (c->cr);
    }
}

static void
draw_rings (Ctx *c)
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
draw_spokes (Ctx *c)
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
arc_across (Ctx   *c,
            guint  index,
            double r,
            double inset)
{
  double a0 = _ls_wheel_segment_angle (c->wheel, index, 0);
  double a1 = _ls_wheel_segment_angle (c->wheel, index, 1);
  double da = r > 0 ? MIN (inset / r, (a1 - a0) / 4) : 0;

  cairo_new_path (c->cr);
  cairo_arc (c->cr, c->geo->cx, c->geo->cy, r, a0 + da, a1 - da);
}

static void
draw_segment_lines (Ctx   *c,
                    guint  index)
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
draw_rating_number (Ctx          *c,
                    PangoContext *context,
                    guint         index)
{
  const LsWheelSegment *s = &c->wheel->segments[index];
  g_autoptr(PangoLayout) layout = NULL;
  PangoFontDescription *font;
  PangoRectangle ink;
  double a = _ls_wheel_segment_angle (c->wheel, index, 0.5);
  double size = c->geo->font_px * 0.9;
  double r, x, y;
  char text[8];

  if (s->self_rating <= 0)
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

static PangoLayout *
small_layout (PangoContext *context,
              const char   *text,
              double        size,
              gboolean      bold)
{
  PangoLayout *layout = pango_layout_new (context);
  PangoFontDescription *font = pango_font_description_from_string (LS_RENDER_FONT_FAMILY);

  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* A round badge with "+" (strength) or a triangle with "!" (challenge):
 * the shapes differ, not just the colours. */
static void
draw_badge_glyph (cairo_t      *cr,
                  gboolean      strength,
                  double        x,
                  double        y,
                  double        size,
                  const LsRgba *fill,
                  const LsRgba *mark)
{
  double h = size / 2;

  cairo_new_path (cr);
  if (strength)
    cairo_arc (cr, x + h, y + h, h, 0, 2 * G_PI);
  else
    {
      cairo_move_to (cr, x + h, y);
      cairo_line_to (cr, x + size + size * 0.08, y + size);
      cairo_line_to (cr, x - size * 0.08, y + size);
      cairo_close_path (cr);
    }
  ls_render_set_source (cr, fill);
  cairo_fill (cr);

  ls_render_set_source (cr, mark);
  cairo_set_line_width (cr, size * 0.16);
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_ROUND);
  if (strength)
    {
      cairo_move_to (cr, x + h, y + size * 0.26);
      cairo_line_to (cr, x + h, y + size * 0.74);
      cairo_move_to (cr, x + size * 0.26, y + h);
      cairo_line_to (cr, x + size * 0.74, y + h);
      cairo_stroke (cr);
    }
  else
    {
      cairo_move_to (cr, x + h, y + size * 0.32);
      cairo_line_to (cr, x + h, y + size * 0.66);
      cairo_stroke (cr);
      cairo_arc (cr, x + h, y + size * 0.84, size * 0.07, 0, 2 * G_PI);
      cairo_fill (cr);
    }
  cairo_set_line_cap (cr, CAIRO_LINE_CAP_BUTT);
}

/* Returns the width of a glyph plus its count (shown from 2 on). */
static double
badge_item (Ctx          *c,
            PangoContext *context,
            gboolean      strength,
            guint         count,
            double        x,
            double        y,
            gboolean      draw)
{
  LsRgba fill = ls_render_style_color (c->wheel->style,
                                       strength ? LS_RENDER_ROLE_STRENGTH : LS_RENDER_ROLE_CHALLENGE);
  LsRgba mark = ls_render_style_is_dark (c->wheel->style) ? ls_render_style_color (c->wheel->style, LS_RENDER_ROLE_BACKGROUND)
                                                          : (LsRgba) { 1, 1, 1, 1 };
  double size = c->geo->badge_px * 0.85;
  double width = size;

  if (count == 0)
    return 0;
  if (draw)
    draw_badge_glyph (c->cr, strength, x, y + (c->geo->badge_px - size) / 2, size, &fill, &mark);
  if (count > 1)
    {
      char text[16];
      g_autoptr(PangoLayout) layout = NULL;
      PangoRectangle logical;

      g_snprintf (text, sizeof text, "%u", count);
      layout = small_layout (context, text, c->geo->badge_px * 0.85, TRUE);
      pango_layout_get_extents (layout, NULL, &logical);
      if (draw)
        {
          cairo_move_to (c->cr, x + size + size * 0.2, y + (c->geo->badge_px - logical.height / (double) PANGO_SCALE) / 2);
          ls_render_set_source (c->cr, &c->fg);
          pango_cairo_show_layout (c->cr, layout);
        }
      width += size * 0.2 + logical.width / (double) PANGO_SCALE;
    }
  return width;
}

static void
draw_label (Ctx          *c,
            PangoContext *context,
            guint         index)
{
  const LsWheelSegment *s = &c->wheel->segments[index];
  const LsWheelRect *box = &c->geo->label_box[index];
  PangoLayout *layout = c->geo->labels[index];
  double a = _ls_wheel_segment_angle (c->wheel, index, 0.5);
  double row_w, x, y, space = c->geo->badge_px * 0.5;

  cairo_move_to (c->cr, box->x, box->y);
  ls_render_set_source (c->cr, s->skipped ? &c->dim : &c->fg);
  /* The layout's width is the wrap width; align it inside the box. */
  if (pango_layout_get_alignment (layout) == PANGO_ALIGN_RIGHT)
    cairo_move_to (c->cr, box->x + box->width - pango_layout_get_width (layout) / (double) PANGO_SCALE, box->y);
  else if (pango_layout_get_alignment (layout) == PANGO_ALIGN_CENTER)
    cairo_move_to (c->cr, box->x + (box->width - pango_layout_get_width (layout) / (double) PANGO_SCALE) / 2, box->y);
  pango_cairo_show_layout (c->cr, layout);

  if (!_ls_wheel_has_badges (s))
    return;
  row_w = badge_item (c, context, TRUE, s->n_strengths, 0, 0, FALSE) +
          badge_item (c, context, FALSE, s->n_challenges, 0, 0, FALSE) +
          (s->n_strengths > 0 && s->n_challenges > 0 ? space : 0);
  if (cos (a) > 0.3)
    x = box->x;
  else if (cos (a) < -0.3)
    x = box->x + box->width - row_w;
  else
    x = box->x + (box->width - row_w) / 2;
  y = box->y + c->geo->text_height[index] + c->geo->badge_px * 0.15;
  x += badge_item (c, context, TRUE, s->n_strengths, x, y, TRUE);
  if (s->n_strengths > 0)
    x += space;
  badge_item (c, context, FALSE, s->n_challenges, x, y, TRUE);
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
draw_focus (Ctx *c)
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
    if (wheel->segments[i].self_rating > 0)
      return FALSE;
  return TRUE;
}

static void
draw_hint (Ctx          *c,
           PangoContext *context)
{
  const char *text = c->wheel->hint ? c->wheel->hint : _("Nothing rated yet");
  g_autoptr(PangoLayout) layout = small_layout (context, text, c->geo->font_px * 1.05, FALSE);
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

typedef enum { KEY_OWN, KEY_CASEWORKER, KEY_EARLIER, KEY_STRENGTH, KEY_CHALLENGE, N_KEYS } KeyKind;

static void
draw_key_sample (Ctx     *c,
                 KeyKind  kind,
                 double   x,
                 double   y,
                 double   w,
                 double   h)
{
  LsRgba color;
  double dashes[] = { c->line * 5, c->line * 3 };
  double dots[] = { 0.1, c->line * 3.2 };

  cairo_new_path (c->cr);
  switch (kind)
    {
    case KEY_OWN:
      color = ls_render_style_series (c->wheel->style, 0);
      cairo_rectangle (c->cr, x, y + h * 0.2, w, h * 0.6);
      ls_render_set_source (c->cr, &color);
      cairo_fill (c->cr);
      cairo_move_to (c->cr, x, y + h * 0.2);
      cairo_line_to (c->cr, x + w, y + h * 0.2);
      ls_render_set_source_alpha (c->cr, &c->fg, 0.75);
      cairo_set_line_width (c->cr, c->line * 1.8);
      cairo_stroke (c->cr);
      break;
    case KEY_CASEWORKER:
    case KEY_EARLIER:
      color = ls_render_style_color (c->wheel->style, kind == KEY_CASEWORKER ? LS_RENDER_ROLE_CASEWORKER
                                                                             : LS_RENDER_ROLE_EARLIER);
      cairo_move_to (c->cr, x, y + h / 2);
      cairo_line_to (c->cr, x + w, y + h / 2);
      cairo_set_dash (c->cr, kind == KEY_CASEWORKER ? dashes : dots, 2, 0);
      cairo_set_line_cap (c->cr, kind == KEY_EARLIER ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
      cairo_set_line_width (c->cr, c->line * (kind == KEY_CASEWORKER ? 2.0 : 2.2));
      ls_render_set_source (c->cr, &color);
      cairo_stroke (c->cr);
      cairo_set_dash (c->cr, NULL, 0, 0);
      cairo_set_line_cap (c->cr, CAIRO_LINE_CAP_BUTT);
      break;
    case KEY_STRENGTH:
    case KEY_CHALLENGE:
    case N_KEYS:
    default:
      {
        LsRgba mark = ls_render_style_is_dark (c->wheel->style) ? c->bg : (LsRgba) { 1, 1, 1, 1 };

        color = ls_render_style_color (c->wheel->style, kind == KEY_STRENGTH ? LS_RENDER_ROLE_STRENGTH
                                                                             : LS_RENDER_ROLE_CHALLENGE);
        draw_badge_glyph (c->cr, kind == KEY_STRENGTH, x + (w - h * 0.85) / 2, y + h * 0.075, h * 0.85, &color, &mark);
      }
      break;
    }
}

static void
draw_legend (Ctx          *c,
             PangoContext *context,
             double        width)
{
  const char *texts[N_KEYS] = {
    _("Own rating"), _("Caseworker’s rating"), _("Earlier rating"), _("Strengths"), _("Challenges"),
  };
  PangoLayout *layouts[N_KEYS];
  double item_w[N_KEYS];
  double size = c->geo->font_px * 0.9, sample_w = size * 2, gap = size * 1.2;
  double line_h = size * 1.5, y = c->geo->legend_top + size * 0.4;
  guint first = 0, k;

  for (k = 0; k < N_KEYS; k++)
    {
      PangoRectangle logical;

      layouts[k] = small_layout (context, texts[k], size, FALSE);
      pango_layout_get_extents (layouts[k], NULL, &logical);
      item_w[k] = sample_w + size * 0.4 + logical.width / (double) PANGO_SCALE;
    }

  /* Rows of as many keys as fit, centred. */
  while (first < N_KEYS)
    {
      double row_w = item_w[first], x;
      guint last = first + 1;

      while (last < N_KEYS && row_w + gap + item_w[last] <= width - 4)
        row_w += gap + item_w[last++];
      x = MAX ((width - row_w) / 2, 2);
      for (k = first; k < last; k++)
        {
          draw_key_sample (c, k, x, y + (line_h - size) / 2, sample_w, size);
          cairo_move_to (c->cr, x + sample_w + size * 0.4, y + (line_h - size * 1.25) / 2);
          ls_render_set_source (c->cr, &c->fg);
          pango_cairo_show_layout (c->cr, layouts[k]);
          x += item_w[k] + gap;
        }
      first = last;
      y += line_h;
    }
  for (k = 0; k < N_KEYS; k++)
    g_object_unref (layouts[k]);
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
  Ctx c = { wheel, &geo, cr, };
  guint i;

  g_return_if_fail (wheel != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (wheel->n_segments <= LS_WHEEL_MAX_SEGMENTS);
  g_return_if_fail (wheel->n_segments == 0 || wheel->segments != NULL);

  if (width <= 1 || height <= 1)
    return;

  _ls_wheel_geometry_init (&geo, wheel, width, height);
  context = _ls_wheel_pango_context ();
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
      draw_label (&c, context, i);
  if ((wheel->parts & LS_WHEEL_PART_HINT) && nothing_rated (wheel))
    draw_hint (&c, context);
  if (wheel->parts & LS_WHEEL_PART_LEGEND)
    draw_legend (&c, context, width);
  if (wheel->parts & (LS_WHEEL_PART_DISC | LS_WHEEL_PART_LABELS))
    draw_focus (&c);

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
