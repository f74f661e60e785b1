/* SPDX-License-Identifier: GPL-3.0-or-later */
/* livsskisse-cli export-pdf on a demo database: each document kind, the
 * batch with its progress line, and a clear one-line failure. */
#include <gio/gio.h>

#include "ls-test-poppler.h"
#include "ls-test-util.h"

typedef struct
{
  char *dir;
  char *database;
} Fixture;

static gboolean
run_cli_env (const char *const *args,
             const char        *config_home,
             char              **err_out)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  int status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("LIVSSKISSE_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  if (config_home != NULL)
    envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", config_home, TRUE);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, err_out,
                &status, &error);
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL);
}

static gboolean
run_cli (const char *const *args,
         char              **err_out)
{
  return run_cli_env (args, NULL, err_out);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *args[] = { "demo", "--persons", "20", "--database", NULL, NULL };

  f->dir = ls_test_mkdtemp ();
  f->database = g_build_filename (f->dir, "demo.db", NULL);
  args[4] = f->database;
  g_assert_true (run_cli (args, NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ls_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->database);
}

static void
test_each_kind (Fixture       *f,
                gconstpointer  data)
{
  const char *kinds[] = { "--decision", "--easy-read", "--plan", "--sketch" };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/out-%u.pdf", f->dir, i);
      const char *args[] = { "export-pdf", "--database", f->database, kinds[i], "2", "-o", path, NULL };
      g_autofree char *info = NULL;

      g_assert_true (run_cli (args, NULL));
      info = ls_test_poppler ("pdfinfo", path);
      if (info == NULL)
        return;
      ls_test_assert_contains (info, "Tagged:");
      ls_test_assert_fonts_embedded (path);
      if (g_str_equal (kinds[i], "--easy-read"))
        g_assert_cmpuint (ls_test_pdf_pages (path), ==, 1);
    }
}

static void
test_batch (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "letters", NULL);
  const char *args[] = { "export-pdf", "--database", f->database, "--all-decisions", "-o", out, NULL };
  g_autofree char *err = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n = 0;

  g_assert_true (run_cli (args, &err));
  ls_test_assert_contains (err, "letters");
  listing = g_dir_open (out, 0, NULL);
  g_assert_nonnull (listing);
  while (g_dir_read_name (listing) != NULL)
    n++;
  g_assert_cmpuint (n, >, 5);
}

static void
test_failures (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "none.pdf", NULL);
  const char *missing[] = { "export-pdf", "--database", f->database, "--decision", "99999", "-o", path, NULL };
  const char *nothing[] = { "export-pdf", "--database", f->database, "-o", path, NULL };
  g_autofree char *err = NULL;
  g_autofree char *err2 = NULL;

  g_assert_false (run_cli (missing, &err));
  g_assert_true (g_str_has_prefix (err, "livsskisse-cli: "));
  g_assert_cmpint (strchr (err, '\n') - err, ==, (int) strlen (err) - 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (run_cli (nothing, &err2));
}

/* The municipality's letterhead names a logo that is not there: a one-line
 * warning, exit 0, and a valid PDF. */
static void
test_missing_logo (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *config = g_build_filename (f->dir, "config", NULL);
  g_autofree char *folder = g_build_filename (config, "livsskisse", NULL);
  g_autofree char *letterhead = g_build_filename (folder, "letterhead.ini", NULL);
  g_autofree char *path = g_build_filename (f->dir, "logo.pdf", NULL);
  const char *args[] = { "export-pdf", "--database", f->database, "--decision", "2", "-o", path, NULL };
  g_autofree char *err = NULL;
  g_autofree char *info = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (letterhead, "[letterhead]\nlogo-path=/nonexistent/kommunevapen.png\n", -1, NULL));
  g_assert_true (run_cli_env (args, config, &err));
  ls_test_assert_contains (err, "kommunevapen.png");
  info = ls_test_poppler ("pdfinfo", path);
  if (info != NULL)
    ls_test_assert_contains (info, "Tagged:");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config = ls_test_mkdtemp ();
  int status;

  /* The CLI reads the letterhead and legal texts from here, never from the
   * settings of whoever runs the tests. */
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/export/pdf-cli/each-kind", Fixture, NULL, fixture_set_up, test_each_kind, fixture_tear_down);
  g_test_add ("/export/pdf-cli/batch", Fixture, NULL, fixture_set_up, test_batch, fixture_tear_down);
  g_test_add ("/export/pdf-cli/missing-logo", Fixture, NULL, fixture_set_up, test_missing_logo, fixture_tear_down);
  g_test_add ("/export/pdf-cli/failures", Fixture, NULL, fixture_set_up, test_failures, fixture_tear_down);
  status = g_test_run ();
  ls_test_rmdir (config);
  return status;
}
