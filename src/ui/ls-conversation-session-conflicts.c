/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Someone else's change met: the entries waiting for the caseworker's
 * choice, the other side read for showing it, and the choice handed to the
 * saving (ls-conversation-session.c), which this calls and which never
 * calls back here. */
#define G_LOG_DOMAIN "ls-conversation-session"

#include "config.h"

#include <gio/gio.h>

#include "ls-conversation-session-private.h"
#include "ls-store-sketches.h"
#include "ls-ui-load.h"

GPtrArray *
ls_conversation_session_get_conflicts (LsConversationSession *self)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), entries);

  g_hash_table_iter_init (&iter, self->conflicts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (!((Conflict *) value)->chosen)
      g_ptr_array_add (entries, g_object_ref (key));
  return entries;
}

/* The other's side, read on a worker (ls_ui_read_async) and handed back. */
typedef struct
{
  char      *text;
  char      *changed_by;
  GDateTime *changed_at;
  gint64     version;
} Theirs;

static void
theirs_free (gpointer data)
{
  Theirs *theirs = data;

  g_free (theirs->text);
  g_free (theirs->changed_by);
  g_clear_pointer (&theirs->changed_at, g_date_time_unref);
  g_free (theirs);
}

static gpointer
read_theirs (LsStore  *store,
             gpointer  input,
             GError  **error)
{
  Theirs *theirs = g_new0 (Theirs, 1);

  if (!ls_store_read_entry (store, *(gint64 *) input, &theirs->text, &theirs->version, &theirs->changed_by,
                            &theirs->changed_at, error))
    {
      theirs_free (theirs);
      return NULL;
    }
  return theirs;
}

void
ls_conversation_session_read_theirs_async (LsConversationSession *self,
                                           LsSketchEntry         *entry,
                                           GCancellable          *cancellable,
                                           GAsyncReadyCallback    callback,
                                           gpointer               user_data)
{
  g_return_if_fail (LS_IS_CONVERSATION_SESSION (self));
  g_return_if_fail (LS_IS_SKETCH_ENTRY (entry));
  g_return_if_fail (g_hash_table_contains (self->conflicts, entry));

  ls_ui_read_async (self, self->store, read_theirs, g_memdup2 (&(gint64) { ls_sketch_entry_get_id (entry) },
                                                               sizeof (gint64)),
                    g_free, theirs_free, cancellable, callback, user_data);
}

gboolean
ls_conversation_session_read_theirs_finish (LsConversationSession *self,
                                            LsSketchEntry         *entry,
                                            GAsyncResult          *result,
                                            char                 **text,
                                            char                 **changed_by,
                                            GDateTime            **changed_at,
                                            GError               **error)
{
  Theirs *theirs;
  Conflict *conflict;

  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), FALSE);
  g_return_val_if_fail (LS_IS_SKETCH_ENTRY (entry), FALSE);

  theirs = ls_ui_load_finish (result, error);
  if (theirs == NULL)
    return FALSE;
  /* Settled meanwhile (a choice in another dialog): nothing to show. */
  conflict = g_hash_table_lookup (self->conflicts, entry);
  if (conflict == NULL || conflict->chosen)
    {
      theirs_free (theirs);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_CANCELLED, "settled meanwhile");
      return FALSE;
    }
  conflict->seen = theirs->version;
  *text = g_steal_pointer (&theirs->text);
  *changed_by = g_steal_pointer (&theirs->changed_by);
  *changed_at = g_steal_pointer (&theirs->changed_at);
  theirs_free (theirs);
  return TRUE;
}

void
ls_conversation_session_resolve_conflict (LsConversationSession *self,
                                          LsSketchEntry         *entry,
                                          LsConflictChoice       choice)
{
  Conflict *conflict;

  g_return_if_fail (LS_IS_CONVERSATION_SESSION (self));
  g_return_if_fail (LS_IS_SKETCH_ENTRY (entry));

  conflict = g_hash_table_lookup (self->conflicts, entry);
  g_return_if_fail (conflict != NULL);
  if (conflict->chosen)
    return;
  /* Keeping mine overwrites only the change that was shown: no reading
   * when it was shown. Taking theirs takes what is stored now, read by
   * the next save on the worker, after the saves before it. */
  if (choice == LS_CONFLICT_KEEP_MINE && conflict->seen != 0)
    _ls_conversation_session_settle_conflict (self, entry, choice, NULL, conflict->seen);
  else
    {
      conflict->chosen = TRUE;
      conflict->choice = choice;
    }
  _ls_conversation_session_start_save (self);
}
