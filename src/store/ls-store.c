/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Opening the database safely: a file that cannot be used is refused
 * before anything is written to it, and a new one is private (0600 in a
 * 0700 folder) from its first byte. */
#define G_LOG_DOMAIN "ls-store"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ls-held-files.h"
#include "ls-store-private.h"

/* Long enough for another program's short transaction, short enough that
 * a person is told soon when a program holds the file for long. */
#define BUSY_TIMEOUT_MS 10000

G_DEFINE_FINAL_TYPE (LsStore, ls_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (ls-store-error-quark, ls_store_error)

static void
finalize_statement (gpointer stmt)
{
  sqlite3_finalize (stmt);
}

static void
ls_store_finalize (GObject *object)
{
  LsStore *self = LS_STORE (object);

  g_clear_pointer (&self->held_key, ls_held_file_release);
  /* Statements must be finalized before the connection closes. */
  g_clear_pointer (&self->statements, g_hash_table_unref);
  if (self->db != NULL)
    sqlite3_close_v2 (self->db);
  g_free (self->path);
  g_free (self->os_user);
  g_free (self->actor);
  G_OBJECT_CLASS (ls_store_parent_class)->finalize (object);
}

static void
ls_store_class_init (LsStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ls_store_finalize;
}

static void
ls_store_init (LsStore *self)
{
  self->statements = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL, finalize_statement);
  self->os_user = g_strdup (g_get_user_name ());
}

char *
ls_store_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "livsskisse", "livsskisse.db", NULL);
}

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
_ls_store_error_from_code (const char *path,
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

void
_ls_store_set_error (LsStore *self,
                     int      rc,
                     GError **error)
{
  _ls_store_error_from_code (self->path, rc, self->db != NULL ? sqlite3_system_errno (self->db) : 0, error);
}

/* Refuses a file whose first bytes are not SQLite's, or that is shorter
 * than its own header says (truncated). The header is read through the
 * connection's own file handle: opening and closing the file by other
 * means would drop this process's POSIX locks on it, and another program
 * could then delete the WAL that our other connections still write into. */
static gboolean
check_header (LsStore  *self,
              goffset   size,
              GError  **error)
{
  static const char magic[16] = "SQLite format 3";
  guint8 header[100] = { 0 };
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  sqlite3_file *file = NULL;
  sqlite3_int64 file_size = 0;
  GStatBuf wal_st;
  guint page_size;
  guint32 pages;
  int rc;

  if (size == 0)
    return TRUE;   /* a new, empty file */
  rc = sqlite3_file_control (self->db, "main", SQLITE_FCNTL_FILE_POINTER, &file);
  if (rc != SQLITE_OK || file == NULL || file->pMethods == NULL)
    {
      _ls_store_set_error (self, rc != SQLITE_OK ? rc : SQLITE_CANTOPEN, error);
      return FALSE;
    }
  rc = file->pMethods->xRead (file, header, sizeof header, 0);
  if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ)
    {
      _ls_store_set_error (self, rc, error);
      return FALSE;
    }
  if (rc == SQLITE_IOERR_SHORT_READ || memcmp (header, magic, sizeof magic) != 0)
    {
      _ls_store_set_error (self, SQLITE_NOTADB, error);
      return FALSE;
    }
  /* The rest is read under a read lock, with the header read again: another
   * program may be creating or checkpointing the file right now, and the
   * file only reaches the size its header gives once that is done. */
  rc = sqlite3_exec (self->db, "BEGIN; SELECT count(*) FROM sqlite_master", NULL, NULL, NULL);
  if (rc == SQLITE_OK)
    rc = file->pMethods->xRead (file, header, sizeof header, 0);
  if (rc == SQLITE_OK)
    rc = file->pMethods->xFileSize (file, &file_size);
  if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
  if (rc != SQLITE_OK)
    {
      _ls_store_set_error (self, sqlite3_extended_errcode (self->db) != SQLITE_OK
                                 ? sqlite3_extended_errcode (self->db) : rc, error);
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
                   _("The database “%s” is damaged: the file is shorter than it should be"), self->path);
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
 * *@size to the file's size (0 for a new file) and *@read_only when the
 * file or its folder cannot be written. */
static gboolean
prepare_file (const char       *path,
              LsStoreOpenFlags  flags,
              gboolean          is_default,
              goffset          *size,
              gboolean         *read_only,
              GError          **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;

  *size = 0;
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
      *size = st.st_size;
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
static gboolean
read_version (LsStore *self,
              GError **error)
{
  int version = 0, objects = 0, app_id = 0, tables = 0;
  gboolean recognised;

  sqlite3_stmt *stmt = NULL;
  int rc;

  /* One statement, so all four are read from the same snapshot while
   * another program may be creating the schema. */
  rc = sqlite3_prepare_v2 (self->db,
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
      _ls_store_set_error (self, rc, error);
      return FALSE;
    }
  if (objects == 0 && version == 0)
    recognised = app_id == 0 || app_id == LS_STORE_APPLICATION_ID;   /* new, empty */
  else
    recognised = version > 0 && (app_id == LS_STORE_APPLICATION_ID || (app_id == 0 && tables == 3));
  if (!recognised)
    {
      _ls_store_set_error (self, SQLITE_NOTADB, error);
      return FALSE;
    }
  if ((guint) version > _ls_store_latest_version ())
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NEWER_VERSION,
                   _("The database “%s” was written by a newer version of Livsskisse (schema %d, this version reads up to %u)"),
                   self->path, version, _ls_store_latest_version ());
      return FALSE;
    }
  self->schema_version = version;
  self->application_id_set = app_id == LS_STORE_APPLICATION_ID;
  return TRUE;
}

