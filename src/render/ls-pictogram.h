/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <cairo.h>

G_BEGIN_DECLS

/* The project's pictograms (data/pictograms): symbolic SVGs in one colour,
 * drawn for Livsskisse, compiled into the library as a GResource and drawn
 * with librsvg, so documents need no GTK. Names are "service-bpa",
 * "domain-home", "part-call", "face-good", …; the catalogs' keys pick them
 * (core content names them; ls_pictogram_resolve()). */

/* Whether a pictogram called @name is in the bundle. */
gboolean    ls_pictogram_exists (const char *name);

/* The pictogram to draw for @name ("service-bpa"): @name when the bundle
 * has it, else the general one of its kind, the part before the first
 * "-" ("service": a service or domain the municipality added has no
 * pictogram of its own), else NULL. */
const char *ls_pictogram_resolve (const char *name);

/* Draws @name into the square at (@x, @y) of @size points. A name not in
 * the bundle draws nothing and returns FALSE. */
gboolean    ls_pictogram_draw   (cairo_t    *cr,
                                 const char *name,
                                 double      x,
                                 double      y,
                                 double      size);

G_END_DECLS
