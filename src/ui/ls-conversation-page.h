/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-sketch.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* The guided life-sketch conversation for one person: who is present ->
 * what matters most -> each life domain in turn (skippable, returnable) ->
 * summary with the wheel -> needs in priority order -> agreements. Every
 * edit is saved at once (text debounced), with undo/redo (Ctrl+Z,
 * Ctrl+Shift+Z). A failed save keeps the text and says so in a banner with
 * "Try again".
 *
 * Signals:
 *   "done" ()               the caseworker paused or finished; the window
 *                           should go back to the person page.
 *   "reload-requested" ()   the caseworker asked to read the sketch again
 *                           after someone else changed it.
 * Properties:
 *   "sketch-id" (gint64)    set once the sketch exists in the store.
 *   "saving-failed" (bool)  TRUE while some change is not yet saved. */

#define LS_TYPE_CONVERSATION_PAGE (ls_conversation_page_get_type ())
G_DECLARE_FINAL_TYPE (LsConversationPage, ls_conversation_page, LS, CONVERSATION_PAGE, AdwBin)

/* @sketch_id 0 starts a new conversation (status in progress, today's
 * date); otherwise resumes that sketch where it was left. */
GtkWidget *ls_conversation_page_new              (LsStore            *store,
                                                  gint64              person_id,
                                                  gint64              sketch_id);
/* The same in two halves. Reading (an LsUiLoadFunc: store calls only, any
 * thread): a new conversation with @person_id, or sketch @sketch_id; NULL
 * with @error when it could not be read or made. Then, on the main
 * thread, the page (it takes what it keeps from @data; free @data after). */
gpointer   ls_conversation_page_load_new         (LsStore            *store,
                                                  gint64              person_id,
                                                  GError            **error);
gpointer   ls_conversation_page_load             (LsStore            *store,
                                                  gint64              sketch_id,
                                                  GError            **error);
void       ls_conversation_page_data_free        (gpointer            data);
GtkWidget *ls_conversation_page_new_from_data    (LsStore            *store,
                                                  gpointer            data);
gint64     ls_conversation_page_get_sketch_id    (LsConversationPage *self);
gint64     ls_conversation_page_get_person_id    (LsConversationPage *self);
LsSketch  *ls_conversation_page_get_sketch       (LsConversationPage *self);
gboolean   ls_conversation_page_get_saving_failed (LsConversationPage *self);
/* Writes pending typing now (call before the page goes away). FALSE with
 * @error when something could not be saved. */
gboolean   ls_conversation_page_flush            (LsConversationPage *self,
                                                  GError            **error);

/* Someone else changed the sketch: a banner says so, with Reload (which
 * emits "reload-requested"); nothing on the page is read again under the
 * caseworker's hands. */
void       ls_conversation_page_show_changed_elsewhere (LsConversationPage *self);
gboolean   ls_conversation_page_get_changed_elsewhere  (LsConversationPage *self);

G_END_DECLS
