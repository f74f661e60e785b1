/* SPDX-License-Identifier: GPL-3.0-or-later */
/* livsskisse-cli export-pdf on a demo database: each document kind, the
 * batch with its progress line, and a clear one-line failure. */
#include <gio/gio.h>
#include <sqlite3.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ls-store-decisions.h"
#include "ls-store-persons.h"
#include "ls-test-poppler.h"
#include "ls-test-util.h"

typedef struct
{
  char *dir;
  char *database;
} Fixture;

static gboolean
run_cli_env (const char *const *args,
             const char        *config_home,
             char              **err_out)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  int status = 0;

  g_ptr_array_add (argv, (char *) g_getenv ("LIVSSKISSE_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  if (config_home != NULL)
    envp = g_environ_setenv (envp, "XDG_CONFIG_HOME", config_home, TRUE);
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, err_out,
                &status, &error);
  g_assert_no_error (error);
  return g_spawn_check_wait_status (status, NULL);
}

static gboolean
run_cli (const char *const *args,
         char              **err_out)
{
  return run_cli_env (args, NULL, err_out);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  const char *args[] = { "demo", "--persons", "20", "--database", NULL, NULL };

  f->dir = ls_test_mkdtemp ();
  f->database = g_build_filename (f->dir, "demo.db", NULL);
  args[4] = f->database;
  g_assert_true (run_cli (args, NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  ls_test_rmdir (f->dir);
  g_free (f->dir);
  g_free (f->database);
}

static void
test_each_kind (Fixture       *f,
                gconstpointer  data)
{
  const char *kinds[] = { "--decision", "--easy-read", "--plan", "--sketch" };

  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/out-%u.pdf", f->dir, i);
      const char *args[] = { "export-pdf", "--database", f->database, kinds[i], "2", "-o", path, NULL };
      g_autofree char *info = NULL;

      g_assert_true (run_cli (args, NULL));
      info = ls_test_poppler ("pdfinfo", path);
      if (info == NULL)
        return;
      ls_test_assert_contains (info, "Tagged:");
      ls_test_assert_fonts_embedded (path);
      /* Large print (14 pt and up) and the wheel: two pages. */
      if (g_str_equal (kinds[i], "--easy-read"))
        g_assert_cmpuint (ls_test_pdf_pages (path), <=, 2);
    }
}

/* The case number on a letter's footer ("Saksnummer 2025/00002"), "–"
 * when the document has no case (the footer names the document). */
static char *
footer_case_number (GStrv lines)
{
  g_autoptr(GRegex) regex = g_regex_new ("Saksnummer (\\S+)", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (!g_regex_match (regex, lines[g_strv_length (lines) - 1], 0, &match))
    return g_strdup ("–");
  return g_match_info_fetch (match, 1);
}

/* Does @line set the heading @heading (or its first line, when the heading
 * wraps)? */
static gboolean
is_heading_line (const char *line,
                 GStrv       headings)
{
  for (guint i = 0; headings[i] != NULL; i++)
    if (g_str_equal (line, headings[i]) || (strlen (line) > 3 && g_str_has_suffix (headings[i], line)))
      return TRUE;
  return FALSE;
}

/* Real letters in bokmål and nynorsk: the recipient's address and the
 * reference line (our ref. = the case number, your ref., caseworker, date)
 * on the first page; no page ends with a heading; the last page holds more
 * than a closing block. */
static void
test_letter_layout (Fixture       *f,
                    gconstpointer  data)
{
  /* Decision 2 is person 2's (bokmål), 14 person 10's (nynorsk); plan 2
   * person 5's, 4 person 10's; report 1 person 1's (nynorsk), 3 person
   * 2's. */
  static const struct { const char *kind; const char *id; gboolean nn; } letters[] = {
    { "--decision", "2", FALSE }, { "--decision", "14", TRUE },
    { "--plan", "2", FALSE }, { "--plan", "4", TRUE },
    { "--sketch", "3", FALSE }, { "--sketch", "1", TRUE },
  };

  for (guint l = 0; l < G_N_ELEMENTS (letters); l++)
    {
      g_autofree char *path = g_strdup_printf ("%s/letter-%u.pdf", f->dir, l);
      const char *args[] = { "export-pdf", "--database", f->database, letters[l].kind, letters[l].id, "-o", path, NULL };
      g_auto(GStrv) first = NULL;
      g_auto(GStrv) headings = NULL;
      g_autofree char *case_number = NULL;
      guint n_pages, labels = 0;

      g_assert_true (run_cli (args, NULL));
      first = ls_test_pdf_page_lines (path, 1);
      if (first == NULL)
        return;
      headings = ls_test_pdf_headings (path);
      n_pages = ls_test_pdf_pages (path);
      ls_test_keep_pdf (path, strrchr (path, '/') + 1);

      /* The address block: name, street, postal code and place. */
      {
        g_autofree char *joined = g_strjoinv ("\n", first);

        ls_test_assert_contains (joined, "9999 Eksempelvik");
      }
      /* The reference line: labels over values, the case number under
       * "Vår ref.". */
      case_number = footer_case_number (first);
      for (guint i = 0; first[i + 1] != NULL; i++)
        if (g_str_has_prefix (first[i], "Vår ref."))
          {
            labels++;
            ls_test_assert_contains (first[i], letters[l].nn ? "Dykkar ref." : "Deres ref.");
            ls_test_assert_contains (first[i], letters[l].nn ? "Sakshandsamar" : "Saksbehandler");
            ls_test_assert_contains (first[i], "Dato");
            g_assert_true (g_str_has_prefix (first[i + 1], case_number));
          }
      g_assert_cmpuint (labels, ==, 1);

      for (guint page = 1; page <= n_pages; page++)
        {
          g_auto(GStrv) lines = ls_test_pdf_page_lines (path, page);
          guint n = g_strv_length (lines);

          /* The last line is the footer; the one before ends the body. */
          g_assert_cmpuint (n, >=, 2);
          if (is_heading_line (lines[n - 2], headings))
            g_error ("%s %s: page %u ends with the heading “%s”", letters[l].kind, letters[l].id, page, lines[n - 2]);
          /* Besides the running header and the footer, more than a
           * four-line closing block. */
          if (page == n_pages && n_pages > 1)
            g_assert_cmpuint (n - 2, >, 4);
        }
    }
}

static void
test_batch (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "letters", NULL);
  const char *args[] = { "export-pdf", "--database", f->database, "--all-decisions", "-o", out, NULL };
  g_autofree char *err = NULL;
  g_autoptr(GDir) listing = NULL;
  guint n = 0;

  g_assert_true (run_cli (args, &err));
  ls_test_assert_contains (err, "letters");
  listing = g_dir_open (out, 0, NULL);
  g_assert_nonnull (listing);
  while (g_dir_read_name (listing) != NULL)
    n++;
  g_assert_cmpuint (n, >, 5);
}

/* The number @sql counts in @database. */
static gint64
count_rows (const char *database,
            const char *sql)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_open_v2 (database, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  return n;
}

/* The batch's audit says who exported which letter: one export row per
 * letter, naming its decision and person, and no row per person for
 * finding the decisions (each of those was a commit of its own, the wait
 * before the first letter). Every issued decision has its letter, in id
 * order on the progress line's count. */
static void
test_batch_audit (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "letters", NULL);
  const char *args[] = { "export-pdf", "--database", f->database, "--all-decisions", "-o", out, NULL };
  g_autofree char *err = NULL;
  g_autofree char *expected = NULL;
  gint64 issued, listings;

  listings = count_rows (f->database, "SELECT count(*) FROM audit WHERE action = 'read'"
                                      " AND object_type = 'decision' AND object_id IS NULL");
  issued = count_rows (f->database, "SELECT count(*) FROM decisions WHERE status <> 'draft'");
  g_assert_cmpint (issued, >, 5);
  g_assert_true (run_cli (args, &err));
  expected = g_strdup_printf ("%" G_GINT64_FORMAT " of %" G_GINT64_FORMAT, issued, issued);
  ls_test_assert_contains (err, expected);
  g_assert_cmpuint (ls_test_count_entries (out), ==, issued);
  g_assert_cmpint (count_rows (f->database, "SELECT count(*) FROM audit WHERE action = 'export'"), ==, issued);
  g_assert_cmpint (count_rows (f->database, "SELECT count(*) FROM audit a JOIN decisions d"
                                            " ON a.object_id = d.id AND a.person_id = d.person_id"
                                            " WHERE a.action = 'export' AND a.object_type = 'decision'"
                                            " AND d.status <> 'draft'"), ==, issued);
  g_assert_cmpint (count_rows (f->database, "SELECT count(*) FROM audit WHERE action = 'read'"
                                            " AND object_type = 'decision' AND object_id IS NULL"), ==, listings);
}

