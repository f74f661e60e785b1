/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The bench's figures measured as whole processes, each beside an anchor
 * spawned the same way: one letter (export-pdf) and a batch of letters
 * (export-pdf --all-decisions) beside a raw pango and cairo program, the
 * app's first frame beside a bare AdwApplication window, and the XML import
 * beside xmllint. */
#define G_LOG_DOMAIN "livsskisse-cli"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/wait.h>
#include <unistd.h>

#include "ls-cli.h"
#include "ls-cli-bench.h"
#include "ls-store-decisions.h"
#include "ls-store-persons.h"

#define LETTER_ROUNDS      15
#define FRAME_ROUNDS       15
#define FRAME_TIMEOUT_MS   30000
#define FRAME_LINE         "first frame painted"
#define SMALL_XML          (20 * 1024 * 1024)

/* A helper program built with the bench: beside this program in the
 * build tree, or where it is installed. */
static char *
find_helper (LsBench    *bench,
             const char *name)
{
  g_autofree char *here = g_path_get_dirname (bench->cli);
  g_autofree char *built = g_build_filename (here, "bench-anchor", name, NULL);

  if (g_file_test (built, G_FILE_TEST_IS_EXECUTABLE))
    return g_steal_pointer (&built);
  return g_build_filename (LS_BENCH_ANCHOR_DIR, name, NULL);
}

static gboolean
spawn (const char * const  *argv,
       char               **envp,
       int                 *stderr_fd,
       GPid                *pid,
       GError             **error)
{
  GSpawnFlags flags = G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL
                      | (stderr_fd == NULL ? G_SPAWN_STDERR_TO_DEV_NULL : 0);

  return g_spawn_async_with_pipes (NULL, (char **) argv, envp, flags, NULL, NULL, pid, NULL, NULL, stderr_fd,
                                   error);
}

static gboolean
check_status (const char  *program,
              int          status,
              GError     **error)
{
  g_autofree char *name = g_path_get_basename (program);

  if (WIFEXITED (status) && WEXITSTATUS (status) == 0)
    return TRUE;
  g_set_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_FAILED,
               _("“%s” failed during the bench (status %d); run it by hand to see why"), name, status);
  return FALSE;
}

/* Runs @argv to its end through ls-bench-measure: its wall time from the
 * fork to its end and its own peak resident memory (MB). */
static gboolean
run_timed (LsBench             *bench,
           const char * const  *argv,
           double              *ms,
           double              *peak_mb,
           GError             **error)
{
  g_autofree char *measure = find_helper (bench, "ls-bench-measure");
  g_autoptr(GPtrArray) measured = g_ptr_array_new ();
  g_autofree char *out = NULL;
  gint64 us = 0, peak_kb = 0;
  int status = 0, child_status = 0;

  g_ptr_array_add (measured, measure);
  for (guint i = 0; argv[i] != NULL; i++)
    g_ptr_array_add (measured, (gpointer) argv[i]);
  g_ptr_array_add (measured, NULL);
  if (!g_spawn_sync (NULL, (char **) measured->pdata, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &out, NULL,
                     &status, error))
    return FALSE;
  if (!check_status (measure, status, error))
    return FALSE;
  if (sscanf (out, "%" G_GINT64_FORMAT " %" G_GINT64_FORMAT " %d", &us, &peak_kb, &child_status) != 3)
    return check_status (measure, -1, error);
  *ms = us / 1000.0;
  if (peak_mb != NULL)
    *peak_mb = peak_kb / 1024.0;
  return check_status (argv[0], child_status, error);
}

/* Issued decisions of persons spread over the whole list. */
static GArray *
issued_decisions (LsBench  *bench,
                  guint     wanted,
                  GError  **error)
{
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GRand) rand = g_rand_new_with_seed (5);
  gint64 persons = ls_store_count_persons (bench->store, error);

  if (persons < 0)
    return NULL;
  for (guint tries = 0; persons > 0 && ids->len < wanted && tries < 20 * wanted; tries++)
    {
      g_autoptr(GPtrArray) page = ls_store_list_persons_at (bench->store, g_rand_int_range (rand, 0, persons), 1,
                                                            error);
      g_autoptr(GPtrArray) decisions = NULL;

      if (page == NULL)
        return NULL;
      if (page->len == 0)
        continue;
      decisions = ls_store_list_decisions (bench->store, ls_person_get_id (g_ptr_array_index (page, 0)), error);
      if (decisions == NULL)
        return NULL;
      for (guint d = 0; d < decisions->len && ids->len < wanted; d++)
        if (ls_decision_get_status (g_ptr_array_index (decisions, d)) != LS_DECISION_DRAFT)
          {
            gint64 id = ls_decision_get_id (g_ptr_array_index (decisions, d));

            g_array_append_val (ids, id);
            break;
          }
    }
  return g_steal_pointer (&ids);
}

