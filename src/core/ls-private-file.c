/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Private, atomic file writing: temporary file, fsync, rename. */
#define G_LOG_DOMAIN "ls-private-file"
/* syncfs() */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ls-held-files.h"
#include "ls-private-file.h"

struct _LsPrivateFile
{
  char              *path;
  char              *tmp_path;   /* NULL once committed or aborted */
  int                fd;         /* -1 once closed */
  int                write_errno; /* the first failed write */
  gboolean           unsynced;   /* closed without a sync (a batch's) */
  LsPrivateFileFlags flags;
};

/* Not an errno: what is at the path is neither a file nor a folder nor a
 * link, and renaming over it would replace a device, pipe or socket. */
#define ENOTREGULAR (-1)
/* Nor an errno: what is at the path is a database (another one than the
 * file this program holds open, which EBUSY covers). */
#define EDATABASE (-2)

/* One sentence for what went wrong with @path. */
static void
set_error (const char *path,
           int         code,
           GError    **error)
{
  g_autofree char *shown = g_filename_display_name (path);

  switch (code)
    {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC,
                   _("The disk is full, so “%s” was not written"), shown);
      break;
    case EACCES:
    case EPERM:
    case EROFS:
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (code),
                   _("Cannot write to the folder of “%s”"), shown);
      break;
    case ELOOP:
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_LOOP,
                   _("“%s” is a link, which was not followed: nothing was written"), shown);
      break;
    case EEXIST:
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
                   _("“%s” already exists and was not replaced"), shown);
      break;
    case EBUSY:
      ls_held_file_check (path, error);
      break;
    case EISDIR:
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_ISDIR,
                   _("“%s” is a folder, not a file"), shown);
      break;
    case ENOTREGULAR:
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL,
                   _("“%s” is not a regular file (a device, pipe or socket), so nothing was written"), shown);
      break;
    case EDATABASE:
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
                   _("“%s” is a database, which is never written over; nothing was written (choose another name)"),
                   shown);
      break;
    default:
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (code),
                   _("Could not write “%s”: %s"), shown, g_strerror (code));
      break;
    }
}

/* Whether the regular file @path begins as an SQLite database does. A
 * mistyped output name must not turn a database into a PDF. */
static gboolean
is_database (const char *path)
{
  static const char magic[16] = "SQLite format 3";   /* and its NUL */
  char head[sizeof magic];
  gssize got;
  int fd = open (path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC);

  if (fd < 0)
    return FALSE;
  got = read (fd, head, sizeof head);
  close (fd);
  return got == (gssize) sizeof head && memcmp (head, magic, sizeof magic) == 0;
}

/* 0 if @path may be written, else the errno that says why not. */
static int
check_target (const char         *path,
              LsPrivateFileFlags  flags)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return errno == ENOENT ? 0 : errno;
  /* Replacing an open database would swap it away under its connections. */
  if (ls_held_file_is_held (path))
    return EBUSY;
  if (S_ISLNK (st.st_mode))
    return ELOOP;
  if (S_ISDIR (st.st_mode))
    return EISDIR;
  if (!S_ISREG (st.st_mode))
    return ENOTREGULAR;
  if (flags & LS_PRIVATE_FILE_NO_REPLACE)
    return EEXIST;
  if (is_database (path))
    return EDATABASE;
  return 0;
}

LsPrivateFile *
ls_private_file_begin (const char         *path,
                       LsPrivateFileFlags  flags,
                       GError            **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  char *tmp;
  LsPrivateFile *self;
  int code, fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (*path == '\0')   /* e.g. -o "" on the command line */
    {
      g_set_error_literal (error, G_FILE_ERROR, G_FILE_ERROR_NOENT,
                           _("No file name was given, so nothing was written"));
      return NULL;
    }
  code = check_target (path, flags);
  if (code != 0)
    {
      set_error (path, code, error);
      return NULL;
    }
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  name = g_strdup_printf (".%s.XXXXXX", base);
  tmp = g_build_filename (dir, name, NULL);
  /* mkstemp: O_EXCL (never an existing file or link), mode 0600. */
  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      code = errno;
      g_free (tmp);
      set_error (path, code, error);
      return NULL;
    }
  self = g_new0 (LsPrivateFile, 1);
  self->path = g_strdup (path);
  self->tmp_path = tmp;
  self->fd = fd;
  self->flags = flags;
  return self;
}

const char *
ls_private_file_get_path (LsPrivateFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->path;
}

const char *
ls_private_file_get_temp_path (LsPrivateFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->tmp_path;
}

gboolean
ls_private_file_check (LsPrivateFile *self,
                       GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->write_errno != 0)
    {
      set_error (self->path, self->write_errno, error);
      return FALSE;
    }
  if (self->tmp_path == NULL)
    {
      set_error (self->path, EBADF, error);
      return FALSE;
    }
  return TRUE;
}

gboolean
ls_private_file_write (LsPrivateFile *self,
                       const void    *data,
                       gsize          length,
                       GError       **error)
{
  const char *p = data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (self->fd < 0 && self->write_errno == 0)
    self->write_errno = EBADF;
  while (self->write_errno == 0 && length > 0)
    {
      gssize n = write (self->fd, p, length);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          self->write_errno = n < 0 ? errno : EIO;
          break;
        }
      p += n;
      length -= (gsize) n;
    }
  return ls_private_file_check (self, error);
}

