/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SQLite file itself: opening it safely (a file that cannot be used is
 * refused before anything is written to it, and a new one is private, 0600
 * in a 0700 folder, from its first byte), recognising it, and what SQLite's
 * errors mean for the person reading the message. Only SQLite opens the
 * file and its -wal/-shm side files (see _ls_db_sqlite_check_header()). */
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

/* How long a connection waits for another program's write lock. */
static gint busy_timeout_ms = BUSY_TIMEOUT_MS;

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
                   path, (int) MAX (1, (g_atomic_int_get (&busy_timeout_ms) + 999) / 1000));
      break;
    case SQLITE_CONSTRAINT:
      /* Nothing is ever deleted from under a row that refers to it without
       * a cascade, so a broken reference is a row asked for that is not
       * there (a person's id given to an emergency opening). */
      if (rc == SQLITE_CONSTRAINT_FOREIGNKEY)
        {
          g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_FOUND,
                       _("What was asked for is not in the database “%s”"), path);
          break;
        }
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

void
_ls_db_sqlite_set_error (Sqlite  *self,
           int      rc,
           GError **error)
{
  _ls_db_sqlite_error (self->parent.label, rc,
                       self->handle != NULL ? sqlite3_system_errno (self->handle) : 0, error);
}

/* Opening. */

/* Refuses a file whose first bytes are not SQLite's, or that is shorter
 * than its own header says (truncated). The header is read through the
 * connection's own file handle: opening and closing the file by other
 * means would drop this process's POSIX locks on it, and another program
 * could then delete the WAL that our other connections still write into. */
gboolean
_ls_db_sqlite_check_header (Sqlite  *self,
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
      _ls_db_sqlite_set_error (self, rc != SQLITE_OK ? rc : SQLITE_CANTOPEN, error);
      return FALSE;
    }
  rc = file->pMethods->xFileSize (file, &file_size);
  if (rc == SQLITE_OK && file_size == 0)
    return TRUE;   /* a new, empty file */
  if (rc == SQLITE_OK)
    rc = file->pMethods->xRead (file, header, sizeof header, 0);
  if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
    {
      _ls_db_sqlite_set_error (self, rc, error);
      return FALSE;
    }
  if (rc == SQLITE_IOERR_SHORT_READ || memcmp (header, magic, sizeof magic) != 0)
    {
      _ls_db_sqlite_set_error (self, SQLITE_NOTADB, error);
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
      _ls_db_sqlite_set_error (self, sqlite3_extended_errcode (self->handle) != SQLITE_OK
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
gboolean
_ls_db_sqlite_prepare_file (const char       *path,
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

  if (flags & (LS_STORE_OPEN_NO_MIGRATE | LS_STORE_OPEN_READ_ONLY | LS_STORE_OPEN_EXISTING))
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

/* The database file and the side files SQLite may make beside it. */
static const char * const suffixes[] = { "", "-wal", "-shm", "-journal" };

/* The database and its side files are readable by their owner only. */
void
_ls_db_sqlite_restrict_files (const char *path)
{
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      GStatBuf st;

      if (g_stat (file, &st) == 0 && (st.st_mode & 0077) != 0 && st.st_uid == getuid ())
        g_chmod (file, st.st_mode & 0700);
    }
}

void
_ls_db_sqlite_remove_files (const char *path,
                            gboolean    keep_empty)
{
  for (guint i = keep_empty ? 1 : 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);

      g_unlink (file);
    }
  /* Cut back to nothing, the file keeps its name, owner and folder. */
  if (keep_empty)
    (void) truncate (path, 0);
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

gboolean
_ls_db_sqlite_read_version (Sqlite  *self,
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
      _ls_db_sqlite_set_error (self, rc, error);
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
      _ls_db_sqlite_set_error (self, SQLITE_NOTADB, error);
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
void
_ls_db_sqlite_configure_library (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      if (sqlite3_config (SQLITE_CONFIG_MEMSTATUS, 0) != SQLITE_OK)
        g_debug ("SQLite was initialized before the store could configure it");
      g_once_init_leave (&done, 1);
    }
}

void
_ls_db_sqlite_set_busy_timeout (guint ms)
{
  g_atomic_int_set (&busy_timeout_ms, ms);
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
  if (now - self->busy_since >= g_atomic_int_get (&busy_timeout_ms) * G_TIME_SPAN_MILLISECOND)
    return 0;
  g_usleep (count < 20 ? 1 * G_TIME_SPAN_MILLISECOND : 5 * G_TIME_SPAN_MILLISECOND);
  return 1;
}

/* A connection to the file. A file that cannot be written (or sits in a
 * folder that cannot) is opened read-only; without a WAL beside it nobody
 * can be writing it, and it is read as immutable, which needs no
 * shared-memory file either. */
int
_ls_db_sqlite_connect (Sqlite *self)
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

