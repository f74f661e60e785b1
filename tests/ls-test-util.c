/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <gio/gio.h>
#include <libpq-fe.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "ls-test-util.h"

char *
ls_test_mkdtemp (void)
{
  g_autoptr(GError) error = NULL;
  char *path = g_dir_make_tmp ("livsskisse-test-XXXXXX", &error);

  g_assert_no_error (error);
  return path;
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));

      remove_tree (child);
      g_object_unref (info);
    }
  g_file_delete (file, NULL, NULL);
}

void
ls_test_rmdir (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  /* A test may have made a folder read-only to provoke an error. */
  g_chmod (path, 0700);
  remove_tree (file);
}

guint
ls_test_count_entries (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (folder);
  while (g_dir_read_name (folder) != NULL)
    n++;
  return n;
}

gboolean
ls_test_mount_tiny (const char *dir)
{
  const char *argv[] = { "mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", dir, NULL };
  int status = 0;

  if (getuid () != 0)
    return FALSE;
  return g_spawn_sync (NULL, (char **) argv, NULL,
                       G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                       NULL, NULL, NULL, NULL, &status, NULL)
         && g_spawn_check_wait_status (status, NULL);
}

void
ls_test_unmount (const char *dir)
{
  const char *argv[] = { "umount", dir, NULL };
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL,
                               &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

char *
ls_test_run_cli_output (const char * const *args,
                        const char * const *envp)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_nonnull (g_getenv ("LIVSSKISSE_CLI"));
  g_ptr_array_add (argv, (char *) g_getenv ("LIVSSKISSE_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  g_spawn_sync (NULL, (char **) argv->pdata, (char **) envp, G_SPAWN_DEFAULT, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("livsskisse-cli %s failed: %s", args[0], err);
  return out;
}

void
ls_test_run_cli (const char * const *args)
{
  g_free (ls_test_run_cli_output (args, NULL));
}

gboolean
ls_test_on_postgresql (void)
{
  return g_strcmp0 (g_getenv ("LS_TEST_ENGINE"), "postgresql") == 0;
}

/* A connection to the maintenance database the PG* variables name. */
static PGconn *
connect_server (void)
{
  PGconn *conn = PQconnectdb ("");

  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("Could not reach the PostgreSQL server of the PG* variables: %s", PQerrorMessage (conn));
  return conn;
}

void
ls_test_server_exec (const char *sql)
{
  PGconn *conn = connect_server ();
  PGresult *result = PQexec (conn, sql);

  if (PQresultStatus (result) != PGRES_COMMAND_OK && PQresultStatus (result) != PGRES_TUPLES_OK)
    g_error ("%s: %s", sql, PQerrorMessage (conn));
  PQclear (result);
  PQfinish (conn);
}

/* The cluster of pg_virtualenv: its version and name (the only folder
 * under $PG_CLUSTER_CONF_ROOT/$PGVERSION). */
static char *
cluster_name (void)
{
  const char *root = g_getenv ("PG_CLUSTER_CONF_ROOT");
  const char *version = g_getenv ("PGVERSION");
  g_autofree char *path = NULL;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (root == NULL || version == NULL)
    return NULL;
  path = g_build_filename (root, version, NULL);
  dir = g_dir_open (path, 0, NULL);
  name = dir != NULL ? g_dir_read_name (dir) : NULL;
  return g_strdup (name);
}

gboolean
ls_test_server_can_stop (void)
{
  g_autofree char *name = cluster_name ();
  g_autofree char *program = g_find_program_in_path ("pg_ctlcluster");

  return name != NULL && program != NULL;
}

GSubprocess *
ls_test_server_control (gboolean start,
                        gboolean wait)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *name = cluster_name ();
  g_autoptr(GSubprocess) process = NULL;

  g_assert_nonnull (name);
  process = start ? g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, "pg_ctlcluster", g_getenv ("PGVERSION"),
                                      name, "start", NULL)
                  : g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, "pg_ctlcluster", g_getenv ("PGVERSION"),
                                      name, "stop", "-m", "immediate", NULL);
  g_assert_no_error (error);
  if (!wait)
    return g_steal_pointer (&process);
  g_assert_true (g_subprocess_wait_check (process, NULL, &error));
  g_assert_no_error (error);
  return NULL;
}

void
ls_test_init_engine (void)
{
  if (!ls_test_on_postgresql ())
    return;
  if (g_getenv ("PGHOST") == NULL && g_getenv ("LS_TEST_REQUIRE_POSTGRESQL") != NULL)
    {
      /* CI: the PostgreSQL half must run. */
      g_print ("1..1\nnot ok 1 - no PostgreSQL server (PGHOST is not set), and LS_TEST_REQUIRE_POSTGRESQL says one is required\n");
      exit (1);
    }
  if (g_getenv ("PGHOST") == NULL)
    {
      /* TAP: the whole program skipped, with its reason. */
      g_print ("1..0 # SKIP no PostgreSQL server: run under pg_virtualenv (PGHOST is not set)\n");
      exit (0);
    }
}

char *
ls_test_store_location (const char *dir,
                        const char *name)
{
  static gint counter;
  g_autofree char *database = NULL;
  g_autofree char *sql = NULL;
  g_autofree char *host = NULL;

  if (!ls_test_on_postgresql ())
    return g_build_filename (dir, name, NULL);
  database = g_strdup_printf ("ls_test_%d_%d", getpid (), g_atomic_int_add (&counter, 1));
  sql = g_strdup_printf ("CREATE DATABASE %s", database);
  ls_test_server_exec (sql);
  host = g_uri_escape_string (g_getenv ("PGHOST"), NULL, FALSE);
  /* User, password and port come from the PG* variables, as libpq reads them. */
  return g_strdup_printf ("postgresql://%s/%s", host, database);
}

void
ls_test_drop_store (const char *location)
{
  g_autofree char *sql = NULL;
  const char *database;

  if (location == NULL || !g_str_has_prefix (location, "postgresql://"))
    return;
  database = strrchr (location, '/') + 1;
  sql = g_strdup_printf ("DROP DATABASE IF EXISTS %s WITH (FORCE)", database);
  ls_test_server_exec (sql);
}

gboolean
ls_test_skip_unless_sqlite (const char *reason)
{
  if (!ls_test_on_postgresql ())
    return FALSE;
  g_test_skip (reason);
  return TRUE;
}
