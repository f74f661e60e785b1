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

#include "ls-db-sqlite.h"
#include "ls-held-files.h"
#include "ls-store-private.h"

/* Long enough for another program's short transaction, short enough that
 * a person is told soon when a program holds the file for long. */
#define BUSY_TIMEOUT_MS 10000

#define BATCH_CHECKPOINT_PAGES   16384   /* 64 MB of WAL */
#define DEFAULT_CHECKPOINT_PAGES 1000    /* SQLite's default */

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
  /* The guards' SQL while they are suspended. */
  char     *guards[3];
} Sqlite;

typedef struct
{
  LsDbStmt      parent;
  sqlite3_stmt *stmt;
} SqliteStmt;

static const LsDbEngine sqlite_engine;

/* Triggers that refuse changing an issued decision and its goals and
 * measures. */
static const char * const guard_names[] = {
  "decisions_issued_immutable",
  "goals_update_immutable",
  "measures_update_immutable",
};

#define SQLITE(db)    ((Sqlite *) (db))
#define STMT(s)       (((SqliteStmt *) (s))->stmt)

/* What an operating-system error behind an SQLite I/O error means for the
 * person reading the message. */
static gboolean
error_from_errno (const char *path,
                  int         sys_errno,
                  GError    **error)
{
  switch (sys_errno)
    {
    case ENOSPC:
    case EDQUOT:
    case EFBIG:
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_FULL,
                   _("The disk is full: could not use the database “%s”"), path);
      return TRUE;
    case EACCES:
    case EPERM:
    case EROFS:
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_READ_ONLY,
                   _("The database “%s” or its folder cannot be written to"), path);
      return TRUE;
    case EIO:
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_FAILED,
                   _("The disk holding the database “%s” reported a read or write error"), path);
      return TRUE;
    default:
      return FALSE;
    }
}

void
_ls_db_sqlite_error (const char *path,
                     int         rc,
                     int         sys_errno,
                     GError    **error)
{
  switch (rc & 0xff)
    {
    case SQLITE_NOTADB:
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_A_DATABASE,
                   _("“%s” is not a Livsskisse database"), path);
      break;
    case SQLITE_CORRUPT:
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged"), path);
      break;
    case SQLITE_FULL:
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_FULL,
                   _("The disk is full: could not save to “%s”"), path);
      break;
    case SQLITE_READONLY:
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_READ_ONLY,
                   _("The database “%s” cannot be written to"), path);
      break;
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      if (!error_from_errno (path, sys_errno, error))
        g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                     _("The database “%s” cannot be opened"), path);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_BUSY,
                   _("The database “%s” is in use by another program, which did not let go of it within %d seconds; try again in a moment"),
                   path, BUSY_TIMEOUT_MS / 1000);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID,
                   _("The change breaks a rule of the database “%s” (code %d)"), path, rc);
      break;
    case SQLITE_IOERR:
      /* A shared-memory file that cannot grow is a full disk too. */
      if (error_from_errno (path, sys_errno, error))
        break;
      if (rc == SQLITE_IOERR_SHMSIZE || rc == SQLITE_IOERR_WRITE || rc == SQLITE_IOERR_FSYNC)
        {
          g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_FULL,
                       _("The disk is full or failing: could not write beside the database “%s”"), path);
          break;
        }
      G_GNUC_FALLTHROUGH;
    default:
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_FAILED,
                   _("Could not read or write the database “%s” (code %d)"), path, rc);
      break;
    }
}

static void
set_error (Sqlite  *self,
           int      rc,
           GError **error)
{
  _ls_db_sqlite_error (self->parent.label, rc,
                       self->handle != NULL ? sqlite3_system_errno (self->handle) : 0, error);
}

/* Statements. */

