/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The conversation's data side: one place that changes the sketch, records
 * each change for undo and saves it, so no widget talks to the store and a
 * failed save can never drop what was typed (it stays in the sketch and in
 * the pending sets until a save succeeds). */
#define G_LOG_DOMAIN "ls-conversation-session"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-catalog.h"
#include "ls-conversation-save-job.h"
#include "ls-conversation-session-private.h"
#include "ls-document-saver.h"
#include "ls-row-version.h"
#include "ls-store-sketches.h"
#include "ls-ui-load.h"
#include "ls-ui-util.h"

#define DEFAULT_SAVE_DELAY_MS 300

G_DEFINE_FINAL_TYPE (LsConversationSession, ls_conversation_session, G_TYPE_OBJECT)

enum {
  CHANGED,
  SAVE_STATE_CHANGED,
  CONFLICT,
  DETAILS_CONFLICT,
  READING_CONFLICT,
  N_SIGNALS
};

static guint signals[N_SIGNALS];
static GQuark uid_quark;

static void hand_off_pending (LsConversationSession *self);

static void
ls_conversation_session_dispose (GObject *object)
{
  LsConversationSession *self = LS_CONVERSATION_SESSION (object);

  g_clear_handle_id (&self->save_source, g_source_remove);
  /* Last chance to write what is pending, on a worker that holds the
   * store, not the session (nobody is left to be told how it went; the
   * page flushed before it let go). After a failed save it is not tried
   * again: the keeper has it on this computer, to be offered next time. */
  if (self->store != NULL && self->saving == NULL && !self->saving_failed)
    hand_off_pending (self);
  g_clear_object (&self->saver);
  g_clear_object (&self->history);
  g_clear_object (&self->sketch);
  g_clear_object (&self->domains);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ls_conversation_session_parent_class)->dispose (object);
}

static void
ls_conversation_session_finalize (GObject *object)
{
  LsConversationSession *self = LS_CONVERSATION_SESSION (object);

  g_hash_table_unref (self->entries_by_uid);
  g_hash_table_unref (self->dirty_entries);
  g_hash_table_unref (self->dirty_readings);
  g_hash_table_unref (self->conflicts);
  g_hash_table_unref (self->reading_conflicts);
  g_array_unref (self->deleted_ids);
  g_ptr_array_unref (self->flushes);
  g_free (self->save_error);
  G_OBJECT_CLASS (ls_conversation_session_parent_class)->finalize (object);
}

