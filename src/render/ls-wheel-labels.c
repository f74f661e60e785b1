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


typedef enum { KEY_OWN, KEY_CASEWORKER, KEY_EARLIER, KEY_STRENGTH, KEY_CHALLENGE, N_KEYS } KeyKind;

static void
draw_key_sample (LsWheelCtx *c,
                 KeyKind     kind,
                 double      x,
                 double      y,
                 double      w,
                 double      h)
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

void
_ls_wheel_draw_legend (LsWheelCtx   *c,
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

      layouts[k] = _ls_wheel_small_layout (context, texts[k], size, FALSE);
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