static gboolean
time_letter (LsBench  *bench,
             GArray   *ids,
             GError  **error)
{
  g_autofree char *anchor = find_helper (bench, "ls-bench-letter-anchor");
  g_autofree char *letter_path = g_build_filename (bench->dir, "letter.pdf", NULL);
  g_autofree char *anchor_path = g_build_filename (bench->dir, "anchor.pdf", NULL);
  g_autoptr(GArray) letters = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) anchors = g_array_new (FALSE, FALSE, sizeof (double));

  /* Turn about, so that both see the same machine. */
  for (guint i = 0; i < LETTER_ROUNDS; i++)
    {
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, g_array_index (ids, gint64, i % ids->len));
      const char *letter_argv[] = { bench->cli, "export-pdf", "--database", bench->database, "--decision", id,
                                    "-o", letter_path, NULL };
      const char *anchor_argv[] = { anchor, anchor_path, NULL };
      double ms;

      if (!run_timed (bench, letter_argv, &ms, NULL, error))
        return FALSE;
      g_array_append_val (letters, ms);
      if (!run_timed (bench, anchor_argv, &ms, NULL, error))
        return FALSE;
      g_array_append_val (anchors, ms);
    }
  ls_bench_set (bench, LS_BENCH_LETTER, ls_bench_quantile (letters, 0.5), ls_bench_quantile (anchors, 0.5));
  ls_bench_set (bench, LS_BENCH_LETTER_WORST, ls_bench_quantile (letters, 1), ls_bench_quantile (anchors, 1));
  g_unlink (letter_path);
  g_unlink (anchor_path);
  return TRUE;
}

typedef struct
{
  guint  letters;
  double first_ms;
  double last_ms;
} Written;

/* Counts the PDF files closed after writing in @folder (the batch writes
 * each letter to a temporary ".NAME.pdf.XXXXXX" first). */
static void
count_written (int      fd,
               gint64   start,
               Written *written)
{
  char buffer[4096] __attribute__ ((aligned (__alignof__ (struct inotify_event))));
  ssize_t n;

  while ((n = read (fd, buffer, sizeof buffer)) > 0)
    for (char *p = buffer; p < buffer + n; p += sizeof (struct inotify_event) + ((struct inotify_event *) p)->len)
      {
        const struct inotify_event *event = (const struct inotify_event *) p;

        if (event->len == 0 || strstr (event->name, ".pdf") == NULL)
          continue;
        written->last_ms = ls_bench_ms_since (start);
        if (written->letters++ == 0)
          written->first_ms = written->last_ms;
      }
}

/* Runs @argv, which writes letters into @folder, until it has written
 * @stop_after of them (then it is stopped) or it ends. */
static gboolean
time_written (const char * const  *argv,
              const char          *folder,
              guint                stop_after,
              Written             *written,
              GError             **error)
{
  int fd = inotify_init1 (IN_CLOEXEC | IN_NONBLOCK);
  gboolean ended = FALSE;
  int status = 0;
  gint64 start;
  GPid pid;

  memset (written, 0, sizeof *written);
  if (fd < 0 || g_mkdir_with_parents (folder, 0700) != 0 || inotify_add_watch (fd, folder, IN_CLOSE_WRITE) < 0)
    {
      int saved = errno;

      if (fd >= 0)
        close (fd);
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved),
                   _("Could not watch the bench’s letter folder: %s"), g_strerror (saved));
      return FALSE;
    }
  start = g_get_monotonic_time ();
  if (!spawn (argv, NULL, NULL, &pid, error))
    {
      close (fd);
      return FALSE;
    }
  while (written->letters < stop_after && !ended)
    {
      struct pollfd ready = { fd, POLLIN, 0 };

      poll (&ready, 1, 100);
      count_written (fd, start, written);
      ended = waitpid (pid, &status, WNOHANG) == pid;
    }
  if (ended)
    count_written (fd, start, written);
  else
    {
      kill (pid, SIGTERM);
      waitpid (pid, &status, 0);
    }
  close (fd);
  return !ended || check_status (argv[0], status, error);
}

