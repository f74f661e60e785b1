/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "ls-store.h"

G_BEGIN_DECLS

/* A person's sketches, decisions and evaluations in date order, with the
 * chain of decisions visible (each says which one it follows and what
 * changed). Its buttons activate window actions with a gint64 ("x")
 * parameter: "win.new-decision" (person id), "win.open-decision" and
 * "win.evaluate-decision" (decision id). */
#define LS_TYPE_TIMELINE (ls_timeline_get_type ())
G_DECLARE_FINAL_TYPE (LsTimeline, ls_timeline, LS, TIMELINE, AdwBin)

GtkWidget *ls_timeline_new         (void);
void       ls_timeline_set_store   (LsTimeline *self,
                                    LsStore    *store);
/* Reads what the timeline shows of @person_id: an LsUiLoadFunc (store
 * calls only, any thread); NULL with @error. */
gpointer   ls_timeline_load        (LsStore    *store,
                                    gint64      person_id,
                                    GError    **error);
void       ls_timeline_data_free   (gpointer    data);
/* Main thread: shows what ls_timeline_load() read. */
void       ls_timeline_apply       (LsTimeline *self,
                                    gpointer    data);
/* Loads and shows @person_id here and now; FALSE with @error when it
 * cannot be read. */
gboolean   ls_timeline_show_person (LsTimeline *self,
                                    gint64      person_id,
                                    GError    **error);
/* Reads the same person again (after a decision or evaluation changed). */
void       ls_timeline_reload      (LsTimeline *self);

G_END_DECLS
