/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-team-database-page"

#include <glib/gi18n.h>

#include "ls-application.h"
#include "ls-team-connection.h"
#include "ls-team-database.h"
#include "ls-team-database-page.h"

struct _LsTeamDatabasePage
{
  AdwPreferencesPage  parent_instance;

  GtkSwitch          *use_switch;
  AdwPreferencesGroup *server_group;
  AdwPreferencesGroup *security_group;
  AdwEntryRow        *server_row;
  AdwEntryRow        *database_row;
  AdwEntryRow        *user_row;
  AdwPasswordEntryRow *password_row;
  GtkSwitch          *verify_switch;
  GtkWidget          *verify_warning;
  GtkWidget          *ca_row;
  GtkWidget          *ca_button;
  GtkLabel           *ca_label;
  GtkWidget          *ca_clear_button;
  GtkFileChooserNative *ca_chooser;
  GtkWidget          *connect_button;
  GtkSpinner         *spinner;
  GtkLabel           *status_label;

  GSettings          *settings;
  GCancellable       *cancellable;
  gboolean            password_edited;   /* typed since it was read from or written to the keyring */
  gboolean            filling_password;
  gboolean            connecting;
};

G_DEFINE_FINAL_TYPE (LsTeamDatabasePage, ls_team_database_page, ADW_TYPE_PREFERENCES_PAGE)

/* The page scrolls, and the status is at its end: brought into view once
 * its new text has its place (after the frame that lays it out). */
static void
scroll_to_status_cb (GdkFrameClock      *clock,
                     LsTeamDatabasePage *self)
{
  GtkWidget *status = GTK_WIDGET (self->status_label);
  GtkWidget *scrolled = gtk_widget_get_ancestor (status, GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *viewport;
  GtkWidget *content;
  graphene_rect_t bounds;

  g_signal_handlers_disconnect_by_func (clock, scroll_to_status_cb, self);
  if (scrolled == NULL)
    return;
  viewport = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  content = GTK_IS_VIEWPORT (viewport) ? gtk_viewport_get_child (GTK_VIEWPORT (viewport)) : NULL;
  if (content != NULL && gtk_widget_compute_bounds (status, content, &bounds))
    gtk_adjustment_clamp_page (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                               bounds.origin.y, bounds.origin.y + bounds.size.height);
}

/* One sentence under Connect: what happens, or what went wrong. */
static void
show_status (LsTeamDatabasePage *self,
             const char         *text,
             gboolean            is_error)
{
  gtk_label_set_text (self->status_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);
  if (text != NULL && gtk_widget_get_frame_clock (GTK_WIDGET (self)) != NULL)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

      g_signal_handlers_disconnect_by_func (clock, scroll_to_status_cb, self);
      g_signal_connect_object (clock, "after-paint", G_CALLBACK (scroll_to_status_cb), self, 0);
    }
  if (is_error)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
}

static void
set_connecting (LsTeamDatabasePage *self,
                gboolean            connecting)
{
  self->connecting = connecting;
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), connecting);
  gtk_spinner_set_spinning (self->spinner, connecting);
  gtk_widget_set_sensitive (self->connect_button, !connecting && gtk_switch_get_active (self->use_switch));
}

static LsApplication *
get_application (void)
{
  GApplication *app = g_application_get_default ();

  return LS_IS_APPLICATION (app) ? LS_APPLICATION (app) : NULL;
}

