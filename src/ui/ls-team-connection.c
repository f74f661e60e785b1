/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-team-connection"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "ls-lazy-library.h"
#include "ls-team-connection.h"
#include "ls-team-database.h"
#include "ls-ui-load.h"

/* libsecret is loaded when a password is first kept or looked up
 * (ls-lazy-library.h): with libgcrypt it cost the window's start about
 * 3 ms, and a desk's window never needs it. Wiping memory is
 * ls_team_database_wipe()'s, which needs no library. */
#define LS_SECRET_FUNCTIONS(X, table) \
  X (table, secret_password_clear) \
  X (table, secret_password_clear_finish) \
  X (table, secret_password_free) \
  X (table, secret_password_lookup) \
  X (table, secret_password_lookup_finish) \
  X (table, secret_password_store) \
  X (table, secret_password_store_finish)

LS_LAZY_LIBRARY_DEFINE (LS_SECRET_FUNCTIONS, secret, libsecret, "libsecret-1.so.0");
#define LIBSECRET_PACKAGE "libsecret-1-0"

#define secret_password_clear         (secret.secret_password_clear)
#define secret_password_clear_finish  (secret.secret_password_clear_finish)
#define secret_password_free          (secret.secret_password_free)
#define secret_password_lookup        (secret.secret_password_lookup)
#define secret_password_lookup_finish (secret.secret_password_lookup_finish)
#define secret_password_store         (secret.secret_password_store)
#define secret_password_store_finish  (secret.secret_password_store_finish)

void
_ls_team_connection_set_secret_library (const char *file_name)
{
  libsecret.file_name = file_name;
}

/* FALSE, with @task's error given, when libsecret cannot be loaded. */
static gboolean
load_libsecret (GTask *task)
{
  if (ls_lazy_library_load (&libsecret) == LS_LAZY_LIBRARY_LOADED)
    return TRUE;
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           /* Translators: the first %s is the file name of the keyring library
                            * (libsecret-1.so.0), the second the package to install (libsecret-1-0). */
                           _("The keyring cannot be reached: its library %s is missing or too old; install the "
                             "package %s"),
                           libsecret.file_name, LIBSECRET_PACKAGE);
  return FALSE;
}

const SecretSchema *
ls_team_connection_get_secret_schema (void)
{
  static const SecretSchema schema = {
    "org.gnome.Livsskisse.TeamDatabase", SECRET_SCHEMA_NONE,
    {
      { "server", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "database", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { "user", SECRET_SCHEMA_ATTRIBUTE_STRING },
      { NULL, 0 },
    },
  };

  return &schema;
}

/* The fields as the keyring's attributes: without the spaces around them,
 * as ls_team_database_build_uri() reads them. */
static char *
field (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

static void
password_stored_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  gboolean cleared = GPOINTER_TO_INT (g_task_get_task_data (task));

  if (cleared ? (secret_password_clear_finish (result, &error), error == NULL)
              : secret_password_store_finish (result, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
ls_team_connection_store_password (const char          *server,
                                   const char          *database,
                                   const char          *user,
                                   const char          *password,
                                   GCancellable        *cancellable,
                                   GAsyncReadyCallback  callback,
                                   gpointer             user_data)
{
  g_autofree char *s = field (server);
  g_autofree char *d = field (database);
  g_autofree char *u = field (user);
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);
  gboolean clear = password == NULL || password[0] == '\0';

  g_task_set_source_tag (task, ls_team_connection_store_password);
  g_task_set_task_data (task, GINT_TO_POINTER (clear), NULL);
  if (!load_libsecret (task))
    g_object_unref (task);
  else if (clear)
    {
      secret_password_clear (ls_team_connection_get_secret_schema (), cancellable, password_stored_cb, task,
                             "server", s, "database", d, "user", u, NULL);
    }
  else
    {
      /* Translators: what the keyring (Passwords and Keys) calls the
       * password: "Livsskisse team database DATABASE on SERVER". */
      g_autofree char *label = g_strdup_printf (_("Livsskisse team database %s on %s"), d, s);

      secret_password_store (ls_team_connection_get_secret_schema (), SECRET_COLLECTION_DEFAULT, label, password,
                             cancellable, password_stored_cb, task,
                             "server", s, "database", d, "user", u, NULL);
    }
}

gboolean
ls_team_connection_store_password_finish (GAsyncResult  *result,
                                          GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

static void
password_looked_up_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  char *password = secret_password_lookup_finish (result, &error);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, password, (GDestroyNotify) secret_password_free);
}

void
ls_team_connection_lookup_password (const char          *server,
                                    const char          *database,
                                    const char          *user,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  g_autofree char *s = field (server);
  g_autofree char *d = field (database);
  g_autofree char *u = field (user);
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, ls_team_connection_lookup_password);
  if (!load_libsecret (task))
    {
      g_object_unref (task);
      return;
    }
  secret_password_lookup (ls_team_connection_get_secret_schema (), cancellable, password_looked_up_cb, task,
                          "server", s, "database", d, "user", u, NULL);
}

char *
ls_team_connection_lookup_password_finish (GAsyncResult  *result,
                                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

void
ls_team_connection_password_free (char *password)
{
  /* Only libsecret gives passwords. */
  if (password != NULL)
    secret_password_free (password);
}

/* A URI may hold a password: its memory is wiped before it is freed. */
static void
wipe_and_free (gpointer text)
{
  ls_team_database_wipe (text);
  g_free (text);
}

static void
open_thread (GTask        *task,
             gpointer      source,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GError *error = NULL;
  LsStore *store = ls_store_open (task_data, LS_STORE_OPEN_DEFAULT, &error);

  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, store, g_object_unref);
}

void
ls_team_connection_open (const char          *location,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, ls_team_connection_open);
  g_task_set_task_data (task, g_strdup (location), wipe_and_free);
  ls_ui_run_in_thread (task, open_thread);
}