static void
ls_conversation_session_class_init (LsConversationSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ls_conversation_session_dispose;
  object_class->finalize = ls_conversation_session_finalize;

  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST | G_SIGNAL_DETAILED,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[SAVE_STATE_CHANGED] = g_signal_new ("save-state-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                              0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CONFLICT] = g_signal_new ("conflict", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, LS_TYPE_SKETCH_ENTRY);
  signals[DETAILS_CONFLICT] = g_signal_new ("details-conflict", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[READING_CONFLICT] = g_signal_new ("reading-conflict", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  uid_quark = g_quark_from_static_string ("ls-conversation-entry-uid");
}

static void
ls_conversation_session_init (LsConversationSession *self)
{
  self->entries_by_uid = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  self->dirty_entries = g_hash_table_new (NULL, NULL);
  self->dirty_readings = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->conflicts = g_hash_table_new_full (NULL, NULL, g_object_unref, g_free);
  self->reading_conflicts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->deleted_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->flushes = g_ptr_array_new_with_free_func (g_object_unref);
  self->save_delay_ms = DEFAULT_SAVE_DELAY_MS;
  self->next_uid = 1;
}

void
_ls_conversation_session_emit_changed (LsConversationSession *self,
              const char            *field)
{
  g_signal_emit (self, signals[CHANGED], g_quark_from_string (field), field);
}

/* Saving ---------------------------------------------------------------- */

static void
set_save_state (LsConversationSession *self,
                const GError          *error)
{
  gboolean failed = error != NULL;
  const char *message = error != NULL ? error->message : NULL;

  if (failed == self->saving_failed && g_strcmp0 (message, self->save_error) == 0)
    return;
  self->saving_failed = failed;
  g_free (self->save_error);
  self->save_error = g_strdup (message);
  g_signal_emit (self, signals[SAVE_STATE_CHANGED], 0);
}

static void
keep_first (GError **first,
            GError  *error)
{
  if (*first == NULL)
    *first = error;
  else
    g_error_free (error);
}

/* A copy of @object's read-write properties and row version, for a worker
 * thread to save while the original is edited. */
static gpointer
copy_for_saving (gpointer object)
{
  return ls_document_copy_properties (object);
}

/* Whether a conflict's choice waits for its stored row to be read. */
static gboolean
has_choice_to_read (LsConversationSession *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->conflicts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (((Conflict *) value)->chosen && !((Conflict *) value)->reading)
      return TRUE;
  return FALSE;
}

/* Takes what is pending out of the session into a new job; NULL when
 * nothing is. An entry waiting for a conflict's choice stays; one whose
 * choice was made has its stored row read first. */
static LsConversationSaveJob *
take_pending (LsConversationSession *self)
{
  LsConversationSaveJob *job;
  GHashTableIter iter;
  gpointer key, value;

  if (!ls_conversation_session_has_pending (self))
    return NULL;
  job = ls_conversation_save_job_new ();
  job->origin = g_object_ref (self->store);
  job->store = g_steal_pointer (&self->saver);
  job->sketch_id = ls_sketch_get_id (self->sketch);
  g_array_append_vals (job->deleted_ids, self->deleted_ids->data, self->deleted_ids->len);

  g_hash_table_iter_init (&iter, self->conflicts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Conflict *conflict = value;
      gint64 id = ls_sketch_entry_get_id (key);

      if (!conflict->chosen || conflict->reading)
        continue;
      conflict->reading = TRUE;
      g_ptr_array_add (job->settle_entries, g_object_ref (key));
      g_array_append_val (job->settle_ids, id);
    }
  g_hash_table_iter_init (&iter, self->dirty_entries);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      if (g_hash_table_contains (self->conflicts, key))
        continue;
      ls_sketch_entry_set_sketch_id (key, job->sketch_id);
      g_ptr_array_add (job->entries, g_object_ref (key));
      g_ptr_array_add (job->entry_copies, copy_for_saving (key));
      g_hash_table_iter_remove (&iter);
    }
  g_array_set_size (self->deleted_ids, 0);
  g_hash_table_iter_init (&iter, self->dirty_readings);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      /* a reading waiting for a choice is not saved until it is made */
      if (g_hash_table_contains (self->reading_conflicts, key))
        continue;
      g_ptr_array_add (job->reading_keys, g_strdup (key));
      g_ptr_array_add (job->readings, copy_for_saving (ls_sketch_ensure_reading (self->sketch, key)));
      g_hash_table_iter_remove (&iter);
    }
  /* details waiting for a choice are not saved until it is made */
  if (self->dirty_details && !self->details_conflict)
    {
      job->details = ls_conversation_save_job_copy_details (self->sketch);
      self->dirty_details = FALSE;
    }
  return job;
}

/* Main thread: settles @entry's conflict with @choice over the other's
 * row as read (@theirs, at @version). Keeping mine saves over that
 * version; taking theirs puts their text in as a change of its own that
 * undo takes back, with nothing to save. */
void
_ls_conversation_session_settle_conflict (LsConversationSession *self,
                                          LsSketchEntry         *entry,
                                          LsConflictChoice       choice,
                                          const char            *theirs,
                                          gint64                 version)
{
  g_hash_table_remove (self->conflicts, entry);
  ls_row_version_set (entry, version);
  if (choice == LS_CONFLICT_KEEP_MINE)
    g_hash_table_add (self->dirty_entries, entry);
  else
    {
      ls_edit_history_seal (self->history);
      ls_conversation_session_set_entry_text (self, entry, theirs);
      ls_edit_history_seal (self->history);
      g_hash_table_remove (self->dirty_entries, entry);
    }
}

/* Conflicts still waiting for the caseworker's choice. */
static guint
count_unchosen (LsConversationSession *self)
{
  GHashTableIter iter;
  gpointer value;
  guint n = 0;

  g_hash_table_iter_init (&iter, self->conflicts);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (!((Conflict *) value)->chosen)
      n++;
  return n;
}

/* Main thread: puts the job's results into the session — new ids and
 * versions, conflicts' choices settled, and what failed back into the
 * pending sets — and says how saving goes; FALSE with @error when
 * something was not saved. */
static gboolean
apply_save (LsConversationSession *self,
            LsConversationSaveJob               *job,
            GError               **error)
{
  GError *first = NULL;
  gboolean new_ids = FALSE;
  g_autoptr(GPtrArray) new_conflicts = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean new_details_conflict = FALSE;
  g_autoptr(GPtrArray) new_reading_conflicts = g_ptr_array_new_with_free_func (g_free);
  GListStore *entries = ls_sketch_get_entries (self->sketch);

  job->applied = TRUE;
  if (self->saving == job)
    self->saving = NULL;
  if (self->saver == NULL)
    self->saver = g_steal_pointer (&job->store);
  if (job->open_error != NULL)
    keep_first (&first, g_error_copy (job->open_error));
  for (guint i = 0; i < job->entries->len; i++)
    {
      LsSketchEntry *entry = g_ptr_array_index (job->entries, i);
      LsSketchEntry *saved = g_ptr_array_index (job->entry_copies, i);
      GError *local = g_ptr_array_index (job->entry_errors, i);

      if (local == NULL && job->open_error == NULL)
        {
          gboolean was_new = ls_sketch_entry_get_id (entry) == 0;

          if (was_new)
            {
              ls_sketch_entry_set_id (entry, ls_sketch_entry_get_id (saved));
              new_ids = TRUE;
            }
          ls_row_version_set (entry, ls_row_version_get (saved));
          /* Taken out while it was being written: its row goes again. */
          if (was_new && !g_list_store_find (entries, entry, NULL))
            {
              gint64 id = ls_sketch_entry_get_id (entry);

              g_array_append_val (self->deleted_ids, id);
            }
          continue;
        }
      /* Not saved: pending again, unless it was taken out meanwhile. */
      if (g_list_store_find (entries, entry, NULL))
        g_hash_table_add (self->dirty_entries, entry);
      if (local == NULL)
        continue;
      if (g_error_matches (local, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT)
          && !g_hash_table_contains (self->conflicts, entry))
        {
          g_hash_table_insert (self->conflicts, g_object_ref (entry), g_new0 (Conflict, 1));
          g_ptr_array_add (new_conflicts, g_object_ref (entry));
        }
      keep_first (&first, g_error_copy (local));
    }
  for (guint i = 0; i < job->deleted_ids->len; i++)
    {
      GError *local = i < job->delete_errors->len ? g_ptr_array_index (job->delete_errors, i) : NULL;

      if (local == NULL && job->open_error == NULL)
        continue;
      g_array_append_val (self->deleted_ids, g_array_index (job->deleted_ids, gint64, i));
      if (local != NULL)
        keep_first (&first, g_error_copy (local));
    }
  for (guint i = 0; i < job->readings->len; i++)
    {
      const char *key = g_ptr_array_index (job->reading_keys, i);
      GError *local = i < job->reading_errors->len ? g_ptr_array_index (job->reading_errors, i) : NULL;

      if (local == NULL && job->open_error == NULL)
        ls_row_version_set (ls_sketch_ensure_reading (self->sketch, key),
                            ls_row_version_get (g_ptr_array_index (job->readings, i)));
      else
        {
          g_hash_table_add (self->dirty_readings, g_strdup (key));
          if (local != NULL)
            keep_first (&first, g_error_copy (local));
          if (g_error_matches (local, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT)
              && g_hash_table_add (self->reading_conflicts, g_strdup (key)))
            g_ptr_array_add (new_reading_conflicts, g_strdup (key));
        }
    }
  if (job->details != NULL)
    {
      if (job->details_error == NULL && job->open_error == NULL)
        ls_row_version_set (self->sketch, ls_row_version_get (job->details));
      else
        {
          self->dirty_details = TRUE;
          if (job->details_error != NULL)
            keep_first (&first, g_error_copy (job->details_error));
          if (g_error_matches (job->details_error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT)
              && !self->details_conflict)
            self->details_conflict = new_details_conflict = TRUE;
        }
    }

  /* The choices whose stored row was read: settled now; one not read
   * stays a conflict (the banner says why, Try Again shows it again). */
  for (guint i = 0; i < job->settle_entries->len; i++)
    {
      LsSketchEntry *entry = g_ptr_array_index (job->settle_entries, i);
      GError *local = i < job->settle_errors->len ? g_ptr_array_index (job->settle_errors, i) : NULL;
      Conflict *conflict = g_hash_table_lookup (self->conflicts, entry);

      if (conflict == NULL || !conflict->reading)
        continue;
      conflict->reading = FALSE;
      if (local != NULL || job->open_error != NULL)
        {
          conflict->chosen = FALSE;
          if (local != NULL)
            keep_first (&first, g_error_copy (local));
          continue;
        }
      _ls_conversation_session_settle_conflict (self, entry, conflict->choice, g_ptr_array_index (job->settle_texts, i),
                       g_array_index (job->settle_versions, gint64, i));
      /* Mine is saved by the next save, over the version just read. */
      self->save_again = TRUE;
    }

  /* An entry still waiting for the caseworker's choice is not saved. */
  if (first == NULL && count_unchosen (self) > 0)
    first = g_error_new_literal (LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT,
                                 _("Someone else changed an entry you were writing, so it was not saved; "
                                   "choose which text to keep"));
  if (first == NULL && (self->details_conflict || g_hash_table_size (self->reading_conflicts) > 0))
    first = g_error_new_literal (LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT,
                                 _("Someone else changed the agreements or priorities you were writing, so they "
                                   "were not saved; choose which to keep"));
  set_save_state (self, first);
  if (new_ids)
    _ls_conversation_session_emit_changed (self, "ids");
  for (guint i = 0; i < new_conflicts->len; i++)
    g_signal_emit (self, signals[CONFLICT], 0, g_ptr_array_index (new_conflicts, i));
  if (new_details_conflict)
    g_signal_emit (self, signals[DETAILS_CONFLICT], 0);
  for (guint i = 0; i < new_reading_conflicts->len; i++)
    g_signal_emit (self, signals[READING_CONFLICT], 0, g_ptr_array_index (new_reading_conflicts, i));
  if (first != NULL)
    {
      g_propagate_error (error, first);
      return FALSE;
    }
  return TRUE;
}

static void
save_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LsConversationSaveJob *job = task_data;

  ls_conversation_save_job_run (job);
  g_mutex_lock (&job->lock);
  job->done = TRUE;
  g_cond_signal (&job->done_cond);
  g_mutex_unlock (&job->lock);
  g_task_return_boolean (task, TRUE);
}