static void
password_stored_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  /* The page may be gone: the reason goes to the log, never the password. */
  if (!ls_team_connection_store_password_finish (result, &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("The team database’s password could not be kept in the keyring: %s", error->message);
}

static void
store_password (LsTeamDatabasePage *self)
{
  if (!self->password_edited)
    return;
  self->password_edited = FALSE;
  ls_team_connection_store_password (gtk_editable_get_text (GTK_EDITABLE (self->server_row)),
                                     gtk_editable_get_text (GTK_EDITABLE (self->database_row)),
                                     gtk_editable_get_text (GTK_EDITABLE (self->user_row)),
                                     gtk_editable_get_text (GTK_EDITABLE (self->password_row)),
                                     NULL, password_stored_cb, NULL);
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(LsTeamDatabasePage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_team_connection_open_finish (result, &error);
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;
  LsApplication *app;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  set_connecting (self, FALSE);
  if (store == NULL)
    {
      show_status (self, error->message, TRUE);
      return;
    }
  app = get_application ();
  if (app != NULL && !ls_application_use_store (app, store, &error))
    {
      show_status (self, error->message, TRUE);
      return;
    }
  label = ls_team_connection_dup_label (self->settings);
  text = g_strdup_printf (_("Connected: Livsskisse works in the team database %s"), label);
  show_status (self, text, FALSE);
}

void
ls_team_database_page_connect (LsTeamDatabasePage *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *text = NULL;
  g_autofree char *ca_file = NULL;
  gboolean verify;
  char *uri;

  g_return_if_fail (LS_IS_TEAM_DATABASE_PAGE (self));

  if (self->connecting)
    return;
  verify = gtk_switch_get_active (self->verify_switch);
  ca_file = g_settings_get_string (self->settings, "team-certificate-authority");
  uri = ls_team_database_build_uri (gtk_editable_get_text (GTK_EDITABLE (self->server_row)),
                                    gtk_editable_get_text (GTK_EDITABLE (self->database_row)),
                                    gtk_editable_get_text (GTK_EDITABLE (self->user_row)),
                                    gtk_editable_get_text (GTK_EDITABLE (self->password_row)),
                                    verify, ca_file, &error);
  if (uri == NULL || (verify && !ls_team_connection_check_ca_file (ca_file, &error)))
    {
      if (uri != NULL)
        ls_team_database_wipe (uri);
      g_free (uri);
      show_status (self, error->message, TRUE);
      return;
    }
  store_password (self);
  set_connecting (self, TRUE);
  label = ls_team_connection_dup_label (self->settings);
  text = g_strdup_printf (_("Connecting to %s…"), label);
  show_status (self, text, FALSE);
  ls_team_connection_open (uri, self->cancellable, opened_cb, g_object_ref (self));
  ls_team_database_wipe (uri);
  g_free (uri);
}

gboolean
ls_team_database_page_get_connecting (LsTeamDatabasePage *self)
{
  g_return_val_if_fail (LS_IS_TEAM_DATABASE_PAGE (self), FALSE);
  return self->connecting;
}

/* The chosen file's name on its button, all of its path in the tooltip. */
static void
update_ca_file (LsTeamDatabasePage *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "team-certificate-authority");
  g_autofree char *name = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *description = NULL;

  gtk_widget_set_sensitive (self->ca_clear_button, path[0] != '\0');
  if (path[0] == '\0')
    {
      gtk_label_set_text (self->ca_label, _("Choose…"));
      gtk_widget_set_tooltip_text (self->ca_button, NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->ca_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Choose the certificate authority file"), -1);
      return;
    }
  name = g_filename_display_basename (path);
  shown = g_filename_display_name (path);
  gtk_label_set_text (self->ca_label, name);
  gtk_widget_set_tooltip_text (self->ca_button, shown);
  /* Translators: the button that shows the chosen file, for screen readers. */
  description = g_strdup_printf (_("Certificate authority file %s; choose another"), shown);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->ca_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
}

void
ls_team_database_page_set_ca_file (LsTeamDatabasePage *self,
                                   GFile              *file)
{
  g_autofree char *path = NULL;

  g_return_if_fail (LS_IS_TEAM_DATABASE_PAGE (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  path = file != NULL ? g_file_get_path (file) : NULL;
  if (file != NULL && path == NULL)
    {
      show_status (self, _("The certificate authority file is not on this computer; choose a file on this computer"),
                   TRUE);
      return;
    }
  g_settings_set_string (self->settings, "team-certificate-authority", path != NULL ? path : "");
}

static void
ca_chosen_cb (GtkNativeDialog    *chooser,
              int                 response,
              LsTeamDatabasePage *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      if (file != NULL)
        ls_team_database_page_set_ca_file (self, file);
    }
  g_clear_object (&self->ca_chooser);
}

static void
ca_choose_cb (LsTeamDatabasePage *self)
{
  g_autofree char *path = g_settings_get_string (self->settings, "team-certificate-authority");
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  if (self->ca_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->ca_chooser));
  g_clear_object (&self->ca_chooser);
  self->ca_chooser = gtk_file_chooser_native_new (_("Choose a Certificate Authority File"),
                                                  GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                                  GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->ca_chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Certificates (*.crt, *.pem)"));
  gtk_file_filter_add_pattern (filter, "*.crt");
  gtk_file_filter_add_pattern (filter, "*.pem");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->ca_chooser), filter);
  if (path[0] != '\0')
    {
      g_autoptr(GFile) file = g_file_new_for_path (path);

      gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->ca_chooser), file, NULL);
    }
  g_signal_connect_object (self->ca_chooser, "response", G_CALLBACK (ca_chosen_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->ca_chooser));
}

