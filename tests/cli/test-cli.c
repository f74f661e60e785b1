/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The livsskisse-cli contract, run against the real binary
 * ($LIVSSKISSE_CLI) on temporary databases: exit codes, one-line errors on
 * stderr, tab-separated lists with the id first, JSON, check and backup. */
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "ls-national-id.h"
#include "ls-test-util.h"
#include "ls-value.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_clear_pointer (&run->out, g_free);
  g_clear_pointer (&run->err, g_free);
}

/* Runs livsskisse-cli with the NULL-terminated arguments. */
static void
run_cli (Run        *run,
         const char *first,
         ...)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("LIVSSKISSE_CLI");
  const char *arg;
  va_list ap;
  int wait_status = 0;

  g_assert_nonnull (cli);
  run_clear (run);
  g_ptr_array_add (args, (char *) cli);
  va_start (ap, first);
  for (arg = first; arg != NULL; arg = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) args->pdata, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                               &run->out, &run->err, &wait_status, &error));
  g_assert_no_error (error);
  run->status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
}

/* A failure: non-zero, and exactly one line on stderr. */
static void
assert_failed_one_line (Run *run)
{
  g_assert_cmpint (run->status, !=, 0);
  g_assert_true (g_str_has_suffix (run->err, "\n"));
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
}

static char *
make_id (GDateDay   day,
         GDateMonth month,
         GDateYear  year)
{
  g_autoptr(GDate) birth = ls_date_new_dmy (day, month, year);

  for (guint individual = 0; individual < 1000; individual++)
    {
      char *id = ls_national_id_make_synthetic (birth, individual);

      if (id != NULL)
        return id;
    }
  g_assert_not_reached ();
}

