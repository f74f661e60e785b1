/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Preferences' Team Database page: every control named, the certificate
 * checked unless turned off (and then a warning says what that risks), the
 * fields saved to GSettings as typed and never the password, a bad address
 * or an unreachable server told in one sentence on the page with the text
 * kept; and at start-up, a team database that cannot be reached is
 * explained with the local file as a way out. */
#include <glib/gstdio.h>

#include "ls-application.h"
#include "ls-preferences-window.h"
#include "ls-team-database-page.h"
#include "ls-test-display.h"
#include "ls-test-util.h"
#include "ls-window.h"

/* Nothing listens on port 1 of this computer: refused at once. */
#define UNREACHABLE "127.0.0.1:1"

static char *data_dir;

static GtkWidget *
child (gpointer    widget,
       GType       type,
       const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static GtkWidget *
page_child (LsTeamDatabasePage *page,
            const char         *name)
{
  return child (page, LS_TYPE_TEAM_DATABASE_PAGE, name);
}

static void
reset_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("org.livsskisse.Livsskisse");
  const char *keys[] = { "team-database", "team-server", "team-database-name", "team-user",
                         "team-verify-certificate", "team-certificate-authority" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    g_settings_reset (settings, keys[i]);
}

static GtkWidget *
new_preferences (LsTeamDatabasePage **page)
{
  g_autofree char *letterhead = g_build_filename (data_dir, "letterhead.ini", NULL);
  GtkWidget *window = ls_preferences_window_new (NULL, letterhead);

  *page = LS_TEAM_DATABASE_PAGE (child (window, LS_TYPE_PREFERENCES_WINDOW, "team_page"));
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (window), ADW_PREFERENCES_PAGE (*page));
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  return window;
}

static void
wait_connected (LsTeamDatabasePage *page)
{
  gint64 end = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;

  while (ls_team_database_page_get_connecting (page) && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (ls_team_database_page_get_connecting (page));
}

static void
test_controls (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("org.livsskisse.Livsskisse");
  LsTeamDatabasePage *page;
  GtkWidget *window;
  const struct { const char *child; const char *title; } rows[] = {
    { "use_row", "_Use the team database" },
    { "server_row", "Server" },
    { "database_row", "Database" },
    { "user_row", "User name" },
    { "password_row", "Password (kept in the keyring)" },
    { "verify_row", "_Check the server’s certificate" },
  };

  reset_settings ();
  window = new_preferences (&page);
  /* Each row's title names its control (the screen reader's names are
   * checked in test-a11y-team-database.py); the switches are labelled by
   * their rows' titles. */
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (page_child (page, rows[i].child))), ==,
                     rows[i].title);
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (page_child (page, "use_switch")),
                                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (page_child (page, "verify_switch")),
                                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  gtk_test_accessible_assert_property (page_child (page, "connect_button"), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Connect");

  /* Off: the file on this computer, and nothing to fill in. */
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (page_child (page, "use_switch"))));
  g_assert_false (gtk_widget_is_sensitive (page_child (page, "server_row")));
  g_assert_false (gtk_widget_is_sensitive (page_child (page, "connect_button")));
  gtk_switch_set_active (GTK_SWITCH (page_child (page, "use_switch")), TRUE);
  g_assert_true (g_settings_get_boolean (settings, "team-database"));
  g_assert_true (gtk_widget_is_sensitive (page_child (page, "server_row")));
  g_assert_true (gtk_widget_is_sensitive (page_child (page, "connect_button")));

  /* TLS with the certificate checked by default; off is explained. */
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (page_child (page, "verify_switch"))));
  g_assert_true (g_settings_get_boolean (settings, "team-verify-certificate"));
  g_assert_false (gtk_widget_get_visible (page_child (page, "verify_warning")));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (page_child (page, "verify_row"))),
                            "pose as the server"));
  gtk_switch_set_active (GTK_SWITCH (page_child (page, "verify_switch")), FALSE);
  g_assert_false (g_settings_get_boolean (settings, "team-verify-certificate"));
  g_assert_true (gtk_widget_get_visible (page_child (page, "verify_warning")));
  g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (page_child (page, "verify_warning"))),
                            "not checked"));
  gtk_test_accessible_assert_relation (page_child (page, "verify_switch"), GTK_ACCESSIBLE_RELATION_DESCRIBED_BY,
                                       page_child (page, "verify_warning"), NULL);
  gtk_switch_set_active (GTK_SWITCH (page_child (page, "verify_switch")), TRUE);
  g_assert_false (gtk_widget_get_visible (page_child (page, "verify_warning")));

  /* Saved as typed. */
  gtk_editable_set_text (GTK_EDITABLE (page_child (page, "server_row")), "db.example.no:5433");
  gtk_editable_set_text (GTK_EDITABLE (page_child (page, "database_row")), "livsskisse");
  gtk_editable_set_text (GTK_EDITABLE (page_child (page, "user_row")), "kari");
  {
    g_autofree char *server = g_settings_get_string (settings, "team-server");
    g_autofree char *database = g_settings_get_string (settings, "team-database-name");
    g_autofree char *user = g_settings_get_string (settings, "team-user");

    g_assert_cmpstr (server, ==, "db.example.no:5433");
    g_assert_cmpstr (database, ==, "livsskisse");
    g_assert_cmpstr (user, ==, "kari");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* No key of the app's settings can hold a password. */
static void
test_no_password_in_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("org.livsskisse.Livsskisse");
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  g_assert_true (g_strv_contains ((const char * const *) keys, "team-server"));
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_assert_null (strstr (keys[i], "password"));
      g_assert_null (strstr (keys[i], "secret"));
    }
}