static void
test_failures (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "none.pdf", NULL);
  const char *missing[] = { "export-pdf", "--database", f->database, "--decision", "99999", "-o", path, NULL };
  const char *nothing[] = { "export-pdf", "--database", f->database, "-o", path, NULL };
  g_autofree char *err = NULL;
  g_autofree char *err2 = NULL;

  g_assert_false (run_cli (missing, &err));
  g_assert_true (g_str_has_prefix (err, "livsskisse-cli: "));
  g_assert_cmpint (strchr (err, '\n') - err, ==, (int) strlen (err) - 1);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (run_cli (nothing, &err2));
}

/* The municipality's letterhead names a logo that is not there: a one-line
 * warning, exit 0, and a valid PDF. */
static void
test_missing_logo (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *config = g_build_filename (f->dir, "config", NULL);
  g_autofree char *folder = g_build_filename (config, "livsskisse", NULL);
  g_autofree char *letterhead = g_build_filename (folder, "letterhead.ini", NULL);
  g_autofree char *path = g_build_filename (f->dir, "logo.pdf", NULL);
  const char *args[] = { "export-pdf", "--database", f->database, "--decision", "2", "-o", path, NULL };
  g_autofree char *err = NULL;
  g_autofree char *info = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_true (g_file_set_contents (letterhead, "[letterhead]\nlogo-path=/nonexistent/kommunevapen.png\n", -1, NULL));
  g_assert_true (run_cli_env (args, config, &err));
  ls_test_assert_contains (err, "kommunevapen.png");
  info = ls_test_poppler ("pdfinfo", path);
  if (info != NULL)
    ls_test_assert_contains (info, "Tagged:");
}