static void flush_next (LsConversationSession *self);

/* The flushes waiting are answered: all saved (@error NULL), or not. */
static void
finish_flushes (LsConversationSession *self,
                const GError          *error)
{
  g_autoptr(GPtrArray) flushes = self->flushes;

  self->flushes = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < flushes->len; i++)
    if (error != NULL)
      g_task_return_error (g_ptr_array_index (flushes, i), g_error_copy (error));
    else
      g_task_return_boolean (g_ptr_array_index (flushes, i), TRUE);
}

static void
save_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  LsConversationSession *self = LS_CONVERSATION_SESSION (source);
  LsConversationSaveJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  gboolean ok;

  /* A flush may have waited for it and put its results back already. */
  if (job->applied)
    return;
  ok = apply_save (self, job, &error);
  if (self->flushes->len > 0)
    {
      /* a flush waits: on with what is left, or it failed */
      if (!ok)
        finish_flushes (self, error);
      else
        flush_next (self);
      return;
    }
  if (self->save_again && self->store != NULL)
    _ls_conversation_session_start_save (self);
}

/* Runs @job on the worker. */
static void
run_job (LsConversationSession *self,
         LsConversationSaveJob               *job)
{
  g_autoptr(GTask) task = NULL;

  self->saving = job;
  task = g_task_new (self, NULL, save_done_cb, NULL);
  g_task_set_source_tag (task, _ls_conversation_session_start_save);
  g_task_set_task_data (task, job, (GDestroyNotify) ls_conversation_save_job_free);
  ls_ui_run_in_thread (task, save_thread);
}

