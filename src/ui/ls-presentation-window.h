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
/* Loads sketch @sketch_id (and its person's name) from @store, on this
 * thread. */
LsPresentationWindow *ls_presentation_window_new_for_sketch (GtkWindow  *parent,
                                                             LsStore    *store,
                                                             gint64      sketch_id,
                                                             GError    **error);
/* The same in two halves, so the reading can run on a worker thread
 * (ls_ui_load_async): sketch @sketch_id and its person's name, store
 * calls only (any thread); then, on the main thread, the window (its week
 * reads through @store on a worker of its own). */
typedef struct
{
  LsSketch *sketch;
  char     *person_name;   /* or NULL */
} LsPresentationRead;

LsPresentationRead   *ls_presentation_window_read          (LsStore            *store,
                                                            gint64              sketch_id,
                                                            GError            **error);
void                  ls_presentation_read_free            (LsPresentationRead *read);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsPresentationRead, ls_presentation_read_free)
LsPresentationWindow *ls_presentation_window_new_from_read (GtkWindow          *parent,
                                                            LsStore            *store,
                                                            LsPresentationRead *read);
/* Shows domain @index (in the catalog's order); -1 shows the wheel. */
void                  ls_presentation_window_show_domain  (LsPresentationWindow *self,
                                                           int                   index);

/* Shows the person's week (Min uke; only in a window from
 * ls_presentation_window_new_for_sketch(), which has the store). */
void                  ls_presentation_window_show_week    (LsPresentationWindow *self);

G_END_DECLS