/* A new draft decision for the demo's first person; its id. */
static gint64
add_draft (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (f->database, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsDecision) decision = ls_decision_new ();

  g_assert_no_error (error);
  ls_decision_set_person_id (decision, 1);
  ls_decision_set_grounds (decision, "Et utkast");
  g_assert_true (ls_store_save_decision (store, decision, &error));
  g_assert_no_error (error);
  return ls_decision_get_id (decision);
}

/* A draft refused without --draft is refused in the transaction that
 * would have written it: no file and no audit row, as nothing was
 * exported (it used to be looked up in a transaction of its own first,
 * which logged a read and synced the disk once more). */
static void
test_draft_refused_unlogged (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, add_draft (f));
  g_autofree char *path = g_build_filename (f->dir, "draft.pdf", NULL);
  const char *refused[] = { "export-pdf", "--database", f->database, "--decision", id, "-o", path, NULL };
  g_autofree char *err = NULL;
  gint64 rows = count_rows (f->database, "SELECT count(*) FROM audit");

  g_assert_false (run_cli (refused, &err));
  ls_test_assert_contains (err, "--draft");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (count_rows (f->database, "SELECT count(*) FROM audit"), ==, rows);
}

/* A draft is exported only with --draft: without it, one line saying so
 * and no file; with it, the draft mark. The batch takes drafts only with
 * --draft too. */
static void
test_draft (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, add_draft (f));
  g_autofree char *path = g_build_filename (f->dir, "draft.pdf", NULL);
  g_autofree char *plain_dir = g_build_filename (f->dir, "issued", NULL);
  g_autofree char *draft_dir = g_build_filename (f->dir, "with-drafts", NULL);
  g_autofree char *name = g_strdup_printf ("vedtak-%s.pdf", id);
  g_autofree char *in_plain = g_build_filename (plain_dir, name, NULL);
  g_autofree char *in_drafts = g_build_filename (draft_dir, name, NULL);
  const char *refused[] = { "export-pdf", "--database", f->database, "--decision", id, "-o", path, NULL };
  const char *easy[] = { "export-pdf", "--database", f->database, "--easy-read", id, "-o", path, NULL };
  const char *allowed[] = { "export-pdf", "--database", f->database, "--decision", id, "--draft", "-o", path, NULL };
  const char *batch[] = { "export-pdf", "--database", f->database, "--all-decisions", "-o", plain_dir, NULL };
  const char *batch_drafts[] = { "export-pdf", "--database", f->database, "--all-decisions", "--draft",
                                 "-o", draft_dir, NULL };
  g_autofree char *err = NULL;
  g_autofree char *err2 = NULL;
  g_autofree char *text = NULL;

  g_assert_false (run_cli (refused, &err));
  g_assert_true (g_str_has_prefix (err, "livsskisse-cli: "));
  g_assert_cmpint (strchr (err, '\n') - err, ==, (int) strlen (err) - 1);
  ls_test_assert_contains (err, "draft");
  ls_test_assert_contains (err, "--draft");
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (run_cli (easy, &err2));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  g_assert_true (run_cli (allowed, NULL));
  text = ls_test_pdf_text (path);
  if (text != NULL)
    ls_test_assert_contains (text, "UTKAST – ikk");

  g_assert_true (run_cli (batch, NULL));
  g_assert_false (g_file_test (in_plain, G_FILE_TEST_EXISTS));
  g_assert_true (run_cli (batch_drafts, NULL));
  g_assert_true (g_file_test (in_drafts, G_FILE_TEST_EXISTS));
}

