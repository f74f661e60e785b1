/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SQLite engine: one file on one desk. Opening it safely: a file that
 * cannot be used is refused before anything is written to it, and a new
 * one is private (0600 in a 0700 folder) from its first byte. Only SQLite
 * opens the file and its -wal/-shm side files (see check_header()). */
#define G_LOG_DOMAIN "ls-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ls-db-sqlite-private.h"
#include "ls-held-files.h"
#include "ls-store-private.h"

#define BATCH_CHECKPOINT_PAGES   16384   /* 64 MB of WAL */
#define DEFAULT_CHECKPOINT_PAGES 1000    /* SQLite's default */

typedef struct
{
  LsDbStmt      parent;
  sqlite3_stmt *stmt;
  /* An "INSERT … VALUES (…) RETURNING id" prepared without its RETURNING
   * (SQLite gathers returned rows in a temporary table of their own, a
   * b-tree opened and zeroed for every insert): its one row is the id
   * SQLite gives the row it inserted. */
  gboolean      returns_rowid;
  enum { ROWID_UNSTEPPED, ROWID_ROW, ROWID_DONE } rowid_state;
  gint64        rowid;
  char          rowid_text[24];
} SqliteStmt;

static const LsDbEngine sqlite_engine;

/* Triggers that refuse changing an issued decision and its goals and
 * measures. */
static const char * const guard_names[] = {
  "decisions_issued_immutable",
  "goals_update_immutable",
  "measures_update_immutable",
};

#define STMT(s)       (((SqliteStmt *) (s))->stmt)
#define SSTMT(s)      ((SqliteStmt *) (s))

/* Statements. */

#define RETURNING_ID " RETURNING id"

/* Whether @sql inserts one row and returns its id, and nothing else: a
 * single VALUES, no SELECT, no upsert (whose update gives no new id). The
 * tables with an id all have it as INTEGER PRIMARY KEY, the rowid. */
static gboolean
inserts_one_returning_id (const char *sql)
{
  return g_str_has_prefix (sql, "INSERT INTO ") && g_str_has_suffix (sql, RETURNING_ID)
         && strstr (sql, " VALUES (") != NULL && strstr (sql, "), (") == NULL
         && strstr (sql, "SELECT") == NULL && strstr (sql, "ON CONFLICT") == NULL
         && strstr (sql, " OR ") == NULL;
}

static LsDbStmt *
sqlite_prepare (LsDb       *db,
                const char *sql,
                GError    **error)
{
  Sqlite *self = SQLITE (db);
  sqlite3_stmt *stmt = NULL;
  gboolean returns_rowid = inserts_one_returning_id (sql);
  SqliteStmt *s;
  int rc;

  rc = sqlite3_prepare_v3 (self->handle, sql,
                           returns_rowid ? (int) (strlen (sql) - strlen (RETURNING_ID)) : -1,
                           SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_warning ("Could not prepare a statement: %s", sqlite3_errmsg (self->handle));
      _ls_db_sqlite_set_error (self, rc, error);
      return NULL;
    }
  s = g_new0 (SqliteStmt, 1);
  s->parent.engine = &sqlite_engine;
  s->parent.db = db;
  s->stmt = stmt;
  s->returns_rowid = returns_rowid;
  return &s->parent;
}

static void
sqlite_finalize (LsDbStmt *stmt)
{
  sqlite3_finalize (STMT (stmt));
  g_free (stmt);
}

static void
sqlite_reset (LsDbStmt *stmt)
{
  sqlite3_reset (STMT (stmt));
  sqlite3_clear_bindings (STMT (stmt));
  SSTMT (stmt)->rowid_state = ROWID_UNSTEPPED;
}

static void
sqlite_bind_null (LsDbStmt *stmt, int index)
{
  sqlite3_bind_null (STMT (stmt), index);
}

static void
sqlite_bind_int64 (LsDbStmt *stmt, int index, gint64 value)
{
  sqlite3_bind_int64 (STMT (stmt), index, value);
}

static void
sqlite_bind_double (LsDbStmt *stmt, int index, double value)
{
  sqlite3_bind_double (STMT (stmt), index, value);
}

