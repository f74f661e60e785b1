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

/* The family documents (letters, reports) are laid out in: one name, the
 * one pango gives the font it loads. Each new font's metrics are measured
 * on a sample text that pango lays out in the font described by its own
 * family and absolute size; described the same way here (and at the same
 * resolution, see ls-doc-measure.c), that finds the fontset already
 * loaded instead of asking fontconfig for another (a substitution and a
 * sort each). Characters Cantarell lacks come from fontconfig's sans-serif
 * fallbacks, where DejaVu Sans comes first, as in LS_RENDER_FONT_FAMILY. */
#define LS_RENDER_DOC_FONT_FAMILY "Cantarell"

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
