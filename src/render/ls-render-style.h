/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <cairo.h>

G_BEGIN_DECLS

/* How drawings in src/render look. The UI picks the style from
 * AdwStyleManager (dark, high contrast); documents always use LIGHT. */
typedef enum
{
  LS_RENDER_STYLE_LIGHT,
  LS_RENDER_STYLE_DARK,
  LS_RENDER_STYLE_HIGH_CONTRAST,
  LS_RENDER_STYLE_HIGH_CONTRAST_DARK,
} LsRenderStyle;

typedef struct
{
  double red, green, blue, alpha;
} LsRgba;

/* The fonts everything in render asks fontconfig for. */
#define LS_RENDER_FONT_FAMILY "Cantarell, DejaVu Sans, sans-serif"

typedef enum
{
  LS_RENDER_ROLE_BACKGROUND,   /* page / widget background */
  LS_RENDER_ROLE_FOREGROUND,   /* text, strong lines */
  LS_RENDER_ROLE_DIM,          /* secondary text, axis */
  LS_RENDER_ROLE_RING,         /* faint scale rings and grid lines */
  LS_RENDER_ROLE_ACCENT,       /* focus ring, highlights */
  LS_RENDER_ROLE_CASEWORKER,   /* the caseworker's dashed outline */
  LS_RENDER_ROLE_EARLIER,      /* the earlier reading's overlay */
  LS_RENDER_ROLE_STRENGTH,     /* "+" badges */
  LS_RENDER_ROLE_CHALLENGE,    /* "!" badges */
} LsRenderRole;

gboolean ls_render_style_is_dark          (LsRenderStyle style);
gboolean ls_render_style_is_high_contrast (LsRenderStyle style);
LsRgba   ls_render_style_color            (LsRenderStyle style,
                                           LsRenderRole  role);
/* A calm categorical palette for domains / series; @index wraps. */
LsRgba   ls_render_style_series           (LsRenderStyle style,
                                           guint         index);
guint    ls_render_style_n_series         (void);

void     ls_render_set_source             (cairo_t      *cr,
                                           const LsRgba *color);
void     ls_render_set_source_alpha       (cairo_t      *cr,
                                           const LsRgba *color,
                                           double        alpha);

G_END_DECLS
