/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Finding the conflict dialog and what is in it (ls-test-conflict.h). */
#include "ls-test-conflict.h"

LsConflictDialog *
ls_test_conflict_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* transfer none */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (LS_IS_CONFLICT_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return LS_CONFLICT_DIALOG (window);
    }
  return NULL;
}

LsConflictDialog *
ls_test_wait_for_conflict_dialog (void)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (ls_test_conflict_dialog () == NULL && g_get_monotonic_time () < deadline)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (1000);
  return ls_test_conflict_dialog ();
}

GtkWidget *
ls_test_button_labelled (GtkWidget  *root,
                         const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((hit = ls_test_button_labelled (child, label)) != NULL)
        return hit;
    }
  return NULL;
}

static GtkWidget *
nth_text_view (GtkWidget *root,
               guint     *nth)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *hit;

      if (GTK_IS_TEXT_VIEW (child) && (*nth)-- == 0)
        return child;
      if ((hit = nth_text_view (child, nth)) != NULL)
        return hit;
    }
  return NULL;
}

GtkWidget *
ls_test_nth_text_view (GtkWidget *root,
                       guint      nth)
{
  return nth_text_view (root, &nth);
}
