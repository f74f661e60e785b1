/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "ls-wheel.h"

G_BEGIN_DECLS

/* Where everything of a wheel goes in a width × height box: shared by
 * drawing, hit testing and accessible bounds, so they always agree. */
typedef struct
{
  double       cx, cy, radius;
  double       font_px;
  double       badge_px;     /* height of a label's strengths/challenges row */
  double       legend_top;   /* y of the legend, or the height if none */
  PangoLayout *labels[LS_WHEEL_MAX_SEGMENTS];
  LsWheelRect  label_box[LS_WHEEL_MAX_SEGMENTS]; /* text + badge row */
  double       text_height[LS_WHEEL_MAX_SEGMENTS];
} LsWheelGeometry;

/* Everything one drawing needs. */
typedef struct
{
  const LsWheel   *wheel;
  LsWheelGeometry *geo;
  cairo_t         *cr;
  LsRgba           fg, bg, dim, ring, accent;
  double           line;   /* base line width */
} LsWheelCtx;

void          _ls_wheel_geometry_init   (LsWheelGeometry *geo,
                                         const LsWheel   *wheel,
                                         double           width,
                                         double           height);
void          _ls_wheel_geometry_clear  (LsWheelGeometry *geo);
double        _ls_wheel_segment_angle   (const LsWheel   *wheel,
                                         guint            index,
                                         double           fraction);
gboolean      _ls_wheel_has_badges      (const LsWheelSegment *segment);
/* The rating is lower than at the earlier reading (hatched on the wheel). */
gboolean      _ls_wheel_segment_fell    (const LsWheelSegment *segment);

/* How skipped and fallen segments are hatched, on the wheel and in its key;
 * spacing is in base line widths. */
#define LS_WHEEL_SKIPPED_ALPHA   0.45
#define LS_WHEEL_SKIPPED_SPACING 6.0
#define LS_WHEEL_FELL_ALPHA      0.7
#define LS_WHEEL_FELL_SPACING    4.5

/* ls-wheel.c: diagonal lines over a square of half-side @r around (@cx, @cy),
 * to be clipped by the caller; @cross adds the other diagonal. */
void          _ls_wheel_hatch           (cairo_t         *cr,
                                         double           cx,
                                         double           cy,
                                         double           r,
                                         double           spacing,
                                         gboolean         cross,
                                         const LsRgba    *color,
                                         double           alpha,
                                         double           line_width);

/* ls-wheel-labels.c */
PangoLayout  *_ls_wheel_small_layout    (PangoContext    *context,
                                         const char      *text,
                                         double           size,
                                         gboolean         bold);
void          _ls_wheel_draw_label      (LsWheelCtx      *c,
                                         PangoContext    *context,
                                         guint            index);
void          _ls_wheel_draw_legend     (LsWheelCtx      *c,
                                         PangoContext    *context,
                                         double           width);
/* The legend's height for @width (its keys wrap into rows). */
double        _ls_wheel_legend_height   (const LsWheel   *wheel,
                                         PangoContext    *context,
                                         double           font_px,
                                         double           width);

G_END_DECLS