static void
sqlite_bind_text (LsDbStmt *stmt, int index, const char *text)
{
  sqlite3_bind_text (STMT (stmt), index, text, -1, SQLITE_TRANSIENT);
}

static void
sqlite_bind_blob (LsDbStmt *stmt, int index, const void *data, gsize size)
{
  sqlite3_bind_blob64 (STMT (stmt), index, data != NULL ? data : "", size, SQLITE_TRANSIENT);
}

static LsDbStep
sqlite_step (LsDbStmt *stmt,
             GError  **error)
{
  SqliteStmt *s = SSTMT (stmt);
  int rc;

  if (s->returns_rowid && s->rowid_state != ROWID_UNSTEPPED)
    {
      s->rowid_state = ROWID_DONE;
      return LS_DB_DONE;
    }
  rc = sqlite3_step (s->stmt);
  if (rc == SQLITE_DONE && s->returns_rowid)
    {
      sqlite3 *handle = SQLITE (stmt->db)->handle;

      /* The insert ran to its end (as RETURNING would have it): its row
       * now, none when it inserted none. */
      s->rowid_state = ROWID_DONE;
      if (sqlite3_changes64 (handle) == 0)
        return LS_DB_DONE;
      s->rowid = sqlite3_last_insert_rowid (handle);
      s->rowid_state = ROWID_ROW;
      return LS_DB_ROW;
    }
  if (rc == SQLITE_ROW)
    return LS_DB_ROW;
  if (rc == SQLITE_DONE)
    return LS_DB_DONE;
  /* The extended code, when it is the same error. */
  if ((sqlite3_extended_errcode (SQLITE (stmt->db)->handle) & 0xff) == (rc & 0xff))
    rc = sqlite3_extended_errcode (SQLITE (stmt->db)->handle);
  _ls_db_sqlite_set_error (SQLITE (stmt->db), rc, error);
  sqlite3_reset (STMT (stmt));
  return LS_DB_ERROR;
}

/* The returned id of an insert prepared without its RETURNING. */
static gboolean
is_rowid (LsDbStmt *stmt,
          int       index)
{
  return SSTMT (stmt)->returns_rowid && index == 0 && SSTMT (stmt)->rowid_state == ROWID_ROW;
}

static int
sqlite_column_count (LsDbStmt *stmt)
{
  return SSTMT (stmt)->returns_rowid ? 1 : sqlite3_column_count (STMT (stmt));
}

static gboolean
sqlite_column_is_null (LsDbStmt *stmt, int index)
{
  if (SSTMT (stmt)->returns_rowid)
    return !is_rowid (stmt, index);
  return sqlite3_column_type (STMT (stmt), index) == SQLITE_NULL;
}

static gint64
sqlite_column_int64 (LsDbStmt *stmt, int index)
{
  if (SSTMT (stmt)->returns_rowid)
    return is_rowid (stmt, index) ? SSTMT (stmt)->rowid : 0;
  return sqlite3_column_int64 (STMT (stmt), index);
}

static double
sqlite_column_double (LsDbStmt *stmt, int index)
{
  if (SSTMT (stmt)->returns_rowid)
    return (double) sqlite_column_int64 (stmt, index);
  return sqlite3_column_double (STMT (stmt), index);
}

static const char *
sqlite_column_text (LsDbStmt *stmt, int index)
{
  SqliteStmt *s = SSTMT (stmt);

  if (!s->returns_rowid)
    return (const char *) sqlite3_column_text (s->stmt, index);
  if (!is_rowid (stmt, index))
    return NULL;
  g_snprintf (s->rowid_text, sizeof s->rowid_text, "%" G_GINT64_FORMAT, s->rowid);
  return s->rowid_text;
}

static const void *
sqlite_column_blob (LsDbStmt *stmt, int index, gsize *size)
{
  const void *data;

  if (SSTMT (stmt)->returns_rowid)
    {
      data = sqlite_column_text (stmt, index);
      *size = data != NULL ? strlen (data) : 0;
      return data;
    }
  data = sqlite3_column_blob (STMT (stmt), index);
  *size = sqlite3_column_bytes (STMT (stmt), index);
  return data;
}