static void
assert_content (const char *path,
                const char *expected)
{
  g_autofree char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  g_assert_cmpstr (data, ==, expected);
}

/* Mode 0600 whatever the umask, also when replacing a readable file; a
 * link at the output path is refused and its target left alone. */
static void
test_private (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "letter.pdf", NULL);
  g_autofree char *target = g_build_filename (f->dir, "target", NULL);
  g_autofree char *link = g_build_filename (f->dir, "link.pdf", NULL);
  const char *args[] = { "export-pdf", "--database", f->database, "--decision", "2", "-o", path, NULL };
  const char *to_link[] = { "export-pdf", "--database", f->database, "--decision", "2", "-o", link, NULL };
  g_autofree char *err = NULL;
  mode_t saved = umask (022);
  GStatBuf st;
  guint entries;

  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0644), ==, 0);
  g_assert_true (run_cli (args, NULL));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_true (run_cli (args, NULL));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_true (g_file_set_contents (target, "someone else's file", -1, NULL));
  g_assert_cmpint (symlink (target, link), ==, 0);
  entries = ls_test_count_entries (f->dir);
  g_assert_false (run_cli (to_link, &err));
  ls_test_assert_contains (err, "link");
  assert_content (target, "someone else's file");
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpuint (ls_test_count_entries (f->dir), ==, entries);
  umask (saved);
}

/* A full disk (a 64 KiB tmpfs, root only): the existing letter stays byte
 * for byte, no temporary file is left, and the error says the disk is full. */
static void
test_disk_full (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *full = g_build_filename (f->dir, "full", NULL);
  g_autofree char *path = g_build_filename (full, "letter.pdf", NULL);
  g_autofree char *filler = g_build_filename (full, "filler", NULL);
  const char *args[] = { "export-pdf", "--database", f->database, "--decision", "2", "-o", path, NULL };
  g_autofree char *err = NULL;
  char block[1024] = { 0 };
  FILE *out;

  g_assert_cmpint (g_mkdir (full, 0700), ==, 0);
  if (!ls_test_mount_tiny (full))
    {
      g_test_skip ("mounting a small tmpfs needs root");
      return;
    }
  g_assert_true (g_file_set_contents (path, "the letter sent last week", -1, NULL));
  /* Whatever room is left, taken. */
  out = fopen (filler, "w");
  g_assert_nonnull (out);
  while (fwrite (block, 1, sizeof block, out) == sizeof block && fflush (out) == 0)
    ;
  fclose (out);

  g_assert_false (run_cli (args, &err));
  ls_test_assert_contains (err, "full");
  assert_content (path, "the letter sent last week");
  g_assert_cmpuint (ls_test_count_entries (full), ==, 2);
  ls_test_unmount (full);
}

/* A batch stopped by a link at one letter's path leaves no letter at all
 * (their audit rows were rolled back) and the link's target unchanged. */