static gboolean
configure (LsStore          *self,
           LsStoreOpenFlags  flags,
           GError          **error)
{
  if (!(flags & (LS_STORE_OPEN_NO_MIGRATE | LS_STORE_OPEN_READ_ONLY))
      && !_ls_store_exec (self, "PRAGMA journal_mode=WAL", error))
    return FALSE;
  /* A larger page cache (32 MB) keeps the indexes of a big caseload in
   * memory. */
  return (self->read_only || _ls_store_exec (self, "PRAGMA synchronous=FULL", error))
         && _ls_store_exec (self, "PRAGMA foreign_keys=ON", error)
         && _ls_store_exec (self, "PRAGMA cache_size=-32768", error);
}

/* ls_fts_pending (TABLE, ID): whether the row's search indexing waits for
 * the end of the current batch (TABLE 0 persons, 1 sketch entries). */
static void
fts_pending (sqlite3_context  *context,
             int               argc,
             sqlite3_value   **argv)
{
  LsStore *self = sqlite3_user_data (context);
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
  LsStore *self = data;
  gint64 now = g_get_monotonic_time ();

  if (count == 0)
    self->busy_since = now;
  if (now - self->busy_since >= BUSY_TIMEOUT_MS * G_TIME_SPAN_MILLISECOND)
    return 0;
  g_usleep (count < 20 ? 1 * G_TIME_SPAN_MILLISECOND : 5 * G_TIME_SPAN_MILLISECOND);
  return 1;
}

/* A connection to @self->path. A file that cannot be written (or sits in
 * a folder that cannot) is opened read-only; without a WAL beside it nobody
 * can be writing it, and it is read as immutable, which needs no
 * shared-memory file either. */
static int
connect (LsStore  *self,
         gboolean  file_read_only)
{
  g_autofree char *escaped = g_uri_escape_string (self->path, "/", FALSE);
  g_autofree char *wal = g_strconcat (self->path, "-wal", NULL);
  g_autofree char *uri = NULL;
  int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_URI;
  int rc;

  flags |= file_read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  uri = g_strconcat ("file:", escaped,
                     file_read_only && !g_file_test (wal, G_FILE_TEST_EXISTS) ? "?immutable=1" : "", NULL);
  rc = sqlite3_open_v2 (uri, &self->db, flags, NULL);
  if (rc != SQLITE_OK)
    return rc;
  if ((rc = sqlite3_busy_handler (self->db, busy_wait, self)) != SQLITE_OK
      || (rc = sqlite3_create_collation_v2 (self->db, "nb", SQLITE_UTF8, NULL, _ls_collate_nb, NULL)) != SQLITE_OK
      || (rc = sqlite3_create_function_v2 (self->db, "ls_fts_pending", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                           self, fts_pending, NULL, NULL, NULL)) != SQLITE_OK)
    return rc;
  return SQLITE_OK;
}

/* Recognises the file, configures the connection and brings the schema
 * to @target_version. Safe to run again after a failure. */
