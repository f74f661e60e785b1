/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Small helpers that several widgets share. */
#define G_LOG_DOMAIN "ls-ui-util"

#include "config.h"

#include "ls-goal-row.h"
#include "ls-ui-util.h"

/* Adds @css for the whole display the first time (*@done is the caller's
 * static flag); without a display (unit tests) it does nothing. */
void
ls_ui_add_css_once (gboolean   *done,
                    const char *css)
{
  g_autoptr(GtkCssProvider) provider = NULL;
  GdkDisplay *display = gdk_display_get_default ();

  g_return_if_fail (done != NULL);
  g_return_if_fail (css != NULL);

  if (*done || display == NULL)
    return;
  *done = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider, css, -1);
  gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

/* The render style that matches the current light, dark or high-contrast look. */
LsRenderStyle
ls_ui_render_style (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);

  if (adw_style_manager_get_high_contrast (manager))
    return dark ? LS_RENDER_STYLE_HIGH_CONTRAST_DARK : LS_RENDER_STYLE_HIGH_CONTRAST;
  return dark ? LS_RENDER_STYLE_DARK : LS_RENDER_STYLE_LIGHT;
}

static void
action_button_clicked_cb (GtkWidget *button)
{
  gint64 id = *(gint64 *) g_object_get_data (G_OBJECT (button), "id");
  const char *action = g_object_get_data (G_OBJECT (button), "action");

  gtk_widget_activate_action (button, action, "x", id);
}

/* A plain button named @name for screen readers that activates @action
 * (which takes the record's database id, "x") with @id. */
GtkWidget *
ls_ui_action_button (const char *label,
                     const char *name,
                     const char *action,
                     gint64      id)
{
  GtkWidget *button;

  g_return_val_if_fail (action != NULL, NULL);

  button = ls_plain_button_new (label);
  ls_set_accessible_label (button, name);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "id", g_memdup2 (&id, sizeof id), g_free);
  g_object_set_data_full (G_OBJECT (button), "action", g_strdup (action), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (action_button_clicked_cb), NULL);
  return button;
}
