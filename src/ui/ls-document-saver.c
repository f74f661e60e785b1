/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-document-saver"

#include "ls-document-saver.h"

#include "ls-row-version.h"
#include "ls-store-worker.h"
#include "ls-ui-util.h"
#include "ls-unsaved-file.h"
#include "ls-ui-load.h"


/* An action run after the saves (ls_document_saver_run_async): the
 * caller's task and what it runs. */
typedef struct
{
  LsDocumentRunFunc  run;
  gpointer           input;
  GDestroyNotify     free_input;
  GDestroyNotify     free_result;
  gboolean           ran;
  gpointer           result;     /* worker, then main thread */
  GError            *error;
} Action;

/* One save: a copy of the document, saved by a worker thread, and the
 * action to run after it, if any (@copy is NULL when an action found
 * nothing to save). @done, @ok, @error and @skip are written and read only
 * while the worker's connection is held, so a flush that holds it sees
 * them as they are. */
typedef struct
{
  gpointer            document;
  gpointer            copy;
  GTask              *action;    /* its task data is an Action */
  GDestroyNotify      free_copy;
  LsDocumentSaveFunc  save;
  LsStoreWorker      *worker;
  gboolean            skip;      /* a flush saved a newer copy instead */
  gboolean            done;
  gboolean            ok;
  GError             *error;
  gboolean            applied;   /* main thread only */
  gboolean            dropped;   /* main thread only: of a document the editor let go */
  GApplication       *held;      /* main thread only: kept running for a save after the editor closed */
} Job;

struct _LsDocumentSaver
{
  GObject              parent_instance;

  LsStoreWorker       *worker;
  guint                delay_ms;
  LsDocumentCopyFunc   copy;
  GDestroyNotify       free_copy;
  LsDocumentSaveFunc   save;
  LsDocumentSavedFunc  saved;
  gpointer             user_data;

  guint                source;
  gpointer             document;  /* the one changed last */
  gboolean             dirty;     /* changed since the copy under way */
  Job                 *running;
  GQueue               actions;   /* GTasks waiting for the save under way */
  gboolean             closed;
  gboolean             last_save; /* closed with something pending: saved once more */

  /* keeping what could not be saved on this computer */
  LsStore             *store;
  char                *kind;
  LsDocumentKeepFunc   keep;
  gboolean             failed;    /* the last save failed */
  char                *offered;   /* an earlier run's file, waiting for a choice */
};

G_DEFINE_FINAL_TYPE (LsDocumentSaver, ls_document_saver, G_TYPE_OBJECT)

static void start (LsDocumentSaver *self);
static void start_action (LsDocumentSaver *self,
                          GTask           *action);

static void
action_free (Action *action)
{
  if (action->free_input != NULL && action->input != NULL)
    action->free_input (action->input);
  if (action->free_result != NULL && action->result != NULL)
    action->free_result (action->result);
  g_clear_error (&action->error);
  g_free (action);
}

static void
job_free (Job *job)
{
  g_clear_object (&job->document);
  if (job->copy != NULL)
    job->free_copy (job->copy);
  g_clear_object (&job->action);
  g_clear_pointer (&job->worker, ls_store_worker_unref);
  g_clear_error (&job->error);
  g_free (job);
}

gpointer
ls_document_copy_properties (gpointer object)
{
  guint n;
  g_autofree GParamSpec **specs = g_object_class_list_properties (G_OBJECT_GET_CLASS (object), &n);
  GObject *copy = g_object_new (G_OBJECT_TYPE (object), NULL);

  for (guint i = 0; i < n; i++)
    {
      g_auto(GValue) value = G_VALUE_INIT;

      if ((specs[i]->flags & G_PARAM_READWRITE) != G_PARAM_READWRITE || (specs[i]->flags & G_PARAM_CONSTRUCT_ONLY))
        continue;
      g_value_init (&value, specs[i]->value_type);
      g_object_get_property (object, specs[i]->name, &value);
      g_object_set_property (copy, specs[i]->name, &value);
    }
  ls_row_version_set (copy, ls_row_version_get (object));
  return copy;
}