/* Saves what is pending on a worker thread; while a save is under way, the
 * next one starts when it ends. */
void
_ls_conversation_session_start_save (LsConversationSession *self)
{
  LsConversationSaveJob *job;

  g_clear_handle_id (&self->save_source, g_source_remove);
  if (self->saving != NULL)
    {
      self->save_again = TRUE;
      return;
    }
  self->save_again = FALSE;
  job = take_pending (self);
  if (job == NULL)
    return;
  run_job (self, job);
}

/* A flush waits and no save is under way: the next save of what is
 * pending, or, with nothing left to write, how it stands (an entry may
 * wait for a choice), which needs no statement. */
static void
flush_next (LsConversationSession *self)
{
  g_autoptr(GError) error = NULL;
  LsConversationSaveJob *job;
  gboolean ok;

  if (self->flushes->len == 0 || self->saving != NULL)
    return;
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_again = FALSE;
  job = take_pending (self);
  if (job != NULL && (job->entries->len > 0 || job->deleted_ids->len > 0 || job->readings->len > 0
                      || job->details != NULL || job->settle_entries->len > 0))
    {
      run_job (self, job);
      return;
    }
  if (job == NULL)
    job = ls_conversation_save_job_new ();
  ls_conversation_save_job_run (job);
  ok = apply_save (self, job, &error);
  ls_conversation_save_job_free (job);
  finish_flushes (self, ok ? NULL : error);
}

