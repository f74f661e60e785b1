/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window speaks the language it was started in. Meson runs this once
 * with LANGUAGE=nb and once with LANGUAGE=nn, each in a process of its
 * own: the language is chosen before any thread starts. */
#include <glib/gi18n.h>

#include "ls-caseload-view.h"
#include "ls-i18n.h"
#include "ls-test-display.h"
#include "ls-window.h"

static void
test_search_label (void)
{
  const char *expected = g_str_equal (g_getenv ("LANGUAGE"), "nn") ? "Søk etter personar" : "Søk etter personer";
  LsWindow *window = g_object_new (LS_TYPE_WINDOW, NULL);
  GObject *search;

  search = gtk_widget_get_template_child (GTK_WIDGET (window), LS_TYPE_WINDOW, "caseload_view");
  search = gtk_widget_get_template_child (GTK_WIDGET (search), LS_TYPE_CASELOAD_VIEW, "search_entry");
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (search), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_assert_nonnull (g_getenv ("LANGUAGE"));
  ls_i18n_init ();
  LS_TEST_INIT_DISPLAY (&argc, &argv);

  g_test_add_func ("/ui/i18n/search-label", test_search_label);
  return g_test_run ();
}
