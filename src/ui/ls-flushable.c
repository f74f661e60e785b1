/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-flushable"

#include "ls-flushable.h"

G_DEFINE_INTERFACE (LsFlushable, ls_flushable, GTK_TYPE_WIDGET)

static void
ls_flushable_default_init (LsFlushableInterface *iface)
{
}

gboolean
ls_flushable_flush (LsFlushable *self,
                    GError     **error)
{
  g_return_val_if_fail (LS_IS_FLUSHABLE (self), FALSE);
  return LS_FLUSHABLE_GET_IFACE (self)->flush (self, error);
}

gboolean
ls_flushable_has_pending (LsFlushable *self)
{
  LsFlushableInterface *iface;

  g_return_val_if_fail (LS_IS_FLUSHABLE (self), FALSE);
  iface = LS_FLUSHABLE_GET_IFACE (self);
  return iface->has_pending == NULL || iface->has_pending (self);
}

void
ls_flushable_flush_async (LsFlushable         *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  LsFlushableInterface *iface;

  g_return_if_fail (LS_IS_FLUSHABLE (self));
  iface = LS_FLUSHABLE_GET_IFACE (self);
  g_return_if_fail (iface->flush_async != NULL && iface->flush_finish != NULL);
  /* nothing to save: answered here, once for every page */
  if (!ls_flushable_has_pending (self))
    {
      g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

      g_task_set_source_tag (task, ls_flushable_flush_async);
      g_task_return_boolean (task, TRUE);
      return;
    }
  iface->flush_async (self, cancellable, callback, user_data);
}

gboolean
ls_flushable_flush_finish (LsFlushable  *self,
                           GAsyncResult *result,
                           GError      **error)
{
  g_return_val_if_fail (LS_IS_FLUSHABLE (self), FALSE);
  if (g_task_is_valid (result, self) && g_task_get_source_tag (G_TASK (result)) == ls_flushable_flush_async)
    return g_task_propagate_boolean (G_TASK (result), error);
  return LS_FLUSHABLE_GET_IFACE (self)->flush_finish (self, result, error);
}

gboolean
ls_flushable_any_pending (GtkWidget *root)
{
  g_return_val_if_fail (GTK_IS_WIDGET (root), FALSE);

  if (LS_IS_FLUSHABLE (root) && ls_flushable_has_pending (LS_FLUSHABLE (root)))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (ls_flushable_any_pending (child))
      return TRUE;
  return FALSE;
}

/* The flushes of one ls_flushable_flush_all_async(): how many are under
 * way, and the first error. */
typedef struct
{
  guint   waiting;
  GError *error;
} FlushAll;

static void
flush_all_free (FlushAll *all)
{
  g_clear_error (&all->error);
  g_free (all);
}

static void
flush_all_end (GTask *task)
{
  FlushAll *all = g_task_get_task_data (task);

  if (--all->waiting > 0)
    return;
  if (all->error != NULL)
    g_task_return_error (task, g_steal_pointer (&all->error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
flush_one_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  FlushAll *all = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!ls_flushable_flush_finish (LS_FLUSHABLE (source), result, &error) && all->error == NULL)
    all->error = g_steal_pointer (&error);
  flush_all_end (task);
}

static void
flush_start_all (GtkWidget *root,
                 GTask     *task)
{
  FlushAll *all = g_task_get_task_data (task);

  if (LS_IS_FLUSHABLE (root) && ls_flushable_has_pending (LS_FLUSHABLE (root)))
    {
      all->waiting++;
      ls_flushable_flush_async (LS_FLUSHABLE (root), g_task_get_cancellable (task), flush_one_cb,
                                g_object_ref (task));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    flush_start_all (child, task);
}

void
ls_flushable_flush_all_async (GtkWidget           *root,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  FlushAll *all = g_new0 (FlushAll, 1);

  g_return_if_fail (GTK_IS_WIDGET (root));

  task = g_task_new (root, cancellable, callback, user_data);
  g_task_set_source_tag (task, ls_flushable_flush_all_async);
  g_task_set_task_data (task, all, (GDestroyNotify) flush_all_free);
  /* one for the walk itself: nothing ends before every flush started */
  all->waiting = 1;
  flush_start_all (root, task);
  flush_all_end (task);
}

gboolean
ls_flushable_flush_all_finish (GAsyncResult  *result,
                               GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
ls_flushable_flush_all (GtkWidget *root,
                        GError   **error)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (GTK_IS_WIDGET (root), FALSE);

  if (LS_IS_FLUSHABLE (root))
    ok = ls_flushable_flush (LS_FLUSHABLE (root), error);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    ok = ls_flushable_flush_all (child, ok ? error : NULL) && ok;
  return ok;
}

gboolean
ls_flushable_save_soon_all (GtkWidget *root,
                            GError   **error)
{
  gboolean ok = TRUE;

  g_return_val_if_fail (GTK_IS_WIDGET (root), FALSE);

  if (LS_IS_FLUSHABLE (root) && LS_FLUSHABLE_GET_IFACE (root)->save_soon != NULL)
    LS_FLUSHABLE_GET_IFACE (root)->save_soon (LS_FLUSHABLE (root));
  else if (LS_IS_FLUSHABLE (root))
    ok = ls_flushable_flush (LS_FLUSHABLE (root), error);
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    ok = ls_flushable_save_soon_all (child, ok ? error : NULL) && ok;
  return ok;
}