/* Runs on the worker thread. */
static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  LsStore *store = ls_store_worker_lock (job->worker, &error);

  if (store == NULL)
    {
      /* nothing held: nobody else looks at the job until it returns */
      job->error = error;
      job->done = TRUE;
    }
  else
    {
      gboolean saved = TRUE;

      if (!job->skip && job->copy != NULL)
        {
          job->ok = saved = job->save (store, job->copy, &error);
          job->error = error;
        }
      /* an action runs only once what it follows was saved */
      if (job->action != NULL && saved)
        {
          Action *action = g_task_get_task_data (job->action);

          action->result = action->run (store, action->input, &action->error);
          action->ran = TRUE;
        }
      job->done = TRUE;
      ls_store_worker_unlock (job->worker);
    }
  g_task_return_boolean (task, TRUE);
}

static char *
kept_path (LsDocumentSaver *self,
           gpointer         document)
{
  gint64 id = 0;

  g_object_get (document, "id", &id, NULL);
  return id > 0 ? ls_unsaved_file_dup_path (self->store, self->kind, id) : NULL;
}

/* A save failed, or the document changed after one did: all of it into
 * the file. All saved: the file goes. An earlier run's file waiting for
 * the editor's choice is left alone. */
static void
keep_or_forget (LsDocumentSaver *self,
                gpointer         document)
{
  g_autofree char *path = NULL;

  if (self->keep == NULL || (path = kept_path (self, document)) == NULL || g_strcmp0 (path, self->offered) == 0)
    return;
  if (self->failed)
    ls_unsaved_file_keep (path, self->keep (document));
  else if (!ls_document_saver_get_unsaved (self))
    ls_unsaved_file_remove (path);
}

/* On the main thread: what a save did, into the editor. */
static void
apply (LsDocumentSaver *self,
       Job             *job)
{
  job->applied = TRUE;
  if (job->skip || job->dropped || job->copy == NULL)
    return;
  if (!job->ok)
    self->dirty = TRUE;   /* kept; the next change or flush tries again */
  self->failed = !job->ok;
  if (!self->closed && self->saved != NULL)
    self->saved (job->document, job->copy, job->ok ? NULL : job->error, self->user_data);
  /* the last save after the editor closed is kept as well (from the
   * document only) */
  if (!self->closed || self->last_save)
    keep_or_forget (self, job->document);
}

/* On the main thread: the action's answer to its caller. */
static void
finish_action (Job *job)
{
  Action *action = g_task_get_task_data (job->action);

  if (!action->ran)
    {
      /* the save before it failed, or there was no connection */
      if (job->error != NULL)
        g_task_return_error (job->action, g_error_copy (job->error));
      else
        g_task_return_new_error (job->action, G_IO_ERROR, G_IO_ERROR_FAILED, "not run");
    }
  else if (action->error != NULL)
    g_task_return_error (job->action, g_steal_pointer (&action->error));
  else
    g_task_return_pointer (job->action, g_steal_pointer (&action->result), action->free_result);
}

static void
save_done (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  LsDocumentSaver *self = LS_DOCUMENT_SAVER (object);
  Job *job = g_task_get_task_data (G_TASK (result));
  gboolean failed = FALSE;

  if (self->running == job)
    self->running = NULL;
  g_clear_pointer (&job->held, ls_ui_release_application);
  if (!job->applied)
    {
      failed = !job->ok && !job->skip && job->copy != NULL;
      apply (self, job);
    }
  if (job->action != NULL)
    finish_action (job);
  if (self->running != NULL)
    return;
  /* an action waiting for this save: now (it saves what changed since) */
  if (!g_queue_is_empty (&self->actions))
    {
      g_autoptr(GTask) action = g_queue_pop_head (&self->actions);

      start_action (self, action);
      return;
    }
  /* changed while it was saving: the next save now (one after a failure
   * waits for the next change) */
  if (self->dirty && !failed && self->source == 0 && (!self->closed || self->last_save))
    start (self);
}

