/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A process-wide set of held files, by device and inode (so another name
 * or a link to the same file counts), with a count per file. */
#define G_LOG_DOMAIN "ls-core"

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "ls-held-files.h"

static GMutex lock;
static GHashTable *held;   /* "device:inode" -> count */

static char *
file_key (const char *path)
{
  GStatBuf st;

  if (path == NULL || g_stat (path, &st) != 0)
    return NULL;
  return g_strdup_printf ("%" G_GUINT64_FORMAT ":%" G_GUINT64_FORMAT, (guint64) st.st_dev, (guint64) st.st_ino);
}

char *
ls_held_file_hold (const char *path)
{
  char *key = file_key (path);

  if (key == NULL)
    return NULL;
  g_mutex_lock (&lock);
  if (held == NULL)
    held = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_hash_table_insert (held, g_strdup (key),
                       GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (held, key)) + 1));
  g_mutex_unlock (&lock);
  return key;
}

void
ls_held_file_release (char *key)
{
  guint count;

  if (key == NULL)
    return;
  g_mutex_lock (&lock);
  count = held != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (held, key)) : 0;
  if (count <= 1 && held != NULL)
    g_hash_table_remove (held, key);
  else if (count > 1)
    g_hash_table_insert (held, g_strdup (key), GUINT_TO_POINTER (count - 1));
  g_mutex_unlock (&lock);
  g_free (key);
}

gboolean
ls_held_file_is_held (const char *path)
{
  g_autofree char *main_file = NULL;
  g_autofree char *key = NULL;
  gboolean found;

  g_return_val_if_fail (path != NULL, FALSE);

  if (g_str_has_suffix (path, "-wal") || g_str_has_suffix (path, "-shm"))
    path = main_file = g_strndup (path, strlen (path) - 4);
  key = file_key (path);
  if (key == NULL)
    return FALSE;
  g_mutex_lock (&lock);
  found = held != NULL && g_hash_table_contains (held, key);
  g_mutex_unlock (&lock);
  return found;
}

gboolean
ls_held_file_check (const char  *path,
                    GError     **error)
{
  if (!ls_held_file_is_held (path))
    return TRUE;
  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST,
               _("“%s” is the database Livsskisse has open; choose another file"), path);
  return FALSE;
}
