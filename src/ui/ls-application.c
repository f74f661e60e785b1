/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-application"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-application.h"
#include "ls-preferences-window.h"
#include "ls-profile.h"
#include "ls-window.h"

struct _LsApplication
{
  AdwApplication parent_instance;
  char          *database_path;
  GSettings     *settings;
  LsStore       *store;
  GError        *store_error;
  gboolean       store_tried;
};

G_DEFINE_FINAL_TYPE (LsApplication, ls_application, ADW_TYPE_APPLICATION)

static void
ls_application_update_actor (LsApplication *self)
{
  g_autofree char *display_name = g_settings_get_string (self->settings, "display-name");

  if (self->store != NULL)
    ls_store_set_actor (self->store, *g_strstrip (display_name) != '\0' ? display_name : NULL);
}

/* Opened once, on first use; a failure is kept for the window to explain. */
static void
ls_application_open_store (LsApplication *self)
{
  if (self->store_tried)
    return;
  self->store_tried = TRUE;
  ls_profile_mark ("opening the store");
  self->store = ls_store_open (self->database_path, LS_STORE_OPEN_DEFAULT, &self->store_error);
  if (self->store == NULL)
    g_warning ("Could not open the case database: %s", self->store_error->message);
  ls_application_update_actor (self);
  ls_profile_mark ("store opened");
}

static void
ls_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  ls_application_open_store (LS_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (ls_window_new (LS_APPLICATION (app)));
  gtk_window_present (window);
}

static int
ls_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  LsApplication *self = LS_APPLICATION (app);
  const char *path = NULL;

  if (g_variant_dict_lookup (options, "database", "^&ay", &path))
    {
      g_free (self->database_path);
      self->database_path = g_canonicalize_filename (path, NULL);
    }
  if (g_variant_dict_contains (options, "version"))
    {
      g_printerr ("livsskisse %s\n", PACKAGE_VERSION);
      return 0;
    }
  return -1;
}

static void
ls_application_finalize (GObject *object)
{
  LsApplication *self = LS_APPLICATION (object);

  g_free (self->database_path);
  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  G_OBJECT_CLASS (ls_application_parent_class)->finalize (object);
}

static void
ls_application_class_init (LsApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = ls_application_finalize;
  app_class->activate = ls_application_activate;
  app_class->handle_local_options = ls_application_handle_local_options;
}

static void
ls_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  static const char *developers[] = { "Livsskisse contributors", NULL };
  GtkApplication *app = GTK_APPLICATION (user_data);
  AdwAboutWindow *about;

  about = ADW_ABOUT_WINDOW (adw_about_window_new ());
  gtk_window_set_transient_for (GTK_WINDOW (about), gtk_application_get_active_window (app));
  adw_about_window_set_application_name (about, _("Livsskisse"));
  adw_about_window_set_application_icon (about, APPLICATION_ID);
  adw_about_window_set_version (about, PACKAGE_VERSION);
  adw_about_window_set_comments (about,
                                 _("Draw a life sketch together, and turn it into a trial decision "
                                   "that is evaluated and adjusted."));
  adw_about_window_set_developers (about, developers);
  adw_about_window_set_license_type (about, GTK_LICENSE_GPL_3_0);
  /* Translators: put your names here, one per line. */
  adw_about_window_set_translator_credits (about, _("translator-credits"));
  gtk_window_present (GTK_WINDOW (about));
}

static void
ls_application_help_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_show_uri (window, "help:livsskisse", GDK_CURRENT_TIME);
}

static void
ls_application_preferences_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  ls_preferences_window_present (gtk_application_get_active_window (GTK_APPLICATION (user_data)));
}

static void
ls_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  /* Like closing each window: what is being typed is saved first, and a
   * window whose page cannot save stays (saying why) and the app runs on. */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (user_data)); l != NULL; l = l->next)
    if (LS_IS_WINDOW (l->data) && !ls_window_flush (LS_WINDOW (l->data)))
      {
        gtk_window_present (GTK_WINDOW (l->data));
        return;
      }
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", ls_application_about_action },
  { "help", ls_application_help_action },
  { "preferences", ls_application_preferences_action },
  { "quit", ls_application_quit_action },
};

static void
ls_application_init (LsApplication *self)
{
  static const char *quit_accels[] = { "<primary>q", NULL };
  static const char *help_accels[] = { "F1", NULL };
  static const char *preferences_accels[] = { "<primary>comma", NULL };
  static const GOptionEntry options[] = {
    { "database", 'd', 0, G_OPTION_ARG_FILENAME, NULL,
      N_("Open the case database at PATH instead of the default one"), N_("PATH") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Show the version and exit"), NULL },
    { NULL }
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.help", help_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);
  g_application_add_main_option_entries (G_APPLICATION (self), options);

  self->settings = g_settings_new ("org.livsskisse.Livsskisse");
  g_signal_connect_object (self->settings, "changed::display-name",
                           G_CALLBACK (ls_application_update_actor), self, G_CONNECT_SWAPPED);
}

LsApplication *
ls_application_new (void)
{
  ls_profile_start ();
  return g_object_new (LS_TYPE_APPLICATION,
                       "application-id", APPLICATION_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/org/livsskisse/Livsskisse",
                       NULL);
}

/* NULL means the default database under $XDG_DATA_HOME. */
const char *
ls_application_get_database_path (LsApplication *self)
{
  g_return_val_if_fail (LS_IS_APPLICATION (self), NULL);
  return self->database_path;
}

/* The case store, opened on first call; NULL when it could not be opened
 * (then ls_application_get_store_error() says why). */
LsStore *
ls_application_get_store (LsApplication *self)
{
  g_return_val_if_fail (LS_IS_APPLICATION (self), NULL);
  ls_application_open_store (self);
  return self->store;
}

const GError *
ls_application_get_store_error (LsApplication *self)
{
  g_return_val_if_fail (LS_IS_APPLICATION (self), NULL);
  ls_application_open_store (self);
  return self->store_error;
}