static void
test_batch_link (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *first = g_build_filename (f->dir, "first", NULL);
  g_autofree char *second = g_build_filename (f->dir, "second", NULL);
  g_autofree char *target = g_build_filename (f->dir, "target", NULL);
  const char *args[] = { "export-pdf", "--database", f->database, "--all-decisions", "-o", first, NULL };
  g_autoptr(GDir) listing = NULL;
  g_autofree char *last = NULL;
  g_autofree char *link = NULL;
  g_autofree char *err = NULL;
  const char *name;
  gint64 max_id = 0;

  g_assert_true (run_cli (args, NULL));
  listing = g_dir_open (first, 0, NULL);
  while ((name = g_dir_read_name (listing)) != NULL)
    {
      gint64 id = g_ascii_strtoll (name + strlen ("vedtak-"), NULL, 10);

      g_assert_true (g_str_has_prefix (name, "vedtak-"));
      max_id = MAX (max_id, id);
    }
  g_assert_cmpint (max_id, >, 0);

  g_assert_cmpint (g_mkdir (second, 0700), ==, 0);
  g_assert_true (g_file_set_contents (target, "someone else's file", -1, NULL));
  last = g_strdup_printf ("vedtak-%" G_GINT64_FORMAT ".pdf", max_id);
  link = g_build_filename (second, last, NULL);
  g_assert_cmpint (symlink (target, link), ==, 0);
  args[5] = second;
  g_assert_false (run_cli (args, &err));
  ls_test_assert_contains (err, "link");
  assert_content (target, "someone else's file");
  g_assert_cmpuint (ls_test_count_entries (second), ==, 1);
}

/* The demo's adjustments after an evaluation: one decision (an id as
 * text) in @language that halves the hours after an advance notice. */
static char *
adjusted_decision (Fixture    *f,
                   const char *language)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (f->database, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(GPtrArray) decisions = NULL;

  g_assert_no_error (error);
  decisions = ls_store_list_decisions (store, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < decisions->len; i++)
    {
      LsDecision *decision = g_ptr_array_index (decisions, i);
      g_autoptr(LsPerson) person = NULL;

      if (ls_decision_get_notice_sent (decision) == NULL)
        continue;
      person = ls_store_load_person (store, ls_decision_get_person_id (decision), &error);
      g_assert_no_error (error);
      if (g_strcmp0 (ls_person_get_written_language (person), language) == 0)
        return g_strdup_printf ("%" G_GINT64_FORMAT, ls_decision_get_id (decision));
    }
  g_assert_not_reached ();
}

static char *
export_text (Fixture    *f,
             const char *option,
             const char *id)
{
  g_autofree char *path = g_strdup_printf ("%s/%s-%s.pdf", f->dir, option + 2, id);
  const char *args[] = { "export-pdf", "--database", f->database, option, id, "-o", path, NULL };
  g_autofree char *err = NULL;

  if (!run_cli (args, &err))
    g_error ("export-pdf %s %s: %s", option, id, err);
  ls_test_keep_pdf (path, strrchr (path, '/') + 1);
  return ls_test_pdf_text (path);
}

/* Issue 11: a decision after an evaluation says how it went (each goal in
 * the GAS level's words, the person's own view), the old and the new
 * extent, and why; and that the person was told in advance and answered. */
static void
test_adjustment_letter (Fixture       *f,
                        gconstpointer  data)
{
  static const struct { const char *lang; const char *texts[7]; } expected[] = {
    { "nb", { "Evaluering og endring", "Slik gikk det med målene:", "enn forventet",
              "«Det går bedre enn jeg trodde, men jeg blir sliten.»",
              "6 timer per uke → 3 timer per uke",
              "Hvorfor: Du lager nå middag selv flere dager i uka og trenger mindre hjelp enn før.",
              "Vi varslet deg om endringen" } },
    { "nn", { "Evaluering og endring", "Slik gjekk det med måla:", "enn venta",
              "«Det går betre enn eg trudde, men eg blir sliten.»",
              "6 timar per veke → 3 timar per veke",
              "Kvifor: Du lagar no middag sjølv fleire dagar i veka og treng mindre hjelp enn før.",
              "Vi varsla deg om endringa" } },
  };

  for (guint l = 0; l < G_N_ELEMENTS (expected); l++)
    {
      g_autofree char *id = adjusted_decision (f, expected[l].lang);
      g_autofree char *text = export_text (f, "--decision", id);

      if (text == NULL)
        return;
      for (guint k = 0; k < G_N_ELEMENTS (expected[l].texts); k++)
        ls_test_assert_contains (text, expected[l].texts[k]);
    }
}

/* The forhåndsvarsel (fvl § 16): what is planned, why, the deadline to
 * answer and whom to contact, in bokmål and nynorsk. */