static void
ca_clear_cb (LsTeamDatabasePage *self)
{
  ls_team_database_page_set_ca_file (self, NULL);
  gtk_widget_grab_focus (self->ca_button);
}

static void
connect_clicked_cb (LsTeamDatabasePage *self)
{
  ls_team_database_page_connect (self);
}

static void
password_changed_cb (LsTeamDatabasePage *self)
{
  if (!self->filling_password)
    self->password_edited = TRUE;
}

static void
password_looked_up_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(LsTeamDatabasePage) self = user_data;
  g_autoptr(GError) error = NULL;
  char *password = ls_team_connection_lookup_password_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    {
      g_autofree char *text = g_strdup_printf (_("The password could not be read from the keyring (%s)"),
                                               error->message);
      show_status (self, text, TRUE);
    }
  /* What was typed meanwhile wins. */
  else if (password != NULL && !self->password_edited)
    {
      self->filling_password = TRUE;
      gtk_editable_set_text (GTK_EDITABLE (self->password_row), password);
      self->filling_password = FALSE;
    }
  ls_team_connection_password_free (password);
}

/* Turned off: back to the file on this computer now, when the app works
 * in a team database, is connecting to one or could not reach it. */
static void
use_changed_cb (LsTeamDatabasePage *self)
{
  LsApplication *app = get_application ();
  g_autoptr(GError) error = NULL;

  set_connecting (self, self->connecting);
  if (gtk_switch_get_active (self->use_switch) || app == NULL
      || (ls_application_get_store (app) != NULL && !ls_application_is_on_server (app)))
    return;
  if (!ls_application_use_local_file (app, &error))
    show_status (self, error->message, TRUE);
  else
    show_status (self, _("Livsskisse works in the database file on this computer again"), FALSE);
}

static void
ls_team_database_page_unroot (GtkWidget *widget)
{
  /* Closing Preferences keeps a password typed but not yet used. */
  store_password (LS_TEAM_DATABASE_PAGE (widget));
  GTK_WIDGET_CLASS (ls_team_database_page_parent_class)->unroot (widget);
}

static void
ls_team_database_page_dispose (GObject *object)
{
  LsTeamDatabasePage *self = LS_TEAM_DATABASE_PAGE (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->ca_chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->ca_chooser));
  g_clear_object (&self->ca_chooser);
  g_clear_object (&self->settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), LS_TYPE_TEAM_DATABASE_PAGE);
  G_OBJECT_CLASS (ls_team_database_page_parent_class)->dispose (object);
}

