/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ls-edit-history.h"
#include "ls-sketch.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* What the conversation page edits, without widgets: the sketch, the
 * pending saves and the undo history. Every change goes through here; it is
 * put into the sketch at once, recorded for undo and saved (typing after a
 * 300 ms pause, everything else at once). A save that fails stays pending
 * and is tried again with the next change or ls_conversation_session_flush().
 *
 * Signals:
 *   "changed" (const char *field)  a value changed (also by undo/redo); the
 *       field names what: "participants", "agreements", "priorities",
 *       "reading:KEY", "entries:KEY" (an entry added/removed in domain KEY),
 *       "entry:UID" (one entry's text, author or environment), "ids"
 *       (a save gave new entries their ids; nothing shown changed).
 *   "save-state-changed" ()        saving-failed or its message changed.
 *   "conflict" (LsSketchEntry *)   someone else changed this entry since it
 *       was read, so the save was refused: the entry keeps what was typed
 *       and waits (no more saves of it) until
 *       ls_conversation_session_resolve_conflict() says which text wins.
 *   "reading-conflict" (const char *domain_key)  the same for a life area's
 *       reading (the ratings, skipped), until
 *       ls_conversation_session_resolve_reading().
 *   "details-conflict" ()          the same for the sketch's details (the
 *       agreements, the priorities, who took part): they wait unsaved until
 *       ls_conversation_session_resolve_details() says which win. */

#define LS_TYPE_CONVERSATION_SESSION (ls_conversation_session_get_type ())
G_DECLARE_FINAL_TYPE (LsConversationSession, ls_conversation_session, LS, CONVERSATION_SESSION, GObject)

/* Opens sketch @sketch_id, or creates a new one for @person_id (0). */
LsConversationSession *ls_conversation_session_new (LsStore   *store,
                                                    gint64     person_id,
                                                    gint64     sketch_id,
                                                    GError   **error);
/* The same in two halves: reading sketch @sketch_id, or creating a new one
 * for @person_id (0), with store calls only (any thread, any connection);
 * then a session that edits it through @store. */
LsSketch              *ls_conversation_session_load_sketch (LsStore   *store,
                                                            gint64     person_id,
                                                            gint64     sketch_id,
                                                            GError   **error);
LsConversationSession *ls_conversation_session_new_for_sketch (LsStore   *store,
                                                               LsSketch  *sketch,
                                                               GError   **error);

LsStore        *ls_conversation_session_get_store    (LsConversationSession *self);
LsSketch       *ls_conversation_session_get_sketch   (LsConversationSession *self);
LsEditHistory  *ls_conversation_session_get_history  (LsConversationSession *self);
/* The life domains (LsDomain), in conversation order. */
GListModel     *ls_conversation_session_get_domains  (LsConversationSession *self);

/* The uid that names @entry in "changed" fields (stable across undo). */
guint           ls_conversation_session_entry_uid    (LsConversationSession *self,
                                                      LsSketchEntry         *entry);
/* The entries of one domain and kind, in order (borrowed; free the array). */
GPtrArray      *ls_conversation_session_list_entries (LsConversationSession *self,
                                                      const char            *domain_key,
                                                      LsEntryKind            kind);

void            ls_conversation_session_set_participants (LsConversationSession *self,
                                                          GPtrArray             *participants);
void            ls_conversation_session_set_agreements (LsConversationSession *self,
                                                        const char            *text);
void            ls_conversation_session_set_priorities (LsConversationSession *self,
                                                        const char * const    *priorities);
void            ls_conversation_session_set_status   (LsConversationSession *self,
                                                      LsSketchStatus         status);

void            ls_conversation_session_set_self_rating (LsConversationSession *self,
                                                         const char            *domain_key,
                                                         int                    rating);
void            ls_conversation_session_set_pictogram   (LsConversationSession *self,
                                                         const char            *domain_key,
                                                         LsPictogramRating      pictogram);
void            ls_conversation_session_set_caseworker_rating (LsConversationSession *self,
                                                               const char            *domain_key,
                                                               int                    rating);
void            ls_conversation_session_set_skipped     (LsConversationSession *self,
                                                         const char            *domain_key,
                                                         gboolean               skipped);

LsSketchEntry  *ls_conversation_session_add_entry    (LsConversationSession *self,
                                                      const char            *domain_key,
                                                      LsEntryKind            kind,
                                                      LsEntryAuthor          author,
                                                      const char            *text);
void            ls_conversation_session_remove_entry (LsConversationSession *self,
                                                      LsSketchEntry         *entry);
void            ls_conversation_session_set_entry_text (LsConversationSession *self,
                                                        LsSketchEntry         *entry,
                                                        const char            *text);
void            ls_conversation_session_set_entry_author (LsConversationSession *self,
                                                          LsSketchEntry         *entry,
                                                          LsEntryAuthor          author);
void            ls_conversation_session_set_entry_environment (LsConversationSession *self,
                                                               LsSketchEntry         *entry,
                                                               LsEnvironmentFactor    environment);

/* The conversation step a history field belongs to ("participants",
 * "matters", "domain:KEY", "priorities", "agreements"), or NULL. */
