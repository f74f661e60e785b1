/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-store.h"

G_BEGIN_DECLS

/* Screens that stay current: being told, in a main loop, that another
 * caseworker changed something — which kind of thing, whose and which
 * (ids only, never names or text; the screen reads what it shows again,
 * and reading sees only what the reader may see). On a team database it
 * is a connection of its own listening to the server (connected on a
 * worker thread, its socket read in @context); when that connection is
 * lost it connects again with growing pauses (up to 30 s) and then says
 * LS_STORE_CHANGE_ALL, since what changed meanwhile is unknown. A file on
 * one desk has nobody else's changes to tell: the watch never listens.
 *
 * Signals:
 *   "changed" (int kind, gint64 person_id, gint64 id, gboolean own)
 *       @kind an LsStoreChange; @id the person's, case's, sketch's,
 *       decision's or plan's (0, and @person_id 0, for ALL). A sketch's
 *       entries and readings are changes to the sketch; a decision's
 *       goals, measures and evaluations to the decision. @own when a
 *       connection of this program made the change.
 * Properties:
 *   "listening" (gboolean)  TRUE while the watch is listening. */

typedef enum
{
  LS_STORE_CHANGE_ALL,       /* anything may have changed (reconnected, an import) */
  LS_STORE_CHANGE_PERSON,    /* the person, or their team (a handover) */
  LS_STORE_CHANGE_CASE,
  LS_STORE_CHANGE_SKETCH,
  LS_STORE_CHANGE_DECISION,
  LS_STORE_CHANGE_PLAN,
} LsStoreChange;

#define LS_TYPE_STORE_WATCH (ls_store_watch_get_type ())
G_DECLARE_FINAL_TYPE (LsStoreWatch, ls_store_watch, LS, STORE_WATCH, GObject)

/* Starts watching @store's database; @context NULL for the thread's
 * default. The watch keeps a reference to @store. */
LsStoreWatch *ls_store_watch                (LsStore      *store,
                                             GMainContext *context);
gboolean      ls_store_watch_get_listening  (LsStoreWatch *self);

G_END_DECLS
