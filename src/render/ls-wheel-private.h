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

G_END_DECLS