static gboolean
time_batch (LsBench  *bench,
            GError  **error)
{
  g_autofree char *anchor = find_helper (bench, "ls-bench-letter-anchor");
  g_autofree char *letters_dir = g_build_filename (bench->dir, "letters", NULL);
  g_autofree char *anchors_dir = g_build_filename (bench->dir, "anchor-letters", NULL);
  g_autofree char *count = g_strdup_printf ("%u", bench->batch_letters);
  const char *batch_argv[] = { bench->cli, "export-pdf", "--database", bench->database, "--all-decisions",
                               "-o", letters_dir, NULL };
  const char *anchor_argv[] = { anchor, "--count", count, anchors_dir, NULL };
  Written batch, anchors;

  if (!time_written (batch_argv, letters_dir, bench->batch_letters, &batch, error)
      || !time_written (anchor_argv, anchors_dir, bench->batch_letters, &anchors, error))
    return FALSE;
  if (batch.letters == 0)
    {
      ls_bench_skip (bench, LS_BENCH_BATCH_FIRST, LS_BENCH_BATCH_PER_LETTER, _("the database has no issued decision"));
      return TRUE;
    }
  ls_bench_set (bench, LS_BENCH_BATCH_FIRST, batch.first_ms, NAN);
  if (batch.letters < 2 || anchors.letters < 2)
    ls_bench_skip (bench, LS_BENCH_BATCH_PER_LETTER, LS_BENCH_BATCH_PER_LETTER,
                   _("the batch wrote only one letter"));
  else
    ls_bench_set (bench, LS_BENCH_BATCH_PER_LETTER, (batch.last_ms - batch.first_ms) / (batch.letters - 1),
                  (anchors.last_ms - anchors.first_ms) / (anchors.letters - 1));
  return TRUE;
}

gboolean
ls_bench_letters (LsBench  *bench,
                  GError  **error)
{
  g_autoptr(GArray) ids = NULL;

  if (bench->given)
    {
      /* Every letter written adds an audit row. */
      ls_bench_skip (bench, LS_BENCH_LETTER, LS_BENCH_BATCH_PER_LETTER,
                     _("the bench never writes to a database it is given, and exporting a letter logs it there"));
      return TRUE;
    }
  ids = issued_decisions (bench, LETTER_ROUNDS, error);
  if (ids == NULL)
    return FALSE;
  if (ids->len == 0)
    ls_bench_skip (bench, LS_BENCH_LETTER, LS_BENCH_LETTER_WORST, _("the database has no issued decision"));
  else if (!time_letter (bench, ids, error))
    return FALSE;
  return time_batch (bench, error);
}

/* Spawns @argv and waits for FRAME_LINE on its stderr: the time since the
 * spawn, or NAN with @why set. The program is stopped then. */
static double
time_frame (const char * const  *argv,
            char               **envp,
            char               **why,
            GError             **error)
{
  g_autoptr(GString) seen = g_string_new (NULL);
  gint64 start = g_get_monotonic_time ();
  double ms = NAN;
  int fd = -1, status = 0;
  GPid pid;

  if (!spawn (argv, envp, &fd, &pid, error))
    return NAN;
  while (isnan (ms))
    {
      struct pollfd ready = { fd, POLLIN, 0 };
      int left = FRAME_TIMEOUT_MS - (int) ls_bench_ms_since (start);
      char buffer[4096];
      ssize_t n;

      if (left <= 0 || poll (&ready, 1, left) <= 0)
        {
          *why = g_strdup_printf (_("no first frame within %d seconds"), FRAME_TIMEOUT_MS / 1000);
          break;
        }
      n = read (fd, buffer, sizeof buffer);
      if (n <= 0)
        {
          *why = g_strdup (_("the program ended before its first frame (is Livsskisse already running, or are "
                             "GSETTINGS_SCHEMA_DIR and the display set?)"));
          break;
        }
      g_string_append_len (seen, buffer, n);
      if (strstr (seen->str, FRAME_LINE) != NULL)
        ms = ls_bench_ms_since (start);
    }
  kill (pid, SIGTERM);
  waitpid (pid, &status, 0);
  close (fd);
  return ms;
}

static char *
find_app (LsBench *bench)
{
  g_autofree char *here = g_path_get_dirname (bench->cli);
  g_autofree char *built = g_build_filename (here, "..", "livsskisse", NULL);

  if (g_getenv ("LIVSSKISSE_APP") != NULL)
    return g_strdup (g_getenv ("LIVSSKISSE_APP"));
  if (g_file_test (built, G_FILE_TEST_IS_EXECUTABLE))
    return g_steal_pointer (&built);
  return g_build_filename (here, "livsskisse", NULL);
}