void
ls_conversation_session_flush_async (LsConversationSession *self,
                                     GCancellable          *cancellable,
                                     GAsyncReadyCallback    callback,
                                     gpointer               user_data)
{
  GTask *task;

  g_return_if_fail (LS_IS_CONVERSATION_SESSION (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, ls_conversation_session_flush_async);
  g_ptr_array_add (self->flushes, task);
  flush_next (self);
}

gboolean
ls_conversation_session_flush_finish (LsConversationSession *self,
                                      GAsyncResult          *result,
                                      GError               **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Any thread: the last save of a session let go, told to nobody. */
static void
hand_off_thread (GTask        *task,
                 gpointer      source,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  ls_conversation_save_job_run (task_data);
  g_task_return_boolean (task, TRUE);
}

static void
hand_off_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  ls_ui_release_application (user_data);
}

static void
hand_off_pending (LsConversationSession *self)
{
  g_autoptr(GTask) task = NULL;
  LsConversationSaveJob *job = take_pending (self);

  if (job == NULL)
    return;
  task = g_task_new (NULL, NULL, hand_off_done, ls_ui_hold_application ());
  g_task_set_source_tag (task, hand_off_pending);
  g_task_set_task_data (task, job, (GDestroyNotify) ls_conversation_save_job_free);
  ls_ui_run_in_thread (task, hand_off_thread);
}

/* Waits for the save under way (if any) and puts its results back. */
static void
wait_for_save (LsConversationSession *self)
{
  LsConversationSaveJob *job = self->saving;

  if (job == NULL)
    return;
  g_mutex_lock (&job->lock);
  while (!job->done)
    g_cond_wait (&job->done_cond, &job->lock);
  g_mutex_unlock (&job->lock);
  apply_save (self, job, NULL);
}

gboolean
ls_conversation_session_flush (LsConversationSession *self,
                               GError               **error)
{
  LsConversationSaveJob *job;
  gboolean ok;

  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), FALSE);

  g_clear_handle_id (&self->save_source, g_source_remove);
  /* Everything now, in order: the save under way first. */
  wait_for_save (self);
  /* A conflict's choice settled by this save (keeping mine over the
   * version read) is saved by the next, here too. */
  do
    {
      self->save_again = FALSE;
      job = take_pending (self);
      /* Nothing to write: an entry may still wait for a choice. */
      if (job == NULL)
        job = ls_conversation_save_job_new ();
      ls_conversation_save_job_run (job);
      ok = apply_save (self, job, error);
      ls_conversation_save_job_free (job);
    }
  while (ok && self->save_again);
  if (self->flushes->len > 0)
    {
      g_autoptr(GError) failed = ok ? NULL : g_error_new_literal (LS_STORE_ERROR, LS_STORE_ERROR_FAILED,
                                                                   ls_conversation_session_get_save_error (self)
                                                                   ? ls_conversation_session_get_save_error (self)
                                                                   : "");
      finish_flushes (self, failed);
    }
  return ok;
}

