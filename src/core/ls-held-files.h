/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Files this process holds open in a way nothing else in the process may
 * disturb: the databases SQLite has open. Opening and closing such a file
 * by any other means drops the process's POSIX locks on it, and another
 * program may then delete the WAL the open connections still write into;
 * replacing it (rename over it) would swap the database away. Code that
 * opens or replaces a file named by the user asks ls_held_file_check()
 * first. */

/* Records that @path is held; returns a key for ls_held_file_release(), or
 * NULL when the file cannot be found. */
char     *ls_held_file_hold     (const char  *path);
void      ls_held_file_release  (char        *key);
/* Whether @path, or the database whose -wal/-shm file it is, is held. */
gboolean  ls_held_file_is_held  (const char  *path);
/* FALSE with G_FILE_ERROR_EXIST set to one sentence when @path is held. */
gboolean  ls_held_file_check    (const char  *path,
                                 GError     **error);

G_END_DECLS