static void
test_advance_notice (Fixture       *f,
                     gconstpointer  data)
{
  static const struct { const char *lang; const char *texts[9]; } expected[] = {
    { "nb", { "Forhåndsvarsel om endring av vedtak", "Hva vi planlegger", "forvaltningsloven § 16",
              "6 timer per uke → 3 timer per uke", "Hvorfor vi vil endre",
              "Du lager nå middag selv flere dager i uka", "Fristen for å svare er",
              "Svarer du ikke innen fristen", "kan du kontakte Kari Nordmann på telefon" } },
    { "nn", { "Førehandsvarsel om endring av vedtak", "Kva vi planlegg", "forvaltningslova § 16",
              "6 timar per veke → 3 timar per veke", "Kvifor vi vil endre",
              "Du lagar no middag sjølv fleire dagar i veka", "Fristen for å svare er",
              "Svarar du ikkje innan fristen", "kan du kontakte Kari Nordmann på telefon" } },
  };

  for (guint l = 0; l < G_N_ELEMENTS (expected); l++)
    {
      g_autofree char *id = adjusted_decision (f, expected[l].lang);
      g_autofree char *text = export_text (f, "--advance-notice", id);

      if (text == NULL)
        return;
      for (guint k = 0; k < G_N_ELEMENTS (expected[l].texts); k++)
        ls_test_assert_contains (text, expected[l].texts[k]);
      /* A letter to send, not a draft of the decision. */
      g_assert_null (strstr (text, "UTKAST"));
    }
}

/* A new draft after issued decision @previous_id with @hours of its first
 * measure and @grounds; its id as text. */
static char *
draft_after (Fixture    *f,
             gint64      previous_id,
             double      hours,
             const char *grounds)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (f->database, LS_STORE_OPEN_DEFAULT, &error);
  g_autoptr(LsDecision) previous = NULL;
  g_autoptr(LsDecision) next = ls_decision_new ();
  g_autoptr(LsMeasure) measure = NULL;
  g_autoptr(LsMeasure) granted = NULL;

  g_assert_no_error (error);
  previous = ls_store_load_decision (store, previous_id, &error);
  g_assert_no_error (error);
  granted = g_list_model_get_item (G_LIST_MODEL (ls_decision_get_measures (previous)), 0);
  ls_decision_set_person_id (next, ls_decision_get_person_id (previous));
  ls_decision_set_previous_id (next, previous_id);
  ls_decision_set_decision_type (next, LS_DECISION_TYPE_ORDINARY);
  ls_decision_set_start (next, ls_decision_get_end (previous));
  ls_decision_set_grounds (next, grounds);
  ls_decision_set_legal_basis (next, ls_decision_get_legal_basis (previous));
  ls_decision_set_prepared_by (next, "Kari Nordmann");
  ls_decision_set_change_reason (next, "Du trenger mindre hjelp nå.");
  measure = ls_measure_new ();
  ls_measure_set_service_key (measure, ls_measure_get_service_key (granted));
  ls_measure_set_extent (measure, hours);
  ls_measure_set_unit (measure, "hours");
  g_list_store_append (ls_decision_get_measures (next), measure);
  g_assert_true (ls_store_save_decision (store, next, &error));
  g_assert_no_error (error);
  return g_strdup_printf ("%" G_GINT64_FORMAT, ls_decision_get_id (next));
}

/* `issue` refuses a reduction until its advance notice and the answer are
 * recorded (`advance-notice`), and a decision without an assessment; each
 * with one sentence. */