/* Runs @job on the worker. */
static void
run_job (LsDocumentSaver *self,
         Job             *job)
{
  g_autoptr(GTask) task = NULL;

  job->free_copy = self->free_copy;
  job->save = self->save;
  job->worker = ls_store_worker_ref (self->worker);
  if (self->closed)
    job->held = ls_ui_hold_application ();
  self->running = job;
  task = g_task_new (self, NULL, save_done, NULL);
  g_task_set_source_tag (task, start);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  ls_ui_run_in_thread (task, save_thread);
}

/* Saves what changed in the document remembered, then runs @action, on
 * the worker. */
static void
start_action (LsDocumentSaver *self,
              GTask           *action)
{
  Job *job = g_new0 (Job, 1);

  job->action = g_object_ref (action);
  job->ok = TRUE;
  if (self->document != NULL)
    job->document = g_object_ref (self->document);
  if (self->dirty && self->document != NULL && !self->closed)
    {
      job->copy = self->copy (self->document);
      job->ok = FALSE;
    }
  self->dirty = FALSE;
  run_job (self, job);
}

static void
start (LsDocumentSaver *self)
{
  Job *job;

  if (self->running != NULL || (self->closed && !self->last_save) || self->document == NULL)
    return;
  job = g_new0 (Job, 1);
  job->document = g_object_ref (self->document);
  job->copy = self->copy (self->document);
  self->dirty = FALSE;
  run_job (self, job);
}

static gboolean
delay_cb (gpointer user_data)
{
  LsDocumentSaver *self = user_data;

  self->source = 0;
  start (self);
  return G_SOURCE_REMOVE;
}

static void
remember (LsDocumentSaver *self,
          gpointer         document)
{
  if (document != self->document)
    {
      g_clear_object (&self->document);
      self->document = g_object_ref (document);
    }
}

void
ls_document_saver_changed (LsDocumentSaver *self,
                           gpointer         document)
{
  g_return_if_fail (LS_IS_DOCUMENT_SAVER (self));
  g_return_if_fail (G_IS_OBJECT (document));

  if (self->closed)
    return;
  remember (self, document);
  self->dirty = TRUE;
  g_clear_handle_id (&self->source, g_source_remove);
  self->source = g_timeout_add (self->delay_ms, delay_cb, self);
  /* typed while saves fail (the server gone): the file follows */
  if (self->failed)
    keep_or_forget (self, document);
}

void
ls_document_saver_save_soon (LsDocumentSaver *self,
                             gpointer         document)
{
  g_return_if_fail (LS_IS_DOCUMENT_SAVER (self));

  if (self->closed)
    return;
  remember (self, document);
  self->dirty = TRUE;
  g_clear_handle_id (&self->source, g_source_remove);
  start (self);
}

gboolean
ls_document_saver_flush (LsDocumentSaver  *self,
                         gpointer          document,
                         GError          **error)
{
  g_autoptr(GError) local = NULL;
  Job *job;
  LsStore *store;

  g_return_val_if_fail (LS_IS_DOCUMENT_SAVER (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (document), FALSE);

  g_clear_handle_id (&self->source, g_source_remove);
  remember (self, document);
  store = ls_store_worker_lock (self->worker, &local);
  if (store == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  /* the save under way: its result now, or this save instead of it */
  job = self->running;
  if (job != NULL && !job->applied)
    {
      if (job->done)
        apply (self, job);
      else
        {
          job->skip = TRUE;
          job->applied = TRUE;
          self->dirty = TRUE;
        }
    }
  if (self->dirty)
    {
      job = g_new0 (Job, 1);
      job->document = g_object_ref (document);
      job->copy = self->copy (document);
      job->free_copy = self->free_copy;
      self->dirty = FALSE;
      job->ok = self->save (store, job->copy, &job->error);
      job->done = TRUE;
      ls_store_worker_unlock (self->worker);
      apply (self, job);
      if (!job->ok && error != NULL)
        *error = g_error_copy (job->error);
      job_free (job);
      return !self->dirty;
    }
  ls_store_worker_unlock (self->worker);
  return TRUE;
}

void
ls_document_saver_run_async (LsDocumentSaver     *self,
                             gpointer             source_object,
                             gpointer             document,
                             LsDocumentRunFunc    run,
                             gpointer             input,
                             GDestroyNotify       free_input,
                             GDestroyNotify       free_result,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Action *action;

  g_return_if_fail (LS_IS_DOCUMENT_SAVER (self));
  g_return_if_fail (G_IS_OBJECT (document));
  g_return_if_fail (run != NULL);

  action = g_new0 (Action, 1);
  action->run = run;
  action->input = input;
  action->free_input = free_input;
  action->free_result = free_result;
  task = g_task_new (source_object, cancellable, callback, user_data);
  g_task_set_source_tag (task, ls_document_saver_run_async);
  g_task_set_task_data (task, action, (GDestroyNotify) action_free);
  if (self->closed)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, "The editor is closed");
      return;
    }
  remember (self, document);
  /* the delay is over: what changed goes with the action */
  g_clear_handle_id (&self->source, g_source_remove);
  if (self->running != NULL)
    g_queue_push_tail (&self->actions, g_steal_pointer (&task));
  else
    start_action (self, task);
}

