/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Colours for drawings in render, after the GNOME palette. Meaning never
 * rests on colour alone (the wheel and charts add shapes, dashes and text),
 * so the palettes aim for calm and legible rather than for coding. */
#define G_LOG_DOMAIN "ls-render-style"

#include "ls-render-style.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0, 1.0 }

/* Indexed by LsRenderRole. */
static const LsRgba roles_light[] = {
  RGB (0xffffff), RGB (0x241f31), RGB (0x5e5c64), RGB (0xc8c6c3), RGB (0x1c71d8),
  RGB (0x613583), RGB (0x77767b), RGB (0x26a269), RGB (0xc64600),
};
static const LsRgba roles_dark[] = {
  RGB (0x242424), RGB (0xffffff), RGB (0xc0bfbc), RGB (0x4a4a4f), RGB (0x78aeed),
  RGB (0xdc8add), RGB (0xc0bfbc), RGB (0x57e389), RGB (0xffa348),
};
static const LsRgba roles_hc[] = {
  RGB (0xffffff), RGB (0x000000), RGB (0x000000), RGB (0x77767b), RGB (0x0d47a1),
  RGB (0x000000), RGB (0x000000), RGB (0x0b6b2d), RGB (0x9e2a00),
};
static const LsRgba roles_hc_dark[] = {
  RGB (0x000000), RGB (0xffffff), RGB (0xffffff), RGB (0x9a9996), RGB (0x99c1f1),
  RGB (0xffffff), RGB (0xffffff), RGB (0x8ff0a4), RGB (0xffbe6f),
};

/* Ten soft hues (the ten default domains each get their own); neighbours
 * differ in hue and in lightness. */
static const LsRgba series_light[] = {
  RGB (0x8cb8ef), RGB (0x7fd6cc), RGB (0xf6e27a), RGB (0xc9a6e4), RGB (0x9ee3a8),
  RGB (0xffbe86), RGB (0xa9bcd0), RGB (0xf2a7c3), RGB (0xd4dc8a), RGB (0xcfb49a),
};
static const LsRgba series_dark[] = {
  RGB (0x3584e4), RGB (0x2a9d8f), RGB (0xc4a000), RGB (0x9141ac), RGB (0x2ec27e),
  RGB (0xe66100), RGB (0x5a7190), RGB (0xc64f86), RGB (0x8a9a2a), RGB (0x986a44),
};

G_STATIC_ASSERT (G_N_ELEMENTS (roles_light) == LS_RENDER_ROLE_CHALLENGE + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (series_light) == G_N_ELEMENTS (series_dark));

gboolean
ls_render_style_is_dark (LsRenderStyle style)
{
  return style == LS_RENDER_STYLE_DARK || style == LS_RENDER_STYLE_HIGH_CONTRAST_DARK;
}

gboolean
ls_render_style_is_high_contrast (LsRenderStyle style)
{
  return style == LS_RENDER_STYLE_HIGH_CONTRAST || style == LS_RENDER_STYLE_HIGH_CONTRAST_DARK;
}

LsRgba
ls_render_style_color (LsRenderStyle style,
                       LsRenderRole  role)
{
  const LsRgba *table;

  g_return_val_if_fail (role <= LS_RENDER_ROLE_CHALLENGE, roles_light[LS_RENDER_ROLE_FOREGROUND]);

  switch (style)
    {
    case LS_RENDER_STYLE_DARK:
      table = roles_dark;
      break;
    case LS_RENDER_STYLE_HIGH_CONTRAST:
      table = roles_hc;
      break;
    case LS_RENDER_STYLE_HIGH_CONTRAST_DARK:
      table = roles_hc_dark;
      break;
    case LS_RENDER_STYLE_LIGHT:
    default:
      table = roles_light;
      break;
    }
  return table[role];
}

guint
ls_render_style_n_series (void)
{
  return G_N_ELEMENTS (series_light);
}

LsRgba
ls_render_style_series (LsRenderStyle style,
                        guint         index)
{
  index %= G_N_ELEMENTS (series_light);
  return ls_render_style_is_dark (style) ? series_dark[index] : series_light[index];
}

void
ls_render_set_source (cairo_t      *cr,
                      const LsRgba *color)
{
  g_return_if_fail (cr != NULL && color != NULL);

  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha);
}

void
ls_render_set_source_alpha (cairo_t      *cr,
                            const LsRgba *color,
                            double        alpha)
{
  g_return_if_fail (cr != NULL && color != NULL);

  cairo_set_source_rgba (cr, color->red, color->green, color->blue, color->alpha * alpha);
}
