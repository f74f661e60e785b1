/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The SQLite engine's insides shared by its two files: the engine
 * (ls-db-sqlite.c) and the file itself — opening it safely, recognising
 * it, and what its errors mean (ls-db-sqlite-file.c), which the engine
 * uses and which uses nothing of it. */

#include "ls-db-sqlite.h"

G_BEGIN_DECLS

/* Long enough for another program's short transaction, short enough that
 * a person is told soon when a program holds the file for long. */
#define BUSY_TIMEOUT_MS 10000

typedef struct
{
  LsDb      parent;
  sqlite3  *handle;
  char     *held_key;             /* see ls-held-files.h */
  gint64    busy_since;           /* when the current wait for a lock began */
  gboolean  file_read_only;       /* the file or its folder cannot be written */
  gboolean  application_id_set;   /* PRAGMA application_id is ours */
  gboolean  restored;             /* restored from a dump: no PRAGMA version yet */
  /* In a batch, persons and entries with ids above these are indexed for
   * search when the batch ends. */
  gboolean  batch;
  gint64    fts_floor[2];
  gint64    series_added;         /* persons the batches of a series placed */
  gboolean  search_order;         /* the schema has search_order (step 14 on) */
  /* The guards' SQL while they are suspended. */
  char     *guards[3];
} Sqlite;

#define SQLITE(db)    ((Sqlite *) (db))

/* For tests that hold the write lock on purpose: how long every
 * connection waits for another program's lock from now on, in
 * milliseconds (BUSY_TIMEOUT_MS until then). */
void     _ls_db_sqlite_set_busy_timeout  (guint             ms);

/* Sets @error from an SQLite result code of @self's connection. */
void     _ls_db_sqlite_set_error         (Sqlite           *self,
                                          int               rc,
                                          GError          **error);
/* Checks what can be checked without opening the file; makes a missing
 * folder 0700 and a missing file 0600; *@read_only when the file or its
 * folder cannot be written. */
gboolean _ls_db_sqlite_prepare_file      (const char       *path,
                                          LsStoreOpenFlags  flags,
                                          gboolean          is_default,
                                          gboolean         *read_only,
                                          GError          **error);
/* SQLite's configuration, once per process. */
void     _ls_db_sqlite_configure_library (void);
/* Opens @self->handle on the file (read-only, or immutable, when it cannot
 * be written); an SQLite result code. */
int      _ls_db_sqlite_connect           (Sqlite           *self);
/* Refuses a file that is not SQLite's or is shorter than its header says,
 * reading through the connection's own file handle. */
gboolean _ls_db_sqlite_check_header      (Sqlite           *self,
                                          GError          **error);
/* Recognises the file as Livsskisse's and reads its schema version,
 * refusing one newer than @latest. */
gboolean _ls_db_sqlite_read_version      (Sqlite           *self,
                                          guint             latest,
                                          guint            *version,
                                          GError          **error);
/* Search order (ls-db-sqlite-order.c): where a new or renamed person
 * goes, and what a batch added, at its end. */
gboolean _ls_db_sqlite_place_person      (LsDb             *db,
                                          gint64            person_id,
                                          GError          **error);
gboolean _ls_db_sqlite_index_batch       (LsDb             *db,
                                          GError          **error);
/* The engine's tidy_step (ls-db.h): the merge of the search index begun
 * at the end of a large series goes on, a bounded step at a time. */
gboolean _ls_db_sqlite_tidy_step         (LsDb             *db,
                                          GError          **error);
/* The database and its side files readable by their owner only. */
void     _ls_db_sqlite_restrict_files    (const char       *path);
void     _ls_db_sqlite_remove_files      (const char       *path,
                                          gboolean          keep_empty);

G_END_DECLS
