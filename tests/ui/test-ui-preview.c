/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The PDF preview shows every page of the document, one under the other:
 * each can be scrolled to, Page Down and Page Up go from page to page,
 * and the label says which page is at the top ("Page 2 of 3"). */
#include "ls-export-dialog.h"
#include "ls-test-display.h"
#include "ls-test-util.h"

static char *config_dir;
static char *data_dir;
static char *database;

static GtkWidget *
template_child (GtkWidget  *widget,
                const char *name)
{
  GObject *object = gtk_widget_get_template_child (widget, LS_TYPE_EXPORT_DIALOG, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

/* Presses @keyval as the dialog's keyboard shortcuts see it: the shortcut
 * bound to the key, activated on the dialog. FALSE when none is bound. */
static gboolean
press (GtkWidget *dialog,
       guint      keyval)
{
  g_autoptr(GtkShortcutTrigger) key = gtk_keyval_trigger_new (keyval, 0);
  gboolean pressed = FALSE;

  for (GtkWidget *widget = dialog; widget != NULL && !pressed; widget = NULL)
    {
      g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

      for (guint i = 0; i < g_list_model_get_n_items (controllers) && !pressed; i++)
        {
          g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

          if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
            continue;
          for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)) && !pressed; j++)
            {
              g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

              if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), key))
                pressed = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, dialog,
                                                        gtk_shortcut_get_arguments (shortcut));
            }
        }
    }
  gtk_test_widget_wait_for_draw (dialog);
  return pressed;
}

/* Page @index is in view: its top is at the top of the scrolled preview
 * (or, for the last page, the preview is scrolled to the end with the
 * page in view). */
static void
assert_page_in_view (GtkWidget *dialog,
                     guint      index)
{
  LsExportDialog *self = LS_EXPORT_DIALOG (dialog);
  GtkWidget *scroller = template_child (dialog, "scroller");
  GtkWidget *page = ls_export_dialog_get_page (self, index);
  g_autofree char *label = g_strdup_printf ("Page %u of %u", index + 1, ls_export_dialog_get_n_pages (self));
  graphene_rect_t bounds;

  g_assert_cmpuint (ls_export_dialog_get_current_page (self), ==, index);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (template_child (dialog, "pages_label"))), ==, label);
  g_assert_true (gtk_widget_compute_bounds (page, scroller, &bounds));
  g_assert_cmpfloat (bounds.origin.y, <, gtk_widget_get_height (scroller) / 2.0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, >, 0);
}

static void
test_every_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (database, LS_STORE_OPEN_DEFAULT, &error);
  GtkWidget *dialog;
  LsExportDialog *self;
  guint n;

  g_assert_no_error (error);
  /* The demo's decision 2 is three pages long. */
  dialog = ls_export_dialog_new (NULL, store, LS_DOCUMENT_DECISION, 2);
  self = LS_EXPORT_DIALOG (dialog);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 620, 820);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (dialog);

  n = ls_doc_layout_get_n_pages (ls_export_dialog_get_layout (self));
  g_assert_cmpuint (n, ==, 3);
  g_assert_cmpuint (ls_export_dialog_get_n_pages (self), ==, n);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *page = ls_export_dialog_get_page (self, i);
      g_autofree char *alt = g_strdup_printf ("Page %u of %u: ", i + 1, n);
      GdkPaintable *paintable = gtk_picture_get_paintable (GTK_PICTURE (page));

      g_assert_true (gtk_widget_get_mapped (page));
      g_assert_nonnull (paintable);
      g_assert_cmpint (gdk_paintable_get_intrinsic_width (paintable), ==, 1100);
      g_assert_true (g_str_has_prefix (gtk_picture_get_alternative_text (GTK_PICTURE (page)), alt));
    }
  assert_page_in_view (dialog, 0);

  /* Page Down to each page in turn, and no further than the last. */
  for (guint i = 1; i < n; i++)
    {
      g_assert_true (press (dialog, GDK_KEY_Page_Down));
      assert_page_in_view (dialog, i);
    }
  g_assert_true (press (dialog, GDK_KEY_Page_Down));
  assert_page_in_view (dialog, n - 1);
  /* and back with Page Up */
  g_assert_true (press (dialog, GDK_KEY_Page_Up));
  assert_page_in_view (dialog, n - 2);
  g_assert_true (press (dialog, GDK_KEY_Page_Up));
  assert_page_in_view (dialog, 0);
  g_assert_true (press (dialog, GDK_KEY_Page_Up));
  assert_page_in_view (dialog, 0);

  /* Scrolling by hand: the label follows. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (template_child (dialog, "scroller"))),
                            G_MAXDOUBLE);
  gtk_test_widget_wait_for_draw (dialog);
  assert_page_in_view (dialog, n - 1);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* Every kind of document, one page or more: all pages are there. */
static void
test_every_document (void)
{
  static const LsDocumentKind kinds[] = {
    LS_DOCUMENT_DECISION, LS_DOCUMENT_EASY_READ, LS_DOCUMENT_SERVICE_PLAN, LS_DOCUMENT_SKETCH,
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (database, LS_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      GtkWidget *dialog = ls_export_dialog_new (NULL, store, kinds[k], 2);
      LsDocLayout *layout = ls_export_dialog_get_layout (LS_EXPORT_DIALOG (dialog));

      g_assert_nonnull (layout);
      g_assert_cmpuint (ls_export_dialog_get_n_pages (LS_EXPORT_DIALOG (dialog)), ==,
                        ls_doc_layout_get_n_pages (layout));
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
}

int
main (int   argc,
      char *argv[])
{
  const char *demo[] = { "demo", "--persons", "10", "--database", NULL, NULL };
  int status;

  /* Before GLib reads them: the letterhead comes from here. */
  config_dir = ls_test_mkdtemp ();
  data_dir = ls_test_mkdtemp ();
  g_setenv ("XDG_CONFIG_HOME", config_dir, TRUE);
  database = g_build_filename (data_dir, "demo.db", NULL);

  LS_TEST_INIT_DISPLAY (&argc, &argv);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  demo[4] = database;
  ls_test_run_cli (demo);
  g_test_add_func ("/ui/preview/every-page", test_every_page);
  g_test_add_func ("/ui/preview/every-document", test_every_document);
  status = g_test_run ();
  ls_test_rmdir (config_dir);
  ls_test_rmdir (data_dir);
  return status;
}
