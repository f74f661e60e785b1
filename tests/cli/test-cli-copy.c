/* SPDX-License-Identifier: GPL-3.0-or-later */
/* livsskisse-cli copy moves a desk's file into an empty database (on
 * PostgreSQL in the suite "postgresql": the team's server) and proves it:
 * every table holds as many rows, and the exchange file of both databases
 * is the same apart from when it was made. Then the copy works on its own:
 * migrate and check on it, and a second copy into it is refused. Rows keep
 * their versions (they are not in the exchange file). */
#include <string.h>

#include "ls-test-util.h"

/* The exchange file of @location without its <export time=…> line and the
 * audit's record of exports (each export adds one). */
static char *
exchange_body (const char *location,
               const char *dir,
               const char *name)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const char *args[] = { "export-xml", "--database", location, "-o", path, NULL };

  ls_test_run_cli (args);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (strstr (lines[i], "<export time=") == NULL && strstr (lines[i], "<export-event ") == NULL)
      g_string_append_printf (body, "%s\n", lines[i]);
  return g_string_free (g_steal_pointer (&body), FALSE);
}

/* `show-sketch --json` of the first person's latest conversation in
 * @location; with @edit, its first entry edited first (version 2). */
static char *
first_sketch_json (const char *location,
                   gboolean    edit)
{
  const char *list[] = { "list", "persons", "--database", location, NULL };
  g_autofree char *persons = ls_test_run_cli_output (list, NULL);
  g_autofree char *person = g_strndup (persons, strcspn (persons, "\t"));
  const char *show[] = { "show-sketch", "--database", location, "--person", person, "--json", NULL };
  char *json = ls_test_run_cli_output (show, NULL);
  const char *entry = strstr (json, "\"entries\": [{\"id\": ");
  g_autofree char *entry_id = NULL;
  g_autofree char *version = NULL;

  g_assert_nonnull (entry);
  if (!edit)
    return json;
  entry_id = g_strndup (entry + strlen ("\"entries\": [{\"id\": "), strspn (entry + strlen ("\"entries\": [{\"id\": "), "0123456789"));
  {
    const char *args[] = { "edit-entry", "--database", location, entry_id, "--text", "endret", "--if-version", "1", NULL };

    version = ls_test_run_cli_output (args, NULL);
  }
  g_assert_cmpstr (version, ==, "2\n");
  g_free (json);
  return ls_test_run_cli_output (show, NULL);
}

static void
test_copy (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *file = g_build_filename (dir, "desk.db", NULL);
  g_autofree char *target = ls_test_store_location (dir, "team.db");
  g_autofree char *counts = NULL;
  g_autofree char *source_body = NULL;
  g_autofree char *target_body = NULL;
  g_autofree char *source_sketch = NULL;
  g_autofree char *target_sketch = NULL;
  const char *demo[] = { "demo", "--persons", "24", "--database", file, NULL };
  const char *copy[] = { "copy", "--from", file, "--to", target, NULL };
  const char *migrate[] = { "migrate", "--database", target, NULL };
  const char *check[] = { "check", "--database", target, NULL };

  ls_test_run_cli (demo);
  source_sketch = first_sketch_json (file, TRUE);
  counts = ls_test_run_cli_output (copy, NULL);
  /* Every kind of record was there to be copied. */
  for (const char *const *table = (const char *const[]) { "persons\t24", "sketch_readings\t", "decisions\t",
                                                          "goals\t", "evaluations\t", "service_plans\t",
                                                          "audit\t", "provider_slots\t", "bookings\t", NULL };
       *table != NULL; table++)
    g_assert_nonnull (strstr (counts, *table));
  g_assert_null (strstr (counts, "decisions\t0\n"));
  g_assert_null (strstr (counts, "evaluations\t0\n"));
  g_assert_null (strstr (counts, "bookings\t0\n"));

  source_body = exchange_body (file, dir, "desk.xml");
  target_body = exchange_body (target, dir, "team.xml");
  g_assert_cmpstr (source_body, ==, target_body);
  target_sketch = first_sketch_json (target, FALSE);
  g_assert_cmpstr (source_sketch, ==, target_sketch);
  g_assert_nonnull (strstr (target_sketch, "\"version\": 2, "));

  ls_test_run_cli (migrate);
  ls_test_run_cli (check);
  {
    /* Into a database that holds cases: refused, and nothing changes. */
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;
    g_autofree char *again = NULL;
    int status = 0;
    const char *argv[] = { g_getenv ("LIVSSKISSE_CLI"), "copy", "--from", file, "--to", target, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, NULL));
    g_assert_false (g_spawn_check_wait_status (status, NULL));
    g_assert_nonnull (strstr (err, "empty"));
    again = exchange_body (target, dir, "again.xml");
    g_assert_cmpstr (again, ==, target_body);
  }
  ls_test_drop_store (target);
  ls_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ls_test_init_engine ();
  g_test_add_func ("/cli/copy", test_copy);
  return g_test_run ();
}
