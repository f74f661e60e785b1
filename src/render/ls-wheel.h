/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <cairo.h>

#include "ls-render-style.h"

G_BEGIN_DECLS

/* The life-sketch wheel. Render-side value types, so render does not depend
 * on the entity classes: the UI and the document builders copy what they
 * show into an LsWheel and draw it on any cairo context (a widget snapshot,
 * a PDF page, a PNG). Plain structs: they borrow the label strings. */

#define LS_WHEEL_MAX_RATING 10
#define LS_WHEEL_MAX_SEGMENTS 16

typedef struct
{
  const char *label;             /* the domain's name, shown outside the wheel */
  int         self_rating;       /* 1..10, 0 = not rated */
  int         caseworker_rating; /* 1..10, 0 = none */
  int         earlier_rating;    /* 1..10 from the previous reading, 0 = none */
  guint       n_strengths;
  guint       n_challenges;
  gboolean    skipped;           /* skipped in the conversation (for now) */
} LsWheelSegment;

typedef enum
{
  LS_WHEEL_PART_DISC       = 1 << 0, /* rings, segments, outlines, badges */
  LS_WHEEL_PART_LABELS     = 1 << 1, /* domain names outside the disc */
  LS_WHEEL_PART_HINT       = 1 << 2, /* centred hint when nothing is rated */
  LS_WHEEL_PART_LEGEND     = 1 << 3, /* key under the wheel (for print) */
  LS_WHEEL_PART_BACKGROUND = 1 << 4, /* fill the rectangle first */
  LS_WHEEL_PART_DEFAULT    = LS_WHEEL_PART_DISC | LS_WHEEL_PART_LABELS | LS_WHEEL_PART_HINT,
} LsWheelParts;

typedef struct
{
  const LsWheelSegment *segments;    /* n_segments of them, clockwise from 12 o'clock */
  guint                 n_segments;  /* 0..16 */
  int                   focused;     /* segment with keyboard focus, -1 = none */
  LsRenderStyle         style;
  const LsRgba         *accent;      /* focus ring colour, NULL = style default */
  double                font_scale;  /* 1.0 = default size, 1.5 for the person's view */
  double                min_font_px; /* labels never smaller (easy-read: 14), 0 = no limit */
  LsWheelParts          parts;
  const char           *hint;        /* NULL = "Nothing rated yet" */
} LsWheel;

typedef struct
{
  double x, y, width, height;
} LsWheelRect;

/* Sets defaults: no focus, light style, scale 1, LS_WHEEL_PART_DEFAULT. */
void      ls_wheel_init            (LsWheel              *wheel,
                                    const LsWheelSegment *segments,
                                    guint                 n_segments);

/* Draws the whole sketch in the rectangle. Saves and restores @cr. */
void      ls_wheel_draw            (const LsWheel        *wheel,
                                    cairo_t              *cr,
                                    double                x,
                                    double                y,
                                    double                width,
                                    double                height);

/* The height of a drawing @width wide that gives the disc and its labels
 * a square (at most @largest_side on a side) and the legend, when drawn,
 * its rows under it: what a widget of that width asks for. */
double    ls_wheel_height_for_width (const LsWheel       *wheel,
                                     double               width,
                                     double               largest_side);

/* Geometry, in coordinates relative to the rectangle's origin (0, 0). */
void      ls_wheel_get_disc        (const LsWheel        *wheel,
                                    double                width,
                                    double                height,
                                    double               *center_x,
                                    double               *center_y,
                                    double               *radius);
/* The segment under a point (its wedge or its label), or -1. */
int       ls_wheel_segment_at      (const LsWheel        *wheel,
                                    double                width,
                                    double                height,
                                    double                px,
                                    double                py);
/* Bounding box of a segment's wedge (full radius) and its label; for
 * accessible bounds and for queueing redraws. FALSE if out of range. */
gboolean  ls_wheel_segment_bounds  (const LsWheel        *wheel,
                                    double                width,
                                    double                height,
                                    guint                 index,
                                    LsWheelRect          *bounds);
/* A point well inside the segment's wedge (for tooltips, tests). */
void      ls_wheel_segment_anchor  (const LsWheel        *wheel,
                                    double                width,
                                    double                height,
                                    guint                 index,
                                    double               *px,
                                    double               *py);
/* The bounding box of a segment's label alone. */
gboolean  ls_wheel_label_bounds    (const LsWheel        *wheel,
                                    double                width,
                                    double                height,
                                    guint                 index,
                                    LsWheelRect          *bounds);

/* The marks of the wheel, one by one, for a key built of widgets. */
typedef enum
{
  LS_WHEEL_KEY_OWN,         /* the coloured wedge of an own rating */
  LS_WHEEL_KEY_CASEWORKER,  /* the dashed arc */
  LS_WHEEL_KEY_EARLIER,     /* the dotted arc */
  LS_WHEEL_KEY_FELL,        /* hatching where a rating fell */
  LS_WHEEL_KEY_SKIPPED,     /* cross-hatching of a skipped area */
  LS_WHEEL_KEY_STRENGTH,    /* the round badge with "+" */
  LS_WHEEL_KEY_CHALLENGE,   /* the triangle with "!" */
  LS_WHEEL_N_KEYS
} LsWheelKey;

/* Draws one mark as the wheel and its printed key draw it, in the
 * rectangle, on a transparent ground. Saves and restores @cr. */
void      ls_wheel_draw_key        (LsWheelKey            key,
                                    LsRenderStyle         style,
                                    cairo_t              *cr,
                                    double                x,
                                    double                y,
                                    double                width,
                                    double                height);

/* For screen readers, translated: "Home and daily life: rated 7 of 10,
 * caseworker 5; 2 strengths, 1 challenge; earlier 4". Free with g_free(). */
char     *ls_wheel_segment_describe (const LsWheelSegment *segment);
/* Every segment's description, one per line: a figure's alt text, the
 * widget's accessible description. Free with g_free(). */
char     *ls_wheel_describe         (const LsWheel        *wheel);

G_END_DECLS
