/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-application"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ls-a11y.h"
#include "ls-application.h"
#include "ls-preferences-window.h"
#include "ls-profile.h"
#include "ls-team-connection.h"
#include "ls-team-database.h"
#include "ls-window.h"

struct _LsApplication
{
  AdwApplication parent_instance;
  /* --database: a file path made absolute, or an address (a postgresql://
   * URI, which may hold a password: never shown or logged). */
  char          *database_path;
  GSettings     *settings;
  LsStore       *store;
  GError        *store_error;
  gboolean       store_tried;
  GThread       *opening;       /* the local database, opened while GTK starts */
  GCancellable  *connecting;    /* a team database being opened */
};

typedef struct
{
  char    *path;
  LsStore *store;
  GError  *error;
} Opening;

G_DEFINE_FINAL_TYPE (LsApplication, ls_application, ADW_TYPE_APPLICATION)

static void
ls_application_update_actor (LsApplication *self)
{
  g_autofree char *display_name = g_settings_get_string (self->settings, "display-name");

  if (self->store != NULL)
    ls_store_set_actor (self->store, *g_strstrip (display_name) != '\0' ? display_name : NULL);
}

/* An address with a scheme (postgresql://…) is the store's to read, left
 * exactly as given (the store refuses kinds it does not know); only a file
 * path is made absolute. */
static gboolean
is_address (const char *location)
{
  g_autofree char *scheme = g_uri_parse_scheme (location);

  return ls_store_location_is_server (location) || (scheme != NULL && strstr (location, "://") != NULL);
}

/* The database this session is meant to work in is the team's: from
 * --database, or from Preferences when --database is not given. */
gboolean
ls_application_wants_team_database (LsApplication *self)
{
  g_return_val_if_fail (LS_IS_APPLICATION (self), FALSE);
  if (self->database_path != NULL)
    return is_address (self->database_path);
  return g_settings_get_boolean (self->settings, "team-database");
}

static void
set_store_error (LsApplication *self,
                 GError        *error)
{
  g_clear_error (&self->store_error);
  self->store_error = error;
  g_warning ("Could not open the case database: %s", error->message);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (LS_IS_WINDOW (l->data) && ls_window_get_store (LS_WINDOW (l->data)) == NULL)
      ls_window_show_store_error (LS_WINDOW (l->data), error);
}

static void
team_opened_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LsApplication) self = user_data;
  GError *error = NULL;
  g_autoptr(LsStore) store = G_IS_TASK (result) && g_task_get_source_tag (G_TASK (result)) == ls_team_connection_open
                             ? ls_team_connection_open_finish (result, &error)
                             : ls_team_connection_open_from_settings_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_error_free (error);
      return;
    }
  g_clear_object (&self->connecting);
  ls_profile_mark ("team database opened");
  if (store == NULL)
    set_store_error (self, error);
  else if (!ls_application_use_store (self, store, &error))
    set_store_error (self, error);
}

/* The team database (--database's address, or the one in Preferences with
 * the password from the keyring), opened on a worker thread: meanwhile the
 * window says it is connecting. */
static void
ls_application_connect (LsApplication *self)
{
  if (self->connecting != NULL)
    g_cancellable_cancel (self->connecting);
  g_clear_object (&self->connecting);
  self->connecting = g_cancellable_new ();
  g_clear_error (&self->store_error);
  if (self->database_path != NULL)
    ls_team_connection_open (self->database_path, self->connecting, team_opened_cb, g_object_ref (self));
  else
    ls_team_connection_open_from_settings (self->settings, self->connecting, team_opened_cb, g_object_ref (self));
}

static gpointer
open_thread (gpointer data)
{
  Opening *opening = data;

  opening->store = ls_store_open (opening->path, LS_STORE_OPEN_DEFAULT, &opening->error);
  return opening;
}

/* What the thread started at startup opened (it may still be opening). */
static LsStore *
join_opening (LsApplication  *self,
              GError        **error)
{
  Opening *opening = g_thread_join (g_steal_pointer (&self->opening));
  LsStore *store = opening->store;

  if (opening->error != NULL)
    g_propagate_error (error, opening->error);
  g_free (opening->path);
  g_free (opening);
  return store;
}