static LsDbStmt *
sqlite_prepare (LsDb       *db,
                const char *sql,
                GError    **error)
{
  Sqlite *self = SQLITE (db);
  sqlite3_stmt *stmt = NULL;
  SqliteStmt *s;
  int rc;

  rc = sqlite3_prepare_v3 (self->handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, NULL);
  if (rc != SQLITE_OK)
    {
      g_warning ("Could not prepare a statement: %s", sqlite3_errmsg (self->handle));
      set_error (self, rc, error);
      return NULL;
    }
  s = g_new0 (SqliteStmt, 1);
  s->parent.engine = &sqlite_engine;
  s->parent.db = db;
  s->stmt = stmt;
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
  int rc = sqlite3_step (STMT (stmt));

  if (rc == SQLITE_ROW)
    return LS_DB_ROW;
  if (rc == SQLITE_DONE)
    return LS_DB_DONE;
  /* The extended code, when it is the same error. */
  if ((sqlite3_extended_errcode (SQLITE (stmt->db)->handle) & 0xff) == (rc & 0xff))
    rc = sqlite3_extended_errcode (SQLITE (stmt->db)->handle);
  set_error (SQLITE (stmt->db), rc, error);
  sqlite3_reset (STMT (stmt));
  return LS_DB_ERROR;
}

static int
sqlite_column_count (LsDbStmt *stmt)
{
  return sqlite3_column_count (STMT (stmt));
}

static gboolean
sqlite_column_is_null (LsDbStmt *stmt, int index)
{
  return sqlite3_column_type (STMT (stmt), index) == SQLITE_NULL;
}

static gint64
sqlite_column_int64 (LsDbStmt *stmt, int index)
{
  return sqlite3_column_int64 (STMT (stmt), index);
}

static double
sqlite_column_double (LsDbStmt *stmt, int index)
{
  return sqlite3_column_double (STMT (stmt), index);
}

static const char *
sqlite_column_text (LsDbStmt *stmt, int index)
{
  return (const char *) sqlite3_column_text (STMT (stmt), index);
}

static const void *
sqlite_column_blob (LsDbStmt *stmt, int index, gsize *size)
{
  const void *data = sqlite3_column_blob (STMT (stmt), index);

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
      set_error (self, sqlite3_extended_errcode (self->handle), error);
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

/* Opening. */

/* Refuses a file whose first bytes are not SQLite's, or that is shorter
 * than its own header says (truncated). The header is read through the
 * connection's own file handle: opening and closing the file by other
 * means would drop this process's POSIX locks on it, and another program
 * could then delete the WAL that our other connections still write into. */
static gboolean
check_header (Sqlite  *self,
              GError **error)
{
  static const char magic[16] = "SQLite format 3";
  guint8 header[100] = { 0 };
  g_autofree char *wal = g_strconcat (self->parent.location, "-wal", NULL);
  sqlite3_file *file = NULL;
  sqlite3_int64 file_size = 0;
  GStatBuf wal_st;
  guint page_size;
  guint32 pages;
  int rc;

  rc = sqlite3_file_control (self->handle, "main", SQLITE_FCNTL_FILE_POINTER, &file);
  if (rc != SQLITE_OK || file == NULL || file->pMethods == NULL)
    {
      set_error (self, rc != SQLITE_OK ? rc : SQLITE_CANTOPEN, error);
      return FALSE;
    }
  rc = file->pMethods->xFileSize (file, &file_size);
  if (rc == SQLITE_OK && file_size == 0)
    return TRUE;   /* a new, empty file */
  if (rc == SQLITE_OK)
    rc = file->pMethods->xRead (file, header, sizeof header, 0);
  if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
    {
      set_error (self, rc, error);
      return FALSE;
    }
  if (rc == SQLITE_IOERR_SHORT_READ || memcmp (header, magic, sizeof magic) != 0)
    {
      set_error (self, SQLITE_NOTADB, error);
      return FALSE;
    }
  /* The rest is read under a read lock, with the header read again: another
   * program may be creating or checkpointing the file right now, and the
   * file only reaches the size its header gives once that is done. */
  rc = sqlite3_exec (self->handle, "BEGIN; SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = file->pMethods->xRead (file, header, sizeof header, 0);
  if (rc == SQLITE_OK)
    rc = file->pMethods->xFileSize (file, &file_size);
  if (!sqlite3_get_autocommit (self->handle))
    sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      set_error (self, sqlite3_extended_errcode (self->handle) != SQLITE_OK
                       ? sqlite3_extended_errcode (self->handle) : rc, error);
      return FALSE;
    }
  page_size = (header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  pages = ((guint32) header[28] << 24) | (header[29] << 16) | (header[30] << 8) | header[31];
  /* The size in the header counts only when its change counter matches,
   * and a checkpoint (perhaps interrupted by a crash) may leave the file
   * short with the rest still in the WAL. */
  if (memcmp (header + 24, header + 92, 4) == 0 && pages > 0
      && (g_stat (wal, &wal_st) != 0 || wal_st.st_size == 0)
      && (sqlite3_int64) pages * page_size > file_size)
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged: the file is shorter than it should be"),
                   self->parent.label);
      return FALSE;
    }
  return TRUE;
}

