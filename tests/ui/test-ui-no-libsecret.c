/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Without libsecret (loaded with the first password kept or looked up,
 * ls-team-connection.c) a password is neither kept nor looked up, and one
 * sentence says which library and package; wiping an address needs no
 * library. The library is loaded once per program, so this program never
 * finds it. */
#include <string.h>

#include "ls-team-connection.h"
#include "ls-team-database.h"

typedef struct
{
  GError   *error;
  gboolean  done;
} Wait;

static void
stored_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  Wait *wait = user_data;

  g_assert_false (ls_team_connection_store_password_finish (result, &wait->error));
  wait->done = TRUE;
}

static void
looked_up_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  Wait *wait = user_data;

  g_assert_null (ls_team_connection_lookup_password_finish (result, &wait->error));
  wait->done = TRUE;
}

static void
assert_names_library (Wait *wait)
{
  while (!wait->done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (wait->error);
  g_test_message ("%s", wait->error->message);
  g_assert_nonnull (strstr (wait->error->message, "libsecret-livsskisse-test-absent.so.0"));
  g_assert_nonnull (strstr (wait->error->message, "package libsecret-1-0"));
  g_clear_error (&wait->error);
  wait->done = FALSE;
}

static void
test_missing (void)
{
  Wait wait = { NULL, FALSE };
  char uri[] = "postgresql://kari:hemmelig@db.example.no/team";

  ls_team_connection_store_password ("db.example.no", "team", "kari", "hemmelig", NULL, stored_cb, &wait);
  assert_names_library (&wait);
  /* Clearing a password goes through the keyring too. */
  ls_team_connection_store_password ("db.example.no", "team", "kari", "", NULL, stored_cb, &wait);
  assert_names_library (&wait);
  ls_team_connection_lookup_password ("db.example.no", "team", "kari", NULL, looked_up_cb, &wait);
  assert_names_library (&wait);

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