LsStore *
ls_team_connection_open_finish (GAsyncResult  *result,
                                GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  char     *server;
  char     *database;
  char     *user;
  gboolean  verify;
  char     *ca_file;
} Fields;

static void
fields_free (Fields *fields)
{
  g_free (fields->server);
  g_free (fields->database);
  g_free (fields->user);
  g_free (fields->ca_file);
  g_free (fields);
}

static void
settings_opened_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;
  LsStore *store = ls_team_connection_open_finish (result, &error);

  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, store, g_object_unref);
}

static void
settings_password_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  Fields *fields = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  char *password = ls_team_connection_lookup_password_finish (result, &error);
  char *uri;

  if (error != NULL)
    {
      g_task_return_new_error (task, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                               _("The team database’s password could not be read from the keyring (%s)"),
                               error->message);
      return;
    }
  uri = ls_team_database_build_uri (fields->server, fields->database, fields->user, password, fields->verify,
                                    fields->ca_file, &error);
  ls_team_connection_password_free (password);
  if (uri == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  ls_team_connection_open (uri, g_task_get_cancellable (task), settings_opened_cb, g_object_ref (task));
  wipe_and_free (uri);
}

void
ls_team_connection_open_from_settings (GSettings           *settings,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);
  Fields *fields = g_new0 (Fields, 1);
  g_autofree char *checked = NULL;
  GError *error = NULL;

  g_return_if_fail (G_IS_SETTINGS (settings));

  g_task_set_source_tag (task, ls_team_connection_open_from_settings);
  fields->server = g_settings_get_string (settings, "team-server");
  fields->database = g_settings_get_string (settings, "team-database-name");
  fields->user = g_settings_get_string (settings, "team-user");
  fields->verify = g_settings_get_boolean (settings, "team-verify-certificate");
  fields->ca_file = g_settings_get_string (settings, "team-certificate-authority");
  g_task_set_task_data (task, fields, (GDestroyNotify) fields_free);
  /* A malformed address is told at once, before the keyring is asked. */
  checked = ls_team_database_build_uri (fields->server, fields->database, fields->user, NULL, fields->verify,
                                        fields->ca_file, &error);
  if (checked == NULL || (fields->verify && !ls_team_connection_check_ca_file (fields->ca_file, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  ls_team_connection_lookup_password (fields->server, fields->database, fields->user, cancellable,
                                      settings_password_cb, g_object_ref (task));
}

LsStore *
ls_team_connection_open_from_settings_finish (GAsyncResult  *result,
                                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

gboolean
ls_team_connection_check_ca_file (const char  *path,
                                  GError     **error)
{
  g_autofree char *shown = NULL;
  char byte;
  int fd, saved;

  if (path == NULL || path[0] == '\0')
    return TRUE;
  /* Read, not only opened: a folder opens too. */
  fd = g_open (path, O_RDONLY | O_CLOEXEC, 0);
  if (fd >= 0 && read (fd, &byte, 1) >= 0)
    {
      g_close (fd, NULL);
      return TRUE;
    }
  saved = errno;
  if (fd >= 0)
    g_close (fd, NULL);
  shown = g_filename_display_name (path);
  g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
               /* Translators: the second %s is the system's reason, such as "No such file or directory". */
               _("The certificate authority file “%s” cannot be read: %s; choose it again in Preferences → Team database"),
               shown, g_strerror (saved));
  return FALSE;
}

char *
ls_team_connection_dup_label (GSettings *settings)
{
  g_autofree char *server = g_settings_get_string (settings, "team-server");
  g_autofree char *database = g_settings_get_string (settings, "team-database-name");

  g_strstrip (server);
  g_strstrip (database);
  /* Translators: "DATABASE on SERVER", e.g. "livsskisse on db.example.no". */
  return g_strdup_printf (_("%s on %s"), database, server);
}
