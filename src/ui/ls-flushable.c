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