/* A local database is opened on a thread of its own while GTK and
 * libadwaita start (SQLite reads its schema, and its code is paged in, for
 * the first time), so the window does not wait for both in turn; a team
 * database is connected to when the window is there to say so. */
static void
ls_application_startup (GApplication *app)
{
  LsApplication *self = LS_APPLICATION (app);

  if (!ls_application_wants_team_database (self))
    {
      Opening *opening = g_new0 (Opening, 1);

      opening->path = g_strdup (self->database_path);
      self->opening = g_thread_new ("ls-open-store", open_thread, opening);
    }
  G_APPLICATION_CLASS (ls_application_parent_class)->startup (app);
}

/* Opened once, on first use; a failure is kept for the window to explain. */
static void
ls_application_open_store (LsApplication *self)
{
  if (self->store_tried)
    return;
  self->store_tried = TRUE;
  ls_profile_mark ("opening the store");
  if (self->opening != NULL)
    self->store = join_opening (self, &self->store_error);
  else if (ls_application_wants_team_database (self))
    {
      ls_application_connect (self);
      return;
    }
  else
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

  /* For finding what still waits on the server in the window: every
   * statement on this thread is logged (its first words). */
  if (g_getenv ("LIVSSKISSE_CHECK_MAIN_THREAD") != NULL)
    ls_store_forbid_thread (g_thread_self ());
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
      self->database_path = is_address (path) ? g_strdup (path) : g_canonicalize_filename (path, NULL);
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

  if (self->opening != NULL)
    {
      LsStore *unused = join_opening (self, NULL);

      g_clear_object (&unused);
    }
  if (self->database_path != NULL)
    ls_team_database_wipe (self->database_path);
  g_free (self->database_path);
  g_cancellable_cancel (self->connecting);
  g_clear_object (&self->connecting);
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
  app_class->startup = ls_application_startup;
  app_class->activate = ls_application_activate;
  app_class->handle_local_options = ls_application_handle_local_options;
}

static void
ls_application_about_action (GSimpleAction *action,
                             GVariant      *parameter,
                             gpointer       user_data)
{
  const char *developers[] = { _("Livsskisse contributors"), NULL };
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

/* Without a help viewer GTK would show its own "Could not show link" and
 * the system's error text; say what is missing instead. */
static void
help_shown (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  GtkWindow *window = GTK_WINDOW (source);
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;

  if (gtk_show_uri_full_finish (window, result, &error))
    return;
  g_debug ("The help could not be shown: %s", error->message);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (window, _("Help Could Not Be Opened"),
                                                       _("No app on this computer can show the help. It is read "
                                                         "in the Help app (Yelp); ask whoever looks after this "
                                                         "computer to install it.")));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  ls_a11y_name_response_buttons (GTK_WIDGET (dialog));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
ls_application_help_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  if (window != NULL)
    gtk_show_uri_full (window, "help:livsskisse", GDK_CURRENT_TIME, NULL, help_shown, NULL);
}

static void
ls_application_preferences_action (GSimpleAction *action,
                                   GVariant      *parameter,
                                   gpointer       user_data)
{
  ls_preferences_window_present (gtk_application_get_active_window (GTK_APPLICATION (user_data)));
}

/* Quitting: the windows whose pages are still saving, and whether one
 * could not. */
typedef struct
{
  GApplication *application;
  guint         waiting;
  gboolean      failed;
} Quit;

static void
quit_step (Quit *quit)
{
  GList *windows;

  if (--quit->waiting > 0)
    return;
  /* Every window goes, and the application ends once nothing holds it:
   * not g_application_quit(), which would end it under a closed page's
   * last save still running on its worker (that save holds it). */
  while (!quit->failed
         && (windows = gtk_application_get_windows (GTK_APPLICATION (quit->application))) != NULL)
    gtk_window_destroy (windows->data);
  g_application_release (quit->application);
  g_object_unref (quit->application);
  g_free (quit);
}

static void
window_flushed_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  Quit *quit = user_data;

  if (!ls_window_flush_finish (LS_WINDOW (source), result))
    {
      quit->failed = TRUE;
      gtk_window_present (GTK_WINDOW (source));
    }
  quit_step (quit);
}

