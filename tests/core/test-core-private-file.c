/* SPDX-License-Identifier: GPL-3.0-or-later */
/* LsPrivateFile, the one way files are written: mode 0600 whatever the
 * umask, never through a link, and all or nothing — a failed or abandoned
 * write leaves the old file byte for byte and no temporary file. */
#include <errno.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ls-private-file.h"
#include "ls-test-util.h"

#define OLD_CONTENT "the old file, which must survive\n"

static void
write_old (const char *path)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, OLD_CONTENT, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
}

static void
assert_content (const char *path,
                const char *expected)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  g_assert_cmpmem (data, length, expected, strlen (expected));
}

static guint
count_fds (void)
{
  return ls_test_count_entries ("/proc/self/fd");
}

static void
test_private_mode (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *fresh = g_build_filename (dir, "fresh.pdf", NULL);
  g_autofree char *old = g_build_filename (dir, "old.pdf", NULL);
  g_autoptr(GError) error = NULL;
  mode_t saved = umask (022);
  GStatBuf st;

  for (guint i = 0; i < 2; i++)
    {
      const char *path = i == 0 ? fresh : old;
      g_autoptr(LsPrivateFile) file = NULL;

      if (i == 1)
        write_old (old);
      file = ls_private_file_begin (path, LS_PRIVATE_FILE_DEFAULT, &error);
      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (ls_private_file_get_temp_path (file), dir));
      g_assert_true (ls_private_file_write (file, "new\n", 4, &error));
      g_assert_true (ls_private_file_commit (file, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      assert_content (path, "new\n");
    }
  g_assert_cmpuint (ls_test_count_entries (dir), ==, 2);
  umask (saved);
  ls_test_rmdir (dir);
}

static void
test_symlink_refused (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *target = g_build_filename (dir, "target", NULL);
  g_autofree char *link = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *late = g_build_filename (dir, "late.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPrivateFile) file = NULL;
  GStatBuf st;

  write_old (target);
  g_assert_cmpint (symlink (target, link), ==, 0);
  file = ls_private_file_begin (link, LS_PRIVATE_FILE_DEFAULT, &error);
  g_assert_null (file);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_LOOP);
  g_clear_error (&error);
  assert_content (target, OLD_CONTENT);
  g_assert_cmpuint (ls_test_count_entries (dir), ==, 2);

  /* A link put there while the file was being written: still refused. */
  file = ls_private_file_begin (late, LS_PRIVATE_FILE_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (ls_private_file_write (file, "new\n", 4, &error));
  g_assert_cmpint (symlink (target, late), ==, 0);
  g_assert_false (ls_private_file_commit (file, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_LOOP);
  assert_content (target, OLD_CONTENT);
  g_assert_cmpint (g_lstat (late, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpuint (ls_test_count_entries (dir), ==, 3);
  ls_test_rmdir (dir);
}

/* A pipe, socket or device where the file would go is never replaced by a
 * regular file (as root, -o /dev/null would otherwise swap the machine's
 * /dev/null for a PDF); nor is an empty file name taken. Each is refused
 * with one sentence and nothing is left behind. */
static void
test_not_regular_refused (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *fifo = g_build_filename (dir, "out.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPrivateFile) file = NULL;
  GStatBuf st;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  file = ls_private_file_begin (fifo, LS_PRIVATE_FILE_DEFAULT, &error);
  g_assert_null (file);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_assert_nonnull (strstr (error->message, "is not a regular file"));
  g_clear_error (&error);
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  g_assert_cmpuint (ls_test_count_entries (dir), ==, 1);

  /* One that appeared while the file was being written: still refused. */
  g_assert_cmpint (g_unlink (fifo), ==, 0);
  file = ls_private_file_begin (fifo, LS_PRIVATE_FILE_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (ls_private_file_write (file, "new\n", 4, &error));
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_false (ls_private_file_commit (file, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_clear_error (&error);
  g_clear_pointer (&file, ls_private_file_free);
  g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  g_assert_cmpuint (ls_test_count_entries (dir), ==, 1);

  file = ls_private_file_begin ("/dev/null", LS_PRIVATE_FILE_DEFAULT, &error);
  g_assert_null (file);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_INVAL);
  g_clear_error (&error);

  file = ls_private_file_begin ("", LS_PRIVATE_FILE_DEFAULT, &error);
  g_assert_null (file);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_cmpstr (error->message, ==, "No file name was given, so nothing was written");
  ls_test_rmdir (dir);
}

/* A database at the path is never written over (a mistyped -o of an
 * export made one a PDF); any other file is replaced as before. */
static void
test_database_refused (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *db = g_build_filename (dir, "other.db", NULL);
  g_autofree char *text = g_build_filename (dir, "notes.txt", NULL);
  const char head[] = "SQLite format 3\0and the rest of its first page";
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPrivateFile) file = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_set_contents (db, head, sizeof head, &error));
  file = ls_private_file_begin (db, LS_PRIVATE_FILE_DEFAULT, &error);
  g_assert_null (file);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST);
  g_assert_nonnull (strstr (error->message, "is a database"));
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (db, &contents, &length, &error));
  g_assert_cmpmem (contents, length, head, sizeof head);
  g_assert_cmpuint (ls_test_count_entries (dir), ==, 1);

  /* "SQLite format 3" as text is not a database. */
  g_assert_true (g_file_set_contents (text, "SQLite format 3 is what the file says", -1, &error));
  file = ls_private_file_begin (text, LS_PRIVATE_FILE_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_true (ls_private_file_write (file, "new\n", 4, &error));
  g_assert_true (ls_private_file_commit (file, &error));
  g_assert_no_error (error);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (text, &contents, NULL, &error));
  g_assert_cmpstr (contents, ==, "new\n");
  ls_test_rmdir (dir);
}

static void
test_abort_keeps_old (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "out.xml", NULL);
  g_autoptr(GError) error = NULL;
  guint fds = count_fds ();

  write_old (path);
  {
    g_autoptr(LsPrivateFile) file = ls_private_file_begin (path, LS_PRIVATE_FILE_DEFAULT, &error);

    g_assert_no_error (error);
    g_assert_true (ls_private_file_write (file, "half", 4, &error));
    ls_private_file_abort (file);
    g_assert_false (ls_private_file_commit (file, NULL));
  }
  {
    /* Freed without a commit (an error or a cancel on the way). */
    g_autoptr(LsPrivateFile) file = ls_private_file_begin (path, LS_PRIVATE_FILE_DEFAULT, &error);

    g_assert_true (ls_private_file_write (file, "half", 4, &error));
  }
  assert_content (path, OLD_CONTENT);
  g_assert_cmpuint (ls_test_count_entries (dir), ==, 1);
  g_assert_cmpuint (count_fds (), ==, fds);
  ls_test_rmdir (dir);
}

/* A write that fails for real (the file size limit: EFBIG) leaves the old
 * file, no temporary file and no open descriptor. */
static void
test_failed_write_keeps_old (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "out.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPrivateFile) file = NULL;
  g_autofree char *big = g_malloc0 (256 * 1024);
  struct rlimit saved, small;
  guint fds = count_fds ();
  gboolean ok;

  write_old (path);
  file = ls_private_file_begin (path, LS_PRIVATE_FILE_DEFAULT, &error);
  g_assert_no_error (error);

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (getrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  small = saved;
  small.rlim_cur = 64 * 1024;
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &small), ==, 0);
  ok = ls_private_file_write (file, big, 256 * 1024, &error);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &saved), ==, 0);
  signal (SIGXFSZ, SIG_DFL);

  g_assert_false (ok);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_FAILED);
  g_clear_error (&error);
  /* The first failure sticks: a later small write does not hide it. */
  g_assert_false (ls_private_file_write (file, "x", 1, NULL));
  g_assert_false (ls_private_file_commit (file, &error));
  g_assert_nonnull (error);
  assert_content (path, OLD_CONTENT);
  g_assert_cmpuint (ls_test_count_entries (dir), ==, 1);
  g_assert_cmpuint (count_fds (), ==, fds);
  ls_test_rmdir (dir);
}