static void
ls_team_database_page_class_init (LsTeamDatabasePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = ls_team_database_page_dispose;
  widget_class->unroot = ls_team_database_page_unroot;

  gtk_widget_class_set_template_from_resource (widget_class, "/org/livsskisse/Livsskisse/ls-team-database-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LsTeamDatabasePage, use_switch);
  gtk_widget_class_bind_template_child (widget_class, LsTeamDatabasePage, server_group);
  gtk_widget_class_bind_template_child (widget_class, LsTeamDatabasePage, security_group);
  gtk_widget_class_bind_template_child (widget_class, LsTeamDatabasePage, server_row);
  gtk_widget_class_bind_template_child (widget_class, LsTeamDatabasePage, database_row);
  gtk_widget_class_bind_template_child (widget_class, LsTeamDatabasePage, user_row);
  gtk_widget_class_bind_template_child (widget_class, LsTeamDatabasePage, password_row);
  gtk_widget_class_bind_template_child (widget_class, LsTeamDatabasePage, verify_switch);
  gtk_widget_class_bind_template_child (widget_class, LsTeamDatabasePage, verify_warning);
  gtk_widget_class_bind_template_child (widget_class, LsTeamDatabasePage, ca_row);
  gtk_widget_class_bind_template_child (widget_class, LsTeamDatabasePage, ca_button);
  gtk_widget_class_bind_template_child (widget_class, LsTeamDatabasePage, ca_label);
  gtk_widget_class_bind_template_child (widget_class, LsTeamDatabasePage, ca_clear_button);
  gtk_widget_class_bind_template_child (widget_class, LsTeamDatabasePage, connect_button);
  gtk_widget_class_bind_template_child (widget_class, LsTeamDatabasePage, spinner);
  gtk_widget_class_bind_template_child (widget_class, LsTeamDatabasePage, status_label);
  /* For tests, with gtk_widget_get_template_child(). */
  gtk_widget_class_bind_template_child_full (widget_class, "use_row", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "verify_row", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, connect_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, ca_choose_cb);
  gtk_widget_class_bind_template_callback (widget_class, ca_clear_cb);
}

static void
ls_team_database_page_init (LsTeamDatabasePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->settings = g_settings_new ("org.livsskisse.Livsskisse");
  /* Saved as typed: nothing written here is lost when Preferences closes. */
  g_settings_bind (self->settings, "team-database", self->use_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "team-server", self->server_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "team-database-name", self->database_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "team-user", self->user_row, "text", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "team-verify-certificate", self->verify_switch, "active", G_SETTINGS_BIND_DEFAULT);
  g_object_bind_property (self->use_switch, "active", self->server_group, "sensitive", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->use_switch, "active", self->security_group, "sensitive", G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->verify_switch, "active", self->verify_warning, "visible",
                          G_BINDING_SYNC_CREATE | G_BINDING_INVERT_BOOLEAN);
  /* Unchecked, no authority is asked (and none is put in the address). */
  g_object_bind_property (self->verify_switch, "active", self->ca_row, "sensitive", G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->settings, "changed::team-certificate-authority", G_CALLBACK (update_ca_file), self,
                           G_CONNECT_SWAPPED);
  update_ca_file (self);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->connect_button),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->status_label, NULL, -1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->verify_switch),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->verify_warning, NULL, -1);
  set_connecting (self, FALSE);
  g_signal_connect_object (self->use_switch, "notify::active", G_CALLBACK (use_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->password_row, "changed", G_CALLBACK (password_changed_cb), self, G_CONNECT_SWAPPED);

  /* The password kept for the server named, if one is. */
  if (gtk_editable_get_text (GTK_EDITABLE (self->server_row))[0] != '\0')
    ls_team_connection_lookup_password (gtk_editable_get_text (GTK_EDITABLE (self->server_row)),
                                        gtk_editable_get_text (GTK_EDITABLE (self->database_row)),
                                        gtk_editable_get_text (GTK_EDITABLE (self->user_row)),
                                        self->cancellable, password_looked_up_cb, g_object_ref (self));
}

GtkWidget *
ls_team_database_page_new (void)
{
  return g_object_new (LS_TYPE_TEAM_DATABASE_PAGE, NULL);
}
