/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Crash safety: a writer process (livsskisse-cli crash-writer) saves
 * entries and edits and prints each save only after the store said it was
 * committed. It is killed with SIGKILL at a random moment, several times
 * over; after each kill the database must pass the integrity check and
 * hold every save that was acknowledged. */
#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdio.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ls-store-private.h"
#include "ls-test-util.h"
#include "ls-db-sqlite.h"

#define ROUNDS 20

typedef struct
{
  GHashTable *versions;   /* entry id -> last acknowledged version (+1, so 0 is "new") */
  GString    *pending;    /* a line not yet complete */
} Acks;

static void
take_line (Acks       *acks,
           const char *line)
{
  gint64 id = 0;
  int version = -1;

  if (sscanf (line, "n %" G_GINT64_FORMAT, &id) == 1)
    version = -1;
  else if (sscanf (line, "e %" G_GINT64_FORMAT " %d", &id, &version) != 2)
    g_error ("unexpected line from the writer: %s", line);
  g_hash_table_insert (acks->versions, g_memdup2 (&id, sizeof id),
                       GINT_TO_POINTER (MAX (version + 2, GPOINTER_TO_INT (g_hash_table_lookup (acks->versions, &id)))));
}

static void
take_output (Acks       *acks,
             const char *data,
             gssize      length)
{
  g_string_append_len (acks->pending, data, length);
  for (;;)
    {
      char *newline = strchr (acks->pending->str, '\n');
      g_autofree char *line = NULL;

      if (newline == NULL)
        break;
      line = g_strndup (acks->pending->str, newline - acks->pending->str);
      g_string_erase (acks->pending, 0, newline - acks->pending->str + 1);
      take_line (acks, line);
    }
}

/* Runs the writer until it has acknowledged about @target saves, then kills
 * it. Everything it printed before dying counts as acknowledged. */
static void
run_and_kill (const char *db,
              guint       target,
              Acks       *acks)
{
  const char *cli = g_getenv ("LIVSSKISSE_CLI");
  const char *argv[] = { cli, "crash-writer", "--database", db, NULL };
  g_autoptr(GError) error = NULL;
  guint before = g_hash_table_size (acks->versions);
  GPid pid;
  int out, status;
  char buf[4096];
  gssize n;

  g_assert_nonnull (cli);
  g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL,
                            &pid, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  while (g_hash_table_size (acks->versions) < before + target && (n = read (out, buf, sizeof buf)) > 0)
    take_output (acks, buf, n);
  /* Let it run a random little while more, to hit any point of a save. */
  g_usleep (g_random_int_range (0, 3000));
  kill (pid, SIGKILL);
  while ((n = read (out, buf, sizeof buf)) > 0 || (n < 0 && errno == EINTR))
    if (n > 0)
      take_output (acks, buf, n);
  g_string_truncate (acks->pending, 0);   /* a half-written line was never a promise */
  close (out);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_spawn_close_pid (pid);
}

static void
verify (const char *db,
        Acks       *acks)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (db, LS_STORE_OPEN_DEFAULT, &error);
  g_autofree char *problem = NULL;
  GHashTableIter iter;
  gpointer key, value;
  sqlite3_stmt *stmt = NULL;

  g_assert_no_error (error);
  g_assert_true (ls_store_check_integrity (store, &problem, &error));
  g_assert_null (problem);
  g_assert_cmpint (sqlite3_prepare_v2 (_ls_db_sqlite_handle (_ls_store_get_db (store)), "SELECT text FROM sketch_entries WHERE id = ?1",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  g_hash_table_iter_init (&iter, acks->versions);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      int acked = GPOINTER_TO_INT (value) - 2;   /* -1: created, else the edit's version */
      int stored = -1;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, *(gint64 *) key);
      g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);   /* every acknowledged entry is there */
      g_assert_cmpint (sscanf ((const char *) sqlite3_column_text (stmt, 0), "versjon %d", &stored), ==, 1);
      if (acked >= 0)
        g_assert_cmpint (stored, >=, acked);                  /* and no acknowledged edit was lost */
    }
  sqlite3_finalize (stmt);
  g_assert_cmpint (sqlite3_exec (_ls_db_sqlite_handle (_ls_store_get_db (store)), "INSERT INTO person_words_fts (person_words_fts) VALUES ('integrity-check')",
                                 NULL, NULL, NULL), ==, SQLITE_OK);
}

static void
test_kill_during_saves (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *db = g_build_filename (dir, "crash.db", NULL);
  Acks acks = { 0 };

  acks.versions = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  acks.pending = g_string_new (NULL);
  for (guint round = 0; round < ROUNDS; round++)
    {
      run_and_kill (db, g_random_int_range (20, 300), &acks);
      verify (db, &acks);
    }
  g_assert_cmpuint (g_hash_table_size (acks.versions), >=, ROUNDS * 20 / 2);
  g_hash_table_unref (acks.versions);
  g_string_free (acks.pending, TRUE);
  ls_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/cli/crash/kill-during-saves", test_kill_during_saves);
  return g_test_run ();
}