static void
assert_error_shown (LsTeamDatabasePage *page,
                    const char         *part)
{
  GtkWidget *status = page_child (page, "status_label");

  g_test_message ("status: %s", gtk_label_get_label (GTK_LABEL (status)));
  g_assert_true (gtk_widget_get_visible (status));
  g_assert_true (gtk_widget_has_css_class (status, "error"));
  if (part != NULL)
    g_assert_nonnull (strstr (gtk_label_get_label (GTK_LABEL (status)), part));
  g_assert_null (strstr (gtk_label_get_label (GTK_LABEL (status)), "secret"));
}

static void
test_errors_keep_text (void)
{
  LsTeamDatabasePage *page;
  GtkWidget *window;

  reset_settings ();
  window = new_preferences (&page);
  gtk_switch_set_active (GTK_SWITCH (page_child (page, "use_switch")), TRUE);

  /* A malformed address: said at once, naming the server typed. */
  gtk_editable_set_text (GTK_EDITABLE (page_child (page, "server_row")), "db example.no");
  gtk_editable_set_text (GTK_EDITABLE (page_child (page, "database_row")), "livsskisse");
  g_signal_emit_by_name (page_child (page, "connect_button"), "clicked");
  g_assert_false (ls_team_database_page_get_connecting (page));
  assert_error_shown (page, "“db example.no”");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (page_child (page, "server_row"))), ==, "db example.no");

  /* No database name. */
  gtk_editable_set_text (GTK_EDITABLE (page_child (page, "server_row")), "db.example.no");
  gtk_editable_set_text (GTK_EDITABLE (page_child (page, "database_row")), "");
  ls_team_database_page_connect (page);
  assert_error_shown (page, "no name");

  /* A server nobody answers on: the store's sentence, after connecting on
   * a worker thread; what was typed stays. */
  gtk_editable_set_text (GTK_EDITABLE (page_child (page, "server_row")), UNREACHABLE);
  gtk_editable_set_text (GTK_EDITABLE (page_child (page, "database_row")), "livsskisse");
  gtk_editable_set_text (GTK_EDITABLE (page_child (page, "user_row")), "kari");
  ls_team_database_page_connect (page);
  g_assert_true (ls_team_database_page_get_connecting (page));
  g_assert_true (gtk_widget_get_visible (page_child (page, "spinner")));
  g_assert_false (gtk_widget_is_sensitive (page_child (page, "connect_button")));
  wait_connected (page);
  assert_error_shown (page, NULL);
  g_assert_false (gtk_widget_get_visible (page_child (page, "spinner")));
  g_assert_true (gtk_widget_is_sensitive (page_child (page, "connect_button")));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (page_child (page, "server_row"))), ==, UNREACHABLE);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (page_child (page, "database_row"))), ==, "livsskisse");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (page_child (page, "user_row"))), ==, "kari");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The GtkFileChooserDialog shown (GtkFileChooserNative's own, without a
 * portal, after it asked for one) within @seconds, or NULL. */