static gint64
sqlite_changes (LsDbStmt *stmt)
{
  return sqlite3_changes64 (SQLITE (stmt->db)->handle);
}

static gboolean
sqlite_exec (LsDb       *db,
             const char *script,
             GError    **error)
{
  Sqlite *self = SQLITE (db);

  if (sqlite3_exec (self->handle, script, NULL, NULL, NULL) != SQLITE_OK)
    {
      _ls_db_sqlite_set_error (self, sqlite3_extended_errcode (self->handle), error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
sqlite_in_transaction (LsDb *db)
{
  return !sqlite3_get_autocommit (SQLITE (db)->handle);
}

/* Every word as a quoted FTS5 prefix term. */
static char *
sqlite_search_query (const char * const *words)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    g_string_append_printf (out, "%s\"%s\"*", i > 0 ? " " : "", words[i]);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
sqlite_open_schema (LsDb             *db,
                    LsStoreOpenFlags  flags,
                    guint             latest,
                    guint            *version,
                    GError          **error)
{
  Sqlite *self = SQLITE (db);
  gboolean as_is = (flags & (LS_STORE_OPEN_NO_MIGRATE | LS_STORE_OPEN_READ_ONLY)) != 0;

  if (!_ls_db_sqlite_check_header (self, error) || !_ls_db_sqlite_read_version (self, latest, version, error))
    return FALSE;
  /* Without migration an empty file has nothing to check or copy. */
  if (as_is && *version == 0)
    {
      _ls_db_sqlite_set_error (self, SQLITE_NOTADB, error);
      return FALSE;
    }
  /* Nor is anything written to an empty file a command only reads: the
   * store refuses it (LS_STORE_OPEN_EXISTING, ls-store.c). */
  if ((flags & LS_STORE_OPEN_EXISTING) && *version == 0)
    return TRUE;
  if (!as_is && !sqlite_exec (db, "PRAGMA journal_mode=WAL", error))
    return FALSE;
  /* A larger page cache (32 MB) keeps the indexes of a big caseload in
   * memory. */
  if (!(db->read_only || sqlite_exec (db, "PRAGMA synchronous=FULL", error))
      || !sqlite_exec (db, "PRAGMA foreign_keys=ON", error)
      || !sqlite_exec (db, "PRAGMA cache_size=-32768", error))
    return FALSE;
  if (!db->read_only && !self->application_id_set && *version > 0)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d", LS_SQLITE_APPLICATION_ID);

      if (!sqlite_exec (db, sql, error))
        return FALSE;
      self->application_id_set = TRUE;
    }
  if (!db->read_only && self->restored)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %u", *version);

      if (!sqlite_exec (db, sql, error))
        return FALSE;
      self->restored = FALSE;
    }
  /* Opened as it is (another connection, a backup): no change of mode. */
  if (!as_is)
    _ls_db_sqlite_restrict_files (db->location);
  return TRUE;
}

static gboolean
sqlite_get_version (LsDb    *db,
                    guint   *version,
                    GError **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (SQLITE (db)->handle, "PRAGMA user_version", -1, &stmt, NULL);

  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      *version = sqlite3_column_int (stmt, 0);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    _ls_db_sqlite_set_error (SQLITE (db), rc, error);
  return rc == SQLITE_OK;
}

static gboolean
sqlite_set_version (LsDb    *db,
                    guint    version,
                    GError **error)
{
  g_autofree char *sql = g_strdup_printf ("PRAGMA user_version = %u; PRAGMA application_id = %d",
                                          version, LS_SQLITE_APPLICATION_ID);
  g_autofree char *row = g_strdup_printf ("INSERT INTO ls_schema (id, application, version)"
                                          " VALUES (1, 'livsskisse', %u)"
                                          " ON CONFLICT (id) DO UPDATE SET version = excluded.version", version);

  /* The table exists from schema 8 on. */
  if (!sqlite_exec (db, sql, error) || (version >= 8 && !sqlite_exec (db, row, error)))
    return FALSE;
  SQLITE (db)->application_id_set = TRUE;
  return TRUE;
}

static void
sqlite_close (LsDb *db)
{
  Sqlite *self = SQLITE (db);

  g_clear_pointer (&self->held_key, ls_held_file_release);
  if (self->handle != NULL)
    sqlite3_close_v2 (self->handle);
  for (guint i = 0; i < G_N_ELEMENTS (self->guards); i++)
    g_free (self->guards[i]);
  g_free (db->label);
  g_free (db->location);
  g_free (self);
}

static LsDb *
open_file (const char       *path,
           LsStoreOpenFlags  flags,
           gboolean          is_default,
           GError          **error)
{
  Sqlite *self;
  gboolean file_read_only;
  int rc;

  if (!_ls_db_sqlite_prepare_file (path, flags, is_default, &file_read_only, error))
    return NULL;
  _ls_db_sqlite_configure_library ();
  self = g_new0 (Sqlite, 1);
  self->parent.engine = &sqlite_engine;
  self->parent.label = g_strdup (path);
  self->parent.location = g_strdup (path);
  /* Reading only never writes, whatever the file allows. */
  self->parent.read_only = file_read_only || (flags & LS_STORE_OPEN_READ_ONLY);
  self->file_read_only = file_read_only;
  rc = _ls_db_sqlite_connect (self);
  if (rc != SQLITE_OK)
    {
      _ls_db_sqlite_set_error (self, rc, error);
      sqlite_close (&self->parent);
      return NULL;
    }
  self->held_key = ls_held_file_hold (path);
  /* A writable file read by `check` (perhaps while the app has it open)
   * is read through an ordinary connection that SQLite refuses to write. */
  if (self->parent.read_only && !file_read_only && !sqlite_exec (&self->parent, "PRAGMA query_only=ON", error))
    {
      sqlite_close (&self->parent);
      return NULL;
    }
  return &self->parent;
}

LsDb *
ls_db_sqlite_open (const char       *path,
                   LsStoreOpenFlags  flags,
                   gboolean          is_default,
                   GError          **error)
{
  return open_file (path, flags, is_default, error);
}

static LsDb *
sqlite_reopen (LsDb    *db,
               GError **error)
{
  return open_file (db->location, db->read_only ? LS_STORE_OPEN_READ_ONLY : LS_STORE_OPEN_NO_MIGRATE,
                    FALSE, error);
}

/* Batches: search indexing of the rows a batch adds waits until its end,
 * which is several times faster than row by row. */

static gboolean
query_int64 (Sqlite     *self,
             const char *sql,
             gint64      param,
             gint64     *value,
             GError    **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->handle, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK && param >= 0)
    sqlite3_bind_int64 (stmt, 1, param);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      if (value != NULL)
        *value = sqlite3_column_int64 (stmt, 0);
      rc = SQLITE_OK;
    }
  else if (rc == SQLITE_DONE)
    rc = SQLITE_OK;
  if (rc != SQLITE_OK)
    rc = sqlite3_extended_errcode (self->handle);
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    _ls_db_sqlite_set_error (self, rc, error);
  return rc == SQLITE_OK;
}

