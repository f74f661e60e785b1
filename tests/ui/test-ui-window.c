/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "ls-application.h"
#include "ls-test-display.h"
#include "ls-window.h"

static GtkWidget *
child (LsWindow   *window,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (window), LS_TYPE_WINDOW, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static void
test_main_controls (void)
{
  g_autoptr(LsApplication) app = ls_application_new ();
  LsWindow *window = g_object_new (LS_TYPE_WINDOW, NULL);
  GtkWidget *search = child (window, "search_entry");
  GtkWidget *new_person = child (window, "new_person_button");
  GtkWidget *menu = child (window, "primary_menu_button");
  GtkWidget *caseload = child (window, "caseload_list");
  GtkWidget *demo = child (window, "demo_button");

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (gtk_widget_get_mapped (search));

  gtk_test_accessible_assert_role (search, GTK_ACCESSIBLE_ROLE_SEARCH_BOX);
  gtk_test_accessible_assert_property (search, GTK_ACCESSIBLE_PROPERTY_LABEL, "Search people");
  gtk_test_accessible_assert_role (new_person, GTK_ACCESSIBLE_ROLE_BUTTON);
  gtk_test_accessible_assert_property (new_person, GTK_ACCESSIBLE_PROPERTY_LABEL, "New Person");
  gtk_test_accessible_assert_property (menu, GTK_ACCESSIBLE_PROPERTY_LABEL, "Main Menu");
  gtk_test_accessible_assert_role (caseload, GTK_ACCESSIBLE_ROLE_LIST);
  gtk_test_accessible_assert_property (caseload, GTK_ACCESSIBLE_PROPERTY_LABEL, "People");
  gtk_test_accessible_assert_role (demo, GTK_ACCESSIBLE_ROLE_BUTTON);
  g_assert_true (gtk_widget_get_sensitive (demo));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* At 360 px the leaflet folds to one pane and a back button appears. */
static void
test_adaptive_narrow (void)
{
  LsWindow *window = g_object_new (LS_TYPE_WINDOW, "default-width", 360, NULL);
  AdwLeaflet *leaflet = ADW_LEAFLET (child (window, "leaflet"));

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_true (adw_leaflet_get_folded (leaflet));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  LS_TEST_INIT_DISPLAY (&argc, &argv);

  g_test_add_func ("/ui/window/main-controls", test_main_controls);
  g_test_add_func ("/ui/window/adaptive-narrow", test_adaptive_narrow);
  return g_test_run ();
}
