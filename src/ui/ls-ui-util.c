/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Small helpers that several widgets share. */
#define G_LOG_DOMAIN "ls-ui-util"

#include "config.h"

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
