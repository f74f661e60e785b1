/* SPDX-License-Identifier: GPL-3.0-or-later */
#include <glib/gstdio.h>
#include <gio/gio.h>

#include "ls-test-util.h"

char *
ls_test_mkdtemp (void)
{
  g_autoptr(GError) error = NULL;
  char *path = g_dir_make_tmp ("livsskisse-test-XXXXXX", &error);

  g_assert_no_error (error);
  return path;
}

static void
remove_tree (GFile *file)
{
  g_autoptr(GFileEnumerator) children =
    g_file_enumerate_children (file, G_FILE_ATTRIBUTE_STANDARD_NAME,
                               G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, NULL, NULL);
  GFileInfo *info;

  while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      g_autoptr(GFile) child = g_file_get_child (file, g_file_info_get_name (info));

      remove_tree (child);
      g_object_unref (info);
    }
  g_file_delete (file, NULL, NULL);
}

void
ls_test_rmdir (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  /* A test may have made a folder read-only to provoke an error. */
  g_chmod (path, 0700);
  remove_tree (file);
}
