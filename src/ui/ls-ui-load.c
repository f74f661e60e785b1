/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-ui-load"

#include "config.h"

#include "ls-ui-load.h"

typedef struct
{
  LsStore        *origin;
  LsUiLoadFunc    load;           /* with @id, or */
  LsUiReadFunc    read;           /* with @input, or */
  LsUiWriteFunc   write;          /* with @input, a yes or no */
  GDestroyNotify  free_data;
  gint64          id;
  gpointer        input;
  GDestroyNotify  free_input;
} LoadJob;

static void
load_job_free (LoadJob *job)
{
  g_clear_object (&job->origin);
  if (job->free_input != NULL)
    g_clear_pointer (&job->input, job->free_input);
  g_free (job);
}

/* Worker thread: its own connection, made from the page's store. */
static void
load_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open_another (job->origin, &error);
  gpointer data = NULL;

  if (store != NULL && job->write != NULL)
    {
      if (job->write (store, job->input, &error))
        g_task_return_boolean (task, TRUE);
      else
        g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (store != NULL)
    data = job->read != NULL ? job->read (store, job->input, &error) : job->load (store, job->id, &error);

  if (data == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, data, job->free_data);
}

typedef struct
{
  GMainContext *context;
  GObject      *source;
} Held;

static gboolean
let_go (gpointer source)
{
  g_object_unref (source);
  return G_SOURCE_REMOVE;
}

/* The task is finalized, on whichever thread dropped it last. Not
 * g_main_context_invoke(): a worker may acquire the main context itself
 * while the main thread is not in it, and call let_go() there. */
static void
held_free (gpointer data)
{
  Held *held = data;

  if (g_main_context_is_owner (held->context))
    let_go (held->source);
  else
    {
      GSource *idle = g_idle_source_new ();

      g_source_set_callback (idle, let_go, held->source, NULL);
      g_source_set_static_name (idle, "[ls] let go of a task's source");
      g_source_attach (idle, held->context);
      g_source_unref (idle);
    }
  g_main_context_unref (held->context);
  g_free (held);
}

void
ls_ui_run_in_thread (GTask           *task,
                     GTaskThreadFunc  func)
{
  GObject *source = g_task_get_source_object (task);

  if (source != NULL)
    {
      Held *held = g_new (Held, 1);

      held->context = g_main_context_ref (g_task_get_context (task));
      held->source = g_object_ref (source);
      g_object_set_data_full (G_OBJECT (task), "ls-ui-held-source", held, held_free);
    }
  g_task_run_in_thread (task, func);
}

static void
run_job (gpointer             source_object,
         LoadJob             *job,
         GCancellable        *cancellable,
         GAsyncReadyCallback  callback,
         gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (source_object, cancellable, callback, user_data);

  g_task_set_source_tag (task, ls_ui_load_async);
  /* After a cancel, _finish() says so and the GTask frees what was read. */
  g_task_set_task_data (task, job, (GDestroyNotify) load_job_free);
  ls_ui_run_in_thread (task, load_thread);
}

void
ls_ui_load_async (gpointer             source_object,
                  LsStore             *store,
                  LsUiLoadFunc         load,
                  GDestroyNotify       free_data,
                  gint64               id,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data)
{
  LoadJob *job;

  g_return_if_fail (LS_IS_STORE (store));
  g_return_if_fail (load != NULL);
  g_return_if_fail (free_data != NULL);

  job = g_new0 (LoadJob, 1);
  job->origin = g_object_ref (store);
  job->load = load;
  job->free_data = free_data;
  job->id = id;
  run_job (source_object, job, cancellable, callback, user_data);
}

void
ls_ui_read_async (gpointer             source_object,
                  LsStore             *store,
                  LsUiReadFunc         read,
                  gpointer             input,
                  GDestroyNotify       free_input,
                  GDestroyNotify       free_data,
                  GCancellable        *cancellable,
                  GAsyncReadyCallback  callback,
                  gpointer             user_data)
{
  LoadJob *job;

  g_return_if_fail (LS_IS_STORE (store));
  g_return_if_fail (read != NULL);
  g_return_if_fail (free_data != NULL);

  job = g_new0 (LoadJob, 1);
  job->origin = g_object_ref (store);
  job->read = read;
  job->input = input;
  job->free_input = free_input;
  job->free_data = free_data;
  run_job (source_object, job, cancellable, callback, user_data);
}

gpointer
ls_ui_load_finish (GAsyncResult  *result,
                   GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ls_ui_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

void
ls_ui_write_async (gpointer             source_object,
                   LsStore             *store,
                   LsUiWriteFunc        write,
                   gpointer             input,
                   GDestroyNotify       free_input,
                   GCancellable        *cancellable,
                   GAsyncReadyCallback  callback,
                   gpointer             user_data)
{
  LoadJob *job;

  g_return_if_fail (LS_IS_STORE (store));
  g_return_if_fail (write != NULL);

  job = g_new0 (LoadJob, 1);
  job->origin = g_object_ref (store);
  job->write = write;
  job->input = input;
  job->free_input = free_input;
  run_job (source_object, job, cancellable, callback, user_data);
}

gboolean
ls_ui_write_finish (GAsyncResult  *result,
                    GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == ls_ui_load_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