/* A full disk (a 64 KiB tmpfs, only as root): the sentence says so. */
static void
test_disk_full (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "out.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPrivateFile) file = NULL;
  g_autofree char *big = g_malloc0 (256 * 1024);

  if (!ls_test_mount_tiny (dir))
    {
      ls_test_rmdir (dir);
      g_test_skip ("mounting a small tmpfs needs root");
      return;
    }
  write_old (path);
  file = ls_private_file_begin (path, LS_PRIVATE_FILE_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_false (ls_private_file_write (file, big, 256 * 1024, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_false (ls_private_file_commit (file, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOSPC);
  assert_content (path, OLD_CONTENT);
  g_assert_cmpuint (ls_test_count_entries (dir), ==, 1);
  ls_test_unmount (dir);
  ls_test_rmdir (dir);
}

static void
test_no_replace (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "backup.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPrivateFile) file = NULL;

  write_old (path);
  g_assert_null (ls_private_file_begin (path, LS_PRIVATE_FILE_NO_REPLACE, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST);
  g_clear_error (&error);
  g_assert_cmpint (g_unlink (path), ==, 0);

  /* A file that appears meanwhile is not replaced either. */
  file = ls_private_file_begin (path, LS_PRIVATE_FILE_NO_REPLACE, &error);
  g_assert_no_error (error);
  g_assert_true (ls_private_file_write (file, "new\n", 4, &error));
  write_old (path);
  g_assert_false (ls_private_file_commit (file, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST);
  assert_content (path, OLD_CONTENT);
  g_assert_cmpuint (ls_test_count_entries (dir), ==, 1);
  ls_test_rmdir (dir);
}

/* A batch closed unsynced and committed together: every file in place
 * with its bytes and mode, no temporary file and no descriptor left; a
 * link at one path stops the commit there, the files after it are not
 * written and the link's target is untouched. */
static void
test_batch_commit (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *target = g_build_filename (dir, "target", NULL);
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_private_file_free);
  g_autoptr(GError) error = NULL;
  guint fds = count_fds ();

  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("letter-%u.pdf", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      LsPrivateFile *file = ls_private_file_begin (path, LS_PRIVATE_FILE_DEFAULT, &error);

      g_assert_no_error (error);
      g_ptr_array_add (files, file);
      g_assert_true (ls_private_file_write (file, name, strlen (name), &error));
      g_assert_true (ls_private_file_close_unsynced (file, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (count_fds (), ==, fds);
  g_assert_true (ls_private_files_commit (files, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ls_test_count_entries (dir), ==, 20);
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *name = g_strdup_printf ("letter-%u.pdf", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      GStatBuf st;

      assert_content (path, name);
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
    }

  /* Committed alone after all, an unsynced file is synced then. */
  g_ptr_array_set_size (files, 0);
  {
    g_autofree char *path = g_build_filename (dir, "alone.pdf", NULL);
    g_autoptr(LsPrivateFile) file = ls_private_file_begin (path, LS_PRIVATE_FILE_DEFAULT, &error);

    g_assert_true (ls_private_file_write (file, "alone", 5, &error));
    g_assert_true (ls_private_file_close_unsynced (file, &error));
    g_assert_true (ls_private_file_commit (file, &error));
    g_assert_no_error (error);
    assert_content (path, "alone");
  }

  write_old (target);
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("second-%u.pdf", i);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      LsPrivateFile *file = ls_private_file_begin (path, LS_PRIVATE_FILE_DEFAULT, &error);

      g_assert_no_error (error);
      g_ptr_array_add (files, file);
      g_assert_true (ls_private_file_write (file, "new", 3, &error));
      g_assert_true (ls_private_file_close_unsynced (file, &error));
      /* A link appears at the second path while the batch runs. */
      if (i == 1)
        g_assert_cmpint (symlink (target, path), ==, 0);
    }
  g_assert_false (ls_private_files_commit (files, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_LOOP);
  g_clear_pointer (&files, g_ptr_array_unref);
  assert_content (target, OLD_CONTENT);
  {
    g_autofree char *first = g_build_filename (dir, "second-0.pdf", NULL);
    g_autofree char *third = g_build_filename (dir, "second-2.pdf", NULL);

    assert_content (first, "new");
    g_assert_false (g_file_test (third, G_FILE_TEST_EXISTS));
  }
  /* 20 letters, alone.pdf, the target, second-0 and the link. */
  g_assert_cmpuint (ls_test_count_entries (dir), ==, 24);
  g_assert_cmpuint (count_fds (), ==, fds);
  ls_test_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/private-file/mode", test_private_mode);
  g_test_add_func ("/private-file/symlink-refused", test_symlink_refused);
  g_test_add_func ("/private-file/not-regular-refused", test_not_regular_refused);
  g_test_add_func ("/private-file/database-refused", test_database_refused);
  g_test_add_func ("/private-file/abort-keeps-old", test_abort_keeps_old);
  g_test_add_func ("/private-file/failed-write-keeps-old", test_failed_write_keeps_old);
  g_test_add_func ("/private-file/disk-full", test_disk_full);
  g_test_add_func ("/private-file/no-replace", test_no_replace);
  g_test_add_func ("/private-file/batch-commit", test_batch_commit);
  return g_test_run ();
}