static GtkWidget *
find_file_chooser (int seconds)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gint64 end = g_get_monotonic_time () + seconds * G_TIME_SPAN_SECOND;

  do
    {
      for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
        {
          g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

          if (GTK_IS_FILE_CHOOSER_DIALOG (window) && gtk_widget_get_visible (window))
            return window;
        }
      g_main_context_iteration (NULL, FALSE);
    }
  while (g_get_monotonic_time () < end);
  return NULL;
}

/* The certificate authority's file: a named row reached with Tab that
 * opens a file chooser for certificates, its path kept in GSettings and
 * cleared again, insensitive while the certificate is not checked; a file
 * that cannot be read is said before connecting, naming the row. */
static void
test_certificate_authority (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("org.livsskisse.Livsskisse");
  g_autofree char *folder = g_build_filename (data_dir, "IT avdeling", NULL);
  g_autofree char *path = g_build_filename (folder, "kommunens \"rot\" CA.crt", NULL);
  g_autofree char *missing = g_build_filename (data_dir, "no such folder", "ca.crt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  LsTeamDatabasePage *page;
  GtkWidget *window, *row, *button, *clear, *chooser;
  gboolean reached = FALSE;
  GtkWidget *focus;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (path, "-----BEGIN CERTIFICATE-----\n", -1, &error));
  g_assert_no_error (error);
  reset_settings ();
  window = new_preferences (&page);
  gtk_switch_set_active (GTK_SWITCH (page_child (page, "use_switch")), TRUE);
  row = page_child (page, "ca_row");
  button = page_child (page, "ca_button");
  clear = page_child (page, "ca_clear_button");

  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Certificate _authority");
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "~/.postgresql/root.crt"));
  gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, "Choose the certificate authority file");
  gtk_test_accessible_assert_property (clear, GTK_ACCESSIBLE_PROPERTY_LABEL, "Clear the certificate authority file");
  g_assert_false (gtk_widget_is_sensitive (clear));

  /* Tab from the switch above reaches it. */
  gtk_widget_grab_focus (page_child (page, "verify_switch"));
  for (guint i = 0; i < 6 && !reached; i++)
    {
      gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_assert_nonnull (focus);
      reached = focus == row || gtk_widget_is_ancestor (focus, row);
    }
  g_assert_true (reached);

  /* Activating the row (Enter, or its mnemonic) opens a chooser for
   * certificates. */
  g_assert_null (find_file_chooser (0));
  adw_action_row_activate (ADW_ACTION_ROW (row));
  chooser = find_file_chooser (10);
  g_assert_nonnull (chooser);
  {
    g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (GTK_FILE_CHOOSER (chooser));
    g_autoptr(GtkFileFilter) filter = g_list_model_get_item (filters, 0);
    g_autoptr(GVariant) rules = gtk_file_filter_to_gvariant (filter);
    g_autofree char *text = g_variant_print (rules, FALSE);

    g_test_message ("filter: %s", text);
    g_assert_nonnull (strstr (text, "*.crt"));
    g_assert_nonnull (strstr (text, "*.pem"));
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  g_assert_null (find_file_chooser (0));

  /* Chosen: its path in GSettings, its name on the button. */
  ls_team_database_page_set_ca_file (page, file);
  {
    g_autofree char *stored = g_settings_get_string (settings, "team-certificate-authority");
    g_autofree char *label = g_strdup_printf ("Certificate authority file %s; choose another", path);

    g_assert_cmpstr (stored, ==, path);
    gtk_test_accessible_assert_property (button, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  }
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (page_child (page, "ca_label"))), ==, "kommunens \"rot\" CA.crt");
  g_assert_true (gtk_widget_is_sensitive (clear));
  g_signal_emit_by_name (clear, "clicked");
  {
    g_autofree char *stored = g_settings_get_string (settings, "team-certificate-authority");

    g_assert_cmpstr (stored, ==, "");
  }
  g_assert_false (gtk_widget_is_sensitive (clear));

  /* Not checked: nothing to choose. */
  g_assert_true (gtk_widget_is_sensitive (row));
  gtk_switch_set_active (GTK_SWITCH (page_child (page, "verify_switch")), FALSE);
  g_assert_false (gtk_widget_is_sensitive (row));
  gtk_switch_set_active (GTK_SWITCH (page_child (page, "verify_switch")), TRUE);
  g_assert_true (gtk_widget_is_sensitive (row));

  /* A file that is gone: said before connecting, with the way to fix it. */
  g_settings_set_string (settings, "team-certificate-authority", missing);
  gtk_editable_set_text (GTK_EDITABLE (page_child (page, "server_row")), UNREACHABLE);
  gtk_editable_set_text (GTK_EDITABLE (page_child (page, "database_row")), "livsskisse");
  ls_team_database_page_connect (page);
  g_assert_false (ls_team_database_page_get_connecting (page));
  assert_error_shown (page, missing);
  assert_error_shown (page, "Preferences → Team database");
  g_assert_null (strchr (gtk_label_get_label (GTK_LABEL (page_child (page, "status_label"))), '\n'));
  gtk_window_destroy (GTK_WINDOW (window));
  reset_settings ();
}