static gboolean
prepare_schema (LsStore          *self,
                LsStoreOpenFlags  flags,
                goffset           size,
                guint             target_version,
                GError          **error)
{
  if (!check_header (self, size, error) || !read_version (self, error))
    return FALSE;
  /* Without migration an empty file has nothing to check or copy. */
  if ((flags & (LS_STORE_OPEN_NO_MIGRATE | LS_STORE_OPEN_READ_ONLY)) && self->schema_version == 0)
    {
      _ls_store_set_error (self, SQLITE_NOTADB, error);
      return FALSE;
    }
  if (!configure (self, flags, error))
    return FALSE;
  if (!(flags & (LS_STORE_OPEN_NO_MIGRATE | LS_STORE_OPEN_READ_ONLY)) && self->schema_version < target_version)
    {
      if (!_ls_store_migrate (self, self->schema_version, target_version, error))
        return FALSE;
      self->schema_version = target_version;
    }
  if (!self->read_only && !self->application_id_set && self->schema_version > 0)
    {
      g_autofree char *sql = g_strdup_printf ("PRAGMA application_id = %d", LS_STORE_APPLICATION_ID);

      if (!_ls_store_exec (self, sql, error))
        return FALSE;
      self->application_id_set = TRUE;
    }
  return TRUE;
}

static LsStore *
open_internal (const char        *path,
               LsStoreOpenFlags   flags,
               guint              target_version,
               GError           **error)
{
  g_autoptr(LsStore) self = NULL;
  g_autofree char *default_path = NULL;
  gint64 started = g_get_monotonic_time ();
  gboolean file_read_only;
  goffset size;
  int rc;

  if (path == NULL)
    path = default_path = ls_store_dup_default_path ();
  if (!prepare_file (path, flags, default_path != NULL, &size, &file_read_only, error))
    return NULL;

  self = g_object_new (LS_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  /* Reading only never writes, whatever the file allows. */
  self->read_only = file_read_only || (flags & LS_STORE_OPEN_READ_ONLY);
  configure_library ();
  /* One connection per store, used by one thread at a time. */
  rc = connect (self, file_read_only);
  if (rc != SQLITE_OK)
    {
      _ls_store_set_error (self, rc, error);
      return NULL;
    }
  self->held_key = ls_held_file_hold (path);
  /* A writable file read by `check` (perhaps while the app has it open)
   * is read through an ordinary connection that SQLite refuses to write. */
  if (self->read_only && !file_read_only && !_ls_store_exec (self, "PRAGMA query_only=ON", error))
    return NULL;
  /* Programs opening a new file at the same moment meet each other's locks
   * in ways SQLite reports at once, without waiting (changing the journal
   * mode, reading while the schema is written): try again until the busy
   * timeout has passed. */
  for (;;)
    {
      g_autoptr(GError) local = NULL;

      if (prepare_schema (self, flags, size, target_version, &local))
        break;
      if (!g_error_matches (local, LS_STORE_ERROR, LS_STORE_ERROR_BUSY)
          || g_get_monotonic_time () - started >= BUSY_TIMEOUT_MS * G_TIME_SPAN_MILLISECOND)
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
      g_usleep (5 * G_TIME_SPAN_MILLISECOND);
    }
  /* An import whose process died is undone (if that fails, at the next open). */
  _ls_store_undo_dead_imports (self, NULL);
  /* Opened as it is (another connection, a backup): no change of mode. */
  if (!self->read_only && !(flags & LS_STORE_OPEN_NO_MIGRATE))
    restrict_files (path);
  return g_steal_pointer (&self);
}

LsStore *
ls_store_open_another (LsStore  *self,
                       GError  **error)
{
  LsStore *other;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  other = open_internal (self->path, self->read_only ? LS_STORE_OPEN_READ_ONLY : LS_STORE_OPEN_NO_MIGRATE,
                         self->schema_version, error);
  if (other != NULL)
    ls_store_set_actor (other, self->actor);
  return other;
}

LsStore *
ls_store_open (const char        *path,
               LsStoreOpenFlags   flags,
               GError           **error)
{
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);
  return open_internal (path, flags, _ls_store_latest_version (), error);
}

LsStore *
_ls_store_open_at_version (const char *path,
                           guint       version,
                           GError    **error)
{
  return open_internal (path, LS_STORE_OPEN_DEFAULT, version, error);
}

sqlite3 *
_ls_store_get_db (LsStore *self)
{
  return self->db;
}

const char *
ls_store_get_path (LsStore *self)
{
  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  return self->path;
}

guint
ls_store_get_schema_version (LsStore *self)
{
  g_return_val_if_fail (LS_IS_STORE (self), 0);
  return self->schema_version;
}

guint
ls_store_get_latest_version (void)
{
  return _ls_store_latest_version ();
}

void
ls_store_set_actor (LsStore    *self,
                    const char *display_name)
{
  g_return_if_fail (LS_IS_STORE (self));
  g_free (self->actor);
  self->actor = g_strdup (display_name);
}