void
ls_conversation_session_save (LsConversationSession *self)
{
  g_return_if_fail (LS_IS_CONVERSATION_SESSION (self));
  _ls_conversation_session_start_save (self);
}

LsStore *
_ls_conversation_session_get_saver (LsConversationSession *self,
                                    GError               **error)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), NULL);

  wait_for_save (self);
  if (self->saver == NULL)
    self->saver = ls_store_open_another (self->store, error);
  return self->saver;
}

static gboolean
save_timeout_cb (gpointer user_data)
{
  LsConversationSession *self = user_data;

  self->save_source = 0;
  _ls_conversation_session_start_save (self);
  return G_SOURCE_REMOVE;
}

/* Typing waits for a pause; everything else (and undo/redo) saves now —
 * on a worker thread, so the window never waits for the database. */
void
_ls_conversation_session_schedule_save (LsConversationSession *self,
               gboolean               typing)
{
  if (!typing || ls_edit_history_is_applying (self->history))
    {
      _ls_conversation_session_start_save (self);
      return;
    }
  g_clear_handle_id (&self->save_source, g_source_remove);
  self->save_source = g_timeout_add (self->save_delay_ms, save_timeout_cb, self);
}

gboolean
ls_conversation_session_has_pending (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), FALSE);
  return g_hash_table_size (self->dirty_entries) > 0 || self->deleted_ids->len > 0
         || g_hash_table_size (self->dirty_readings) > 0 || self->dirty_details || self->saving != NULL
         || has_choice_to_read (self);
}

gboolean
ls_conversation_session_is_saving (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), FALSE);
  return self->saving != NULL;
}

gboolean
ls_conversation_session_get_saving_failed (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), FALSE);
  return self->saving_failed;
}

const char *
ls_conversation_session_get_save_error (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), NULL);
  return self->save_error;
}

void
ls_conversation_session_set_save_delay (LsConversationSession *self,
                                        guint                  delay_ms)
{
  g_return_if_fail (LS_IS_CONVERSATION_SESSION (self));
  self->save_delay_ms = delay_ms;
}

/* Undo ------------------------------------------------------------------ */

void
_ls_conversation_session_record (LsConversationSession *self,
        const char            *field,
        GVariant              *old_value,
        GVariant              *new_value,
        gboolean               merge)
{
  ls_edit_history_push (self->history, field, old_value, new_value, merge);
}

gboolean
ls_conversation_session_undo (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), FALSE);
  return ls_edit_history_undo (self->history, NULL);
}

gboolean
ls_conversation_session_redo (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), FALSE);
  return ls_edit_history_redo (self->history, NULL);
}

/* Construction ---------------------------------------------------------- */

