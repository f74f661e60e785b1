/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The one way Livsskisse writes a file (PDF, XML exchange file, backup,
 * settings): private (mode 0600 whatever the umask), never through a link
 * (a symbolic link at the path is refused, its target left alone), and
 * all or nothing. The data goes to a hidden temporary file in the same
 * folder; ls_private_file_commit() syncs it to disk, renames it into place
 * and syncs the folder. Until then an existing file at the path stays as
 * it was, and a failure, ls_private_file_abort() or freeing the handle
 * removes the temporary file: nothing is left behind.
 *
 * Data that needs an audit row is committed only after that row is. */

typedef enum
{
  LS_PRIVATE_FILE_DEFAULT    = 0,
  LS_PRIVATE_FILE_NO_REPLACE = 1 << 0,  /* an existing file is an error, never replaced */
} LsPrivateFileFlags;

typedef struct _LsPrivateFile LsPrivateFile;

LsPrivateFile *ls_private_file_begin         (const char         *path,
                                              LsPrivateFileFlags  flags,
                                              GError            **error);
/* The path given to ls_private_file_begin(). */
const char    *ls_private_file_get_path      (LsPrivateFile      *self);
/* The temporary file, for writers that need a path of their own (SQLite's
 * backup); it exists, empty and private, until commit or abort. */
const char    *ls_private_file_get_temp_path (LsPrivateFile      *self);

/* Appends @length bytes. The first failure is kept: later writes and the
 * commit fail with the same sentence (the disk is full, ...). */
gboolean       ls_private_file_write         (LsPrivateFile      *self,
                                              const void         *data,
                                              gsize               length,
                                              GError            **error);
/* FALSE with the sentence for the first failed write, if any. */
gboolean       ls_private_file_check         (LsPrivateFile      *self,
                                              GError            **error);
/* Syncs and closes the temporary file without renaming it yet, so that
 * many finished files need no open descriptor each. Optional. */
gboolean       ls_private_file_close         (LsPrivateFile      *self,
                                              GError            **error);
/* Closes the temporary file without syncing it: a batch's file, for
 * ls_private_files_commit() (or ls_private_file_commit(), which then
 * syncs it alone). */
gboolean       ls_private_file_close_unsynced (LsPrivateFile     *self,
                                              GError            **error);
/* Syncs, renames into place, syncs the folder. On failure the temporary
 * file is removed and the path is as it was. */
gboolean       ls_private_file_commit        (LsPrivateFile      *self,
                                              GError            **error);
/* Commits @files (LsPrivateFile *) in their order with one sync of each
 * folder's file system before any of them is renamed, instead of one per
 * file, and one sync of each folder after its last file. The first
 * failure stops it: the files before it are in place, that one is
 * removed, and those after it are left to abort. */
gboolean       ls_private_files_commit       (GPtrArray          *files,
                                              GError            **error);
/* Removes the temporary file; the path is as it was. */
void           ls_private_file_abort         (LsPrivateFile      *self);
/* Aborts unless committed, and frees. */
void           ls_private_file_free          (LsPrivateFile      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsPrivateFile, ls_private_file_free)

G_END_DECLS
