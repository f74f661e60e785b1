/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The engine seam: the little the store needs from a database engine, with
 * one implementation per engine (ls-db-sqlite.c, ls-db-pg.c). Everything
 * above it — the repositories, transactions, the audit — is written once.
 *
 * Statements are written in the SQL both engines share, with numbered
 * parameters ?1, ?2, … (PostgreSQL's engine reads them as $1, $2, …), and
 * with `RETURNING id` instead of a last-insert id. What the engines
 * do differently sits here: connecting, preparing, stepping, mapping
 * errors to LsStoreError, the schema's DDL (migrations) and search.
 *
 * A connection is used by one thread at a time, as LsStore is. Nothing in
 * this header is visible outside src/store. */

#include <glib.h>

#include "ls-store.h"

G_BEGIN_DECLS

typedef struct _LsDb         LsDb;
typedef struct _LsDbStmt     LsDbStmt;
typedef struct _LsDbEngine   LsDbEngine;
typedef struct _LsDbListener LsDbListener;

/* One notification read by a listener: its payload ("KIND:PERSON_ID:ID",
 * ids only), and whether a connection of this program sent it. */
typedef void (*LsDbNotifyFunc) (const char *payload,
                                gboolean    own,
                                gpointer    user_data);

typedef enum
{
  LS_DB_ERROR = -1,   /* the step failed; the error is set */
  LS_DB_DONE  = 0,    /* no (more) rows */
  LS_DB_ROW   = 1,    /* a row is ready for the column functions */
} LsDbStep;

/* Parts of statements the engines write differently. A statement names one
 * as @NAME@ (e.g. "WHERE p.id IN (@PERSONS_MATCHING@)"), and the engine's
 * text takes its place when it is prepared. */
typedef enum
{
  /* "persons p" and what joins it to its search document, with a WHERE
   * that keeps the persons matching the search query ?2 (the engine's
   * search_query()); a statement may add "AND …". */
  LS_DB_FRAGMENT_MATCHES,
  /* The summary of each person MATCHES gives (id, given_name, family_name,
   * birth_date, national_id), read where the engine keeps it nearest the
   * match. */
  LS_DB_FRAGMENT_MATCH_SUMMARY,
  /* The ORDER BY terms that give MATCHES in name order, cheapest for the
   * engine. */
  LS_DB_FRAGMENT_MATCH_ORDER,
  /* "persons p", walked in name order (its index persons_sort). */
  LS_DB_FRAGMENT_PERSONS_BY_NAME,
  LS_DB_N_FRAGMENTS
} LsDbFragment;

typedef enum
{
  LS_DB_SQLITE,
  LS_DB_POSTGRESQL,
} LsDbKind;

struct _LsDbEngine
{
  const char *name;                 /* "SQLite", "PostgreSQL" */
  LsDbKind    kind;
  /* Recognises the database as Livsskisse's (or as new and empty) without
   * writing, refuses one from a schema newer than @latest, and sets the
   * connection up; *@version is 0 for an empty database. */
  gboolean    (*open_schema)    (LsDb             *db,
                                 LsStoreOpenFlags  flags,
                                 guint             latest,
                                 guint            *version,
                                 GError          **error);
  /* The schema version, and setting it (inside a migration's transaction). */
  gboolean    (*get_version)    (LsDb       *db,
                                 guint      *version,
                                 GError    **error);
  gboolean    (*set_version)    (LsDb       *db,
                                 guint       version,
                                 GError    **error);
  /* Another connection to the same database, opened as it is. */
  LsDb       *(*reopen)         (LsDb       *db,
                                 GError    **error);
  /* A batch (inside its transaction): search indexing of the rows it adds
   * may wait until its end; @commit FALSE when it is being rolled back. */
  gboolean    (*batch_begin)    (LsDb       *db,
                                 GError    **error);
  gboolean    (*batch_end)      (LsDb       *db,
                                 gboolean    commit,
                                 GError    **error);
  /* While db->tidy_wanted: one bounded step of what the engine tidies
   * after a bulk write, inside a transaction of its own. NULL when the
   * engine never wants it (PostgreSQL: autovacuum keeps its indexes). */
  gboolean    (*tidy_step)      (LsDb       *db,
                                 GError    **error);
  /* Inside a transaction: lets the undo of an import delete what it added
   * although rules protecting issued decisions would refuse the updates
   * its cascades make (ls-store-import.c), and puts the rules back. */
  gboolean    (*suspend_guards) (LsDb       *db,
                                 gboolean    suspend,
                                 GError    **error);
  /* After rows with their own ids went into @table (a copy), new rows
   * get ids above them. NULL when the engine does that by itself. */
  gboolean    (*ids_taken)      (LsDb       *db,
                                 const char *table,
                                 GError    **error);
  /* A person was added or renamed: where the search finds it in name
   * order. NULL when the engine's own triggers see to that. */
  gboolean    (*place_person)   (LsDb       *db,
                                 gint64      person_id,
                                 GError    **error);
  /* *@problem NULL when sound; FALSE when it could not be checked. */
  gboolean    (*check_integrity)(LsDb       *db,
                                 char      **problem,
                                 GError    **error);
  /* A copy of the whole database into the new, empty private file
   * @temp_path, whose final name is @dest (for messages). NULL when the
   * engine has its own tools for that, as a server has. */
  gboolean    (*backup)         (LsDb       *db,
                                 const char *temp_path,
                                 const char *dest,
                                 GError    **error);
  /* Being told of other connections' changes (ls-store-watch.c): a
   * connection of its own, listening; it blocks while it connects, on any
   * thread (it reads only what @db was opened with). NULL when the
   * engine has no such thing (SQLite: one desk). */
  LsDbListener *(*listen)       (LsDb         *db,
                                 GError      **error);
  /* The socket to watch for reading. */
  int         (*listener_fd)    (LsDbListener *listener);
  /* Reads what has arrived without waiting, @func for each notification;
   * FALSE when the connection is lost. */
  gboolean    (*listener_read)  (LsDbListener   *listener,
                                 LsDbNotifyFunc  func,
                                 gpointer        user_data);
  void        (*listener_close) (LsDbListener *listener);
  void        (*close)          (LsDb       *db);
  LsDbStmt   *(*prepare)        (LsDb       *db,
                                 const char *sql,
                                 GError    **error);
  void        (*finalize)       (LsDbStmt   *stmt);
  /* Back to the start, with every parameter unbound (NULL). */
  void        (*reset)          (LsDbStmt   *stmt);
  void        (*bind_null)      (LsDbStmt   *stmt, int index);
  void        (*bind_int64)     (LsDbStmt   *stmt, int index, gint64 value);
  void        (*bind_double)    (LsDbStmt   *stmt, int index, double value);
  void        (*bind_text)      (LsDbStmt   *stmt, int index, const char *text);
  void        (*bind_blob)      (LsDbStmt   *stmt, int index, const void *data, gsize size);
  LsDbStep    (*step)           (LsDbStmt   *stmt,
                                 GError    **error);
  int         (*column_count)   (LsDbStmt   *stmt);
  gboolean    (*column_is_null) (LsDbStmt   *stmt, int index);
  gint64      (*column_int64)   (LsDbStmt   *stmt, int index);
  double      (*column_double)  (LsDbStmt   *stmt, int index);
  /* Valid until the next step or reset; NULL for SQL NULL. */
  const char *(*column_text)    (LsDbStmt   *stmt, int index);
  const void *(*column_blob)    (LsDbStmt   *stmt, int index, gsize *size);
  /* Rows changed by the statement's last step (INSERT, UPDATE, DELETE). */
  gint64      (*changes)        (LsDbStmt   *stmt);
  /* Runs statements without parameters or results (DDL, BEGIN, …). */
  gboolean    (*exec)           (LsDb       *db,
                                 const char *script,
                                 GError    **error);
  /* Whether a transaction is open on the connection. */
  gboolean    (*in_transaction) (LsDb       *db);
  /* The query text for search @words (each a lower-case run of letters
   * and digits) matching every word as a prefix. */
  char       *(*search_query)   (const char * const *words);
  const char *fragments[LS_DB_N_FRAGMENTS];
  /* Starting a transaction that writes (taking the write lock up front
   * where the engine has one), and one that reads a single moment. */
  const char *begin_write;
  const char *begin_read;
};

/* Every connection starts with these fields; an engine's own follow. */
struct _LsDb
{
  const LsDbEngine *engine;
  /* How messages name the database: a file's path, or "NAME on HOST". */
  char             *label;
  /* Where it was opened from: the path, or the URI without a password. */
  char             *location;
  gboolean          read_only;
  /* The server went away and has not been reached again (PostgreSQL). */
  gboolean          offline;
  /* A series of batches close together (an import's chunks): the engine
   * may keep what it sets for a batch (SQLite: checkpointing seldom)
   * from one to the next, until this is cleared before the last ends. */
  gboolean          bulk;
  /* Set by the engine when the end of a series left it something to tidy
   * (tidy_step); cleared by the step that finds nothing left. */
  gboolean          tidy_wanted;
};

struct _LsDbStmt
{
  const LsDbEngine *engine;
  LsDb             *db;
};

/* The engines' constructors. A file is created (folder 0700, file 0600)
 * unless @flags say otherwise; @is_default when @path is the default. */
LsDb        *ls_db_sqlite_open    (const char       *path,
                                   LsStoreOpenFlags  flags,
                                   gboolean          is_default,
                                   GError          **error);
LsDb        *ls_db_pg_open        (const char       *uri,
                                   LsStoreOpenFlags  flags,
                                   GError          **error);

/* Whether @location names a PostgreSQL database (a postgresql:// or
 * postgres:// URI) rather than a file. */
gboolean     ls_db_location_is_server (const char *location);

/* Opens @location (a file path, or a PostgreSQL URI) with its engine. */
LsDb        *ls_db_open           (const char       *location,
                                   LsStoreOpenFlags  flags,
                                   gboolean          is_default,
                                   GError          **error);
void         ls_db_close          (LsDb       *db);
LsDbStmt    *ls_db_prepare        (LsDb       *db,
                                   const char *sql,
                                   GError    **error);
gboolean     ls_db_exec           (LsDb       *db,
                                   const char *script,
                                   GError    **error);

static inline void ls_db_finalize (LsDbStmt *s)                        { s->engine->finalize (s); }
static inline void ls_db_reset    (LsDbStmt *s)                        { s->engine->reset (s); }
static inline void ls_db_bind_null   (LsDbStmt *s, int i)              { s->engine->bind_null (s, i); }
static inline void ls_db_bind_int64  (LsDbStmt *s, int i, gint64 v)    { s->engine->bind_int64 (s, i, v); }
static inline void ls_db_bind_double (LsDbStmt *s, int i, double v)    { s->engine->bind_double (s, i, v); }
static inline void ls_db_bind_blob   (LsDbStmt *s, int i, const void *d, gsize n) { s->engine->bind_blob (s, i, d, n); }
/* NULL binds SQL NULL. */
static inline void ls_db_bind_text   (LsDbStmt *s, int i, const char *t)
{
  if (t == NULL)
    s->engine->bind_null (s, i);
  else
    s->engine->bind_text (s, i, t);
}
static inline LsDbStep ls_db_step (LsDbStmt *s, GError **error)       { return s->engine->step (s, error); }
static inline int      ls_db_column_count   (LsDbStmt *s)              { return s->engine->column_count (s); }
static inline gboolean ls_db_column_is_null (LsDbStmt *s, int i)       { return s->engine->column_is_null (s, i); }
static inline gint64   ls_db_column_int64   (LsDbStmt *s, int i)       { return s->engine->column_int64 (s, i); }
static inline int      ls_db_column_int     (LsDbStmt *s, int i)       { return (int) s->engine->column_int64 (s, i); }
static inline double   ls_db_column_double  (LsDbStmt *s, int i)       { return s->engine->column_double (s, i); }
static inline const char *ls_db_column_text (LsDbStmt *s, int i)       { return s->engine->column_text (s, i); }
static inline const void *ls_db_column_blob (LsDbStmt *s, int i, gsize *n) { return s->engine->column_blob (s, i, n); }
static inline gint64   ls_db_changes        (LsDbStmt *s)              { return s->engine->changes (s); }

/* Splits @text into search words: lower-case runs of letters and digits
 * (as SQLite's unicode61 tokenizer does), at most 16. */
char       **ls_db_search_words   (const char *text);

G_END_DECLS
