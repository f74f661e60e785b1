/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "ls-chart.h"

G_BEGIN_DECLS

/* Narrow enough for a window 360 px wide, margins included. */
#define LS_CHART_VIEW_MIN_WIDTH 280

/* A chart on screen: ls_chart_draw() in the current style (light, dark,
 * high contrast), redrawn when the style changes. To a screen reader it is
 * an image named by its title and every bar's label and value. */
#define LS_TYPE_CHART_VIEW (ls_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (LsChartView, ls_chart_view, LS, CHART_VIEW, GtkWidget)

/* @format: the printf format of one value ("%.0f"). */
LsChartView *ls_chart_view_new (LsChartKind  kind,
                                 const char  *title,
                                 const char  *value_axis,
                                 const char  *format);
/* One more bar (or bin), after those added before. */
void         ls_chart_view_add (LsChartView *self,
                                const char  *label,
                                double       value);

G_END_DECLS