typedef struct
{
  gboolean   saw_connecting;
  gboolean   saw_error;
  gboolean   saw_way_out;
  gboolean   used_local_file;
  char      *error_text;
  gint64     deadline;
} StartUp;

static gboolean
start_up_step_cb (gpointer user_data)
{
  GApplication *app = g_application_get_default ();
  StartUp *s = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  const char *shown;

  if (window == NULL)
    return G_SOURCE_CONTINUE;
  /* Never a team database's page (the old code opened a file named after
   * the address): the assertions after the run say what was missing. */
  if (g_get_monotonic_time () > s->deadline)
    {
      gtk_window_destroy (window);
      return G_SOURCE_REMOVE;
    }
  shown = gtk_stack_get_visible_child_name (GTK_STACK (child (window, LS_TYPE_WINDOW, "window_stack")));
  if (g_strcmp0 (shown, "connecting") == 0)
    s->saw_connecting = TRUE;
  else if (g_strcmp0 (shown, "error") == 0 && !s->saw_error)
    {
      s->saw_error = TRUE;
      s->error_text = g_strdup (adw_status_page_get_description (ADW_STATUS_PAGE (child (window, LS_TYPE_WINDOW,
                                                                                          "error_page"))));
      s->saw_way_out = gtk_widget_get_visible (child (window, LS_TYPE_WINDOW, "team_error_actions"));
      g_action_group_activate_action (G_ACTION_GROUP (app), "use-local-file", NULL);
    }
  else if (g_strcmp0 (shown, "main") == 0 && s->saw_error)
    {
      LsStore *store = ls_window_get_store (LS_WINDOW (window));

      s->used_local_file = store != NULL && !ls_store_is_server (store);
      gtk_window_destroy (window);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* --database with a team database's address nobody answers at: the window
 * says it is connecting, then why it could not, with the local file as a
 * way out; the address is never changed into a file path. */
static void
test_start_up_unreachable (void)
{
  g_autoptr(LsApplication) app = ls_application_new ();
  char *argv[] = { (char *) "livsskisse", (char *) "--database",
                   (char *) "postgresql://kari:secret@" UNREACHABLE "/livsskisse?sslmode=verify-full", NULL };
  StartUp s = { 0 };
  int status;

  s.deadline = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_test_expect_message ("ls-application", G_LOG_LEVEL_WARNING, "Could not open the case database: *");
  g_timeout_add (20, start_up_step_cb, &s);
  status = g_application_run (G_APPLICATION (app), G_N_ELEMENTS (argv) - 1, argv);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (ls_application_get_database_path (app), ==,
                   "postgresql://kari:secret@" UNREACHABLE "/livsskisse?sslmode=verify-full");
  g_test_assert_expected_messages ();
  g_assert_true (s.saw_connecting);
  g_assert_true (s.saw_error);
  g_assert_nonnull (s.error_text);
  g_assert_null (strstr (s.error_text, "secret"));
  g_assert_true (s.saw_way_out);
  g_assert_true (s.used_local_file);
  g_free (s.error_text);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* The local file and the letterhead go here, not to the user's own. */
  data_dir = ls_test_mkdtemp ();
  g_setenv ("XDG_DATA_HOME", data_dir, TRUE);
  g_setenv ("XDG_CONFIG_HOME", data_dir, TRUE);

  LS_TEST_INIT_DISPLAY (&argc, &argv);
  g_test_add_func ("/ui/team-database/controls", test_controls);
  g_test_add_func ("/ui/team-database/certificate-authority", test_certificate_authority);
  g_test_add_func ("/ui/team-database/no-password-in-settings", test_no_password_in_settings);
  g_test_add_func ("/ui/team-database/errors-keep-text", test_errors_keep_text);
  g_test_add_func ("/ui/team-database/start-up-unreachable", test_start_up_unreachable);
  status = g_test_run ();
  ls_test_rmdir (data_dir);
  return status;
}