char           *ls_conversation_session_step_for_field (LsConversationSession *self,
                                                        const char            *field);

gboolean        ls_conversation_session_undo         (LsConversationSession *self);
gboolean        ls_conversation_session_redo         (LsConversationSession *self);

/* Saves everything pending now, waiting for it on the calling thread:
 * for tests (the window never waits here). */
gboolean        ls_conversation_session_flush        (LsConversationSession *self,
                                                      GError               **error);
/* The same on the session's worker, after the save under way, without
 * waiting (leaving the page, Pause, Finish, Try Again): the callback comes
 * on the main thread once everything pending was saved, or with the first
 * error (what failed stays pending, as any failed save). The task holds
 * the session until then. */
void            ls_conversation_session_flush_async  (LsConversationSession *self,
                                                      GCancellable          *cancellable,
                                                      GAsyncReadyCallback    callback,
                                                      gpointer               user_data);
gboolean        ls_conversation_session_flush_finish (LsConversationSession *self,
                                                      GAsyncResult          *result,
                                                      GError               **error);
/* Starts saving everything pending now, on the worker after the save under
 * way, without waiting; new entries' ids come back with "changed" ("ids"). */
void            ls_conversation_session_save         (LsConversationSession *self);
gboolean        ls_conversation_session_has_pending  (LsConversationSession *self);
/* Whether a save is under way on its worker thread (its result comes back
 * in the main loop). */
gboolean        ls_conversation_session_is_saving    (LsConversationSession *self);
gboolean        ls_conversation_session_get_saving_failed (LsConversationSession *self);
/* Why the last save failed (translated, no personal data), or NULL. */
const char     *ls_conversation_session_get_save_error (LsConversationSession *self);

/* A conflict's choices: save what was typed over the other's change (which
 * was shown), or take the other's text (what was typed stays in undo). */
typedef enum
{
  LS_CONFLICT_KEEP_MINE,
  LS_CONFLICT_TAKE_THEIRS,
} LsConflictChoice;

/* The entries whose save met someone else's change, waiting for a choice. */
GPtrArray      *ls_conversation_session_get_conflicts (LsConversationSession *self);
/* The other's side of @entry's conflict as stored now: the text, who
 * changed it and when (NULL when the audit does not say). Its version is
 * what keeping mine saves over, so a third change after this read is a
 * new conflict, never overwritten unseen. */
/* Read on a worker thread with its own connection (the window never
 * waits on the network); @callback runs on the main thread, where
 * read_theirs_finish() gives what was read. */
void            ls_conversation_session_read_theirs_async  (LsConversationSession *self,
                                                            LsSketchEntry         *entry,
                                                            GCancellable          *cancellable,
                                                            GAsyncReadyCallback    callback,
                                                            gpointer               user_data);
gboolean        ls_conversation_session_read_theirs_finish (LsConversationSession *self,
                                                            LsSketchEntry         *entry,
                                                            GAsyncResult          *result,
                                                            char                 **text,
                                                            char                 **changed_by,
                                                            GDateTime            **changed_at,
                                                            GError               **error);
/* Settles @entry's conflict with @choice (after read_theirs()) without
 * waiting: the store's part runs in the session's saves on the worker, in
 * order after the saves before it. Keeping mine saves over the version
 * shown and may meet a new conflict ("conflict" again); taking theirs
 * reads what is stored now and puts it in on the main thread. A failure
 * shows like a failed save, and the conflict waits for a choice again. */
void            ls_conversation_session_resolve_conflict (LsConversationSession *self,
                                                          LsSketchEntry         *entry,
                                                          LsConflictChoice       choice);

/* Whether the details wait for a choice ("details-conflict"). */
gboolean        ls_conversation_session_get_details_conflict (LsConversationSession *self);
/* Settles it with @theirs, the sketch as stored now (read on a worker):
 * keeping mine saves ours over its version; taking theirs puts their
 * details in as edits (undo brings ours back). */
void            ls_conversation_session_resolve_details (LsConversationSession *self,
                                                         LsConflictChoice       choice,
                                                         LsSketch              *theirs);

/* The life areas whose reading waits for a choice ("reading-conflict"). */
GStrv           ls_conversation_session_dup_reading_conflicts (LsConversationSession *self);
/* Settles it with @theirs, the reading as stored now (read on a worker):
 * keeping mine saves ours over its version; taking theirs puts theirs in
 * as edits (undo brings ours back). */
void            ls_conversation_session_resolve_reading (LsConversationSession *self,
                                                         const char            *domain_key,
                                                         LsConflictChoice       choice,
                                                         LsDomainReading       *theirs);

/* For tests: the typing pause before a save, in ms (default 300). */
void            ls_conversation_session_set_save_delay (LsConversationSession *self,
                                                        guint                  delay_ms);

/* "done": has a rating, or words, and is not skipped. */
typedef enum
{
  LS_DOMAIN_STATE_NOT_YET,
  LS_DOMAIN_STATE_DONE,
  LS_DOMAIN_STATE_SKIPPED,
} LsDomainState;

LsDomainState   ls_conversation_session_domain_state (LsConversationSession *self,
                                                      const char            *domain_key);

G_END_DECLS
