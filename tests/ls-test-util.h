/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

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

G_END_DECLS
