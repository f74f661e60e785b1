/* SPDX-License-Identifier: GPL-3.0-or-later */
/* "Export PDF…": the preview of the pages comes from the same layout as the PDF,
 * a missing logo shows as a warning, the buttons have clean accessible
 * names; Preferences edits and saves the letterhead. */
#include <glib/gstdio.h>

#include "ls-export-dialog.h"
#include "ls-preferences-window.h"
#include "ls-test-display.h"
#include "ls-test-util.h"

static char *config_dir;
static char *data_dir;
static char *database;

static GtkWidget *
template_child (GtkWidget  *widget,
                GType       type,
                const char *name)
{
  GObject *object = gtk_widget_get_template_child (widget, type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static LsStore *
open_demo (void)
{
  g_autoptr(GError) error = NULL;
  LsStore *store = ls_store_open (database, LS_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  return store;
}

static void
make_demo (void)
{
  const char *argv[] = { g_getenv ("LIVSSKISSE_CLI"), "demo", "--persons", "10", "--database", database, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_nonnull (argv[0]);
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static void
test_preview (void)
{
  g_autoptr(LsStore) store = open_demo ();
  GtkWidget *dialog = ls_export_dialog_new (NULL, store, LS_DOCUMENT_DECISION, 2);
  LsExportDialog *self = LS_EXPORT_DIALOG (dialog);
  g_autofree char *path = g_build_filename (data_dir, "vedtak.pdf", NULL);
  g_autoptr(GError) error = NULL;
  GdkPaintable *preview;

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (dialog);

  g_assert_nonnull (ls_export_dialog_get_layout (self));
  g_assert_cmpuint (ls_doc_layout_get_n_pages (ls_export_dialog_get_layout (self)), >=, 1);
  preview = ls_export_dialog_get_preview (self);
  g_assert_nonnull (preview);
  g_assert_cmpint (gdk_paintable_get_intrinsic_width (preview), ==, 1100);
  g_assert_cmpint (gdk_paintable_get_intrinsic_height (preview), ==, 1556);
  g_assert_null (ls_export_dialog_get_message (self));

  gtk_test_accessible_assert_role (dialog, GTK_ACCESSIBLE_ROLE_DIALOG);
  gtk_test_accessible_assert_property (template_child (dialog, LS_TYPE_EXPORT_DIALOG, "export_button"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Export as PDF");
  gtk_test_accessible_assert_property (template_child (dialog, LS_TYPE_EXPORT_DIALOG, "print_button"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Print");
  gtk_test_accessible_assert_property (template_child (dialog, LS_TYPE_EXPORT_DIALOG, "close_button"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Close");
  g_assert_true (g_str_has_prefix (gtk_picture_get_alternative_text (
    GTK_PICTURE (ls_export_dialog_get_page (self, 0))), "Page 1 of 3: Vedtak"));

  g_assert_true (ls_export_dialog_save_to (self, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* The easy-read letter in 14 pt with its pictograms and whole wheel runs
 * to two pages (it used to shrink to one at smaller sizes). */
static void
test_easy_read_pages (void)
{
  g_autoptr(LsStore) store = open_demo ();
  GtkWidget *dialog = ls_export_dialog_new (NULL, store, LS_DOCUMENT_EASY_READ, 2);
  guint pages = ls_doc_layout_get_n_pages (ls_export_dialog_get_layout (LS_EXPORT_DIALOG (dialog)));

  g_assert_cmpuint (pages, >=, 1);
  g_assert_cmpuint (pages, <=, 2);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_missing_logo_and_missing_decision (void)
{
  g_autoptr(LsStore) store = open_demo ();
  g_autoptr(LsLetterhead) letterhead = ls_letterhead_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = ls_letterhead_default_path ();
  GtkWidget *dialog;
  const char *message;

  ls_letterhead_set (letterhead, LS_LETTERHEAD_LOGO_PATH, "/nonexistent/kommunevapen.png");
  g_assert_true (ls_letterhead_save (letterhead, NULL, &error));
  dialog = ls_export_dialog_new (NULL, store, LS_DOCUMENT_DECISION, 2);
  message = ls_export_dialog_get_message (LS_EXPORT_DIALOG (dialog));
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, "kommunevapen.png"));
  g_assert_nonnull (ls_export_dialog_get_preview (LS_EXPORT_DIALOG (dialog)));
  gtk_window_destroy (GTK_WINDOW (dialog));

  dialog = ls_export_dialog_new (NULL, store, LS_DOCUMENT_DECISION, 99999);
  g_assert_null (ls_export_dialog_get_layout (LS_EXPORT_DIALOG (dialog)));
  g_assert_nonnull (ls_export_dialog_get_message (LS_EXPORT_DIALOG (dialog)));
  g_assert_false (gtk_widget_get_sensitive (template_child (dialog, LS_TYPE_EXPORT_DIALOG, "export_button")));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_remove (path);
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_preferences (void)
{
  g_autofree char *path = g_build_filename (data_dir, "prefs", "letterhead.ini", NULL);
  GtkWidget *window = ls_preferences_window_new (NULL, path);
  g_autoptr(LsLetterhead) loaded = ls_letterhead_new ();
  g_autoptr(GError) error = NULL;
  GtkWidget *municipality;
  GtkWidget *unit_nn;
  GtkWidget *spin;

  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  municipality = find_named (window, "municipality");
  g_assert_nonnull (municipality);
  gtk_test_accessible_assert_property (municipality, GTK_ACCESSIBLE_PROPERTY_LABEL, "Municipality");
  gtk_editable_set_text (GTK_EDITABLE (municipality), "Øvre Åsen kommune");
  /* The unit's nynorsk text, for nynorsk letters. */
  unit_nn = find_named (window, "unit-nn");
  g_assert_nonnull (unit_nn);
  gtk_test_accessible_assert_property (unit_nn, GTK_ACCESSIBLE_PROPERTY_LABEL, "Unit in nynorsk (empty: as above)");
  gtk_editable_set_text (GTK_EDITABLE (unit_nn), "Helse og meistring");
  spin = template_child (window, LS_TYPE_PREFERENCES_WINDOW, "weeks_spin");
  gtk_test_accessible_assert_property (spin, GTK_ACCESSIBLE_PROPERTY_LABEL, "Appeal deadline in weeks");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 3);
  gtk_test_accessible_assert_property (template_child (window, LS_TYPE_PREFERENCES_WINDOW, "logo_button"),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Choose a logo");
  g_assert_true (ls_preferences_window_save (LS_PREFERENCES_WINDOW (window), &error));
  g_assert_no_error (error);

  g_assert_true (ls_letterhead_load (loaded, path, &error));
  g_assert_cmpstr (ls_letterhead_get (loaded, LS_LETTERHEAD_MUNICIPALITY), ==, "Øvre Åsen kommune");
  g_assert_cmpuint (ls_letterhead_get_appeal_weeks (loaded), ==, 3);
  g_assert_cmpstr (ls_letterhead_get_in (loaded, LS_LETTERHEAD_UNIT, "nn"), ==, "Helse og meistring");
  g_assert_cmpstr (ls_letterhead_get_in (loaded, LS_LETTERHEAD_UNIT, "nb"), ==,
                   "Tildelingskontoret for helse- og omsorgstjenester");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* Before GLib reads them: the letterhead comes from here, not from the
   * user's own settings. */
  config_dir = ls_test_mkdtemp ();
  data_dir = ls_test_mkdtemp ();
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  database = g_build_filename (data_dir, "demo.db", NULL);

  LS_TEST_INIT_DISPLAY (&argc, &argv);
  make_demo ();
  g_test_add_func ("/ui/export/preview", test_preview);
  g_test_add_func ("/ui/export/easy-read-pages", test_easy_read_pages);
  g_test_add_func ("/ui/export/missing-logo-and-decision", test_missing_logo_and_missing_decision);
  g_test_add_func ("/ui/export/preferences", test_preferences);
  status = g_test_run ();
  ls_test_rmdir (config_dir);
  ls_test_rmdir (data_dir);
  return status;
}
