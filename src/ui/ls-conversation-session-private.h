/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* Shared by ls-conversation-session.c (loading, saving, undo),
 * ls-conversation-session-conflicts.c (the choice when someone else's
 * change came first) and ls-conversation-edits.c (the changes themselves). */

#include "ls-conversation-session.h"

G_BEGIN_DECLS

struct _LsConversationSession
{
  GObject        parent_instance;

  LsStore       *store;
  LsSketch      *sketch;
  GListStore    *domains;
  LsEditHistory *history;

  GHashTable    *entries_by_uid;   /* uid -> LsSketchEntry (also removed ones, for undo) */
  guint          next_uid;

  GHashTable    *dirty_entries;    /* LsSketchEntry set */
  GArray        *deleted_ids;      /* gint64 */
  GHashTable    *dirty_readings;   /* domain key set */
  GHashTable    *conflicts;        /* LsSketchEntry -> its Conflict (below) */
  gboolean       dirty_details;
  gboolean       details_conflict; /* their save of the details came first: waiting for a choice */
  GHashTable    *reading_conflicts; /* domain keys whose reading waits for a choice */

  guint          save_delay_ms;
  guint          save_source;
  gboolean       saving_failed;
  char          *save_error;
  /* Saving on a worker thread (ls-conversation-session.c): the session's
   * own connection, the save under way (its GTask owns it), and whether
   * another is due when it ends. */
  LsStore       *saver;
  gpointer       saving;
  gboolean       save_again;
  GPtrArray     *flushes;      /* GTasks of ls_conversation_session_flush_async() */
};

/* An entry whose save met someone else's change (the value in
 * self->conflicts). */
typedef struct
{
  gint64           seen;     /* the other's version shown, 0 until read */
  gboolean         chosen;   /* a choice waits for the stored row, read by a save on the worker */
  gboolean         reading;  /* ... taken into the save under way */
  LsConflictChoice choice;
} Conflict;

void     _ls_conversation_session_emit_changed  (LsConversationSession *self,
                                                 const char            *field);
/* Records a change for undo (ignored while undo/redo applies one). */
void     _ls_conversation_session_record        (LsConversationSession *self,
                                                 const char            *field,
                                                 GVariant              *old_value,
                                                 GVariant              *new_value,
                                                 gboolean               merge);
/* Typing waits for a pause; everything else (and undo/redo) saves now. */
void     _ls_conversation_session_schedule_save (LsConversationSession *self,
                                                 gboolean               typing);
guint    _ls_conversation_session_assign_uid    (LsConversationSession *self,
                                                 LsSketchEntry         *entry);
/* The LsEditHistory callback: puts a recorded value back. */
gboolean _ls_conversation_session_apply_field   (const char            *field,
                                                 GVariant              *value,
                                                 gpointer               user_data,
                                                 GError               **error);

/* Saving (ls-conversation-session.c), for the conflicts' side
 * (ls-conversation-session-conflicts.c). Main thread: settles @entry's
 * conflict with @choice over the other's row as read (@theirs, at
 * @version). */
void     _ls_conversation_session_settle_conflict (LsConversationSession *self,
                                                   LsSketchEntry         *entry,
                                                   LsConflictChoice       choice,
                                                   const char            *theirs,
                                                   gint64                 version);
/* Saves what is pending now, on the worker. */
void     _ls_conversation_session_start_save    (LsConversationSession *self);

/* For tests: the connection saves go through (opened now if it was not
 * yet, after the save under way), borrowed. */
LsStore *_ls_conversation_session_get_saver     (LsConversationSession *self,
                                                 GError               **error);

G_END_DECLS
