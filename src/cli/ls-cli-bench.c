/* SPDX-License-Identifier: GPL-3.0-or-later */
/* bench [--json] [--persons N] [--batch-letters K] [--database PATH]:
 * times what people wait for, on the demo's own shape of data (`demo` at
 * N persons, in a private temporary folder) or, read-only, on a database
 * it is given: worst and p99 beside medians, whole processes beside
 * anchors measured in the same run. ls-cli-bench-figures.c says what each
 * figure measures and its target. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>

#include "ls-cli.h"
#include "ls-cli-bench.h"
#include "ls-store-persons.h"

#define DEFAULT_PERSONS       10000
#define DEFAULT_BATCH_LETTERS 200

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* The bench's own demo database: a new file, or (--fill) the empty
 * database given, e.g. a team database made for benchmarking. */
static gboolean
make_demo (LsBench  *bench,
           GError  **error)
{
  g_autoptr(LsStore) store = NULL;
  gint64 present;

  if (bench->database == NULL)
    bench->database = g_build_filename (bench->dir, "bench.db", NULL);
  store = ls_cli_open_store (bench->database, LS_STORE_OPEN_DEFAULT, error);
  if (store == NULL || (present = ls_store_count_persons (store, error)) < 0)
    return FALSE;
  if (present > 0)
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID,
                   _("bench --fill writes its demo only into an empty database, and “%s” holds cases"),
                   ls_store_get_path (store));
      return FALSE;
    }
  return ls_cli_demo_fill (store, bench->persons, 1, error);
}

static gboolean
run (LsBench  *bench,
     GError  **error)
{
  bench->cli = g_file_read_link ("/proc/self/exe", error);
  if (bench->cli == NULL)
    return FALSE;
  bench->dir = g_dir_make_tmp ("livsskisse-bench-XXXXXX", error);
  if (bench->dir == NULL)
    return FALSE;
  if (!bench->given && !make_demo (bench, error))
    return FALSE;
  bench->store = ls_cli_open_store (bench->database, bench->given ? LS_STORE_OPEN_READ_ONLY
                                                                  : LS_STORE_OPEN_DEFAULT, error);
  if (bench->store == NULL)
    return FALSE;
  /* Read as it is, a database from before this version's last schema step
   * lacks what the bench's statements read. */
  if (bench->given && ls_store_get_schema_version (bench->store) < ls_store_get_latest_version ())
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID,
                   /* Translators: %s is the database, %u and %u its schema step and this version's last */
                   _("“%s” is at schema %u of %u, and the bench reads a database as it is: bring it up to date "
                     "first with “livsskisse-cli migrate --database %s”"),
                   ls_store_get_path (bench->store), ls_store_get_schema_version (bench->store),
                   ls_store_get_latest_version (), ls_store_get_path (bench->store));
      return FALSE;
    }
  if (bench->given)
    {
      gint64 persons = ls_store_count_persons (bench->store, error);

      if (persons < 0)
        return FALSE;
      bench->persons = persons;
    }
  return ls_bench_store (bench, error)
         && ls_bench_letters (bench, error)
         && ls_bench_first_frame (bench, error)
         && ls_bench_import (bench, error);
}

int
ls_cli_bench (int    argc,
              char **argv)
{
  g_autofree char *database = NULL;
  g_autofree char *description = ls_bench_describe ();
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  gboolean json = FALSE, fill = FALSE, ok;
  int persons = DEFAULT_PERSONS, batch_letters = DEFAULT_BATCH_LETTERS;
  LsBench bench;
  GOptionEntry entries[] = {
    { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_("Print one JSON object"), NULL },
    { "persons", 0, 0, G_OPTION_ARG_INT, &persons,
      N_("Persons in the bench’s own demo database (10000); not with --database"), "N" },
    { "fill", 0, 0, G_OPTION_ARG_NONE, &fill,
      N_("The database given is empty and made for the bench: fill it with the demo and measure saves too"), NULL },
    { "batch-letters", 0, 0, G_OPTION_ARG_INT, &batch_letters,
      N_("Stop the batch of letters after this many (200)"), "K" },
    { NULL }
  };

  if (!ls_cli_parse_full (NULL, description, entries, &database, &argc, &argv))
    return LS_CLI_EXIT_USAGE;
  if (argc > 1 || persons < 10 || persons > 300000 || batch_letters < 2)
    return ls_cli_usage (_("bench takes --json, --persons N (10 to 300000), --batch-letters K (at least 2) and "
                           "--database PATH"));
  ls_bench_init (&bench);
  bench.persons = persons;
  bench.batch_letters = batch_letters;
  /* A database the user gives is read, never written: it is only opened
   * read-only, and whatever would write to it is not measured. */
  bench.given = database != NULL && !fill;
  if (fill && database == NULL)
    return ls_cli_usage (_("bench --fill needs --database DATABASE (an empty one)"));
  bench.database = g_steal_pointer (&database);
  ok = run (&bench, &error);
  g_clear_object (&bench.store);
  if (bench.dir != NULL)
    remove_tree (bench.dir);
  if (ok)
    out = ls_bench_format (&bench, json);
  ls_bench_clear (&bench);
  if (!ok)
    return ls_cli_fail_error (error);
  fputs (out, stdout);
  return 0;
}
