/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Without libsecret (loaded with the first password kept or looked up,
 * ls-team-connection.c) a password is neither kept nor looked up, and one
 * sentence says which library and package; wiping an address needs no
 * library. The library is loaded once per program, so this program never
 * finds it. */
#include <string.h>

#include "ls-team-connection.h"
#include "ls-team-database.h"

static void
got_result (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  *(GAsyncResult **) user_data = g_object_ref (result);
}

/* The result of the task just started, once its callback ran. */
static GAsyncResult *
wait_for (GAsyncResult **result)
{
  while (*result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return *result;
}

static void
assert_names_library (GError **error)
{
  g_assert_nonnull (*error);
  g_test_message ("%s", (*error)->message);
  g_assert_nonnull (strstr ((*error)->message, "libsecret-livsskisse-test-absent.so.0"));
  g_assert_nonnull (strstr ((*error)->message, "package libsecret-1-0"));
  g_clear_error (error);
}

static void
test_missing (void)
{
  static const char *const passwords[] = { "hemmelig", "" };   /* "": clearing the kept one */
  char uri[] = "postgresql://kari:hemmelig@db.example.no/team";
  GAsyncResult *result = NULL;
  GError *error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (passwords); i++)
    {
      ls_team_connection_store_password ("db.example.no", "team", "kari", passwords[i], NULL, got_result, &result);
      g_assert_false (ls_team_connection_store_password_finish (wait_for (&result), &error));
      assert_names_library (&error);
      g_clear_object (&result);
    }
  ls_team_connection_lookup_password ("db.example.no", "team", "kari", NULL, got_result, &result);
  g_assert_null (ls_team_connection_lookup_password_finish (wait_for (&result), &error));
  assert_names_library (&error);
  g_clear_object (&result);

  ls_team_connection_password_free (NULL);
  /* The address is wiped without the keyring's library. */
  ls_team_database_wipe (uri);
  g_assert_cmpint (uri[0], ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  _ls_team_connection_set_secret_library ("libsecret-livsskisse-test-absent.so.0");
  g_test_add_func ("/ui/team/no-libsecret", test_missing);
  return g_test_run ();
}