static void
test_issue_refusals (Fixture       *f,
                     gconstpointer  data)
{
  /* Decision 2 is person 2's issued ordinary decision. */
  g_autofree char *reduction = draft_after (f, 2, 0.5, "Vi mener en halv time er nok.");
  g_autofree char *no_assessment = draft_after (f, 2, 20, "");
  const char *issue[] = { "issue", "--database", f->database, reduction, "--by", "Ola Nordmann", NULL };
  const char *issue_empty[] = { "issue", "--database", f->database, no_assessment, "--by", "Ola Nordmann", NULL };
  const char *early[] = { "advance-notice", "--database", f->database, "--decision", reduction,
                          "--sent", "2026-01-05", "--deadline", "2999-01-19", "--no-answer", NULL };
  const char *notice[] = { "advance-notice", "--database", f->database, "--decision", reduction,
                           "--sent", "2026-01-05", "--deadline", "2026-01-19", NULL };
  const char *answer[] = { "advance-notice", "--database", f->database, "--decision", reduction,
                           "--answer", "Det går bra.", NULL };
  const char *future[] = { "advance-notice", "--database", f->database, "--decision", reduction,
                           "--sent", "2999-01-05", "--deadline", "2999-01-19", NULL };
  const char *empty_answer[] = { "advance-notice", "--database", f->database, "--decision", reduction,
                                 "--answer", " ", NULL };
  const char *two_lines[] = { "issue", "--database", f->database, reduction, "--by", "Ola\nNordmann", NULL };
  g_autofree char *err = NULL;

  g_assert_false (run_cli (issue, &err));
  ls_test_assert_contains (err, "advance notice");
  g_assert_null (strchr (g_strchomp (err), '\n'));
  g_clear_pointer (&err, g_free);

  g_assert_false (run_cli (issue_empty, &err));
  ls_test_assert_contains (err, "no assessment");
  g_assert_null (strchr (g_strchomp (err), '\n'));
  g_clear_pointer (&err, g_free);

  /* "No answer" only once the deadline has passed. */
  g_assert_false (run_cli (early, &err));
  ls_test_assert_contains (err, "has not passed yet");
  g_clear_pointer (&err, g_free);
  /* Nor a notice sent on a day still to come (before: recorded). */
  g_assert_false (run_cli (future, &err));
  ls_test_assert_contains (err, "cannot have been sent after today");
  g_clear_pointer (&err, g_free);
  g_assert_true (run_cli (notice, NULL));
  g_assert_false (run_cli (issue, &err));
  ls_test_assert_contains (err, "advance notice");
  g_clear_pointer (&err, g_free);
  /* An empty answer is said to be empty (before: silently not recorded). */
  g_assert_false (run_cli (empty_answer, &err));
  ls_test_assert_contains (err, "--answer is empty");
  g_clear_pointer (&err, g_free);
  g_assert_false (run_cli (issue, &err));
  ls_test_assert_contains (err, "advance notice");
  g_clear_pointer (&err, g_free);
  g_assert_true (run_cli (answer, NULL));
  /* The issuer's name is signed under the letter: one line (before: a
   * line break went into the letter). */
  g_assert_false (run_cli (two_lines, &err));
  ls_test_assert_contains (err, "must be one line");
  g_clear_pointer (&err, g_free);
  if (!run_cli (issue, &err))
    g_error ("issue after the notice and answer: %s", err);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config = ls_test_mkdtemp ();
  int status;

  /* The CLI reads the letterhead and legal texts from here, never from the
   * settings of whoever runs the tests. */
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/export/pdf-cli/each-kind", Fixture, NULL, fixture_set_up, test_each_kind, fixture_tear_down);
  g_test_add ("/export/pdf-cli/letter-layout", Fixture, NULL, fixture_set_up, test_letter_layout, fixture_tear_down);
  g_test_add ("/export/pdf-cli/batch", Fixture, NULL, fixture_set_up, test_batch, fixture_tear_down);
  g_test_add ("/export/pdf-cli/batch-audit", Fixture, NULL, fixture_set_up, test_batch_audit, fixture_tear_down);
  g_test_add ("/export/pdf-cli/missing-logo", Fixture, NULL, fixture_set_up, test_missing_logo, fixture_tear_down);
  g_test_add ("/export/pdf-cli/failures", Fixture, NULL, fixture_set_up, test_failures, fixture_tear_down);
  g_test_add ("/export/pdf-cli/draft", Fixture, NULL, fixture_set_up, test_draft, fixture_tear_down);
  g_test_add ("/export/pdf-cli/draft-refused-unlogged", Fixture, NULL, fixture_set_up, test_draft_refused_unlogged,
              fixture_tear_down);
  g_test_add ("/export/pdf-cli/private", Fixture, NULL, fixture_set_up, test_private, fixture_tear_down);
  g_test_add ("/export/pdf-cli/disk-full", Fixture, NULL, fixture_set_up, test_disk_full, fixture_tear_down);
  g_test_add ("/export/pdf-cli/batch-link", Fixture, NULL, fixture_set_up, test_batch_link, fixture_tear_down);
  g_test_add ("/export/pdf-cli/adjustment-letter", Fixture, NULL, fixture_set_up, test_adjustment_letter,
              fixture_tear_down);
  g_test_add ("/export/pdf-cli/advance-notice", Fixture, NULL, fixture_set_up, test_advance_notice, fixture_tear_down);
  g_test_add ("/export/pdf-cli/issue-refusals", Fixture, NULL, fixture_set_up, test_issue_refusals, fixture_tear_down);
  status = g_test_run ();
  ls_test_rmdir (config);
  return status;
}