gpointer
ls_document_saver_run_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ls_document_saver_run_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/* The flush's action: nothing more than the save before it. */
static gpointer
flush_run (LsStore  *store,
           gpointer  input,
           GError  **error)
{
  return GINT_TO_POINTER (TRUE);
}

void
ls_document_saver_flush_async (LsDocumentSaver     *self,
                               gpointer             source_object,
                               gpointer             document,
                               GCancellable        *cancellable,
                               GAsyncReadyCallback  callback,
                               gpointer             user_data)
{
  g_return_if_fail (LS_IS_DOCUMENT_SAVER (self));

  /* a save that failed is tried again */
  if (self->failed)
    self->dirty = TRUE;
  ls_document_saver_run_async (self, source_object, document, flush_run, NULL, NULL, NULL, cancellable, callback,
                               user_data);
}

gboolean
ls_document_saver_flush_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_autoptr(GError) local = NULL;

  ls_document_saver_run_finish (result, &local);
  if (local != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

gboolean
ls_document_saver_get_unsaved (LsDocumentSaver *self)
{
  g_return_val_if_fail (LS_IS_DOCUMENT_SAVER (self), FALSE);
  return self->dirty || self->source != 0 || (self->running != NULL && !self->running->applied);
}

gboolean
ls_document_saver_is_saving (LsDocumentSaver *self)
{
  g_return_val_if_fail (LS_IS_DOCUMENT_SAVER (self), FALSE);
  return self->running != NULL && !self->running->applied;
}

void
ls_document_saver_close (LsDocumentSaver *self)
{
  gboolean pending;
  GTask *action;

  g_return_if_fail (LS_IS_DOCUMENT_SAVER (self));
  /* what is pending outlives the editor: saved on the worker (the task
   * holds the saver) after any save under way, whose failure is kept on
   * this computer too */
  pending = self->document != NULL && (self->dirty || self->source != 0);
  self->last_save = pending || ls_document_saver_is_saving (self);
  if (pending)
    self->dirty = TRUE;
  self->closed = TRUE;
  g_clear_handle_id (&self->source, g_source_remove);
  if (pending)
    start (self);
  while ((action = g_queue_pop_head (&self->actions)) != NULL)
    {
      g_task_return_new_error (action, G_IO_ERROR, G_IO_ERROR_CANCELLED, "The editor is closed");
      g_object_unref (action);
    }
}

void
ls_document_saver_keep_unsaved (LsDocumentSaver    *self,
                                const char         *kind,
                                LsDocumentKeepFunc  keep)
{
  g_return_if_fail (LS_IS_DOCUMENT_SAVER (self));
  g_return_if_fail (kind != NULL && keep != NULL);

  g_free (self->kind);
  self->kind = g_strdup (kind);
  self->keep = keep;
}

/* What an offer of a kept document needs. */
typedef struct
{
  LsDocumentSaver       *saver;
  LsDocumentRestoreFunc  restore;
  gpointer               editor;
} Offer;

static void
offer_free (gpointer data)
{
  Offer *offer = data;

  g_clear_object (&offer->saver);
  g_free (offer);
}

/* The choice is made: the file follows the saves again. */
static void
offer_ended (gpointer  owner,
             GVariant *unused)
{
  Offer *offer = owner;

  g_clear_pointer (&offer->saver->offered, g_free);
}

static void
offer_restore (gpointer  owner,
               GVariant *value)
{
  Offer *offer = owner;
  gpointer document;

  if (offer->saver->closed)
    return;
  offer_ended (offer, NULL);
  document = offer->restore (offer->editor, value);
  ls_document_saver_save_soon (offer->saver, document);
}

GtkWidget *
ls_document_saver_offer_kept (LsDocumentSaver      *self,
                              gint64                id,
                              const GVariantType   *type,
                              LsDocumentRestoreFunc restore,
                              gpointer              editor)
{
  g_autofree char *path = NULL;
  GtkWidget *banner;
  Offer *offer;

  g_return_val_if_fail (LS_IS_DOCUMENT_SAVER (self), NULL);
  g_return_val_if_fail (self->keep != NULL, NULL);

  if (id == 0)
    return NULL;
  path = ls_unsaved_file_dup_path (self->store, self->kind, id);
  offer = g_new0 (Offer, 1);
  offer->saver = g_object_ref (self);
  offer->restore = restore;
  offer->editor = editor;
  banner = ls_unsaved_offer_kept (path, type, offer_restore, offer_ended, offer, offer_free);
  /* until the choice, an earlier run's file is left as it is */
  if (banner != NULL)
    {
      g_free (self->offered);
      self->offered = g_steal_pointer (&path);
    }
  return banner;
}

void
ls_document_saver_forget (LsDocumentSaver *self,
                          gpointer         document)
{
  g_return_if_fail (LS_IS_DOCUMENT_SAVER (self));
  g_return_if_fail (G_IS_OBJECT (document));

  g_clear_handle_id (&self->source, g_source_remove);
  /* a save under way is of the old one: its result is not applied */
  if (self->running != NULL)
    self->running->dropped = TRUE;
  remember (self, document);
  self->dirty = FALSE;
  self->failed = FALSE;
  keep_or_forget (self, document);
}

LsStore *
ls_document_saver_lock_store (LsDocumentSaver  *self,
                              GError          **error)
{
  g_return_val_if_fail (LS_IS_DOCUMENT_SAVER (self), NULL);
  return ls_store_worker_lock (self->worker, error);
}

void
ls_document_saver_unlock_store (LsDocumentSaver *self)
{
  ls_store_worker_unlock (self->worker);
}

static void
ls_document_saver_dispose (GObject *object)
{
  LsDocumentSaver *self = LS_DOCUMENT_SAVER (object);

  g_clear_handle_id (&self->source, g_source_remove);
  g_clear_object (&self->document);
  G_OBJECT_CLASS (ls_document_saver_parent_class)->dispose (object);
}

static void
ls_document_saver_finalize (GObject *object)
{
  LsDocumentSaver *self = LS_DOCUMENT_SAVER (object);

  g_clear_pointer (&self->worker, ls_store_worker_unref);
  g_clear_object (&self->store);
  g_free (self->kind);
  g_free (self->offered);
  G_OBJECT_CLASS (ls_document_saver_parent_class)->finalize (object);
}

static void
ls_document_saver_class_init (LsDocumentSaverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = ls_document_saver_dispose;
  object_class->finalize = ls_document_saver_finalize;
}

static void
ls_document_saver_init (LsDocumentSaver *self)
{
}

LsDocumentSaver *
ls_document_saver_new (LsStore             *store,
                       guint                delay_ms,
                       LsDocumentCopyFunc   copy,
                       GDestroyNotify       free_copy,
                       LsDocumentSaveFunc   save,
                       LsDocumentSavedFunc  saved,
                       gpointer             user_data)
{
  LsDocumentSaver *self;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);
  g_return_val_if_fail (copy != NULL && free_copy != NULL && save != NULL, NULL);

  self = g_object_new (LS_TYPE_DOCUMENT_SAVER, NULL);
  self->worker = ls_store_worker_new (store);
  self->store = g_object_ref (store);
  self->delay_ms = delay_ms;
  self->copy = copy;
  self->free_copy = free_copy;
  self->save = save;
  self->saved = saved;
  self->user_data = user_data;
  return self;
}
