/* SPDX-License-Identifier: GPL-3.0-or-later */
/* `livsskisse-cli bench --json` at a tiny size, under the users' own
 * locale (decimal comma): what it prints is JSON a strict parser accepts,
 * every figure an object with name, value, anchor, ratio, target and met
 * of the right types and consistent with each other, every row of issue
 * 12's table among them; and a database it is given is not changed. */
#include <json-glib/json-glib.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <sys/wait.h>

#include "ls-store-private.h"
#include "ls-test-util.h"

static const char * const required[] = {
  "first_frame_ms", "letter_process_ms", "batch_first_letter_ms", "batch_per_letter_ms",
  "search_1_letter_worst_ms", "search_2_letters_worst_ms", "search_3_letters_worst_ms", "save_p99_ms",
  "xml_import_vs_noout_ms", "xml_import_vs_stream_ms",
};

/* Runs the CLI with @args under nb_NO.UTF-8 and no display; its stdout. */
static char *
run_bench (const char * const *args)
{
  g_auto(GStrv) envp = g_get_environ ();

  envp = g_environ_setenv (envp, "LC_ALL", "nb_NO.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  return ls_test_run_cli_output (args, (const char * const *) envp);
}

static gboolean
is_number (JsonNode *node)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  type = json_node_get_value_type (node);
  return type == G_TYPE_DOUBLE || type == G_TYPE_INT64;
}

/* A number, or NAN for null; anything else fails. */
static double
number_or_null (JsonObject *figure,
                const char *member)
{
  JsonNode *node = json_object_get_member (figure, member);

  g_assert_nonnull (node);
  if (JSON_NODE_HOLDS_NULL (node))
    return NAN;
  g_assert_true (is_number (node));
  return json_node_get_double (node);
}

static const char *
string_or_null (JsonObject *figure,
                const char *member)
{
  JsonNode *node = json_object_get_member (figure, member);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;
  g_assert_true (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING);
  return json_node_get_string (node);
}

static void
check_figure (JsonObject *figure,
              GHashTable *names)
{
  const char *name = string_or_null (figure, "name");
  const char *skipped = string_or_null (figure, "skipped");
  const char *target_of = string_or_null (figure, "target_of");
  double value = number_or_null (figure, "value");
  double anchor = number_or_null (figure, "anchor");
  double ratio = number_or_null (figure, "ratio");
  double target = number_or_null (figure, "target");
  JsonNode *met = json_object_get_member (figure, "met");
  double measured;

  g_assert_nonnull (name);
  g_assert_cmpstr (name, !=, "");
  g_assert_true (g_hash_table_add (names, g_strdup (name)));   /* once each */
  /* Measured, or skipped with a reason. */
  g_assert_true (isnan (value) == (skipped != NULL));
  g_assert_true (skipped == NULL || *skipped != '\0');
  g_assert_true (isnan (value) || value >= 0);
  /* A ratio exactly when there is a value and an anchor, and it is theirs. */
  g_assert_true (isnan (ratio) == (isnan (value) || isnan (anchor)));
  if (!isnan (ratio))
    g_assert_cmpfloat_with_epsilon (ratio, value / anchor, 0.01 * ratio + 0.001);
  /* met is a boolean exactly when the target can be checked, and right. */
  g_assert_nonnull (met);
  g_assert_true (isnan (target) == (target_of == NULL));
  measured = g_strcmp0 (target_of, "ratio") == 0 ? ratio : value;
  if (isnan (target) || isnan (measured))
    g_assert_true (JSON_NODE_HOLDS_NULL (met));
  else
    {
      g_assert_true (JSON_NODE_HOLDS_VALUE (met) && json_node_get_value_type (met) == G_TYPE_BOOLEAN);
      g_assert_true (json_node_get_boolean (met) == (measured <= target));
    }
}

/* Parses @out strictly and checks every figure; returns the figures by
 * name. */
static GHashTable *
check_output (const char *out)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonObject *root;
  JsonArray *figures;

  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_true (json_object_has_member (root, "figures"));
  figures = json_object_get_array_member (root, "figures");
  g_assert_nonnull (figures);
  g_assert_cmpuint (json_array_get_length (figures), >=, G_N_ELEMENTS (required));
  for (guint i = 0; i < json_array_get_length (figures); i++)
    {
      JsonNode *node = json_array_get_element (figures, i);

      g_assert_true (JSON_NODE_HOLDS_OBJECT (node));
      check_figure (json_node_get_object (node), names);
    }
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    g_assert_true (g_hash_table_contains (names, required[i]));
  return names;
}

static gboolean
skip_without_locale (void)
{
  locale_t nb = newlocale (LC_ALL_MASK, "nb_NO.UTF-8", (locale_t) 0);

  if (nb != (locale_t) 0)
    {
      freelocale (nb);
      return FALSE;
    }
  if (g_getenv ("CI") != NULL)
    g_error ("the nb_NO.UTF-8 locale is missing (build-aux/deps generates it)");
  g_test_skip ("the nb_NO.UTF-8 locale is not generated here");
  return TRUE;
}

