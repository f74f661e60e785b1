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

#include "ls-store-private.h"

#define BUSY_TIMEOUT_MS 5000

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

void
_ls_store_error_from_code (const char *path,
                           int         rc,
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
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                   _("The database “%s” cannot be opened"), path);
      break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_BUSY,
                   _("The database “%s” is in use by another program"), path);
      break;
    case SQLITE_CONSTRAINT:
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID,
                   _("The change breaks a rule of the database “%s” (code %d)"), path, rc);
      break;
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
  _ls_store_error_from_code (self->path, rc, error);
}

/* Refuses a file whose first bytes are not SQLite's, or that is shorter
 * than its own header says (truncated), without opening it for writing. */
static gboolean
check_header (const char *path,
              goffset     size,
              GError    **error)
{
  static const char magic[16] = "SQLite format 3";
  guint8 header[100];
  g_autofree char *wal = g_strconcat (path, "-wal", NULL);
  GStatBuf wal_st;
  FILE *file;
  size_t n;
  guint page_size;
  guint32 pages;

  if (size == 0)
    return TRUE;   /* a new, empty file */
  file = g_fopen (path, "rb");
  if (file == NULL)
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                   _("The database “%s” cannot be read: %s"), path, g_strerror (errno));
      return FALSE;
    }
  n = fread (header, 1, sizeof header, file);
  fclose (file);
  if (n < sizeof header || memcmp (header, magic, sizeof magic) != 0)
    {
      _ls_store_error_from_code (path, SQLITE_NOTADB, error);
      return FALSE;
    }
  page_size = (header[16] << 8) | header[17];
  if (page_size == 1)
    page_size = 65536;
  pages = ((guint32) header[28] << 24) | (header[29] << 16) | (header[30] << 8) | header[31];
  /* The size in the header counts only when its change counter matches,
   * and a checkpoint interrupted by a crash may leave the file short with
   * the rest still in the WAL. */
  if (memcmp (header + 24, header + 92, 4) == 0 && pages > 0
      && (g_stat (wal, &wal_st) != 0 || wal_st.st_size == 0)
      && (goffset) pages * page_size > size)
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CORRUPT,
                   _("The database “%s” is damaged: the file is shorter than it should be"), path);
      return FALSE;
    }
  return TRUE;
}

/* A missing folder is made 0700; a missing file is created 0600 before
 * SQLite sees it, so no other user can ever read it. */
static gboolean
prepare_file (const char       *path,
              LsStoreOpenFlags  flags,
              gboolean          is_default,
              GError          **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  GStatBuf st;
  int fd;

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
      if (!check_header (path, st.st_size, error))
        return FALSE;
      /* The owner's write bit counts even for root: a file someone marked
       * read-only is not written. */
      if (access (path, W_OK) != 0 || !(st.st_mode & S_IWUSR))
        {
          g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_READ_ONLY,
                       _("The database “%s” is read-only"), path);
          return FALSE;
        }
      /* WAL needs to create -wal and -shm files beside the database. */
      if (access (dir, W_OK) != 0 || (g_stat (dir, &st) == 0 && !(st.st_mode & S_IWUSR)))
        {
          g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_READ_ONLY,
                       _("The folder of the database “%s” is read-only"), path);
          return FALSE;
        }
      if (g_stat (path, &st) == 0 && (st.st_mode & 0077) != 0 && st.st_uid == getuid ())
        g_chmod (path, st.st_mode & 0700);
      return TRUE;
    }

  if (flags & LS_STORE_OPEN_NO_MIGRATE)
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
  if (g_stat (dir, &st) == 0 && !(st.st_mode & S_IWUSR))
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_READ_ONLY,
                   _("The folder of the database “%s” is read-only"), path);
      return FALSE;
    }
  fd = g_open (path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      g_set_error (error, LS_STORE_ERROR,
                   errno == EACCES || errno == EROFS ? LS_STORE_ERROR_READ_ONLY
                   : errno == ENOSPC ? LS_STORE_ERROR_FULL : LS_STORE_ERROR_CANNOT_OPEN,
                   _("Could not create the database “%s”: %s"), path, g_strerror (errno));
      return FALSE;
    }
  close (fd);
  return TRUE;
}

static void
restrict_side_files (const char *path)
{
  static const char * const suffixes[] = { "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *side = g_strconcat (path, suffixes[i], NULL);

      g_chmod (side, 0600);
    }
}

static gboolean
query_int (LsStore    *self,
           const char *sql,
           int        *value,
           GError    **error)
{
  sqlite3_stmt *stmt = NULL;
  int rc = sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL);

  if (rc == SQLITE_OK)
    rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    {
      *value = sqlite3_column_int (stmt, 0);
      rc = SQLITE_OK;
    }
  sqlite3_finalize (stmt);
  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    {
      _ls_store_set_error (self, rc, error);
      return FALSE;
    }
  return TRUE;
}

/* Reads the version (and makes SQLite parse the schema) without writing. */
static gboolean
read_version (LsStore *self,
              GError **error)
{
  int version = 0, objects = 0;

  if (!query_int (self, "PRAGMA user_version", &version, error)
      || !query_int (self, "SELECT count(*) FROM sqlite_master", &objects, error))
    return FALSE;
  if (version == 0 && objects > 0)
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
  return TRUE;
}

static gboolean
configure (LsStore          *self,
           LsStoreOpenFlags  flags,
           GError          **error)
{
  if (!(flags & LS_STORE_OPEN_NO_MIGRATE)
      && !_ls_store_exec (self, "PRAGMA journal_mode=WAL", error))
    return FALSE;
  /* A larger page cache (32 MB) keeps the indexes of a big caseload in
   * memory. */
  return _ls_store_exec (self, "PRAGMA synchronous=FULL", error)
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

static LsStore *
open_internal (const char        *path,
               LsStoreOpenFlags   flags,
               guint              target_version,
               GError           **error)
{
  g_autoptr(LsStore) self = NULL;
  g_autofree char *default_path = NULL;
  int rc;

  if (path == NULL)
    path = default_path = ls_store_dup_default_path ();
  if (!prepare_file (path, flags, default_path != NULL, error))
    return NULL;

  self = g_object_new (LS_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  configure_library ();
  /* One connection per store, used by one thread at a time. */
  rc = sqlite3_open_v2 (path, &self->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE, NULL);
  if (rc != SQLITE_OK)
    {
      _ls_store_set_error (self, rc, error);
      return NULL;
    }
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_create_collation_v2 (self->db, "nb", SQLITE_UTF8, NULL, _ls_collate_nb, NULL);
  sqlite3_create_function_v2 (self->db, "ls_fts_pending", 2, SQLITE_UTF8, self, fts_pending, NULL, NULL, NULL);

  if (!read_version (self, error))
    return NULL;
  /* Without migration an empty file has nothing to check or copy. */
  if ((flags & LS_STORE_OPEN_NO_MIGRATE) && self->schema_version == 0)
    {
      _ls_store_set_error (self, SQLITE_NOTADB, error);
      return NULL;
    }
  if (!configure (self, flags, error))
    return NULL;
  if (!(flags & LS_STORE_OPEN_NO_MIGRATE) && self->schema_version < target_version)
    {
      if (!_ls_store_migrate (self, self->schema_version, target_version, error))
        return NULL;
      self->schema_version = target_version;
    }
  restrict_side_files (path);
  return g_steal_pointer (&self);
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
