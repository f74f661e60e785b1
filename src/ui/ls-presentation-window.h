/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-sketch.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* The person's own view of their life sketch: large type, the wheel, their
 * own words per domain in plain language; no codes and no caseworker-only
 * notes. F11 toggles fullscreen, Escape leaves it (or closes), arrow keys
 * move between domains. */

#define LS_TYPE_PRESENTATION_WINDOW (ls_presentation_window_get_type ())
G_DECLARE_FINAL_TYPE (LsPresentationWindow, ls_presentation_window, LS, PRESENTATION_WINDOW, AdwWindow)

/* @person_name may be NULL. The window keeps a reference to @sketch. */
LsPresentationWindow *ls_presentation_window_new          (GtkWindow  *parent,
                                                           LsSketch   *sketch,
                                                           const char *person_name);
/* Loads sketch @sketch_id (and its person's name) from @store. */
LsPresentationWindow *ls_presentation_window_new_for_sketch (GtkWindow  *parent,
                                                             LsStore    *store,
                                                             gint64      sketch_id,
                                                             GError    **error);
/* Shows domain @index (in the catalog's order); -1 shows the wheel. */
void                  ls_presentation_window_show_domain  (LsPresentationWindow *self,
                                                           int                   index);

/* Shows the person's week (Min uke; only in a window from
 * ls_presentation_window_new_for_sketch(), which has the store). */
void                  ls_presentation_window_show_week    (LsPresentationWindow *self);

G_END_DECLS