guint
_ls_conversation_session_assign_uid (LsConversationSession *self,
            LsSketchEntry         *entry)
{
  guint uid = GPOINTER_TO_UINT (g_object_get_qdata (G_OBJECT (entry), uid_quark));

  if (uid == 0)
    {
      uid = self->next_uid++;
      g_object_set_qdata (G_OBJECT (entry), uid_quark, GUINT_TO_POINTER (uid));
      g_hash_table_insert (self->entries_by_uid, GUINT_TO_POINTER (uid), g_object_ref (entry));
    }
  return uid;
}

LsConversationSession *
ls_conversation_session_new_for_sketch (LsStore   *store,
                                        LsSketch  *sketch,
                                        GError   **error)
{
  g_autoptr(LsConversationSession) self = NULL;
  GListModel *entries;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);
  g_return_val_if_fail (LS_IS_SKETCH (sketch), NULL);

  self = g_object_new (LS_TYPE_CONVERSATION_SESSION, NULL);
  self->store = g_object_ref (store);
  self->domains = ls_catalog_load_domains (NULL, error);
  if (self->domains == NULL)
    return NULL;
  self->sketch = g_object_ref (sketch);

  entries = G_LIST_MODEL (ls_sketch_get_entries (self->sketch));
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(LsSketchEntry) entry = g_list_model_get_item (entries, i);
      _ls_conversation_session_assign_uid (self, entry);
    }
  self->history = ls_edit_history_new (_ls_conversation_session_apply_field, self, NULL);
  return g_steal_pointer (&self);
}

LsConversationSession *
ls_conversation_session_new (LsStore  *store,
                             gint64    person_id,
                             gint64    sketch_id,
                             GError  **error)
{
  g_autoptr(LsSketch) sketch = NULL;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);
  g_return_val_if_fail (person_id > 0 || sketch_id > 0, NULL);

  sketch = ls_conversation_session_load_sketch (store, person_id, sketch_id, error);
  if (sketch == NULL)
    return NULL;
  return ls_conversation_session_new_for_sketch (store, sketch, error);
}

LsStore *
ls_conversation_session_get_store (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), NULL);
  return self->store;
}

LsSketch *
ls_conversation_session_get_sketch (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), NULL);
  return self->sketch;
}

LsEditHistory *
ls_conversation_session_get_history (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), NULL);
  return self->history;
}

GListModel *
ls_conversation_session_get_domains (LsConversationSession *self)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), NULL);
  return G_LIST_MODEL (self->domains);
}

guint
ls_conversation_session_entry_uid (LsConversationSession *self,
                                   LsSketchEntry         *entry)
{
  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), 0);
  return _ls_conversation_session_assign_uid (self, entry);
}

static int
compare_position (gconstpointer a,
                  gconstpointer b)
{
  LsSketchEntry *ea = *(LsSketchEntry **) a;
  LsSketchEntry *eb = *(LsSketchEntry **) b;
  guint pa = ls_sketch_entry_get_position (ea);
  guint pb = ls_sketch_entry_get_position (eb);

  return pa < pb ? -1 : pa > pb ? 1 : 0;
}

GPtrArray *
ls_conversation_session_list_entries (LsConversationSession *self,
                                      const char            *domain_key,
                                      LsEntryKind            kind)
{
  GListModel *entries;
  GPtrArray *result = g_ptr_array_new ();

  g_return_val_if_fail (LS_IS_CONVERSATION_SESSION (self), result);

  entries = G_LIST_MODEL (ls_sketch_get_entries (self->sketch));
  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      LsSketchEntry *entry = g_list_model_get_item (entries, i);

      if (ls_sketch_entry_get_kind (entry) == kind
          && g_strcmp0 (ls_sketch_entry_get_domain_key (entry), domain_key) == 0)
        g_ptr_array_add (result, entry);
      g_object_unref (entry); /* the sketch keeps it */
    }
  g_ptr_array_sort (result, compare_position);
  return result;
}

