/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The SQLite engine's insides, for tests that look at the file itself. */

#include <sqlite3.h>

#include "ls-db.h"

G_BEGIN_DECLS

/* PRAGMA application_id of a Livsskisse database: "LvSk". */
#define LS_SQLITE_APPLICATION_ID 0x4c76536b

/* Sets @error from an SQLite result code and the operating system's errno
 * behind it (0 if unknown), naming @path and never the data. */
void     _ls_db_sqlite_error  (const char *path,
                               int         rc,
                               int         sys_errno,
                               GError    **error);
/* The connection of an SQLite @db. */
sqlite3 *_ls_db_sqlite_handle (LsDb       *db);
/* For tests: the pages of work of each step of tidying the search index
 * after a series (0: as built). */
void     _ls_db_sqlite_set_tidy_pages (guint pages);

G_END_DECLS