gboolean
ls_bench_first_frame (LsBench  *bench,
                      GError  **error)
{
  g_autofree char *app = find_app (bench);
  g_autofree char *anchor = find_helper (bench, "ls-bench-window-anchor");
  const char *app_argv[] = { app, "--database", bench->database, NULL };
  const char *anchor_argv[] = { anchor, NULL };
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LIVSSKISSE_PROFILE", "1", TRUE);
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) anchors = g_array_new (FALSE, FALSE, sizeof (double));

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      ls_bench_skip (bench, LS_BENCH_FIRST_FRAME, LS_BENCH_FIRST_FRAME,
                     _("no display: neither DISPLAY nor WAYLAND_DISPLAY is set"));
      return TRUE;
    }
  if (bench->given)
    {
      /* The window logs which persons it listed. */
      ls_bench_skip (bench, LS_BENCH_FIRST_FRAME, LS_BENCH_FIRST_FRAME,
                     _("the bench never writes to a database it is given, and the window logs what it shows"));
      return TRUE;
    }
  for (guint i = 0; i < FRAME_ROUNDS; i++)
    {
      g_autofree char *why = NULL;
      const char *program = app;
      double ms = time_frame (app_argv, envp, &why, error);

      if (isnan (ms) && why == NULL)
        return FALSE;
      if (why == NULL)
        {
          g_array_append_val (frames, ms);
          program = anchor;
          ms = time_frame (anchor_argv, envp, &why, error);
          if (isnan (ms) && why == NULL)
            return FALSE;
          if (why == NULL)
            g_array_append_val (anchors, ms);
        }
      if (why != NULL)
        {
          g_autofree char *name = g_path_get_basename (program);
          g_autofree char *reason = g_strdup_printf ("%s: %s", name, why);

          ls_bench_skip (bench, LS_BENCH_FIRST_FRAME, LS_BENCH_FIRST_FRAME, reason);
          return TRUE;
        }
    }
  ls_bench_set (bench, LS_BENCH_FIRST_FRAME, ls_bench_quantile (frames, 0.5), ls_bench_quantile (anchors, 0.5));
  return TRUE;
}

gboolean
ls_bench_import (LsBench  *bench,
                 GError  **error)
{
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autofree char *xml = g_build_filename (bench->dir, "bench.xml", NULL);
  g_autoptr(GArray) imports = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) noouts = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) streams = g_array_new (FALSE, FALSE, sizeof (double));
  const char *export_argv[] = { bench->cli, "export-xml", "--database", bench->database, "-o", xml, NULL };
  const char *noout_argv[] = { xmllint, "--noout", xml, NULL };
  const char *stream_argv[] = { xmllint, "--stream", xml, NULL };
  double ms, import_mb = 0, stream_mb = 0, mb;
  GStatBuf st;
  guint rounds;

  if (bench->given)
    {
      ls_bench_skip (bench, LS_BENCH_IMPORT_VS_NOOUT, LS_BENCH_IMPORT_MEMORY,
                     _("the bench never writes to a database it is given, and exporting it logs it there"));
      return TRUE;
    }
  if (xmllint == NULL)
    {
      ls_bench_skip (bench, LS_BENCH_IMPORT_VS_NOOUT, LS_BENCH_IMPORT_MEMORY,
                     _("xmllint is not installed (Debian package libxml2-utils)"));
      return TRUE;
    }
  if (!run_timed (bench, export_argv, &ms, NULL, error) || g_stat (xml, &st) != 0)
    return FALSE;
  /* A large file is imported once; its anchors, a fraction of the
   * import's time, are still taken three times and the median kept: on
   * the 10 000-person demo one bench's only run of xmllint --noout took
   * 3.8 s, where it takes 1.6-2.1 s alone, and the ratio looked better. */
  rounds = st.st_size < SMALL_XML ? 3 : 1;
  for (guint i = 0; i < 3; i++)
    {
      g_autofree char *name = g_strdup_printf ("import-%u.db", i);
      g_autofree char *target = g_build_filename (bench->dir, name, NULL);
      const char *import_argv[] = { bench->cli, "import-xml", "--database", target, xml, NULL };

      if (i < rounds)
        {
          if (!run_timed (bench, import_argv, &ms, &mb, error))
            return FALSE;
          g_array_append_val (imports, ms);
          import_mb = MAX (import_mb, mb);
        }
      if (!run_timed (bench, noout_argv, &ms, NULL, error))
        return FALSE;
      g_array_append_val (noouts, ms);
      if (!run_timed (bench, stream_argv, &ms, &mb, error))
        return FALSE;
      g_array_append_val (streams, ms);
      stream_mb = MAX (stream_mb, mb);
    }
  ls_bench_set (bench, LS_BENCH_IMPORT_VS_NOOUT, ls_bench_quantile (imports, 0.5), ls_bench_quantile (noouts, 0.5));
  ls_bench_set (bench, LS_BENCH_IMPORT_VS_STREAM, ls_bench_quantile (imports, 0.5),
                ls_bench_quantile (streams, 0.5));
  ls_bench_set (bench, LS_BENCH_IMPORT_MEMORY, import_mb, stream_mb);
  return TRUE;
}
