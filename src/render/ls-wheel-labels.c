/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The wheel's words: domain names with their strength and challenge
 * badges, and the key (legend) printed under the wheel. */
#define G_LOG_DOMAIN "ls-wheel"

#include <math.h>
#include <glib/gi18n.h>

#include "ls-wheel-private.h"

PangoLayout *
_ls_wheel_small_layout (PangoContext *context,
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
badge_item (LsWheelCtx   *c,
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
      layout = _ls_wheel_small_layout (context, text, c->geo->badge_px * 0.85, TRUE);
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

void
_ls_wheel_draw_label (LsWheelCtx   *c,
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


/* The printed key's marks are the public ones. */
typedef LsWheelKey KeyKind;
#define KEY_OWN        LS_WHEEL_KEY_OWN
#define KEY_CASEWORKER LS_WHEEL_KEY_CASEWORKER
#define KEY_EARLIER    LS_WHEEL_KEY_EARLIER
#define KEY_FELL       LS_WHEEL_KEY_FELL
#define KEY_SKIPPED    LS_WHEEL_KEY_SKIPPED
#define KEY_STRENGTH   LS_WHEEL_KEY_STRENGTH
#define KEY_CHALLENGE  LS_WHEEL_KEY_CHALLENGE
#define N_KEYS         LS_WHEEL_N_KEYS

/* Legend metrics, in multiples of the legend's font size. */
#define KEY_SIZE    0.9   /* of the wheel's font_px */
#define KEY_ROW     1.5
#define KEY_TOP     0.4
#define KEY_SAMPLE  2.0
#define KEY_GAP     1.2

typedef struct
{
  guint        n;
  KeyKind      kinds[N_KEYS];
  PangoLayout *layouts[N_KEYS];
  double       width[N_KEYS];   /* sample and text */
} Keys;

/* The keys: the five marks always, so the key reads the same from wheel to
 * wheel; the two hatchings only when the wheel has them. */
static void
keys_init (Keys          *keys,
           const LsWheel *wheel,
           PangoContext  *context,
           double         size)
{
  gboolean fell = FALSE, skipped = FALSE;
  guint i;

  for (i = 0; i < wheel->n_segments; i++)
    {
      fell |= _ls_wheel_segment_fell (&wheel->segments[i]);
      skipped |= wheel->segments[i].skipped;
    }
  keys->n = 0;
  for (i = 0; i < N_KEYS; i++)
    {
      const char *text = NULL;
      PangoRectangle logical;

      switch ((KeyKind) i)
        {
        case KEY_OWN:        text = _("Own rating"); break;
        case KEY_CASEWORKER: text = _("Caseworker’s rating"); break;
        case KEY_EARLIER:    text = _("Earlier rating"); break;
        case KEY_FELL:       text = fell ? _("Lower than last time") : NULL; break;
        case KEY_SKIPPED:    text = skipped ? _("Skipped for now") : NULL; break;
        case KEY_STRENGTH:   text = _("Strengths"); break;
        case KEY_CHALLENGE:  text = _("Challenges"); break;
        case N_KEYS:
        default:             g_assert_not_reached ();
        }
      if (text == NULL)
        continue;
      keys->kinds[keys->n] = i;
      keys->layouts[keys->n] = _ls_wheel_small_layout (context, text, size, FALSE);
      pango_layout_get_extents (keys->layouts[keys->n], NULL, &logical);
      keys->width[keys->n] = size * (KEY_SAMPLE + 0.4) + logical.width / (double) PANGO_SCALE;
      keys->n++;
    }
}

static void
keys_clear (Keys *keys)
{
  for (guint i = 0; i < keys->n; i++)
    g_object_unref (keys->layouts[i]);
}

/* The end of the row that starts at @first (as many keys as fit). */
static guint
row_end (const Keys *keys,
         guint       first,
         double      size,
         double      width,
         double     *row_width)
{
  guint last = first + 1;

  *row_width = keys->width[first];
  while (last < keys->n && *row_width + size * KEY_GAP + keys->width[last] <= width - 4)
    *row_width += size * KEY_GAP + keys->width[last++];
  return last;
}

double
_ls_wheel_legend_height (const LsWheel *wheel,
                         PangoContext  *context,
                         double         font_px,
                         double         width)
{
  double size = font_px * KEY_SIZE, row_width;
  guint rows = 0, first;
  Keys keys;

  keys_init (&keys, wheel, context, size);
  for (first = 0; first < keys.n; first = row_end (&keys, first, size, width, &row_width))
    rows++;
  keys_clear (&keys);
  return size * (KEY_TOP + KEY_ROW * rows);
}

static void
draw_key_line (LsWheelCtx *c,
               KeyKind     kind,
               double      x,
               double      y,
               double      w,
               double      h)
{
  LsRgba color = ls_render_style_color (c->wheel->style, kind == KEY_CASEWORKER ? LS_RENDER_ROLE_CASEWORKER
                                                                                 : LS_RENDER_ROLE_EARLIER);
  double dashes[] = { c->line * 5, c->line * 3 };
  double dots[] = { 0.1, c->line * 3.2 };

  cairo_move_to (c->cr, x, y + h / 2);
  cairo_line_to (c->cr, x + w, y + h / 2);
  cairo_set_dash (c->cr, kind == KEY_CASEWORKER ? dashes : dots, 2, 0);
  cairo_set_line_cap (c->cr, kind == KEY_EARLIER ? CAIRO_LINE_CAP_ROUND : CAIRO_LINE_CAP_BUTT);
  cairo_set_line_width (c->cr, c->line * (kind == KEY_CASEWORKER ? 2.0 : 2.2));
  ls_render_set_source (c->cr, &color);
  cairo_stroke (c->cr);
  cairo_set_dash (c->cr, NULL, 0, 0);
  cairo_set_line_cap (c->cr, CAIRO_LINE_CAP_BUTT);
}

/* A swatch hatched as the wheel hatches a fallen or a skipped segment. */
static void
draw_key_hatch (LsWheelCtx *c,
                KeyKind     kind,
                double      x,
                double      y,
                double      w,
                double      h)
{
  LsRgba earlier = ls_render_style_color (c->wheel->style, LS_RENDER_ROLE_EARLIER);
  gboolean skipped = kind == KEY_SKIPPED;

  cairo_save (c->cr);
  cairo_rectangle (c->cr, x, y + h * 0.1, w, h * 0.8);
  cairo_clip (c->cr);
  _ls_wheel_hatch (c->cr, x + w / 2, y + h / 2, MAX (w, h),
                   c->line * (skipped ? LS_WHEEL_SKIPPED_SPACING : LS_WHEEL_FELL_SPACING), skipped,
                   skipped ? &c->dim : &earlier,
                   skipped ? LS_WHEEL_SKIPPED_ALPHA : LS_WHEEL_FELL_ALPHA, c->line * 0.8);
  cairo_restore (c->cr);
  /* A faint frame, so a light hatching still reads as a swatch. */
  cairo_rectangle (c->cr, x, y + h * 0.1, w, h * 0.8);
  ls_render_set_source_alpha (c->cr, &c->dim, 0.5);
  cairo_set_line_width (c->cr, c->line * 0.6);
  cairo_stroke (c->cr);
}

static void
draw_key_sample (LsWheelCtx *c,
                 KeyKind     kind,
                 double      x,
                 double      y,
                 double      w,
                 double      h)
{
  LsRgba color;

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
      draw_key_line (c, kind, x, y, w, h);
      break;
    case KEY_FELL:
    case KEY_SKIPPED:
      draw_key_hatch (c, kind, x, y, w, h);
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

void
ls_wheel_draw_key (LsWheelKey    key,
                   LsRenderStyle style,
                   cairo_t      *cr,
                   double        x,
                   double        y,
                   double        width,
                   double        height)
{
  LsWheel wheel;
  LsWheelCtx c = { &wheel, NULL, cr, };

  g_return_if_fail (key < LS_WHEEL_N_KEYS);
  g_return_if_fail (cr != NULL);

  ls_wheel_init (&wheel, NULL, 0);
  wheel.style = style;
  c.fg = ls_render_style_color (style, LS_RENDER_ROLE_FOREGROUND);
  c.bg = ls_render_style_color (style, LS_RENDER_ROLE_BACKGROUND);
  c.dim = ls_render_style_color (style, LS_RENDER_ROLE_DIM);
  /* the line width of a wheel whose key is this size */
  c.line = MAX (height / 12.0, 0.6);
  cairo_save (cr);
  draw_key_sample (&c, key, x, y, width, height);
  cairo_new_path (cr);
  cairo_restore (cr);
}

void
_ls_wheel_draw_legend (LsWheelCtx   *c,
                       PangoContext *context,
                       double        width)
{
  double size = c->geo->font_px * KEY_SIZE, line_h = size * KEY_ROW;
  double y = c->geo->legend_top + size * KEY_TOP;
  guint first = 0, last, k;
  Keys keys;

  keys_init (&keys, c->wheel, context, size);
  /* Rows of as many keys as fit, centred. */
  for (first = 0; first < keys.n; first = last)
    {
      double row_w, x;

      last = row_end (&keys, first, size, width, &row_w);
      x = MAX ((width - row_w) / 2, 2);
      for (k = first; k < last; k++)
        {
          draw_key_sample (c, keys.kinds[k], x, y + (line_h - size) / 2, size * KEY_SAMPLE, size);
          cairo_move_to (c->cr, x + size * (KEY_SAMPLE + 0.4), y + (line_h - size * 1.25) / 2);
          ls_render_set_source (c->cr, &c->fg);
          pango_cairo_show_layout (c->cr, keys.layouts[k]);
          x += keys.width[k] + size * KEY_GAP;
        }
      y += line_h;
    }
  keys_clear (&keys);
}