/* Whether the schema keeps the batch in the search_batch table (8 on). */
static gboolean
has_batch_table (Sqlite *self)
{
  gint64 found = 0;

  return query_int64 (self, "SELECT count(*) FROM sqlite_master WHERE name = 'search_batch'", -1, &found, NULL)
         && found > 0;
}

static gboolean
sqlite_batch_begin (LsDb    *db,
                    GError **error)
{
  Sqlite *self = SQLITE (db);

  if (!query_int64 (self, "SELECT coalesce (max (id), 0) FROM persons", -1, &self->fts_floor[0], error)
      || !query_int64 (self, "SELECT coalesce (max (id), 0) FROM sketch_entries", -1, &self->fts_floor[1], error))
    return FALSE;
  if (has_batch_table (self)
      && (!query_int64 (self, "INSERT INTO search_batch (kind, floor) VALUES (0, ?1)", self->fts_floor[0], NULL, error)
          || !query_int64 (self, "INSERT INTO search_batch (kind, floor) VALUES (1, ?1)", self->fts_floor[1], NULL, error)))
    return FALSE;
  /* Checkpoint less often while the batch runs: the same index pages are
   * then copied back once instead of after every few megabytes. */
  sqlite3_wal_autocheckpoint (self->handle, BATCH_CHECKPOINT_PAGES);
  self->batch = TRUE;
  return TRUE;
}

