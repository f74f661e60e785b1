/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gi18n.h>

#include "ls-caseload-view.h"
#include "ls-i18n.h"
#include "ls-test-display.h"
#include "ls-window.h"

static void
check_language (const char *language,
                const char *search_label)
{
  LsWindow *window;
  GObject *search;

  g_setenv ("LANGUAGE", language, TRUE);
  ls_i18n_init ();
  window = g_object_new (LS_TYPE_WINDOW, NULL);
  search = gtk_widget_get_template_child (GTK_WIDGET (window), LS_TYPE_WINDOW, "caseload_view");
  search = gtk_widget_get_template_child (GTK_WIDGET (search), LS_TYPE_CASELOAD_VIEW, "search_entry");
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (search), GTK_ACCESSIBLE_PROPERTY_LABEL, search_label);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_bokmal (void)
{
  check_language ("nb", "Søk etter personer");
}

static void
test_nynorsk (void)
{
  check_language ("nn", "Søk etter personar");
}

int
main (int   argc,
      char *argv[])
{
  LS_TEST_INIT_DISPLAY (&argc, &argv);

  g_test_add_func ("/ui/i18n/bokmal", test_bokmal);
  g_test_add_func ("/ui/i18n/nynorsk", test_nynorsk);
  return g_test_run ();
}