/* Whether the owner may write @path: the owner's write bit counts even for
 * root, so a file or folder someone marked read-only is not written. */
static gboolean
is_writable (const char *path)
{
  GStatBuf st;

  return access (path, W_OK) == 0 && g_stat (path, &st) == 0 && (st.st_mode & S_IWUSR);
}

/* Creates @path empty and 0600 without ever opening @path itself: the file
 * is made under a temporary name and linked into place, which fails if
 * another program created it first (then it is simply used). */
static gboolean
create_private_file (const char *path,
                     GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *temp = g_build_filename (dir, ".livsskisse-new-XXXXXX", NULL);
  int fd = g_mkstemp_full (temp, O_RDWR | O_CLOEXEC, 0600);
  int saved;

  if (fd < 0)
    goto fail;
  close (fd);
  if (link (temp, path) != 0 && errno != EEXIST)
    {
      saved = errno;
      g_unlink (temp);
      errno = saved;
      goto fail;
    }
  g_unlink (temp);
  return TRUE;

fail:
  g_set_error (error, LS_STORE_ERROR,
               errno == EACCES || errno == EROFS || errno == EPERM ? LS_STORE_ERROR_READ_ONLY
               : errno == ENOSPC || errno == EDQUOT ? LS_STORE_ERROR_FULL : LS_STORE_ERROR_CANNOT_OPEN,
               _("Could not create the database “%s”: %s"), path, g_strerror (errno));
  return FALSE;
}

/* Checks what can be checked without opening the file; makes a missing
 * folder 0700 and a missing file 0600 before SQLite sees it. Sets
 * *@read_only when the file or its folder cannot be written. */
static gboolean
prepare_file (const char       *path,
              LsStoreOpenFlags  flags,
              gboolean          is_default,
              gboolean         *read_only,
              GError          **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;

  *read_only = FALSE;
  if (g_stat (path, &st) == 0)
    {
      if (!S_ISREG (st.st_mode))
        {
          g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                       _("“%s” is not a file"), path);
          return FALSE;
        }
      if (access (path, R_OK) != 0)
        {
          g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                       _("The database “%s” cannot be read: %s"), path, g_strerror (errno));
          return FALSE;
        }
      /* WAL needs to create -wal and -shm files beside the database. */
      *read_only = !is_writable (path) || !is_writable (dir);
      if (*read_only && !(flags & LS_STORE_OPEN_READ_ONLY))
        {
          g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_READ_ONLY,
                       is_writable (path)
                       ? _("The folder of the database “%s” is read-only; Livsskisse records every reading of a person’s data in the database, so it must be writable (livsskisse-cli check reads it as it is)")
                       : _("The database “%s” is read-only; Livsskisse records every reading of a person’s data in the database, so it must be writable (livsskisse-cli check reads it as it is)"),
                       path);
          return FALSE;
        }
      return TRUE;
    }

  if (flags & (LS_STORE_OPEN_NO_MIGRATE | LS_STORE_OPEN_READ_ONLY))
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                   _("The database “%s” does not exist"), path);
      return FALSE;
    }
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, LS_STORE_ERROR,
                   errno == EACCES || errno == EROFS ? LS_STORE_ERROR_READ_ONLY : LS_STORE_ERROR_CANNOT_OPEN,
                   _("Could not create the folder for the database “%s”: %s"), path, g_strerror (errno));
      return FALSE;
    }
  if (is_default)
    g_chmod (dir, 0700);
  if (!is_writable (dir))
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_READ_ONLY,
                   _("The folder of the database “%s” is read-only"), path);
      return FALSE;
    }
  return create_private_file (path, error);
}

/* The database and its side files are readable by their owner only. */
static void
restrict_files (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      GStatBuf st;

      if (g_stat (file, &st) == 0 && (st.st_mode & 0077) != 0 && st.st_uid == getuid ())
        g_chmod (file, st.st_mode & 0700);
    }
}

