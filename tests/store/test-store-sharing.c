/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The database file shared with other connections and other programs: a
 * save the user saw succeed is on disk, whatever another program does with
 * the file while the app has it open. */
#include <glib/gstdio.h>
#include <string.h>

#include "ls-held-files.h"
#include "ls-private-file.h"
#include "ls-store-persons.h"
#include "ls-test-util.h"

/* Runs `livsskisse-cli list persons` on @path as a separate program and
 * returns what it printed. */
static char *
list_in_other_program (const char *path)
{
  const char *cli = g_getenv ("LIVSSKISSE_CLI");
  const char *argv[] = { cli, "list", "persons", "--database", path, NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = -1;

  g_assert_nonnull (cli);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &out, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("list persons failed: %s", err);
  return out;
}

static LsPerson *
new_person (LsStore    *store,
            const char *family)
{
  LsPerson *person = ls_person_new ();
  g_autoptr(GError) error = NULL;

  ls_person_set_given_name (person, "Kari");
  ls_person_set_family_name (person, family);
  g_assert_true (ls_store_save_person (store, person, &error));
  g_assert_no_error (error);
  return person;
}

/* The app holds its store open; a worker in the same process opens and
 * closes a second connection; another program opens and closes the file;
 * then the app saves. Before the fix the other program deleted the WAL the
 * app was still writing into, and every later save vanished. */
static void
test_other_program_keeps_saves (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "shared.db", NULL);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) person = NULL;
  LsStore *app = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  LsStore *worker;

  g_assert_no_error (error);
  person = new_person (app, "Førsteversjon");

  worker = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_object_unref (worker);

  for (guint round = 0; round < 3; round++)
    {
      g_autofree char *family = g_strdup_printf ("Lagret%u", round);
      g_autofree char *seen = NULL;
      g_autoptr(LsPerson) other = NULL;

      g_free (list_in_other_program (path));
      ls_person_set_family_name (person, family);
      g_assert_true (ls_store_save_person (app, person, &error));
      g_assert_no_error (error);
      other = new_person (app, "Nyperson");
      /* The WAL the app writes into is the one on disk. */
      g_assert_true (g_file_test (wal, G_FILE_TEST_EXISTS));
      seen = list_in_other_program (path);
      g_assert_nonnull (strstr (seen, family));
    }

  /* Nothing else in the process may open the file or its side files. */
  g_assert_true (ls_held_file_is_held (path));
  g_assert_true (ls_held_file_is_held (wal));
  {
    g_autoptr(GError) refused = NULL;

    /* Nothing writes over it either: an export aimed at it is refused. */
    g_assert_null (ls_private_file_begin (path, 0, &refused));
    g_assert_error (refused, G_FILE_ERROR, G_FILE_ERROR_EXIST);
    g_assert_nonnull (strstr (refused->message, "open"));
  }
  g_object_unref (app);
  g_assert_false (ls_held_file_is_held (path));
  {
    g_autofree char *seen = list_in_other_program (path);

    g_assert_nonnull (strstr (seen, "Lagret2"));
    g_assert_null (strstr (seen, "Førsteversjon"));
  }
  ls_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("livsskisse-xdg-XXXXXX", NULL);
  g_autofree char *data = g_build_filename (home, "data", NULL);
  int status;

  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/store/sharing/other-program-keeps-saves", test_other_program_keeps_saves);
  status = g_test_run ();
  ls_test_rmdir (home);
  return status;
}