static void
ls_application_quit_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  Quit *quit = g_new0 (Quit, 1);

  /* Like closing each window: what is being typed is saved first, on the
   * pages' workers, and a window whose page cannot save stays (saying
   * why) and the app runs on. */
  quit->application = g_object_ref (G_APPLICATION (user_data));
  g_application_hold (quit->application);
  quit->waiting = 1;
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (user_data)); l != NULL; l = l->next)
    if (LS_IS_WINDOW (l->data))
      {
        quit->waiting++;
        ls_window_flush_async (LS_WINDOW (l->data), window_flushed_cb, quit);
      }
  quit_step (quit);
}

/* The way out when the team database cannot be reached. */
static void
ls_application_use_local_file_action (GSimpleAction *action,
                                      GVariant      *parameter,
                                      gpointer       user_data)
{
  LsApplication *self = LS_APPLICATION (user_data);
  g_autoptr(GError) error = NULL;

  if (!ls_application_use_local_file (self, &error))
    set_store_error (self, g_steal_pointer (&error));
}

static void
ls_application_connect_action (GSimpleAction *action,
                               GVariant      *parameter,
                               gpointer       user_data)
{
  LsApplication *self = LS_APPLICATION (user_data);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (LS_IS_WINDOW (l->data) && ls_window_get_store (LS_WINDOW (l->data)) == NULL)
      ls_window_show_connecting (LS_WINDOW (l->data));
  ls_application_connect (self);
}

static const GActionEntry app_actions[] = {
  { "about", ls_application_about_action },
  { "use-local-file", ls_application_use_local_file_action },
  { "connect-team-database", ls_application_connect_action },
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
      N_("Open the case database at PATH, or the team database at a postgresql:// address, "
         "instead of the default one"), N_("PATH") },
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

/* NULL means the default database under $XDG_DATA_HOME (or the team
 * database of Preferences); an address may hold a password: never show it. */
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

/* Whether the team database is being connected to (the window says so). */
gboolean
ls_application_is_connecting (LsApplication *self)
{
  g_return_val_if_fail (LS_IS_APPLICATION (self), FALSE);
  return self->connecting != NULL;
}

gboolean
ls_application_is_on_server (LsApplication *self)
{
  g_return_val_if_fail (LS_IS_APPLICATION (self), FALSE);
  return self->store != NULL && ls_store_is_server (self->store);
}

/* Works in @store from now on, in every window, when no window's page has
 * anything left to save; else FALSE with why, and that save is started on
 * the page's worker (ask again once it is saved). */
gboolean
ls_application_use_store (LsApplication  *self,
                          LsStore        *store,
                          GError        **error)
{
  GList *windows;

  g_return_val_if_fail (LS_IS_APPLICATION (self), FALSE);
  g_return_val_if_fail (LS_IS_STORE (store), FALSE);

  /* Never waiting here: what a page has pending is saved on its worker,
   * and the change is asked for again once it is. */
  windows = gtk_application_get_windows (GTK_APPLICATION (self));
  for (GList *l = windows; l != NULL; l = l->next)
    if (LS_IS_WINDOW (l->data) && ls_window_save_pending (LS_WINDOW (l->data)))
      {
        g_set_error_literal (error, LS_STORE_ERROR, LS_STORE_ERROR_FAILED,
                             _("What is being written in the main window is not saved yet, so Livsskisse "
                               "stays in the database it has open; try again once it is saved"));
        return FALSE;
      }
  if (self->connecting != NULL)
    g_cancellable_cancel (self->connecting);
  g_clear_object (&self->connecting);
  self->store_tried = TRUE;
  g_clear_error (&self->store_error);
  g_set_object (&self->store, store);
  ls_application_update_actor (self);
  for (GList *l = windows; l != NULL; l = l->next)
    if (LS_IS_WINDOW (l->data))
      ls_window_set_store (LS_WINDOW (l->data), store);
  return TRUE;
}

/* The database file on this computer (--database's file, or the default
 * one), opened now as at start-up. */
gboolean
ls_application_use_local_file (LsApplication  *self,
                               GError        **error)
{
  const char *path;
  g_autoptr(LsStore) store = NULL;

  g_return_val_if_fail (LS_IS_APPLICATION (self), FALSE);

  path = self->database_path != NULL && !is_address (self->database_path) ? self->database_path : NULL;
  store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, error);
  return store != NULL && ls_application_use_store (self, store, error);
}
