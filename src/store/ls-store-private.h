/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The SQLite backend's insides, shared by the repository files. Nothing
 * outside src/store (and tests of the store) includes this. */

#include <sqlite3.h>

#include "ls-decision.h"
#include "ls-store-decisions.h"
#include "ls-sketch-entry.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* PRAGMA application_id of a Livsskisse database: "LvSk". */
#define LS_STORE_APPLICATION_ID 0x4c76536b

struct _LsStore
{
  GObject     parent_instance;
  sqlite3    *db;
  char       *path;
  char       *os_user;
  char       *actor;
  GHashTable *statements;   /* const char *sql (static) -> sqlite3_stmt */
  guint       schema_version;
  gboolean    read_only;            /* opened for reading only */
  gboolean    application_id_set;   /* PRAGMA application_id is ours */
  char       *held_key;             /* see ls-held-files.h */
  gint64      busy_since;           /* when the current wait for a lock began */
  guint       transaction_depth;
  /* In a batch, persons and entries with ids above these are indexed for
   * search when the batch ends (0: not in a batch). */
  gboolean    batch;
  gint64      fts_floor[2];
};

/* A cached prepared statement for the static string @sql, reset and with
 * bindings cleared; NULL with @error set on failure. */
sqlite3_stmt *_ls_store_statement   (LsStore      *self,
                                     const char   *sql,
                                     GError      **error);
/* Sets @error from an SQLite result code, naming the file and never the data. */
void          _ls_store_set_error   (LsStore      *self,
                                     int           rc,
                                     GError      **error);
/* The same from a code and the operating system's errno behind it (0 if
 * unknown), for files that are not the store's own connection. */
void          _ls_store_error_from_code (const char *path,
                                     int           rc,
                                     int           sys_errno,
                                     GError      **error);
void          _ls_store_set_not_found (LsStore  *self,
                                     GError      **error);
/* Steps a statement that returns no rows; resets it. */
gboolean      _ls_store_step_done   (LsStore      *self,
                                     sqlite3_stmt *stmt,
                                     GError      **error);
/* The first column of the first row of @sql (static) as a 64-bit number;
 * a query without a row fails. */
gboolean      _ls_store_query_id    (LsStore      *self,
                                     const char   *sql,
                                     gint64       *id,
                                     GError      **error);
gboolean      _ls_store_exec        (LsStore      *self,
                                     const char   *sql,
                                     GError      **error);

/* Replaces an owner's LsParticipant rows: @delete_sql (static, owner id as
 * ?1; NULL for a new owner) then @insert_sql (owner, position, name, role,
 * contribution as ?1..?5) for each of @participants. */
gboolean      _ls_store_write_participants (LsStore    *self,
                                     const char   *delete_sql,
                                     const char   *insert_sql,
                                     gint64        owner_id,
                                     GPtrArray    *participants,
                                     GError      **error);

/* Makes one object from the current row of a statement. */
typedef gpointer (*LsRowFunc) (sqlite3_stmt *stmt);
/* Steps @stmt to its end, adding @row_func's object for each row to @rows;
 * resets it. FALSE with @error if SQLite failed. */
gboolean      _ls_store_collect_rows (LsStore      *self,
                                     sqlite3_stmt *stmt,
                                     LsRowFunc     row_func,
                                     GPtrArray    *rows,
                                     GError      **error);
/* The object @row_func makes from the first row of @stmt; resets it. NULL
 * with @error (not found when there is no row) otherwise. */
gpointer      _ls_store_fetch_row   (LsStore      *self,
                                     sqlite3_stmt *stmt,
                                     LsRowFunc     row_func,
                                     GError      **error);

/* Transactions nest: only the outermost begin/commit reaches SQLite. */
gboolean      _ls_store_begin       (LsStore      *self,
                                     GError      **error);
gboolean      _ls_store_commit      (LsStore      *self,
                                     GError      **error);
void          _ls_store_rollback    (LsStore      *self);

/* Binding helpers: NULL strings, invalid dates and id 0 become SQL NULL. */
void          _ls_bind_text         (sqlite3_stmt *stmt,
                                     int           index,
                                     const char   *text);
void          _ls_bind_date         (sqlite3_stmt *stmt,
                                     int           index,
                                     const GDate  *date);