/* Reads the version (and makes SQLite parse the schema) without writing,
 * and recognises the file as Livsskisse's before anything is changed: by
 * its application id, or (files from before the id was written) by its
 * version together with the tables every version has. */
/* The version in the ls_schema table (schema 8 on), which a dump restored
 * with the sqlite3 shell keeps where PRAGMA user_version is lost: 0 when
 * there is none. */
static int
table_version (Sqlite *self)
{
  sqlite3_stmt *stmt = NULL;
  int version = 0;

  if (sqlite3_prepare_v2 (self->handle, "SELECT version FROM ls_schema WHERE application = 'livsskisse'",
                          -1, &stmt, NULL) == SQLITE_OK
      && sqlite3_step (stmt) == SQLITE_ROW)
    version = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  return version;
}

static gboolean
read_version (Sqlite  *self,
              guint    latest,
              guint   *version_out,
              GError **error)
{
  int version = 0, objects = 0, app_id = 0, tables = 0, restored = 0;
  gboolean recognised;
  sqlite3_stmt *stmt = NULL;
  int rc;

  /* One statement, so all four are read from the same snapshot while
   * another program may be creating the schema. */
  rc = sqlite3_prepare_v2 (self->handle,
                           "SELECT (SELECT user_version FROM pragma_user_version),"
                           " (SELECT application_id FROM pragma_application_id),"
                           " (SELECT count(*) FROM sqlite_master),"
                           " (SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                           "  AND name IN ('persons', 'sketches', 'domains'))",
                           -1, &stmt, NULL);
  if (rc == SQLITE_OK && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      version = sqlite3_column_int (stmt, 0);
      app_id = sqlite3_column_int (stmt, 1);
      objects = sqlite3_column_int (stmt, 2);
      tables = sqlite3_column_int (stmt, 3);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK)
    {
      set_error (self, rc, error);
      return FALSE;
    }
  if (version == 0 && app_id == 0 && objects > 0)
    restored = version = table_version (self);
  if (objects == 0 && version == 0)
    recognised = app_id == 0 || app_id == LS_SQLITE_APPLICATION_ID;   /* new, empty */
  else if (restored > 0)
    recognised = TRUE;
  else
    recognised = version > 0 && (app_id == LS_SQLITE_APPLICATION_ID || (app_id == 0 && tables == 3));
  if (!recognised)
    {
      set_error (self, SQLITE_NOTADB, error);
      return FALSE;
    }
  if ((guint) version > latest)
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NEWER_VERSION,
                   _("The database “%s” was written by a newer version of Livsskisse (schema %d, this version reads up to %u)"),
                   self->parent.label, version, latest);
      return FALSE;
    }
  self->application_id_set = app_id == LS_SQLITE_APPLICATION_ID;
  self->restored = restored > 0;
  *version_out = version;
  return TRUE;
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

  if (!check_header (self, error) || !read_version (self, latest, version, error))
    return FALSE;
  /* Without migration an empty file has nothing to check or copy. */
  if (as_is && *version == 0)
    {
      set_error (self, SQLITE_NOTADB, error);
      return FALSE;
    }
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
    restrict_files (db->location);
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
    set_error (SQLITE (db), rc, error);
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

/* ls_fts_pending (TABLE, ID): whether the row's search indexing waits for
 * the end of the current batch (TABLE 0 persons, 1 sketch entries). Only
 * the triggers of schemas before 8 call it (a migration from them runs
 * through it); later ones ask the search_batch table, which the stock
 * sqlite3 shell can read. */
static void
fts_pending (sqlite3_context  *context,
             int               argc,
             sqlite3_value   **argv)
{
  Sqlite *self = sqlite3_user_data (context);
  int table = sqlite3_value_int (argv[0]);

  sqlite3_result_int (context, self->batch && table >= 0 && table < 2
                               && sqlite3_value_int64 (argv[1]) > self->fts_floor[table]);
}

/* Memory statistics cost a lock on every allocation; nobody reads them. */
static void
configure_library (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      if (sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK)
        g_debug ("SQLite was initialized before the store could configure it");
      g_once_init_leave (&done, 1);
    }
}

