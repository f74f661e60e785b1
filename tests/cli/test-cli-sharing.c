/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Several programs on one database file: opening a new file at the same
 * moment, and reading a file that cannot be written. */
#include <gio/gio.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ls-test-util.h"

static GSubprocess *
start_cli (const char *first,
           ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  GSubprocess *process;
  va_list ap;

  g_assert_nonnull (g_getenv ("LIVSSKISSE_CLI"));
  g_ptr_array_add (args, (char *) g_getenv ("LIVSSKISSE_CLI"));
  va_start (ap, first);
  for (arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  process = g_subprocess_newv ((const char * const *) args->pdata,
                               G_SUBPROCESS_FLAGS_STDOUT_PIPE | G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  return process;
}

/* Waits for @process; returns its exit status and its stderr in *@err. */
static int
finish_cli (GSubprocess  *process,
            char        **out,
            char        **err)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_subprocess_communicate_utf8 (process, NULL, NULL, out, err, &error));
  g_assert_no_error (error);
  return g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
}

/* Programs that make a new database at the same moment all succeed: one
 * creates the schema, the others wait and then find it made. (Commands
 * that read or change a database refuse a file that is not there.) */
static void
test_first_open_race (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();

  for (guint round = 0; round < 5; round++)
    {
      g_autofree char *name = g_strdup_printf ("new%u.db", round);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GSubprocess *processes[4];
      GStatBuf st;

      for (guint i = 0; i < G_N_ELEMENTS (processes); i++)
        processes[i] = start_cli ("migrate", "--database", path, NULL);
      for (guint i = 0; i < G_N_ELEMENTS (processes); i++)
        {
          g_autofree char *out = NULL;
          g_autofree char *err = NULL;
          int status = finish_cli (processes[i], &out, &err);

          if (status != 0)
            g_error ("round %u, program %u: %s", round, i, err);
          g_object_unref (processes[i]);
        }
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    }
  ls_test_rmdir (dir);
}

/* `check` reads a file marked read-only, and one in a read-only folder,
 * and changes nothing; commands that show people's data say why they
 * cannot (their reading could not be recorded in the audit). */
static void
test_read_only_check (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *sub = g_build_filename (dir, "archive", NULL);
  g_autofree char *path = g_build_filename (sub, "ro.db", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  GSubprocess *process;

  g_assert_cmpint (g_mkdir (sub, 0700), ==, 0);
  process = start_cli ("demo", "--persons", "3", "--database", path, NULL);
  g_assert_cmpint (finish_cli (process, &out, &err), ==, 0);
  g_object_unref (process);

  for (guint i = 0; i < 2; i++)
    {
      if (i == 0)
        g_assert_cmpint (g_chmod (path, 0400), ==, 0);
      else
        {
          g_assert_cmpint (g_chmod (path, 0600), ==, 0);
          g_assert_cmpint (g_chmod (sub, 0500), ==, 0);
        }
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);
      process = start_cli ("check", "--database", path, NULL);
      g_assert_cmpint (finish_cli (process, &out, &err), ==, 0);
      g_object_unref (process);
      g_assert_true (g_str_has_prefix (out, "ok"));

      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);
      process = start_cli ("list", "persons", "--database", path, NULL);
      g_assert_cmpint (finish_cli (process, &out, &err), !=, 0);
      g_object_unref (process);
      g_assert_cmpstr (out, ==, "");
      g_assert_nonnull (strstr (err, "read-only"));
      g_assert_nonnull (strstr (err, "records every reading"));
    }
  g_chmod (sub, 0700);
  ls_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/sharing/first-open-race", test_first_open_race);
  g_test_add_func ("/cli/sharing/read-only-check", test_read_only_check);
  return g_test_run ();
}
