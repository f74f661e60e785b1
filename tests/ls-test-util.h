/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A fresh private folder for one test, removed again by ls_test_rmdir(). */
char *ls_test_mkdtemp (void);
void  ls_test_rmdir   (const char *path);

/* How many entries @dir holds (a temporary file left behind counts). */
guint    ls_test_count_entries (const char *dir);
/* Mounts a 64 KiB tmpfs on the existing folder @dir, to fill a disk for
 * real; FALSE (and nothing mounted) unless running as root. Undo with
 * ls_test_unmount() before removing the folder. */
gboolean ls_test_mount_tiny    (const char *dir);
void     ls_test_unmount       (const char *dir);

/* Runs $LIVSSKISSE_CLI with the NULL-terminated @args (stdout discarded);
 * the test fails with the program's message if it does. */
void  ls_test_run_cli (const char * const *args);
/* The same with the environment @envp (NULL: this one's); its stdout. */
char *ls_test_run_cli_output (const char * const *args,
                              const char * const *envp);

/* The store tests run once on SQLite and once on PostgreSQL (meson suite
 * "postgresql", LS_TEST_ENGINE=postgresql, the server from the standard PG*
 * variables as pg_virtualenv sets them). Call after g_test_init(): on
 * PostgreSQL without a server it ends the program as skipped (TAP), with
 * the reason — or as failed when LS_TEST_REQUIRE_POSTGRESQL is set (CI). */
void      ls_test_init_engine     (void);
gboolean  ls_test_on_postgresql   (void);
/* Where a test's store lives: the file @name in @dir, or on PostgreSQL a
 * new, empty database (a postgresql:// URI) that ls_test_drop_store()
 * removes again. */
char     *ls_test_store_location  (const char *dir,
                                   const char *name);
void      ls_test_drop_store      (const char *location);
/* Runs @sql on the maintenance database of the PG* variables (the test
 * fails if it cannot). */
void      ls_test_server_exec     (const char *sql);
/* Stops (@start FALSE: `pg_ctlcluster … stop -m immediate`, as a crash
 * would) or starts the cluster pg_virtualenv made; FALSE when there is
 * none to control (then the caller skips). With @wait FALSE a stop runs
 * in the background (returned, for g_subprocess_wait()), NULL otherwise. */
gboolean  ls_test_server_can_stop (void);
GSubprocess *ls_test_server_control (gboolean start,
                                     gboolean wait);
/* Skips the current test case with @reason unless it runs on SQLite. */
gboolean  ls_test_skip_unless_sqlite (const char *reason);

G_END_DECLS
