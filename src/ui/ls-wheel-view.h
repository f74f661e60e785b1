/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "ls-sketch.h"
#include "ls-wheel.h"

G_BEGIN_DECLS

/* The life-sketch wheel on screen: draws with ls_wheel_draw() in the
 * colours of the current style (light, dark, high contrast), and gives
 * every segment its own focusable, accessible child (role button, label
 * from ls_wheel_segment_describe()), so a keyboard or screen-reader user
 * can move from domain to domain (arrow keys, Tab, Home/End) and open one
 * (Enter/Space or click): "segment-activated" (guint index). */

#define LS_TYPE_WHEEL_VIEW (ls_wheel_view_get_type ())
G_DECLARE_FINAL_TYPE (LsWheelView, ls_wheel_view, LS, WHEEL_VIEW, GtkWidget)

GtkWidget *ls_wheel_view_new                 (void);

/* Copies the segments and their labels. */
void       ls_wheel_view_set_segments        (LsWheelView          *self,
                                              const LsWheelSegment *segments,
                                              guint                 n_segments);
/* One segment per domain in @domains (LsDomain, in order), filled from
 * @sketch's readings and entries; @earlier (may be NULL) gives the faint
 * earlier reading. */
void       ls_wheel_view_set_sketch          (LsWheelView          *self,
                                              LsSketch             *sketch,
                                              GListModel           *domains,
                                              LsSketch             *earlier);
guint      ls_wheel_view_get_n_segments      (LsWheelView          *self);
const LsWheelSegment *
           ls_wheel_view_get_segment         (LsWheelView          *self,
                                              guint                 index);
/* The accessible child that stands for segment @index (for tests and for
 * moving focus to it); NULL when out of range. */
GtkWidget *ls_wheel_view_get_segment_widget  (LsWheelView          *self,
                                              guint                 index);
/* Index of the segment with keyboard focus, or -1. */
int        ls_wheel_view_get_focused_segment (LsWheelView          *self);
void       ls_wheel_view_focus_segment       (LsWheelView          *self,
                                              guint                 index);

/* 1.0 normally; larger for the person's own view. */
void       ls_wheel_view_set_font_scale      (LsWheelView          *self,
                                              double                scale);
/* Draw the key under the wheel (off by default). */
void       ls_wheel_view_set_show_legend     (LsWheelView          *self,
                                              gboolean              show);

G_END_DECLS
