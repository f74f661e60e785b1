/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's tasks on worker threads (ls_ui_run_in_thread): the task's
 * source object, a page or dialog, is let go on the main thread even
 * when the worker holds the task last. With g_task_run_in_thread()
 * alone it was finalized on the worker: test-ui-exchange crashed with
 * SIGSEGV (the dialog of /ui/exchange/cancel-import finalized beside
 * the next test's GTK) when the worker was slow to let go. */
#include <gio/gio.h>

#include "ls-ui-load.h"

static GMutex lock;
static GCond cond;
static gboolean go;

static void
finalized_cb (gpointer  data,
              GObject  *gone)
{
  g_atomic_pointer_set ((GThread **) data, g_thread_self ());
}

static void
task_gone_cb (gpointer  data,
              GObject  *gone)
{
  g_atomic_int_set ((gint *) data, TRUE);
}

/* Runs until the test says go: the callback has run by then. */
static void
wait_thread (GTask        *task,
             gpointer      source,
             gpointer      data,
             GCancellable *cancellable)
{
  g_mutex_lock (&lock);
  while (!go)
    g_cond_wait (&cond, &lock);
  g_mutex_unlock (&lock);
  if (!g_task_return_error_if_cancelled (task))
    g_task_return_boolean (task, TRUE);
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (g_task_propagate_boolean (G_TASK (result), &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  *(gboolean *) data = TRUE;
}

static void
test_source_let_go_on_main_thread (void)
{
  GObject *source = g_object_new (G_TYPE_OBJECT, NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  GThread *finalized_on = NULL;
  gint task_gone = FALSE;
  gboolean called = FALSE;
  GTask *task;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_object_weak_ref (source, finalized_cb, &finalized_on);
  task = g_task_new (source, cancellable, done_cb, &called);
  g_object_weak_ref (G_OBJECT (task), task_gone_cb, &task_gone);
  /* The callback comes on Cancel while the worker still runs: the
   * main thread lets go of everything before the worker does. */
  g_task_set_return_on_cancel (task, TRUE);
  ls_ui_run_in_thread (task, wait_thread);
  g_object_unref (task);
  g_object_unref (source);
  g_cancellable_cancel (cancellable);
  while (!called && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (called);
  g_assert_null (g_atomic_pointer_get (&finalized_on));

  g_mutex_lock (&lock);
  go = TRUE;
  g_cond_signal (&cond);
  g_mutex_unlock (&lock);
  /* The worker drops the task; the source goes on this thread's loop. */
  while (!g_atomic_int_get (&task_gone) && g_get_monotonic_time () < deadline)
    g_usleep (1000);
  g_assert_true (g_atomic_int_get (&task_gone));
  while (g_atomic_pointer_get (&finalized_on) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_true (g_atomic_pointer_get (&finalized_on) == g_thread_self ());
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/ui/thread/source-let-go-on-main-thread", test_source_let_go_on_main_thread);
  return g_test_run ();
}