void          _ls_bind_id           (sqlite3_stmt *stmt,
                                     int           index,
                                     gint64        id);
const char   *_ls_column_text       (sqlite3_stmt *stmt,
                                     int           index);
GDate        *_ls_column_date       (sqlite3_stmt *stmt,
                                     int           index);

/* Inserts @entry (id 0, then sets its id) or updates it by id (not found if
 * it is gone); no transaction, no audit row (ls-store-sketches.c). */
gboolean      _ls_store_write_entry (LsStore       *self,
                                     LsSketchEntry *entry,
                                     GError       **error);

/* Deletes row @id with @delete_sql (static, id as ?1) in a transaction with
 * a "delete" audit row for @object of the person @person_sql finds. */
gboolean      _ls_store_delete_audited (LsStore    *self,
                                     const char   *person_sql,
                                     const char   *delete_sql,
                                     const char   *object,
                                     gint64        id,
                                     GError      **error);

/* Issues the saved draft @decision and, with @supersede, in the same
 * transaction supersedes the decision it refers to while that one is in
 * force. @decision says issued only once the outermost commit succeeded
 * (ls-store-decisions.c). */
gboolean      _ls_store_issue       (LsStore      *self,
                                     LsDecision   *decision,
                                     const char   *issued_by,
                                     const GDate  *issued_date,
                                     gboolean      four_eyes,
                                     gboolean      supersede,
                                     LsIssueFreezeFunc freeze,
                                     gpointer      user_data,
                                     GError      **error);

/* The person's newest finished sketch dated on or before @until (any
 * date when NULL): 0 when none, -1 on error. */
gint64        _ls_store_finished_sketch_until (LsStore     *self,
                                               gint64       person_id,
                                               const GDate *until,
                                               GError     **error);

/* The goals and measures of @decision not stored yet (id 0), so that a
 * failed transaction can take back the ids a save gave them with
 * _ls_store_forget_ids() (ls-store-decisions.c). */
GPtrArray    *_ls_store_unsaved_parts (LsDecision *decision);
/* Sets the "id" property of each object in @objects back to 0. */
void          _ls_store_forget_ids  (GPtrArray    *objects);

/* A new LsPerson from the columns id, given, family, birth date, national id
 * (ls-store-persons.c). */
gpointer      _ls_store_person_from_row (sqlite3_stmt *stmt);

/* Persons whose names match the words of @query, then persons with sketch
 * entries matching them, at most @limit (ls-store-persons.c). The static
 * statements @names_sql and @entries_sql select person ids, with the FTS
 * query as ?2 and (names) the limit as ?3; any condition they add on the
 * person p may use @param_1 (a date, NULL for none) as ?1. */
GPtrArray    *_ls_store_search      (LsStore      *self,
                                     const char   *query,
                                     guint         limit,
                                     const char   *names_sql,
                                     const char   *entries_sql,
                                     const GDate  *param_1,
                                     GError      **error);

/* The person a sketch, decision, ... belongs to, for the audit row. */
gint64        _ls_store_person_of   (LsStore      *self,
                                     const char   *sql,
                                     gint64        id,
                                     GError      **error);

/* Norwegian order: … X Y Z Æ Ø Å, case folded, accents secondary. */
int           _ls_collate_nb        (void         *user_data,
                                     int           len_a,
                                     const void   *a,
                                     int           len_b,
                                     const void   *b);
int           _ls_collate_nb_strcmp (const char   *a,
                                     const char   *b);

/* Migrations (ls-store-migrations.c). */
guint         _ls_store_latest_version (void);
/* Brings @db from @from to @to, each step in its own transaction. */
gboolean      _ls_store_migrate     (LsStore      *self,
                                     guint         from,
                                     guint         to,
                                     GError      **error);
/* Copies the shipped catalogs into empty catalog tables. */
gboolean      _ls_store_seed_catalogs (LsStore    *self,
                                     GError      **error);

/* Undoes the imports whose process has died (ls-store-import.c). */
gboolean      _ls_store_undo_dead_imports (LsStore *self,
                                     GError      **error);

/* For tests: open without migrating a new file beyond @version. */
LsStore      *_ls_store_open_at_version (const char *path,
                                     guint         version,
                                     GError      **error);
sqlite3      *_ls_store_get_db      (LsStore      *self);

G_END_DECLS