static void
test_check_id (void)
{
  Run run = { 0 };
  g_autofree char *valid = make_id (3, 2, 1999);
  g_autofree char *wrong = g_strdup (valid);

  run_cli (&run, "check-id", valid, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "valid\tsynthetic\t1999-02-03"));

  wrong[10] = wrong[10] == '9' ? '0' : wrong[10] + 1;
  run_cli (&run, "check-id", wrong, NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_failed_one_line (&run);
  g_assert_null (strstr (run.err, wrong));   /* never echoes the number */

  /* Born tomorrow: refused, and the message holds no digit of it. */
  {
    g_autoptr(GDate) tomorrow = g_date_new ();
    g_autofree char *future = NULL;

    g_date_set_time_t (tomorrow, time (NULL));
    g_date_add_days (tomorrow, 1);
    future = make_id (g_date_get_day (tomorrow), g_date_get_month (tomorrow), g_date_get_year (tomorrow));
    run_cli (&run, "check-id", future, NULL);
    g_assert_cmpint (run.status, ==, 1);
    assert_failed_one_line (&run);
    g_assert_cmpstr (run.out, ==, "");
    for (const char *p = run.err; *p != '\0'; p++)
      g_assert_false (g_ascii_isdigit (*p));
  }

  run_cli (&run, "check-id", "123", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_failed_one_line (&run);
  run_cli (&run, "check-id", "0102abc4567", NULL);
  g_assert_cmpint (run.status, ==, 1);
  run_cli (&run, "check-id", NULL);
  g_assert_cmpint (run.status, !=, 0);
  assert_failed_one_line (&run);
  run_clear (&run);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    n += *p == '\n';
  return n;
}

static void
test_demo_list_check_backup (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *db = ls_test_store_location (dir, "demo.db");
  g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
  g_auto(GStrv) lines = NULL;
  g_autoptr(GRegex) row = g_regex_new ("^[0-9]+\t[^\t]*\t[^\t]*\t[0-9-]*\t[0-9]{11}$", 0, 0, NULL);
  g_autoptr(GRegex) decision = g_regex_new ("^([0-9]+)\t[0-9]+\t(trial|ordinary)\t(draft|issued|under-evaluation|superseded|ended)\t([0-9]*)\t", 0, 0, NULL);
  g_autoptr(GRegex) json_row = g_regex_new ("^  \\{\"id\": [0-9]+, \"person_id\": [0-9]+, \"type\": \"[a-z]+\", \"status\": \"[a-z-]+\", \"previous_id\": (null|[0-9]+), ", 0, 0, NULL);
  g_autoptr(GHashTable) statuses = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  gboolean chain = FALSE;
  Run run = { 0 };

  run_cli (&run, "demo", "--database", db, "--persons", "24", NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);

  run_cli (&run, "list", "persons", "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (count_lines (run.out), ==, 24);
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_autofree char *id = NULL;

      g_assert_true (g_regex_match (row, lines[i], 0, NULL));
      id = g_strndup (strrchr (lines[i], '\t') + 1, 11);
      g_assert_true (ls_national_id_is_synthetic (id));
    }
  g_clear_pointer (&lines, g_strfreev);

  run_cli (&run, "list", "decisions", "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && *lines[i] != '\0'; i++)
    {
      g_autoptr(GMatchInfo) match = NULL;
      g_autofree char *previous = NULL;

      g_assert_true (g_regex_match (decision, lines[i], 0, &match));
      g_hash_table_add (statuses, g_match_info_fetch (match, 3));
      previous = g_match_info_fetch (match, 4);
      chain |= *previous != '\0';
    }
  /* Every state, and chains of decisions. */
  g_assert_cmpuint (g_hash_table_size (statuses), ==, 5);
  g_assert_true (chain);
  g_clear_pointer (&lines, g_strfreev);

  run_cli (&run, "list", "decisions", "--json", "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "[\n"));
  g_assert_true (g_str_has_suffix (run.out, "\n]\n"));
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 1; lines[i + 1] != NULL && lines[i + 2] != NULL; i++)
    g_assert_true (g_regex_match (json_row, lines[i], 0, NULL));
  g_clear_pointer (&lines, g_strfreev);
  run_cli (&run, "list", "persons", "--json", "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "[\n  {\"id\": "));

  run_cli (&run, "list", "nothing", "--database", db, NULL);
  assert_failed_one_line (&run);
  /* --search finds persons: with decisions it is refused in one line,
   * naming the option, and nothing is listed. */
  run_cli (&run, "list", "decisions", "--search", "a", "--database", db, NULL);
  assert_failed_one_line (&run);
  g_assert_nonnull (strstr (run.err, "--search"));
  g_assert_cmpstr (run.out, ==, "");

  run_cli (&run, "check", "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_str_has_prefix (run.out, "ok"));

  run_cli (&run, "backup", "-o", copy, "--database", db, NULL);
  if (ls_test_on_postgresql ())
    {
      /* A team database is backed up on its server. */
      assert_failed_one_line (&run);
      g_assert_nonnull (strstr (run.err, "pg_dump"));
      g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
      run_clear (&run);
      ls_test_drop_store (db);
      ls_test_rmdir (dir);
      return;
    }
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "check", "--database", copy, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "list", "persons", "--database", copy, NULL);
  g_assert_cmpuint (count_lines (run.out), ==, 24);
  /* A backup never overwrites. */
  run_cli (&run, "backup", "-o", copy, "--database", db, NULL);
  assert_failed_one_line (&run);
  run_clear (&run);
  ls_test_rmdir (dir);
}

static gint64
count_audit_rows (sqlite3 *db)
{
  sqlite3_stmt *stmt = NULL;
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT count(*) FROM audit", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return n;
}

/* While another program holds the write lock, no audit row can be written:
 * a list then fails (after the busy timeout) and prints nothing at all. */
static void
test_list_locked (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *db = g_build_filename (dir, "locked.db", NULL);
  const char * const lists[][2] = { { "persons", NULL }, { "decisions", "--json" } };
  sqlite3 *holder = NULL;
  gint64 audit_rows;
  Run run = { 0 };

  if (ls_test_skip_unless_sqlite ("another program holding the file is SQLite"))
    {
      ls_test_rmdir (dir);
      return;
    }
  run_cli (&run, "demo", "--database", db, "--persons", "3", NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "list", "persons", "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (count_lines (run.out), ==, 3);

  g_assert_cmpint (sqlite3_open (db, &holder), ==, SQLITE_OK);
  audit_rows = count_audit_rows (holder);
  g_assert_cmpint (sqlite3_exec (holder, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      run_cli (&run, "list", lists[i][0], "--database", db, lists[i][1], NULL);
      assert_failed_one_line (&run);
      g_assert_cmpstr (run.out, ==, "");
    }
  g_assert_cmpint (sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  /* A failed list leaves nothing behind either. */
  g_assert_cmpint (count_audit_rows (holder), ==, audit_rows);
  /* One audit row per list shown, not one per person. */
  run_cli (&run, "list", "persons", "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpuint (count_lines (run.out), ==, 3);
  g_assert_cmpint (count_audit_rows (holder), ==, audit_rows + 1);
  sqlite3_close (holder);
  run_clear (&run);
  ls_test_rmdir (dir);
}

static void
test_bad_files (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *junk = g_build_filename (dir, "junk.db", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Run run = { 0 };

  if (ls_test_skip_unless_sqlite ("files that are not databases are SQLite"))
    {
      ls_test_rmdir (dir);
      return;
    }
  g_assert_true (g_file_set_contents (junk, "ikke en database", -1, NULL));
  run_cli (&run, "check", "--database", junk, NULL);
  assert_failed_one_line (&run);
  g_assert_nonnull (strstr (run.err, junk));
  run_cli (&run, "list", "persons", "--database", junk, NULL);
  assert_failed_one_line (&run);
  g_assert_true (g_file_get_contents (junk, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "ikke en database");

  /* A mistyped path is not given a new, empty database: only the commands
   * that make one (migrate, demo, import-xml, copy --to) create a file. */
  {
    g_autofree char *other = g_build_filename (dir, "other.db", NULL);
    const char *commands[][7] = {
      { "check", "--database", missing },
      { "list", "persons", "--database", missing },
      { "export-xml", "-o", other, "--database", missing },
      { "show-sketch", "1", "--database", missing },
      { "copy", "--from", missing, "--to", other },
    };

    for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
      {
        run_cli (&run, commands[i][0], commands[i][1], commands[i][2], commands[i][3], commands[i][4], NULL);
        assert_failed_one_line (&run);
        g_assert_nonnull (strstr (run.err, "does not exist"));
        g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
        g_assert_false (g_file_test (other, G_FILE_TEST_EXISTS));
      }
  }

  /* Nor is an empty file made one by a command that reads. */
  {
    g_autofree char *empty = g_build_filename (dir, "empty.db", NULL);
    GStatBuf st;

    g_assert_true (g_file_set_contents (empty, "", 0, NULL));
    run_cli (&run, "list", "persons", "--database", empty, NULL);
    assert_failed_one_line (&run);
    g_assert_nonnull (strstr (run.err, "is empty"));
    g_assert_cmpint (g_stat (empty, &st), ==, 0);
    g_assert_cmpint (st.st_size, ==, 0);
  }

  run_cli (&run, "no-such-command", NULL);
  assert_failed_one_line (&run);
  run_clear (&run);
  ls_test_rmdir (dir);
}

static char *
checksum (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

static void
test_newer_and_damaged (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *db = g_build_filename (dir, "future.db", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;
  sqlite3 *raw = NULL;
  Run run = { 0 };

  if (ls_test_skip_unless_sqlite ("the file itself is SQLite (the server: test-db-pg)"))
    {
      ls_test_rmdir (dir);
      return;
    }
  run_cli (&run, "demo", "--persons", "3", "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (sqlite3_open (db, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "PRAGMA journal_mode=DELETE; PRAGMA user_version = 999", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  before = checksum (db);
  run_cli (&run, "check", "--database", db, NULL);
  assert_failed_one_line (&run);
  g_assert_nonnull (strstr (run.err, "newer"));
  run_cli (&run, "list", "persons", "--database", db, NULL);
  assert_failed_one_line (&run);
  run_cli (&run, "demo", "--database", db, NULL);
  assert_failed_one_line (&run);
  after = checksum (db);
  g_assert_cmpstr (before, ==, after);

  /* Damage inside the file: check says so and fails. */
  g_assert_cmpint (sqlite3_open (db, &raw), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (raw, "PRAGMA user_version = 3", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (raw);
  g_assert_true (g_file_get_contents (db, &contents, &length, NULL));
  for (gsize page = 4096; page + 4096 <= length; page += 4096)
    memset (contents + page + 200, 0x33, 300);
  g_assert_true (g_file_set_contents (db, contents, length, NULL));
  run_cli (&run, "check", "--database", db, NULL);
  assert_failed_one_line (&run);
  run_clear (&run);
  ls_test_rmdir (dir);
}

static guint
count_backup_rows (const char *db)
{
  sqlite3 *raw = NULL;
  sqlite3_stmt *stmt = NULL;
  guint n;

  g_assert_cmpint (sqlite3_open_v2 (db, &raw, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (raw, "SELECT count(*) FROM audit WHERE object_type = 'backup'"
                                       " AND action = 'export'", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int (stmt, 0);
  sqlite3_finalize (stmt);
  sqlite3_close (raw);
  return n;
}

/* A backup is everyone's data: it appears only after its audit row is
 * committed, private, never through a link; a failed backup (another
 * program holds the database) leaves nothing at all. */
static void
test_backup_locked_private (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *db = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *copy = g_build_filename (dir, "copy.db", NULL);
  g_autofree char *target = g_build_filename (dir, "target", NULL);
  g_autofree char *link = g_build_filename (dir, "link.db", NULL);
  g_autofree char *after = NULL;
  mode_t saved = umask (022);
  sqlite3 *holder = NULL;
  GStatBuf st;
  guint entries;
  Run run = { 0 };

  if (ls_test_skip_unless_sqlite ("backups are files"))
    {
      ls_test_rmdir (dir);
      return;
    }
  run_cli (&run, "demo", "--persons", "3", "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);

  g_assert_cmpint (sqlite3_open (db, &holder), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (holder, "BEGIN IMMEDIATE", NULL, NULL, NULL), ==, SQLITE_OK);
  entries = ls_test_count_entries (dir);
  run_cli (&run, "backup", "-o", copy, "--database", db, NULL);
  assert_failed_one_line (&run);
  g_assert_false (g_file_test (copy, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (ls_test_count_entries (dir), ==, entries);   /* no temporary file either */
  g_assert_cmpint (sqlite3_exec (holder, "ROLLBACK", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (holder);
  g_assert_cmpuint (count_backup_rows (db), ==, 0);

  run_cli (&run, "backup", "-o", copy, "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (g_stat (copy, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpuint (count_backup_rows (db), ==, 1);

  /* A link at the output path is refused and its target left alone. */
  g_assert_true (g_file_set_contents (target, "not a backup", -1, NULL));
  g_assert_cmpint (symlink (target, link), ==, 0);
  run_cli (&run, "backup", "-o", link, "--database", db, NULL);
  assert_failed_one_line (&run);
  g_assert_nonnull (strstr (run.err, "link"));
  g_assert_true (g_file_get_contents (target, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "not a backup");
  g_assert_cmpuint (count_backup_rows (db), ==, 1);

  umask (saved);
  run_clear (&run);
  ls_test_rmdir (dir);
}

/* export-xml: private, and a link at the output path is refused. */
static void
test_export_xml_private (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *db = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *out = g_build_filename (dir, "out.xml", NULL);
  g_autofree char *target = g_build_filename (dir, "target", NULL);
  g_autofree char *link = g_build_filename (dir, "link.xml", NULL);
  g_autofree char *after = NULL;
  mode_t saved = umask (022);
  GStatBuf st;
  Run run = { 0 };

  run_cli (&run, "demo", "--persons", "2", "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "export-xml", "-o", out, "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (g_stat (out, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  g_assert_true (g_file_set_contents (target, "someone else's file", -1, NULL));
  g_assert_cmpint (symlink (target, link), ==, 0);
  run_cli (&run, "export-xml", "-o", link, "--database", db, NULL);
  assert_failed_one_line (&run);
  g_assert_nonnull (strstr (run.err, "link"));
  g_assert_true (g_file_get_contents (target, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "someone else's file");
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));

  umask (saved);
  run_clear (&run);
  ls_test_rmdir (dir);
}

/* A conflict is exit 3 with one line, and nothing is overwritten. */
static void
test_edit_entry_if_version (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *db = ls_test_store_location (dir, "edit.db");
  g_autoptr(GRegex) first_entry = g_regex_new ("\"entries\": \\[\\{\"id\": ([0-9]+), \"version\": ([0-9]+),",
                                               0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *person = NULL;
  g_autofree char *entry = NULL;
  g_autofree char *version = NULL;
  g_autofree char *next = NULL;
  g_autofree char *edited = NULL;
  Run run = { 0 };

  run_cli (&run, "demo", "--database", db, "--persons", "3", NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "list", "persons", "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  person = g_strndup (run.out, strcspn (run.out, "\t"));
  run_cli (&run, "show-sketch", "--database", db, "--person", person, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_regex_match (first_entry, run.out, 0, &match));
  entry = g_match_info_fetch (match, 1);
  version = g_match_info_fetch (match, 2);
  next = g_strdup_printf ("%" G_GINT64_FORMAT "\n", g_ascii_strtoll (version, NULL, 10) + 1);

  run_cli (&run, "edit-entry", "--database", db, entry, "--text", "første \"utgave\"", "--if-version", version, NULL);
  g_assert_cmpstr (run.err, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out, ==, next);

  /* The same old version again: someone else's change came first. */
  run_cli (&run, "edit-entry", "--database", db, entry, "--text", "andre", "--if-version", version, NULL);
  g_assert_cmpint (run.status, ==, 3);
  assert_failed_one_line (&run);
  g_assert_cmpstr (run.out, ==, "");
  g_assert_nonnull (strstr (run.err, "livsskisse-cli"));   /* who changed it */
  g_assert_null (strstr (run.err, "første"));               /* never the data */

  run_cli (&run, "show-sketch", "--database", db, "--person", person, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  edited = g_strdup_printf ("{\"id\": %s, \"version\": %.*s, ", entry, (int) strlen (next) - 1, next);
  g_assert_nonnull (strstr (run.out, edited));
  g_assert_nonnull (strstr (run.out, "\"text\": \"første \\\"utgave\\\"\"}"));

  /* A version never saved is a mistake, not someone else's change. */
  run_cli (&run, "edit-entry", "--database", db, entry, "--text", "fjerde", "--if-version", "99", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_failed_one_line (&run);
  g_assert_null (strstr (run.err, "Someone else"));
  g_assert_nonnull (strstr (run.err, "version 99"));
  run_cli (&run, "show-sketch", "--database", db, "--person", person, "--json", NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_nonnull (strstr (run.out, edited));                      /* the version it had */
  g_assert_null (strstr (run.out, "fjerde"));                        /* and not the refused text */

  /* Without a version, or with an entry that is not there. */
  run_cli (&run, "edit-entry", "--database", db, entry, "--text", "tredje", NULL);
  g_assert_cmpint (run.status, ==, 2);
  assert_failed_one_line (&run);
  run_cli (&run, "edit-entry", "--database", db, "999999", "--text", "tredje", "--if-version", "1", NULL);
  g_assert_cmpint (run.status, ==, 1);
  assert_failed_one_line (&run);

  run_clear (&run);
  ls_test_drop_store (db);
  ls_test_rmdir (dir);
}

/* Approving a decision that is not a draft says so; it said "Someone else
 * changed this in the meantime", which no one had. */
static void
test_approve_not_draft (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *db = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *issued = NULL;
  g_auto(GStrv) lines = NULL;
  Run run = { 0 };

  run_cli (&run, "demo", "--persons", "2", "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "list", "decisions", "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  /* tab-separated, id first: the first issued one */
  lines = g_strsplit (run.out, "\n", -1);
  for (guint i = 0; lines[i] != NULL && issued == NULL; i++)
    if (strstr (lines[i], "\tissued\t") != NULL)
      issued = g_strndup (lines[i], strcspn (lines[i], "\t"));
  g_assert_nonnull (issued);
  run_cli (&run, "approve", issued, "--database", db, NULL);
  assert_failed_one_line (&run);
  g_assert_nonnull (strstr (run.err, "is not a draft; only a draft can be approved"));
  run_clear (&run);
  ls_test_rmdir (dir);
}

/* A record that is not there is named, with its id and the database: the
 * message said "What was asked for is not in the database" whatever it was. */
static void
test_not_found_named (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *db = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *out = g_build_filename (dir, "out", NULL);
  const struct
  {
    const char *args[10];
    const char *says;
  } cases[] = {
    { { "show-sketch", "99999" }, "There is no life-sketch conversation 99999 in" },
    { { "show-sketch", "--person", "99999" }, "There is no person 99999 in" },
    { { "issue", "99999", "--by", "Kari" }, "There is no decision 99999 in" },
    { { "approve", "99999" }, "There is no decision 99999 in" },
    { { "edit-entry", "99999", "--text", "x", "--if-version", "1" }, "There is no life-sketch entry 99999 in" },
    { { "export-xml", "--person", "99999", "-o", out }, "There is no person 99999 in" },
    { { "export-pdf", "--plan", "99999", "-o", out }, "There is no service plan 99999 in" },
    { { "export-pdf", "--decision", "99999", "-o", out }, "There is no decision 99999 in" },
    { { "booking", "budget", "--decision", "99999" }, "There is no decision 99999 in" },
    { { "booking", "free", "--decision", "1", "--measure", "99999", "--week", "2027-W02" },
      "There is no measure 99999 in" },
    { { "booking", "add", "--decision", "1", "--measure", "99999", "--start", "2027-01-05T10:00", "--minutes", "30" },
      "There is no measure 99999 in" },
    { { "booking", "cancel", "99999" }, "There is no booking 99999 in" },
    { { "booking", "list", "--person", "99999" }, "There is no person 99999 in" },
    { { "team", "move-person", "99999", "--team", "Ett" }, "There is no person 99999 in" },
    /* Before, SQLite's code 787: the emergency row's reference broke. */
    { { "team", "open-person", "99999", "--emergency-reason", "Akutt" }, "There is no person 99999 in" },
  };
  Run run = { 0 };

  run_cli (&run, "demo", "--persons", "2", "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "team", "add-caseworker", "kari", "--name", "Kari", "--team", "Ett", "--role", "caseworker",
           "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *const *a = cases[i].args;

      run_cli (&run, a[0], "--database", db, a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], NULL);
      g_test_message ("%s %s: %s", a[0], a[1], run.err);
      assert_failed_one_line (&run);
      g_assert_nonnull (strstr (run.err, cases[i].says));
      g_assert_nonnull (strstr (run.err, db));
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }

  /* A name given that is not there says so, not the person. */
  run_cli (&run, "team", "move-person", "1", "--team", "Finnes ikke", "--database", db, NULL);
  assert_failed_one_line (&run);
  g_assert_nonnull (strstr (run.err, "There is no team “Finnes ikke”"));
  /* Before, SQLite's code 1555. */
  run_cli (&run, "team", "add-caseworker", "kari", "--name", "Kari Two", "--team", "Ett", "--role", "lead",
           "--database", db, NULL);
  assert_failed_one_line (&run);
  g_assert_nonnull (strstr (run.err, "There is already a caseworker with the login “kari”"));
  run_cli (&run, "team", "list", "--database", db, NULL);
  g_assert_nonnull (strstr (run.out, "Ett\tkari\tKari\tcaseworker\n"));
  g_assert_null (strstr (run.out, "Kari Two"));
  run_clear (&run);
  ls_test_rmdir (dir);
}

/* Bad input found by trying the commands as a careless user would: each
 * is one sentence, and nothing is made or changed. */
static void
test_bad_input_refused (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *db = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *made = g_build_filename (dir, "new.db", NULL);
  g_autofree char *made_wal = g_strconcat (made, "-wal", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.xml", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.xml", NULL);
  g_autofree char *out = g_build_filename (dir, "out", NULL);
  g_autofree char *before = NULL, *contents = NULL;
  gsize length = 1;
  Run run = { 0 };

  run_cli (&run, "demo", "--persons", "3", "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "team", "list", "--database", db, NULL);
  before = g_strdup (run.out);

  /* A failed import into a new file leaves no empty database (before: a
   * schema-only file of 385 kB). */
  run_cli (&run, "import-xml", missing, "--database", made, NULL);
  assert_failed_one_line (&run);
  g_assert_false (g_file_test (made, G_FILE_TEST_EXISTS));
  /* Nor into an empty file, which stays empty (before: it was left a
   * schema-only database). */
  g_assert_true (g_file_set_contents (broken, "<?xml version=\"1.0\"?>\n<livsskisse", -1, NULL));
  g_assert_true (g_file_set_contents (made, "", 0, NULL));
  run_cli (&run, "import-xml", broken, "--database", made, NULL);
  assert_failed_one_line (&run);
  g_assert_nonnull (strstr (run.err, ":2:"));
  g_assert_true (g_file_get_contents (made, &contents, &length, NULL));
  g_assert_cmpuint (length, ==, 0);
  g_assert_false (g_file_test (made_wal, G_FILE_TEST_EXISTS));
  /* --person 0 is no one (before: everyone was exported). */
  run_cli (&run, "export-xml", "--person", "0", "-o", out, "--database", db, NULL);
  assert_failed_one_line (&run);
  g_assert_nonnull (strstr (run.err, "--person needs a person id"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  /* The library's own reason, not "There is no decision 1". */
  run_cli (&run, "export-pdf", "--advance-notice", "1", "-o", out, "--database", db, NULL);
  assert_failed_one_line (&run);
  g_assert_nonnull (strstr (run.err, "follows no earlier decision"));
  /* A batch into a file (before: "Could not create the folder …: No such
   * file or directory"). */
  run_cli (&run, "export-pdf", "--all-decisions", "-o", db, "--database", db, NULL);
  assert_failed_one_line (&run);
  g_assert_nonnull (strstr (run.err, "is not a folder"));
  /* /dev/zero as the password file never ended and took gigabytes. */
  run_cli (&run, "team", "add-caseworker", "kari", "--name", "Kari", "--team", "Ett", "--role", "admin",
           "--password-file", "/dev/zero", "--database", db, NULL);
  assert_failed_one_line (&run);
  g_assert_nonnull (strstr (run.err, "is not a small text file"));
  /* Line breaks and tabs would split the tab-separated lists. */
  run_cli (&run, "team", "add-caseworker", "kari", "--name", "Kari\nNordmann", "--team", "Ett", "--role",
           "caseworker", "--database", db, NULL);
  assert_failed_one_line (&run);
  g_assert_nonnull (strstr (run.err, "must each be one line"));
  run_cli (&run, "team", "add-caseworker", "kari", "--name", "Kari", "--team", "Ett\tTo", "--role",
           "caseworker", "--database", db, NULL);
  assert_failed_one_line (&run);
  run_cli (&run, "team", "open-person", "1", "--emergency-reason", "Akutt\nlegevakt", "--database", db, NULL);
  assert_failed_one_line (&run);
  g_assert_nonnull (strstr (run.err, "must be one line"));
  run_cli (&run, "team", "list", "--database", db, NULL);
  g_assert_cmpstr (run.out, ==, before);
  run_cli (&run, "team", "emergency-access", "--database", db, NULL);
  g_assert_cmpstr (run.out, ==, "");
  /* Decision 2 of the demo is issued (before: "The decision already has
   * this status"). */
  run_cli (&run, "list", "decisions", "--database", db, NULL);
  g_assert_nonnull (strstr (run.out, "2\t2\ttrial\tissued\t"));
  run_cli (&run, "issue", "2", "--by", "Kari", "--database", db, NULL);
  assert_failed_one_line (&run);
  g_assert_nonnull (strstr (run.err, "Decision 2 is not a draft; only a draft can be issued"));
  /* A day still to come (9999-12-31 went into the letter). */
  run_cli (&run, "issue", "1", "--by", "Kari", "--date", "9999-12-31", "--database", db, NULL);
  assert_failed_one_line (&run);
  g_assert_nonnull (strstr (run.err, "--date 9999-12-31 is after today"));
  run_cli (&run, "list", "decisions", "--database", db, NULL);
  g_assert_nonnull (strstr (run.out, "1\t1\ttrial\tdraft\t"));
  /* An extra word was ignored; an empty search printed nothing, exit 0. */
  run_cli (&run, "migrate", "extra", "--database", db, NULL);
  assert_failed_one_line (&run);
  run_cli (&run, "list", "persons", "--search", " ", "--database", db, NULL);
  assert_failed_one_line (&run);
  g_assert_nonnull (strstr (run.err, "--search needs words"));
  run_clear (&run);
  ls_test_rmdir (dir);
}

/* Output that cannot be written (stdout on a full disk, /dev/full) is a
 * failure in one line, not an exit 0 with nothing said (check, show-sketch
 * and the others succeeded so; only list noticed). */
static void
test_output_lost (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *db = g_build_filename (dir, "demo.db", NULL);
  const char *commands[][3] = { { "check" }, { "show-sketch", "--person", "1" }, { "list", "persons" },
                                { "team", "list" } };
  Run run = { 0 };

  run_cli (&run, "demo", "--persons", "2", "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *line = g_strjoin (" ", commands[i][0], commands[i][1] ? commands[i][1] : "",
                                         commands[i][2] ? commands[i][2] : "", NULL);
      g_autofree char *script = g_strdup_printf ("exec \"$0\" %s --database \"$1\" > /dev/full", line);
      const char *argv[] = { "/bin/sh", "-c", script, g_getenv ("LIVSSKISSE_CLI"), db, NULL };
      g_autoptr(GError) error = NULL;
      int wait_status = 0;

      run_clear (&run);
      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, &run.err,
                                   &wait_status, &error));
      g_assert_no_error (error);
      run.status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
      g_test_message ("%s: %d, %s", line, run.status, run.err);
      assert_failed_one_line (&run);
      g_assert_nonnull (strstr (run.err, "Could not write"));
    }
  run_clear (&run);
  ls_test_rmdir (dir);
}

/* A command line that is wrong exits 2 (an unknown option exited 2, a
 * missing argument 1, and some of those 2), with one line, before the
 * database is touched. */
static void
test_usage_exit_status (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *db = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *out = g_build_filename (dir, "out", NULL);
  g_autofree char *before = NULL, *after = NULL;
  const char *cases[][10] = {
    { "no-such-command" },
    { "list", "persons", "--no-such-option" },
    { "demo", "--persons", "many" },
    { "demo", "--persons", "0" },
    { "check", "extra" },
    { "migrate", "extra" },
    { "check-id" },
    { "list" },
    { "list", "decisions", "--search", "Ola" },
    { "show-sketch" },
    { "show-sketch", "first" },
    { "edit-entry", "1" },
    { "edit-entry", "first", "--text", "x", "--if-version", "1" },
    { "issue" },
    { "issue", "1", "--by", "Kari", "--date", "9999-12-31" },
    { "issue", "1", "--by", "Kari", "--date", "yesterday" },
    { "approve" },
    { "advance-notice" },
    { "export-pdf", "-o", out },
    { "export-pdf", "--decision", "1", "--week", "2027-W02", "-o", out },
    { "export-xml" },
    { "export-ics", "--person", "1" },
    { "import-xml" },
    { "backup" },
    { "copy", "--from", db },
    { "booking" },
    { "booking", "list" },
    { "booking", "cancel", "first" },
    { "booking", "add", "--decision", "1", "--measure", "1" },
    { "booking", "free", "--decision", "1", "--measure", "1", "--week", "week two" },
    { "booking", "add", "--decision", "1", "--measure", "1", "--start", "tomorrow", "--minutes", "30" },
    { "team" },
    { "team", "move-person", "first", "--team", "Ett" },
    { "server" },
    { "server", "init", db },
    { "load", "--caseworkers", "0" },
    { "bench", "--persons", "5" },
  };
  gsize length = 0;
  Run run = { 0 };

  run_cli (&run, "demo", "--persons", "2", "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_true (g_file_get_contents (db, &before, &length, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      const char *const *a = cases[i];

      run_cli (&run, a[0], "--database", db, a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9], NULL);
      g_test_message ("%s %s %s: %d, %s", a[0], a[1] ? a[1] : "", a[2] ? a[2] : "", run.status, run.err);
      g_assert_cmpint (run.status, ==, 2);
      assert_failed_one_line (&run);
      g_assert_true (g_str_has_prefix (run.err, "livsskisse-cli: "));
    }
  g_assert_true (g_file_get_contents (db, &after, NULL, NULL));
  g_assert_true (memcmp (before, after, length) == 0);
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  run_clear (&run);
  ls_test_rmdir (dir);
}

/* -o names no file, or a pipe: each writing command says so in one line
 * (before, -o "" crashed four of them, and later exited 1, not 2), and the
 * pipe stays a pipe. */
static void
test_output_not_a_file (void)
{
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *db = g_build_filename (dir, "demo.db", NULL);
  g_autofree char *fifo = g_build_filename (dir, "out", NULL);
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  const char *commands[][4] = {
    { "export-xml", NULL },
    { "export-ics", "--person", "1", NULL },
    { "export-pdf", "--decision", "1", "--draft" },
    { "backup", NULL },
  };
  GStatBuf st;
  Run run = { 0 };

  run_cli (&run, "demo", "--persons", "2", "--database", db, NULL);
  g_assert_cmpint (run.status, ==, 0);
  run_cli (&run, "demo", "--persons", "1", "--database", other, NULL);
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const char *const *c = commands[i];

      /* (a command line that names no file: exit 2, as every such) */
      run_cli (&run, c[0], "-o", "", "--database", db, c[1], c[2], c[3], NULL);
      g_assert_cmpint (run.status, ==, 2);
      assert_failed_one_line (&run);
      g_assert_nonnull (strstr (run.err, "-o"));
      run_cli (&run, c[0], "-o", fifo, "--database", db, c[1], c[2], c[3], NULL);
      assert_failed_one_line (&run);
      g_assert_cmpint (g_lstat (fifo, &st), ==, 0);
      g_assert_true (S_ISFIFO (st.st_mode));
      /* Another database, not open here: a mistyped name never replaces
       * it (before: the export wrote over it). */
      run_cli (&run, c[0], "-o", other, "--database", db, c[1], c[2], c[3], NULL);
      assert_failed_one_line (&run);
      /* (backup never replaces any file) */
      g_assert_true (strstr (run.err, "is a database") != NULL || strstr (run.err, "already exists") != NULL);
      run_cli (&run, "check", "--database", other, NULL);
      g_assert_cmpint (run.status, ==, 0);
    }
  run_clear (&run);
  ls_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ls_test_init_engine ();
  g_test_add_func ("/cli/check-id", test_check_id);
  g_test_add_func ("/cli/demo-list-check-backup", test_demo_list_check_backup);
  g_test_add_func ("/cli/edit-entry-if-version", test_edit_entry_if_version);
  g_test_add_func ("/cli/list-locked", test_list_locked);
  g_test_add_func ("/cli/bad-files", test_bad_files);
  g_test_add_func ("/cli/newer-and-damaged", test_newer_and_damaged);
  g_test_add_func ("/cli/backup-locked-private", test_backup_locked_private);
  g_test_add_func ("/cli/export-xml-private", test_export_xml_private);
  g_test_add_func ("/cli/output-not-a-file", test_output_not_a_file);
  g_test_add_func ("/cli/output-lost", test_output_lost);
  g_test_add_func ("/cli/approve-not-draft", test_approve_not_draft);
  g_test_add_func ("/cli/not-found-named", test_not_found_named);
  g_test_add_func ("/cli/bad-input-refused", test_bad_input_refused);
  g_test_add_func ("/cli/usage-exit-status", test_usage_exit_status);
  return g_test_run ();
}
