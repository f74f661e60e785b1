/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `livsskisse-cli load`: many caseworkers, each on its own connection,
 * saving the same few entries at once — conflicts are detected, none of
 * the acknowledged saves is lost, and the report is JSON (numbers in the
 * C locale). */
#include <json-glib/json-glib.h>

#include "ls-test-util.h"

static void
test_load_no_lost_update (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *db = ls_test_store_location (dir, "load.db");
  const char *args[] = { "load", "--database", db, "--caseworkers", "8", "--seconds", "3", "--json", NULL };
  /* A decimal comma must not reach the JSON. */
  const char *envp[] = { "LC_ALL=nb_NO.UTF-8", "LANG=nb_NO.UTF-8", NULL };
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *out = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *report;

  for (guint i = 0; envp[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (envp[i], "=", 2);

      env = g_environ_setenv (env, pair[0], pair[1], TRUE);
    }
  out = ls_test_run_cli_output (args, (const char * const *) env);
  g_assert_true (json_parser_load_from_data (parser, out, -1, &error));
  g_assert_no_error (error);
  report = json_node_get_object (json_parser_get_root (parser));

  g_assert_cmpstr (json_object_get_string_member (report, "engine"), ==,
                   ls_test_on_postgresql () ? "postgresql" : "sqlite");
  g_assert_cmpint (json_object_get_int_member (report, "caseworkers"), ==, 8);
  g_assert_cmpint (json_object_get_int_member (report, "acknowledged"), >, 0);
  g_assert_cmpint (json_object_get_int_member (report, "conflicts"), >, 0);
  g_assert_cmpint (json_object_get_int_member (report, "lost_updates"), ==, 0);
  g_assert_cmpint (json_object_get_int_member (report, "failures"), ==, 0);
  g_assert_true (json_object_get_null_member (report, "first_failure"));
  g_assert_cmpfloat (json_object_get_double_member (report, "save_p50_ms"), >, 0);
  g_assert_cmpfloat (json_object_get_double_member (report, "save_p99_ms"), >=,
                     json_object_get_double_member (report, "save_p50_ms"));

  ls_test_drop_store (db);
  ls_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ls_test_init_engine ();
  g_test_add_func ("/cli/load/no-lost-update", test_load_no_lost_update);
  return g_test_run ();
}