static void
test_bench_json (void)
{
  const char * const args[] = { "bench", "--json", "--persons", "30", "--batch-letters", "5", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GHashTable) names = NULL;

  if (skip_without_locale ())
    return;
  out = run_bench (args);
  names = check_output (out);
}

/* A real database is only read: the bench leaves it as it was. */
static void
test_bench_given_database (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *db = g_build_filename (dir, "given.db", NULL);
  const char * const demo[] = { "demo", "--persons", "20", "--database", db, NULL };
  const char * const args[] = { "bench", "--json", "--database", db, NULL };
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GHashTable) names = NULL;
  gsize before_length = 0, after_length = 0;

  if (skip_without_locale ())
    return;
  ls_test_run_cli (demo);
  g_assert_true (g_file_get_contents (db, &before, &before_length, NULL));
  out = run_bench (args);
  names = check_output (out);
  g_assert_nonnull (strstr (out, "\"database\": \"given\""));
  g_assert_true (g_file_get_contents (db, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
  ls_test_rmdir (dir);
}

/* A database from before the last schema step, given to be read as it
 * is: one sentence naming it, its step and how to bring it up to date,
 * and the file left as it was (the bench's searches read what the last
 * step added, and failed with SQLite's "no such column"). */
static void
test_bench_older_database (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *db = g_build_filename (dir, "old.db", NULL);
  g_autofree char *expected = NULL;
  g_autofree char *before = NULL, *after = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  guint old = ls_store_get_latest_version () - 1;
  gsize before_length = 0, after_length = 0;
  int status = 0;
  const char *argv[] = { g_getenv ("LIVSSKISSE_CLI"), "bench", "--json", "--database", db, NULL };
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LC_ALL", "C.UTF-8", TRUE);
  LsStore *store = _ls_store_open_at_version (db, old, &error);

  g_assert_no_error (error);
  g_object_unref (store);
  g_assert_true (g_file_get_contents (db, &before, &before_length, NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, &err,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  expected = g_strdup_printf ("livsskisse-cli: “%s” is at schema %u of %u, and the bench reads a database as it is:"
                              " bring it up to date first with “livsskisse-cli migrate --database %s”\n",
                              db, old, ls_store_get_latest_version (), db);
  g_assert_cmpstr (err, ==, expected);
  g_assert_true (g_file_get_contents (db, &after, &after_length, NULL));
  g_assert_cmpmem (before, before_length, after, after_length);
  ls_test_drop_store (db);
  ls_test_rmdir (dir);
}

/* Runs ls-bench-measure (built beside the CLI) on @argv: its peak in MB. */
static double
measured_peak_mb (const char * const *argv)
{
  g_autofree char *dir = g_path_get_dirname (g_getenv ("LIVSSKISSE_CLI"));
  g_autofree char *measure = g_build_filename (dir, "bench-anchor", "ls-bench-measure", NULL);
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  gint64 us = -1, peak_kb = -1;
  int status = -1, child_status = -1;

  g_ptr_array_add (args, measure);
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (args, (gpointer) argv[i]);
  g_ptr_array_add (args, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_cmpint (sscanf (out, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %d", &us, &peak_kb, &child_status),
                   ==, 3);
  g_assert_true (WIFEXITED (child_status) && WEXITSTATUS (child_status) == 0);
  g_assert_cmpint (us, >, 0);
  g_test_message ("%s: %.1f MB in %.1f ms", argv[0], peak_kb / 1024.0, us / 1000.0);
  return peak_kb / 1024.0;
}

/* A measured program's peak memory is its own, not that of the process
 * that spawned it (Linux counts the parent's, as it was at the fork, in a
 * child's ru_maxrss: the bench reported its own 193 MB for the import and
 * xmllint alike on 100 000 persons). With 256 MB of the test's memory in
 * use, a shell that only exits peaks at a few MB, and a program that fills
 * 96 MB at about that. */
static void
test_bench_measure_own_peak (void)
{
  g_autofree char *python = g_find_program_in_path ("python3");
  const gsize own = 256 * 1024 * 1024;
  g_autofree char *mine = g_malloc (own);
  const char * const shell[] = { "/bin/sh", "-c", "exit 0", NULL };
  const char * const filler[] = { python, "-c", "b = b'x' * (96 << 20)", NULL };
  double mb;

  memset (mine, 1, own);
  mb = measured_peak_mb (shell);
  g_assert_cmpfloat (mb, >, 0);
  g_assert_cmpfloat (mb, <, 32);
  g_assert_nonnull (python);
  mb = measured_peak_mb (filler);
  g_assert_cmpfloat (mb, >=, 96);
  g_assert_cmpfloat (mb, <, 200);
  g_assert_cmpint (mine[own - 1], ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/bench/json", test_bench_json);
  g_test_add_func ("/cli/bench/given-database", test_bench_given_database);
  g_test_add_func ("/cli/bench/measure-own-peak", test_bench_measure_own_peak);
  g_test_add_func ("/cli/bench/older-database", test_bench_older_database);
  return g_test_run ();
}