static gboolean
sqlite_batch_end (LsDb     *db,
                  gboolean  commit,
                  GError  **error)
{
  Sqlite *self = SQLITE (db);
  gboolean ok = TRUE;

  if (!self->batch)
    return TRUE;
  self->batch = FALSE;
  if (!db->bulk || !commit)
    sqlite3_wal_autocheckpoint (self->handle, DEFAULT_CHECKPOINT_PAGES);
  if (!commit)
    {
      self->series_added = 0;
      return TRUE;   /* the rollback takes the search_batch rows back too */
    }
  /* Indexes the rows the batch added, from their final content. */
  ok = _ls_db_sqlite_index_batch (db, error)
       && (!has_batch_table (self) || query_int64 (self, "DELETE FROM search_batch", -1, NULL, error));
  return ok;
}

/* Drops the guard triggers (keeping their SQL) or puts them back. */
static gboolean
sqlite_suspend_guards (LsDb     *db,
                       gboolean  suspend,
                       GError  **error)
{
  Sqlite *self = SQLITE (db);

  for (guint i = 0; i < G_N_ELEMENTS (guard_names); i++)
    {
      g_autofree char *drop = NULL;
      sqlite3_stmt *stmt = NULL;
      int rc;

      if (!suspend)
        {
          g_autofree char *sql = g_steal_pointer (&self->guards[i]);

          if (sql != NULL && !sqlite_exec (db, sql, error))
            return FALSE;
          continue;
        }
      rc = sqlite3_prepare_v2 (self->handle, "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?1",
                               -1, &stmt, NULL);
      if (rc == SQLITE_OK)
        {
          sqlite3_bind_text (stmt, 1, guard_names[i], -1, SQLITE_STATIC);
          rc = sqlite3_step (stmt);
          if (rc == SQLITE_ROW)
            {
              g_free (self->guards[i]);
              self->guards[i] = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
              rc = SQLITE_DONE;
            }
        }
      sqlite3_finalize (stmt);
      if (rc != SQLITE_DONE)
        {
          _ls_db_sqlite_set_error (self, rc, error);
          return FALSE;
        }
      drop = g_strdup_printf ("DROP TRIGGER IF EXISTS \"%s\"", guard_names[i]);
      if (!sqlite_exec (db, drop, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
sqlite_check_integrity (LsDb    *db,
                        char   **problem,
                        GError **error)
{
  Sqlite *self = SQLITE (db);
  sqlite3_stmt *stmt = NULL;
  g_autoptr(GString) found = g_string_new (NULL);
  int rc;

  *problem = NULL;
  rc = sqlite3_prepare_v2 (self->handle, "PRAGMA integrity_check(20)", -1, &stmt, NULL);
  while (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *line = (const char *) sqlite3_column_text (stmt, 0);

      if (g_strcmp0 (line, "ok") != 0)
        {
          if (found->len > 0)
            g_string_append (found, "; ");
          g_string_append (found, line);
        }
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc == SQLITE_CORRUPT || rc == SQLITE_NOTADB)
    {
      *problem = g_strdup (sqlite3_errstr (rc));
      return TRUE;
    }
  if (rc != SQLITE_DONE)
    {
      _ls_db_sqlite_set_error (self, rc, error);
      return FALSE;
    }
  /* A foreign key pointing nowhere is damage too. */
  rc = sqlite3_prepare_v2 (self->handle, "PRAGMA foreign_key_check", -1, &stmt, NULL);
  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      if (found->len > 0)
        g_string_append (found, "; ");
      g_string_append_printf (found, "broken reference in table %s", sqlite3_column_text (stmt, 0));
    }
  sqlite3_finalize (stmt);
  /* A check that could not run says nothing about the file. */
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _ls_db_sqlite_set_error (self, rc, error);
      return FALSE;
    }
  if (found->len > 0)
    *problem = g_string_free (g_steal_pointer (&found), FALSE);
  return TRUE;
}

static gboolean
sqlite_backup (LsDb       *db,
               const char *temp_path,
               const char *dest,
               GError    **error)
{
  sqlite3 *target = NULL;
  sqlite3_backup *backup;
  int rc, sys_errno;

  rc = sqlite3_open_v2 (temp_path, &target, SQLITE_OPEN_READWRITE, NULL);
  if (rc == SQLITE_OK)
    {
      backup = sqlite3_backup_init (target, "main", SQLITE (db)->handle, "main");
      if (backup == NULL)
        rc = sqlite3_errcode (target);
      else
        {
          rc = sqlite3_backup_step (backup, -1);
          sqlite3_backup_finish (backup);
          if (rc == SQLITE_DONE)
            rc = SQLITE_OK;
        }
    }
  sys_errno = target != NULL ? sqlite3_system_errno (target) : 0;
  sqlite3_close (target);
  if (rc != SQLITE_OK)
    {
      _ls_db_sqlite_error (dest, rc, sys_errno, error);
      return FALSE;
    }
  return TRUE;
}

sqlite3 *
_ls_db_sqlite_handle (LsDb *db)
{
  g_return_val_if_fail (db->engine == &sqlite_engine, NULL);
  return SQLITE (db)->handle;
}

static const LsDbEngine sqlite_engine = {
  .name = "SQLite",
  .kind = LS_DB_SQLITE,
  .open_schema = sqlite_open_schema,
  .get_version = sqlite_get_version,
  .set_version = sqlite_set_version,
  .reopen = sqlite_reopen,
  .batch_begin = sqlite_batch_begin,
  .batch_end = sqlite_batch_end,
  .tidy_step = _ls_db_sqlite_tidy_step,
  .place_person = _ls_db_sqlite_place_person,
  .suspend_guards = sqlite_suspend_guards,
  .check_integrity = sqlite_check_integrity,
  .backup = sqlite_backup,
  .close = sqlite_close,
  .prepare = sqlite_prepare,
  .finalize = sqlite_finalize,
  .reset = sqlite_reset,
  .bind_null = sqlite_bind_null,
  .bind_int64 = sqlite_bind_int64,
  .bind_double = sqlite_bind_double,
  .bind_text = sqlite_bind_text,
  .bind_blob = sqlite_bind_blob,
  .step = sqlite_step,
  .column_count = sqlite_column_count,
  .column_is_null = sqlite_column_is_null,
  .column_int64 = sqlite_column_int64,
  .column_double = sqlite_column_double,
  .column_text = sqlite_column_text,
  .column_blob = sqlite_column_blob,
  .changes = sqlite_changes,
  .exec = sqlite_exec,
  .in_transaction = sqlite_in_transaction,
  .search_query = sqlite_search_query,
  /* IMMEDIATE: a busy database waits (busy_wait) instead of failing half way. */
  .begin_write = "BEGIN IMMEDIATE",
  .begin_read = "BEGIN DEFERRED",
  .fragments = {
    /* The summary comes from search_order's index in rank order, the
     * matches' own order, so a page of them is read from a few pages of
     * the file; persons is read only when a condition asks for more (an
     * unused LEFT JOIN on its key is left out: schema step 18). A rank
     * never outlives its person (foreign key, ON DELETE CASCADE), so the
     * LEFT JOIN finds every person the inner join found. */
    [LS_DB_FRAGMENT_MATCHES] =
      "person_words_fts w JOIN search_order o ON o.rank = w.rowid LEFT JOIN persons p ON p.id = o.person_id"
      " WHERE w.person_words_fts MATCH ?2",
    [LS_DB_FRAGMENT_MATCH_SUMMARY] = "o.person_id, o.given_name, o.family_name, o.birth_date, o.national_id",
    [LS_DB_FRAGMENT_MATCH_ORDER] = "w.rowid",
    [LS_DB_FRAGMENT_PERSONS_BY_NAME] = "persons p INDEXED BY persons_sort",
  },
};
