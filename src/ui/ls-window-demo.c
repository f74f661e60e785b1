/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Create Demo Data": invented people made by `livsskisse-cli demo` (the one
 * generator, kept out of the GUI), run from a worker thread in steps so the
 * progress bar tells the truth; the caseload fills when it is done. Closing
 * the window cancels it: the generator running is stopped (its open batch
 * rolled back) and no further step starts; the application keeps running
 * until that is done. */
#define G_LOG_DOMAIN "ls-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-window-private.h"
#include "ls-ui-load.h"

#define DEMO_PERSONS 200
#define DEMO_STEPS   10

typedef struct
{
  char          *path;
  GApplication  *application;   /* held while the job runs */
  GWeakRef       window;
  guint          done;
  guint          total;
  GMutex         lock;
  guint          idle_id;
} DemoJob;

static void
demo_job_free (DemoJob *job)
{
  g_free (job->path);
  if (job->application != NULL)
    g_application_release (job->application);
  g_clear_object (&job->application);
  g_weak_ref_clear (&job->window);
  g_mutex_clear (&job->lock);
  g_free (job);
}

static gboolean
show_progress (gpointer data)
{
  DemoJob *job = data;
  g_autoptr(LsWindow) self = g_weak_ref_get (&job->window);
  double fraction;

  g_mutex_lock (&job->lock);
  job->idle_id = 0;
  fraction = job->total > 0 ? (double) job->done / job->total : 0;
  g_mutex_unlock (&job->lock);
  /* The window may be closing: its widgets are gone after dispose. */
  if (self != NULL && self->demo_progress != NULL)
    gtk_progress_bar_set_fraction (self->demo_progress, fraction);
  return G_SOURCE_REMOVE;
}

/* Called on the worker thread: hand the figures to the main loop. */
static void
demo_progress_cb (guint    done,
                  guint    total,
                  gpointer data)
{
  DemoJob *job = data;

  g_mutex_lock (&job->lock);
  job->done = done;
  job->total = total;
  if (job->idle_id == 0)
    job->idle_id = g_idle_add (show_progress, job);
  g_mutex_unlock (&job->lock);
}

/* $LIVSSKISSE_CLI, else livsskisse-cli beside this program (installed) or
 * in the build tree's cli folder, else on $PATH. */
static char *
find_cli (void)
{
  const char *env = g_getenv ("LIVSSKISSE_CLI");
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *dir = exe ? g_path_get_dirname (exe) : NULL;
  const char *candidates[] = { "livsskisse-cli", "cli/livsskisse-cli" };

  if (env != NULL && g_file_test (env, G_FILE_TEST_IS_EXECUTABLE))
    return g_strdup (env);
  for (guint i = 0; dir != NULL && i < G_N_ELEMENTS (candidates); i++)
    {
      g_autofree char *path = g_build_filename (dir, candidates[i], NULL);

      if (g_file_test (path, G_FILE_TEST_IS_EXECUTABLE))
        return g_steal_pointer (&path);
    }
  return g_find_program_in_path ("livsskisse-cli");
}

static gboolean
run_step (const char   *cli,
          const char   *database,
          guint         persons,
          GCancellable *cancellable,
          GError      **error)
{
  g_autofree char *count = g_strdup_printf ("%u", persons);
  g_autoptr(GSubprocess) process = NULL;
  g_autofree char *err = NULL;

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE | G_SUBPROCESS_FLAGS_STDERR_PIPE, error,
                              cli, "demo", "--persons", count, "--database", database, NULL);
  if (process == NULL)
    return FALSE;
  if (!g_subprocess_communicate_utf8 (process, NULL, cancellable, NULL, &err, error))
    {
      /* Cancelled: the generator must not write on behind the window.
       * Killed, its unfinished batch is rolled back by SQLite. */
      g_subprocess_force_exit (process);
      g_subprocess_wait (process, NULL, NULL);
      return FALSE;
    }
  if (!g_subprocess_get_successful (process))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Demo data could not be created: %s"),
                   err && *err ? g_strstrip (err) : _("the generator failed"));
      return FALSE;
    }
  return TRUE;
}

static void
run_demo (GTask        *task,
          gpointer      source,
          gpointer      task_data,
          GCancellable *cancellable)
{
  DemoJob *job = task_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *cli = find_cli ();

  if (cli == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                               _("Demo data could not be created: livsskisse-cli is not installed"));
      return;
    }
  for (guint step = 0; step < DEMO_STEPS; step++)
    {
      if (!run_step (cli, job->path, DEMO_PERSONS / DEMO_STEPS, cancellable, &error))
        {
          g_task_return_error (task, g_steal_pointer (&error));
          return;
        }
      demo_progress_cb (step + 1, DEMO_STEPS, job);
    }
  g_task_return_boolean (task, TRUE);
}

static void
demo_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  DemoJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(LsWindow) self = g_weak_ref_get (&job->window);
  g_autoptr(GError) error = NULL;

  /* The progress idle must not outlive the job. */
  g_mutex_lock (&job->lock);
  g_clear_handle_id (&job->idle_id, g_source_remove);
  g_mutex_unlock (&job->lock);

  /* The window closed (and cancelled the job): nothing to show. */
  if (self == NULL || self->caseload_view == NULL)
    return;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      _ls_window_show_toast (self, error->message);
    }
  else
    _ls_window_show_toast (self, _("Demo data created: every person is invented"));
  g_clear_object (&self->demo_cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.create-demo", !ls_store_is_server (self->store));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-person", TRUE);
  ls_caseload_view_reload (self->caseload_view);
  gtk_stack_set_visible_child_name (self->content_stack, "select");
}

void
_ls_window_create_demo_action (GtkWidget  *widget,
                               const char *action_name,
                               GVariant   *parameter)
{
  LsWindow *self = LS_WINDOW (widget);
  g_autoptr(GTask) task = NULL;
  DemoJob *job;

  if (self->store == NULL || ls_store_is_server (self->store) || self->demo_cancellable != NULL
      || !_ls_window_flush_page (self))
    return;

  job = g_new0 (DemoJob, 1);
  job->path = g_strdup (ls_store_get_path (self->store));
  if (gtk_window_get_application (GTK_WINDOW (self)) != NULL)
    {
      job->application = G_APPLICATION (g_object_ref (gtk_window_get_application (GTK_WINDOW (self))));
      g_application_hold (job->application);
    }
  g_weak_ref_init (&job->window, self);
  g_mutex_init (&job->lock);

  gtk_widget_action_set_enabled (widget, "win.create-demo", FALSE);
  gtk_widget_action_set_enabled (widget, "win.new-person", FALSE);
  gtk_progress_bar_set_fraction (self->demo_progress, 0);
  gtk_stack_set_visible_child_name (self->content_stack, "progress");

  self->demo_cancellable = g_cancellable_new ();
  /* The task holds no reference on the window: closing the window
   * disposes it, which cancels the job. */
  task = g_task_new (NULL, self->demo_cancellable, demo_done_cb, NULL);
  g_task_set_source_tag (task, _ls_window_create_demo_action);
  g_task_set_task_data (task, job, (GDestroyNotify) demo_job_free);
  ls_ui_run_in_thread (task, run_demo);
}
