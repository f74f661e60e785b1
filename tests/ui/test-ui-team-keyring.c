/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The team database's password goes to a real GNOME keyring (run by
 * test-ui-team-keyring.sh in a D-Bus session of its own) under the schema
 * org.gnome.Livsskisse.TeamDatabase, is found again by server, database
 * and user, is removed when emptied, and never reaches GSettings. */
#include <libsecret/secret.h>
#include <string.h>

#include "ls-team-connection.h"

#define PASSWORD "p@ss:w/rd æøå"

static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

static void
store (const char *server,
       const char *database,
       const char *user,
       const char *password)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;

  ls_team_connection_store_password (server, database, user, password, NULL, done_cb, &result);
  g_assert_true (ls_team_connection_store_password_finish (wait_for (&result), &error));
  g_assert_no_error (error);
}

static char *
lookup (const char *server,
        const char *database,
        const char *user)
{
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  char *password;
  char *copy;

  ls_team_connection_lookup_password (server, database, user, NULL, done_cb, &result);
  password = ls_team_connection_lookup_password_finish (wait_for (&result), &error);
  g_assert_no_error (error);
  copy = g_strdup (password);
  ls_team_connection_password_free (password);
  return copy;
}

static void
test_store_and_lookup (void)
{
  g_autofree char *found = NULL;
  g_autofree char *spaced = NULL;
  g_autofree char *other_user = NULL;
  g_autofree char *other_database = NULL;
  g_autofree char *cleared = NULL;
  g_autoptr(GError) error = NULL;
  GList *items;

  store ("db.example.no:5433", "livsskisse", "kari", PASSWORD);
  found = lookup ("db.example.no:5433", "livsskisse", "kari");
  g_assert_cmpstr (found, ==, PASSWORD);
  /* As typed, with spaces around: the same item. */
  spaced = lookup (" db.example.no:5433 ", "livsskisse ", " kari");
  g_assert_cmpstr (spaced, ==, PASSWORD);
  other_user = lookup ("db.example.no:5433", "livsskisse", "ola");
  g_assert_null (other_user);
  other_database = lookup ("db.example.no:5433", "test", "kari");
  g_assert_null (other_database);

  /* One item, under the app's schema, with a label a person can read. */
  items = secret_password_search_sync (ls_team_connection_get_secret_schema (), SECRET_SEARCH_ALL, NULL, &error,
                                       "server", "db.example.no:5433", NULL);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_length (items), ==, 1);
  {
    g_autoptr(GHashTable) attributes = secret_retrievable_get_attributes (items->data);
    g_autofree char *label = secret_retrievable_get_label (items->data);

    g_assert_cmpstr (g_hash_table_lookup (attributes, "xdg:schema"), ==, "org.gnome.Livsskisse.TeamDatabase");
    g_assert_cmpstr (g_hash_table_lookup (attributes, "database"), ==, "livsskisse");
    g_assert_cmpstr (g_hash_table_lookup (attributes, "user"), ==, "kari");
    g_assert_cmpstr (label, ==, "Livsskisse team database livsskisse on db.example.no:5433");
  }
  g_list_free_full (items, g_object_unref);

  /* Emptied: removed. */
  store ("db.example.no:5433", "livsskisse", "kari", "");
  cleared = lookup ("db.example.no:5433", "livsskisse", "kari");
  g_assert_null (cleared);
}

/* Every key of the app's settings, read back after a password was kept:
 * none holds it, and none is meant for one. */
static void
test_not_in_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("org.livsskisse.Livsskisse");
  g_autoptr(GSettingsSchema) schema = NULL;
  g_auto(GStrv) keys = NULL;

  g_settings_set_string (settings, "team-server", "db.example.no");
  g_settings_set_string (settings, "team-database-name", "livsskisse");
  g_settings_set_string (settings, "team-user", "kari");
  store ("db.example.no", "livsskisse", "kari", PASSWORD);

  g_object_get (settings, "settings-schema", &schema, NULL);
  keys = g_settings_schema_list_keys (schema);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autoptr(GVariant) value = g_settings_get_value (settings, keys[i]);
      g_autofree char *text = g_variant_print (value, FALSE);

      g_assert_null (strstr (keys[i], "password"));
      g_assert_null (strstr (text, "p@ss"));
    }
  store ("db.example.no", "livsskisse", "kari", "");
}

/* Opening from the settings reads the password from the keyring: with
 * nothing listening, the error is the connection's, not the keyring's. */
static void
test_open_from_settings (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("org.livsskisse.Livsskisse");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) opened = NULL;

  g_settings_set_string (settings, "team-server", "127.0.0.1:1");
  g_settings_set_string (settings, "team-database-name", "livsskisse");
  g_settings_set_string (settings, "team-user", "kari");
  store ("127.0.0.1:1", "livsskisse", "kari", PASSWORD);
  ls_team_connection_open_from_settings (settings, NULL, done_cb, &result);
  opened = ls_team_connection_open_from_settings_finish (wait_for (&result), &error);
  g_assert_null (opened);
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN);
  g_assert_null (strstr (error->message, "keyring"));
  g_assert_null (strstr (error->message, "p@ss"));
  store ("127.0.0.1:1", "livsskisse", "kari", "");
}

/* At start-up, a certificate authority file that is gone is told before
 * connecting, naming where to choose it again; with the certificate not
 * checked it is not used, and the error is the connection's. */
static void
test_open_from_settings_ca_file (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("org.livsskisse.Livsskisse");
  const gboolean checked[] = { TRUE, FALSE };

  g_settings_set_string (settings, "team-server", "127.0.0.1:1");
  g_settings_set_string (settings, "team-database-name", "livsskisse");
  g_settings_set_string (settings, "team-user", "kari");
  g_settings_set_string (settings, "team-certificate-authority", "/nonexistent/IT avdeling/rot.crt");
  for (guint i = 0; i < G_N_ELEMENTS (checked); i++)
    {
      gboolean verify = checked[i];
      g_autoptr(GAsyncResult) result = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(LsStore) opened = NULL;

      g_settings_set_boolean (settings, "team-verify-certificate", verify);
      ls_team_connection_open_from_settings (settings, NULL, done_cb, &result);
      opened = ls_team_connection_open_from_settings_finish (wait_for (&result), &error);
      g_assert_null (opened);
      g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN);
      g_test_message ("%s", error->message);
      g_assert_true ((strstr (error->message, "“/nonexistent/IT avdeling/rot.crt” cannot be read: ") != NULL) == verify);
      g_assert_true ((strstr (error->message, "Preferences → Team database") != NULL) == verify);
    }
  g_settings_reset (settings, "team-certificate-authority");
  g_settings_reset (settings, "team-verify-certificate");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  if (g_getenv ("LS_TEST_KEYRING") == NULL)
    {
      /* Never the person's own keyring: only in the script's session. */
      g_print ("1..0 # SKIP needs test-ui-team-keyring.sh (a D-Bus session with its own gnome-keyring)\n");
      return 0;
    }
  g_test_add_func ("/ui/team-keyring/store-and-lookup", test_store_and_lookup);
  g_test_add_func ("/ui/team-keyring/not-in-settings", test_not_in_settings);
  g_test_add_func ("/ui/team-keyring/open-from-settings", test_open_from_settings);
  g_test_add_func ("/ui/team-keyring/open-from-settings-ca-file", test_open_from_settings_ca_file);
  return g_test_run ();
}