/* Closes the descriptor, syncing first with @sync: FALSE on the first
 * failure, which is kept. */
static gboolean
close_file (LsPrivateFile *self,
            gboolean       sync,
            GError       **error)
{
  if (self->fd >= 0)
    {
      /* Closed whatever fsync says: a failed sync never leaks the descriptor. */
      if (sync && fsync (self->fd) != 0 && self->write_errno == 0)
        self->write_errno = errno;
      if (close (self->fd) != 0 && self->write_errno == 0)
        self->write_errno = errno;
      self->fd = -1;
      self->unsynced = !sync;
    }
  else if (sync && self->unsynced && self->tmp_path != NULL)
    {
      /* Closed unsynced, committed alone after all. */
      int fd = g_open (self->tmp_path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0);

      if ((fd < 0 || fsync (fd) != 0) && self->write_errno == 0)
        self->write_errno = errno;
      if (fd >= 0)
        close (fd);
      self->unsynced = FALSE;
    }
  return ls_private_file_check (self, error);
}

gboolean
ls_private_file_close (LsPrivateFile *self,
                       GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return close_file (self, TRUE, error);
}

gboolean
ls_private_file_close_unsynced (LsPrivateFile *self,
                                GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return close_file (self, FALSE, error);
}

static void
sync_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);

  if (fd < 0)
    return;
  /* Some file systems cannot sync a folder; the rename itself is done. */
  (void) fsync (fd);
  close (fd);
}

/* Moves the temporary file to the path: 0 or an errno. */
static int
move_into_place (LsPrivateFile *self)
{
  int code = check_target (self->path, self->flags);

  if (code != 0)
    return code;
  if (self->flags & LS_PRIVATE_FILE_NO_REPLACE)
    {
      /* link() never replaces: a file that appeared meanwhile stays. */
      if (link (self->tmp_path, self->path) == 0)
        {
          g_unlink (self->tmp_path);
          return 0;
        }
      if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP && errno != EXDEV)
        return errno;
      /* A file system without hard links: the check above has to do. */
    }
  return g_rename (self->tmp_path, self->path) == 0 ? 0 : errno;
}

/* Renames the closed, synced file into place; the folder is synced with
 * @sync. On failure the temporary file is removed. */
static gboolean
move_closed (LsPrivateFile *self,
             gboolean       sync,
             GError       **error)
{
  int code = move_into_place (self);

  if (code != 0)
    {
      set_error (self->path, code, error);
      ls_private_file_abort (self);
      return FALSE;
    }
  g_clear_pointer (&self->tmp_path, g_free);
  if (sync)
    sync_folder (self->path);
  return TRUE;
}

gboolean
ls_private_file_commit (LsPrivateFile *self,
                        GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!ls_private_file_close (self, error))
    {
      ls_private_file_abort (self);
      return FALSE;
    }
  return move_closed (self, TRUE, error);
}

/* Syncs the file system holding @self's folder: every file of a batch
 * there at once. FALSE if it cannot (each file is then synced alone). */
static gboolean
sync_file_system (LsPrivateFile *self)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  int fd = g_open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
  gboolean synced;

  if (fd < 0)
    return FALSE;
  synced = syncfs (fd) == 0;
  close (fd);
  return synced;
}

static gboolean
same_folder (LsPrivateFile *a,
             LsPrivateFile *b)
{
  g_autofree char *dir_a = g_path_get_dirname (a->path);
  g_autofree char *dir_b = g_path_get_dirname (b->path);

  return g_str_equal (dir_a, dir_b);
}

gboolean
ls_private_files_commit (GPtrArray  *files,
                         GError    **error)
{
  g_return_val_if_fail (files != NULL, FALSE);

  /* One sync per folder's file system instead of one per file, before
   * any file is renamed into place. */
  for (guint i = 0; i < files->len; i++)
    {
      LsPrivateFile *file = g_ptr_array_index (files, i);

      if (!close_file (file, FALSE, error))
        return FALSE;
      if (file->unsynced && (i == 0 || !same_folder (g_ptr_array_index (files, i - 1), file))
          && sync_file_system (file))
        for (guint j = i; j < files->len && same_folder (g_ptr_array_index (files, j), file); j++)
          ((LsPrivateFile *) g_ptr_array_index (files, j))->unsynced = FALSE;
      if (!close_file (file, TRUE, error))
        return FALSE;
    }
  /* Renamed in order, each folder synced once after its last file. */
  for (guint i = 0; i < files->len; i++)
    {
      LsPrivateFile *file = g_ptr_array_index (files, i);
      gboolean last = i + 1 == files->len || !same_folder (file, g_ptr_array_index (files, i + 1));

      if (!move_closed (file, last, error))
        return FALSE;
    }
  return TRUE;
}

void
ls_private_file_abort (LsPrivateFile *self)
{
  g_return_if_fail (self != NULL);

  if (self->fd >= 0)
    {
      close (self->fd);
      self->fd = -1;
    }
  if (self->tmp_path != NULL)
    {
      g_unlink (self->tmp_path);
      g_clear_pointer (&self->tmp_path, g_free);
    }
  if (self->write_errno == 0)
    self->write_errno = ECANCELED;
}

void
ls_private_file_free (LsPrivateFile *self)
{
  if (self == NULL)
    return;
  ls_private_file_abort (self);
  g_free (self->path);
  g_free (self);
}