/* Waits for another program's write lock by polling every few
 * milliseconds (SQLite's own handler sleeps up to 100 ms between tries, so
 * a save could miss the short gaps a long import leaves between chunks),
 * and gives up after BUSY_TIMEOUT_MS. */
static int
busy_wait (void *data,
           int   count)
{
  Sqlite *self = data;
  gint64 now = g_get_monotonic_time ();

  if (count == 0)
    self->busy_since = now;
  if (now - self->busy_since >= BUSY_TIMEOUT_MS * G_TIME_SPAN_MILLISECOND)
    return 0;
  g_usleep (count < 20 ? 1 * G_TIME_SPAN_MILLISECOND : 5 * G_TIME_SPAN_MILLISECOND);
  return 1;
}

/* A connection to the file. A file that cannot be written (or sits in a
 * folder that cannot) is opened read-only; without a WAL beside it nobody
 * can be writing it, and it is read as immutable, which needs no
 * shared-memory file either. */
static int
connect (Sqlite *self)
{
  const char *path = self->parent.location;
  g_autofree char *escaped = g_uri_escape_string (path, "/", FALSE);
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  g_autofree char *uri = NULL;
  int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_URI;
  int rc;

  flags |= self->file_read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  uri = g_strconcat ("file:", escaped,
                     self->file_read_only && !g_file_test (wal, G_FILE_TEST_EXISTS) ? "?immutable=1" : "", NULL);
  rc = sqlite3_open_v2 (uri, &self->handle, flags, NULL);
  if (rc != SQLITE_OK)
    return rc;
  /* The collation and function are only for the schemas before 8, which
   * a migration passes through. */
  if ((rc = sqlite3_busy_handler (self->handle, busy_wait, self)) != SQLITE_OK
      || (rc = sqlite3_create_collation_v2 (self->handle, "nb", SQLITE_UTF8, NULL, _ls_collate_nb, NULL)) != SQLITE_OK
      || (rc = sqlite3_create_function_v2 (self->handle, "ls_fts_pending", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                           self, fts_pending, NULL, NULL, NULL)) != SQLITE_OK)
    return rc;
  return SQLITE_OK;
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

  if (!prepare_file (path, flags, is_default, &file_read_only, error))
    return NULL;
  configure_library ();
  self = g_new0 (Sqlite, 1);
  self->parent.engine = &sqlite_engine;
  self->parent.label = g_strdup (path);
  self->parent.location = g_strdup (path);
  /* Reading only never writes, whatever the file allows. */
  self->parent.read_only = file_read_only || (flags & LS_STORE_OPEN_READ_ONLY);
  self->file_read_only = file_read_only;
  rc = connect (self);
  if (rc != SQLITE_OK)
    {
      set_error (self, rc, error);
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
    set_error (self, rc, error);
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
  sqlite3_wal_autocheckpoint (self->handle, DEFAULT_CHECKPOINT_PAGES);
  if (!commit)
    return TRUE;   /* the rollback takes the search_batch rows back too */
  /* Indexes the rows the batch added, from their final content. */
  ok = query_int64 (self, "INSERT INTO person_fts (rowid, given_name, family_name, national_id)"
                    " SELECT id, given_name, family_name, national_id FROM persons WHERE id > ?1",
                    self->fts_floor[0], NULL, error)
       && query_int64 (self, "INSERT INTO entry_fts (rowid, text) SELECT id, text FROM sketch_entries WHERE id > ?1",
                       self->fts_floor[1], NULL, error)
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
          set_error (self, rc, error);
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
      set_error (self, rc, error);
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
      set_error (self, rc, error);
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
    [LS_DB_FRAGMENT_PERSONS_MATCHING] =
      "SELECT rowid FROM person_fts WHERE person_fts MATCH ?2",
    [LS_DB_FRAGMENT_ENTRY_PERSONS_MATCHING] =
      "SELECT s.person_id FROM entry_fts JOIN sketch_entries e ON e.id = entry_fts.rowid"
      " JOIN sketches s ON s.id = e.sketch_id WHERE entry_fts MATCH ?2",
    [LS_DB_FRAGMENT_PERSONS_BY_NAME] = "persons p INDEXED BY persons_sort",
  },
};
