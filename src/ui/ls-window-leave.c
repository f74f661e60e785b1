/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Leaving the page shown: before another page opens, the window closes or
 * the app quits, the page writes what is still being typed (LsFlushable),
 * on its worker where it can. When that fails the page stays on screen
 * with its text, and a toast says why. */
#define G_LOG_DOMAIN "ls-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-flushable.h"
#include "ls-window-private.h"

static void
tell_not_saved (LsWindow     *self,
                const GError *error)
{
  g_autofree char *text = g_strdup_printf (_("What you wrote is not saved yet: %s"), error->message);

  _ls_window_show_toast (self, text);
}

/* Waits on the main thread (see ls-window-private.h). */
gboolean
_ls_window_flush_page (LsWindow *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->content_stack);
  g_autoptr(GError) error = NULL;

  if (page == NULL || ls_flushable_flush_all (page, &error))
    return TRUE;
  tell_not_saved (self, error);
  return FALSE;
}

/* A request waiting for the page shown to be saved. */
typedef struct
{
  LsWindowThen   then;
  gpointer       data;
  GDestroyNotify free_data;
} Leave;

static void
leave_free (Leave *leave)
{
  if (leave->free_data != NULL)
    leave->free_data (leave->data);
  g_free (leave);
}

static void
page_flushed_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(LsWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  Leave *leave;

  self->flushing = FALSE;
  leave = g_steal_pointer (&self->leave);
  /* the window is gone: nothing to go on with */
  if (self->content_stack == NULL)
    {
      g_clear_pointer (&leave, leave_free);
      return;
    }
  if (!ls_flushable_flush_all_finish (result, &error))
    {
      tell_not_saved (self, error);
      g_clear_pointer (&leave, leave_free);
      return;
    }
  if (leave != NULL)
    {
      leave->then (self, leave->data);
      leave_free (leave);
    }
}

void
_ls_window_leave_page (LsWindow      *self,
                       LsWindowThen   then,
                       gpointer       data,
                       GDestroyNotify free_data)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->content_stack);
  Leave *leave;

  if (!self->flushing && (page == NULL || !ls_flushable_any_pending (page)))
    {
      then (self, data);
      if (free_data != NULL)
        free_data (data);
      return;
    }
  leave = g_new0 (Leave, 1);
  leave->then = then;
  leave->data = data;
  leave->free_data = free_data;
  /* the latest request wins; one flush at a time */
  g_clear_pointer ((Leave **) &self->leave, leave_free);
  self->leave = leave;
  if (self->flushing)
    return;
  self->flushing = TRUE;
  ls_flushable_flush_all_async (page, NULL, page_flushed_cb, g_object_ref (self));
}

void
_ls_window_drop_leave (LsWindow *self)
{
  g_clear_pointer ((Leave **) &self->leave, leave_free);
}

/* The same without waiting where the page can (LsFlushable's save_soon:
 * on a worker, a failure shown on the page); a page that cannot is
 * flushed, and its failure told as above. */
void
_ls_window_save_page_soon (LsWindow *self)
{
  GtkWidget *page = gtk_stack_get_visible_child (self->content_stack);
  g_autoptr(GError) error = NULL;

  if (page == NULL || ls_flushable_save_soon_all (page, &error))
    return;
  tell_not_saved (self, error);
}

gboolean
ls_window_save_pending (LsWindow *self)
{
  GtkWidget *page;

  g_return_val_if_fail (LS_IS_WINDOW (self), FALSE);

  page = self->content_stack != NULL ? gtk_stack_get_visible_child (self->content_stack) : NULL;
  if (page == NULL || !ls_flushable_any_pending (page))
    return FALSE;
  _ls_window_save_page_soon (self);
  return TRUE;
}

/* ls_window_flush_async(): its task answers TRUE once the page was
 * saved; dropped without that (a failure, a later request, the window
 * gone), FALSE. */
typedef struct
{
  GTask    *task;
  gboolean  answered;
} FlushRequest;

static void
flushed_then (LsWindow *self,
              gpointer  data)
{
  FlushRequest *request = data;

  request->answered = TRUE;
  g_task_return_boolean (request->task, TRUE);
}

static void
flush_request_free (gpointer data)
{
  FlushRequest *request = data;

  if (!request->answered)
    g_task_return_boolean (request->task, FALSE);
  g_object_unref (request->task);
  g_free (request);
}

void
ls_window_flush_async (LsWindow            *self,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  FlushRequest *request;

  g_return_if_fail (LS_IS_WINDOW (self));

  request = g_new0 (FlushRequest, 1);
  request->task = g_task_new (self, NULL, callback, user_data);
  g_task_set_source_tag (request->task, ls_window_flush_async);
  _ls_window_leave_page (self, flushed_then, request, flush_request_free);
}

gboolean
ls_window_flush_finish (LsWindow     *self,
                        GAsyncResult *result)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), NULL);
}
