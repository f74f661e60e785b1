/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The PostgreSQL engine on its own (ls-db-pg.c) and the schema of version
 * 8 (ls-store-schema-pg.c), against a real server: the one the PG*
 * variables name (pg_virtualenv sets them). Each test gets a database of
 * its own, made with LC_CTYPE C so that nothing depends on the server's
 * locale, and dropped again. Without a server the program skips. */
#include <glib/gstdio.h>
#include <libpq-fe.h>
#include <locale.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "ls-db.h"
#include "ls-store-private.h"
#include "ls-team-database.h"
#include "ls-test-util.h"

#define LATEST 8

typedef struct
{
  char *database;
  char *uri;
  LsDb *db;
} Fixture;

/* postgresql://HOST:PORT/DATABASE?user=USER, optionally with a user and
 * password of its own; the password otherwise comes from PGPASSWORD. */
static char *
make_uri (const char *database,
          const char *user,
          const char *password)
{
  g_autofree char *host = g_uri_escape_string (g_getenv ("PGHOST"), NULL, FALSE);
  g_autoptr(GString) uri = g_string_new ("postgresql://");

  if (user != NULL)
    g_string_append_printf (uri, "%s:%s@", user, password);
  g_string_append (uri, host);
  if (g_getenv ("PGPORT") != NULL)
    g_string_append_printf (uri, ":%s", g_getenv ("PGPORT"));
  g_string_append_printf (uri, "/%s", database);
  if (user == NULL && g_getenv ("PGUSER") != NULL)
    {
      g_autofree char *escaped = g_uri_escape_string (g_getenv ("PGUSER"), NULL, FALSE);

      g_string_append_printf (uri, "?user=%s", escaped);
    }
  return g_string_free (g_steal_pointer (&uri), FALSE);
}

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  static int counter;
  g_autofree char *sql = NULL;

  f->database = g_strdup_printf ("ls_test_%d_%d", getpid (), counter++);
  sql = g_strdup_printf ("CREATE DATABASE %s TEMPLATE template0 ENCODING 'UTF8'"
                         " LC_COLLATE 'C' LC_CTYPE 'C'", f->database);
  ls_test_server_exec (sql);
  f->uri = make_uri (f->database, NULL, NULL);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *sql = g_strdup_printf ("DROP DATABASE IF EXISTS %s WITH (FORCE)", f->database);

  ls_db_close (f->db);
  ls_test_server_exec (sql);
  g_free (f->database);
  g_free (f->uri);
}

static LsDb *
open_db (const char       *uri,
         LsStoreOpenFlags  flags)
{
  g_autoptr(GError) error = NULL;
  LsDb *db = ls_db_pg_open (uri, flags, &error);

  g_assert_no_error (error);
  g_assert_nonnull (db);
  g_assert_true (db->engine->kind == LS_DB_POSTGRESQL);
  return db;
}

/* Creates the schema of version 8 in one transaction. */
static void
create_schema (LsDb *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ls_db_exec (db, "BEGIN", &error));
  g_assert_true (db->engine->in_transaction (db));
  g_assert_true (ls_db_exec (db, _ls_store_pg_schema_8, &error));
  g_assert_no_error (error);
  g_assert_true (db->engine->set_version (db, LATEST, &error));
  g_assert_true (ls_db_exec (db, "COMMIT", &error));
  g_assert_no_error (error);
  g_assert_false (db->engine->in_transaction (db));
}

static LsDbStmt *
prepare (LsDb       *db,
         const char *sql)
{
  g_autoptr(GError) error = NULL;
  LsDbStmt *stmt = ls_db_prepare (db, sql, &error);

  g_assert_no_error (error);
  g_assert_nonnull (stmt);
  return stmt;
}

/* Runs @sql with the text parameters (NULL-terminated); the first column
 * of its first row (0 when there is none). */
static gint64
run (LsDb       *db,
     const char *sql,
     ...)
{
  g_autoptr(GError) error = NULL;
  LsDbStmt *stmt = prepare (db, sql);
  const char *param;
  va_list args;
  gint64 value = 0;
  int i = 1;
  LsDbStep step;

  va_start (args, sql);
  while ((param = va_arg (args, const char *)) != NULL)
    ls_db_bind_text (stmt, i++, param);
  va_end (args);
  step = ls_db_step (stmt, &error);
  g_assert_no_error (error);
  if (step == LS_DB_ROW)
    value = ls_db_column_int64 (stmt, 0);
  ls_db_finalize (stmt);
  return value;
}

/* Runs @sql, which must fail with @code; returns the message. */
static char *
run_fails (LsDb       *db,
           const char *sql,
           int         code)
{
  GError *error = NULL;
  LsDbStmt *stmt = prepare (db, sql);
  char *message;

  g_assert_cmpint (ls_db_step (stmt, &error), ==, LS_DB_ERROR);
  g_assert_error (error, LS_STORE_ERROR, code);
  ls_db_finalize (stmt);
  message = g_strdup (error->message);
  g_error_free (error);
  return message;
}

static void
test_empty_and_schema (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  guint version = 99;
  LsDb *other;

  f->db = open_db (f->uri, LS_STORE_OPEN_DEFAULT);
  g_assert_true (f->db->engine->open_schema (f->db, LS_STORE_OPEN_DEFAULT, LATEST, &version, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (version, ==, 0);
  g_assert_true (f->db->engine->get_version (f->db, &version, &error));
  g_assert_cmpuint (version, ==, 0);
  g_assert_false (f->db->engine->in_transaction (f->db));
  g_assert_null (f->db->engine->backup);

  create_schema (f->db);
  other = f->db->engine->reopen (f->db, &error);
  g_assert_no_error (error);
  g_assert_true (other->engine->open_schema (other, LS_STORE_OPEN_NO_MIGRATE, LATEST, &version, &error));
  g_assert_cmpuint (version, ==, LATEST);
  g_assert_true (other->engine->get_version (other, &version, &error));
  g_assert_cmpuint (version, ==, LATEST);
  g_assert_true (other->engine->check_integrity (other, &problem, &error));
  g_assert_no_error (error);
  g_assert_null (problem);
  g_assert_true (ls_db_exec (other, "DROP TABLE import_rows", &error));
  g_assert_true (other->engine->check_integrity (other, &problem, &error));
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, "import_rows"));
  g_assert_cmpstr (other->location, ==, f->uri);
  g_assert_nonnull (strstr (other->label, f->database));
  ls_db_close (other);
}

static void
test_types (Fixture       *f,
            gconstpointer  data)
{
  static const guint8 bytes[] = { 'a', 0, 'b', 0, 0xff, '\'', '\\', 0 };
  g_autoptr(GError) error = NULL;
  const void *blob;
  gsize size = 99;
  LsDbStmt *stmt;

  f->db = open_db (f->uri, LS_STORE_OPEN_DEFAULT);
  /* Every type, and NULL; a ?N in a literal, an identifier and a comment
   * stays as it is. */
  stmt = prepare (f->db, "SELECT CAST(?1 AS bigint), CAST(?2 AS double precision), ?3 || '', CAST(?4 AS bytea),"
                  " CAST(?5 AS text), '?1 it''s ?2' AS \"?3\", 1 < 2, 2 < 1, CAST(?6 AS bytea) -- ?7\n");
  ls_db_bind_int64 (stmt, 1, G_MAXINT64);
  ls_db_bind_double (stmt, 2, 1.5e-7);
  ls_db_bind_text (stmt, 3, "Åse ‘æ’");
  ls_db_bind_blob (stmt, 4, bytes, sizeof bytes);
  ls_db_bind_null (stmt, 5);
  ls_db_bind_blob (stmt, 6, "", 0);
  ls_db_bind_int64 (stmt, 7, 1);   /* not a parameter: ignored */
  g_assert_cmpint (ls_db_step (stmt, &error), ==, LS_DB_ROW);
  g_assert_no_error (error);
  g_assert_cmpint (ls_db_column_count (stmt), ==, 9);
  g_assert_cmpint (ls_db_column_int64 (stmt, 0), ==, G_MAXINT64);
  g_assert_cmpfloat (ls_db_column_double (stmt, 1), ==, 1.5e-7);
  g_assert_cmpstr (ls_db_column_text (stmt, 2), ==, "Åse ‘æ’");
  blob = ls_db_column_blob (stmt, 3, &size);
  g_assert_cmpmem (blob, size, bytes, sizeof bytes);
  g_assert_true (ls_db_column_is_null (stmt, 4));
  g_assert_null (ls_db_column_text (stmt, 4));
  g_assert_cmpint (ls_db_column_int64 (stmt, 4), ==, 0);
  g_assert_cmpstr (ls_db_column_text (stmt, 5), ==, "?1 it's ?2");
  g_assert_cmpint (ls_db_column_int64 (stmt, 6), ==, 1);
  g_assert_cmpint (ls_db_column_int64 (stmt, 7), ==, 0);
  g_assert_false (ls_db_column_is_null (stmt, 8));
  blob = ls_db_column_blob (stmt, 8, &size);
  g_assert_nonnull (blob);
  g_assert_cmpuint (size, ==, 0);
  g_assert_cmpint (ls_db_step (stmt, &error), ==, LS_DB_DONE);
  /* Reset: again, with everything unbound. */
  ls_db_reset (stmt);
  g_assert_cmpint (ls_db_step (stmt, &error), ==, LS_DB_ROW);
  g_assert_true (ls_db_column_is_null (stmt, 0));
  g_assert_true (ls_db_column_is_null (stmt, 3));
  ls_db_finalize (stmt);

  /* A decimal comma in the user's locale does not reach the server. */
  if (setlocale (LC_NUMERIC, "nb_NO.UTF-8") != NULL)
    {
      stmt = prepare (f->db, "SELECT CAST(?1 AS double precision) * 2");
      ls_db_bind_double (stmt, 1, 1.25);
      g_assert_cmpint (ls_db_step (stmt, &error), ==, LS_DB_ROW);
      g_assert_no_error (error);
      g_assert_cmpfloat (ls_db_column_double (stmt, 0), ==, 2.5);
      ls_db_finalize (stmt);
      setlocale (LC_NUMERIC, "C");
    }

  /* Rows, changes, blobs in a table. */
  g_assert_true (ls_db_exec (f->db, "CREATE TABLE t (id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,"
                             " b BYTEA, n INTEGER)", &error));
  stmt = prepare (f->db, "INSERT INTO t (b, n) VALUES (?1, ?2) RETURNING id");
  for (int i = 0; i < 3; i++)
    {
      ls_db_bind_blob (stmt, 1, bytes, i);
      ls_db_bind_int64 (stmt, 2, i);
      g_assert_cmpint (ls_db_step (stmt, &error), ==, LS_DB_ROW);
      g_assert_cmpint (ls_db_column_int64 (stmt, 0), ==, i + 1);
      g_assert_cmpint (ls_db_changes (stmt), ==, 1);
      ls_db_reset (stmt);
    }
  ls_db_finalize (stmt);
  stmt = prepare (f->db, "SELECT b FROM t ORDER BY id");
  for (int i = 0; i < 3; i++)
    {
      g_assert_cmpint (ls_db_step (stmt, &error), ==, LS_DB_ROW);
      blob = ls_db_column_blob (stmt, 0, &size);
      g_assert_cmpmem (blob, size, bytes, i);
    }
  g_assert_cmpint (ls_db_step (stmt, &error), ==, LS_DB_DONE);
  ls_db_finalize (stmt);
  stmt = prepare (f->db, "UPDATE t SET n = n + ?1 WHERE n >= ?2");
  ls_db_bind_int64 (stmt, 1, 10);
  ls_db_bind_int64 (stmt, 2, 1);
  g_assert_cmpint (ls_db_step (stmt, &error), ==, LS_DB_DONE);
  g_assert_cmpint (ls_db_changes (stmt), ==, 2);
  ls_db_finalize (stmt);
  g_assert_cmpint (run (f->db, "SELECT sum(n) FROM t", NULL), ==, 23);
  g_assert_cmpint (run (f->db, "SELECT EXISTS (SELECT 1 FROM t WHERE n = 11)", NULL), ==, 1);
  /* A parameter first met where nothing tells its type is text. */
  g_assert_cmpint (run (f->db, "SELECT count(*) FROM t WHERE (?1 IS NULL OR CAST(n AS text) <= ?1)", "11", NULL), ==, 2);
  g_assert_cmpint (run (f->db, "SELECT count(*) FROM t WHERE (?1 IS NULL OR CAST(n AS text) <= ?1)", NULL), ==, 3);
  /* … also inside a transaction, which the first try leaves usable. */
  g_assert_true (ls_db_exec (f->db, "BEGIN; INSERT INTO t (n) VALUES (5)", &error));
  g_assert_cmpint (run (f->db, "SELECT count(*) FROM t WHERE (?2 IS NULL OR CAST(n AS text) >= ?2)", "x", "2", NULL), ==, 1);
  g_assert_true (ls_db_exec (f->db, "COMMIT", &error));
  g_assert_no_error (error);
  g_assert_cmpint (run (f->db, "SELECT count(*) FROM t", NULL), ==, 4);
}

/* A person with a draft decision 1 (goal and measure) and an issued
 * decision 2 (goal 2 and measure 2, added while it was a draft). */
static void
add_decisions (LsDb *db)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (ls_db_exec (db,
    "INSERT INTO persons (id, given_name, family_name) VALUES (1, 'Åse', 'Ødegård-Ærø');"
    "INSERT INTO decisions (id, person_id, type, status) VALUES (1, 1, 'trial', 'draft'), (2, 1, 'trial', 'draft');"
    "INSERT INTO goals (decision_id, position, text) VALUES (1, 0, 'a'), (2, 0, 'b');"
    "INSERT INTO measures (decision_id, position) VALUES (1, 0), (2, 0);"
    "UPDATE decisions SET status = 'issued', issued_date = '2024-01-02' WHERE id = 2;", &error));
  g_assert_no_error (error);
}

static void
test_triggers (Fixture       *f,
               gconstpointer  data)
{
  static const struct { const char *sql; const char *message; } refused[] = {
    { "UPDATE decisions SET grounds = 'x' WHERE id = 2", "issued decisions are immutable" },
    { "UPDATE decisions SET status = 'draft' WHERE id = 2", "issued decisions are immutable" },
    { "UPDATE decisions SET uid = 'x' WHERE id = 2", "issued decisions are immutable" },
    { "UPDATE goals SET text = 'x' WHERE decision_id = 2", "issued decisions are immutable" },
    { "UPDATE measures SET provider = 'x' WHERE decision_id = 2", "issued decisions are immutable" },
    { "INSERT INTO goals (decision_id, position) VALUES (2, 1)", "issued decisions are immutable" },
    { "INSERT INTO measures (decision_id, position) VALUES (2, 1)", "issued decisions are immutable" },
    { "INSERT INTO issued_documents (decision_id, kind, pdf, created) VALUES (1, 'decision', '', '2024-01-02')",
      "a draft has no issued documents" },
    { "UPDATE issued_documents SET created = '2025-01-01'", "issued documents are immutable" },
    { "INSERT INTO sketch_readings (sketch_id, domain_key, self_rating) VALUES (1, 'x', 11)", "sketch_readings" },
    { "INSERT INTO persons (id) VALUES (1)", "persons_pkey" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *uid = NULL;

  f->db = open_db (f->uri, LS_STORE_OPEN_DEFAULT);
  create_schema (f->db);
  add_decisions (f->db);
  g_assert_true (ls_db_exec (f->db,
    "INSERT INTO sketches (id, person_id, status) VALUES (1, 1, 'finished');"
    "INSERT INTO issued_documents (decision_id, kind, pdf, created) VALUES (2, 'decision', '\\x00', '2024-01-02');",
    &error));
  g_assert_no_error (error);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *message = run_fails (f->db, refused[i].sql, LS_STORE_ERROR_INVALID);

      g_test_message ("%s: %s", refused[i].sql, message);
      g_assert_nonnull (strstr (message, refused[i].message));
      g_assert_nonnull (strstr (message, f->database));
    }
  /* A draft is changed freely; an issued decision moves forward. */
  g_assert_true (ls_db_exec (f->db, "UPDATE decisions SET grounds = 'x' WHERE id = 1;"
                             "UPDATE goals SET text = 'x' WHERE decision_id = 1;"
                             "UPDATE decisions SET status = 'under-evaluation' WHERE id = 2", &error));
  g_assert_no_error (error);
  /* Every row has a uid, also when NULL was given. */
  g_assert_true (ls_db_exec (f->db, "INSERT INTO cases (person_id, status, uid) VALUES (1, 'open', NULL)", &error));
  g_assert_cmpint (run (f->db, "SELECT count(*) FROM cases WHERE uid IS NULL", NULL), ==, 0);
  g_assert_cmpint (run (f->db, "SELECT count(*) FROM persons WHERE length (uid) = 36", NULL), ==, 1);

  /* The undo of an import: the guards let its changes through, inside its
   * transaction only. */
  g_assert_true (ls_db_exec (f->db, "BEGIN", &error));
  g_assert_true (f->db->engine->suspend_guards (f->db, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (ls_db_exec (f->db, "UPDATE decisions SET grounds = 'undone' WHERE id = 2;"
                             "UPDATE goals SET text = 'undone' WHERE decision_id = 2;"
                             "UPDATE measures SET provider = 'undone' WHERE decision_id = 2;"
                             "DELETE FROM sketches WHERE id = 1", &error));
  g_assert_no_error (error);
  g_assert_true (f->db->engine->suspend_guards (f->db, FALSE, &error));
  g_free (run_fails (f->db, "UPDATE decisions SET grounds = 'x' WHERE id = 2", LS_STORE_ERROR_INVALID));
  g_assert_true (ls_db_exec (f->db, "ROLLBACK", &error));
  g_assert_true (ls_db_exec (f->db, "BEGIN", &error));
  g_assert_true (f->db->engine->suspend_guards (f->db, TRUE, &error));
  g_assert_true (ls_db_exec (f->db, "UPDATE decisions SET grounds = 'undone' WHERE id = 2", &error));
  g_assert_true (ls_db_exec (f->db, "COMMIT", &error));
  g_assert_no_error (error);
  g_free (run_fails (f->db, "UPDATE decisions SET grounds = 'x' WHERE id = 2", LS_STORE_ERROR_INVALID));
  g_assert_cmpint (run (f->db, "SELECT count(*) FROM decisions WHERE grounds = 'undone'", NULL), ==, 1);
}

/* The ids of the persons the search @text finds with @sql. */
static char *
search (LsDb       *db,
        const char *sql,
        const char *text)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) words = ls_db_search_words (text);
  g_autofree char *query = db->engine->search_query ((const char * const *) words);
  g_autoptr(GString) found = g_string_new (NULL);
  LsDbStmt *stmt = prepare (db, sql);

  ls_db_bind_text (stmt, 1, "unused");
  ls_db_bind_text (stmt, 2, query);
  while (ls_db_step (stmt, &error) == LS_DB_ROW)
    g_string_append_printf (found, "%s%" G_GINT64_FORMAT, found->len > 0 ? " " : "", ls_db_column_int64 (stmt, 0));
  g_assert_no_error (error);
  ls_db_finalize (stmt);
  return g_string_free (g_steal_pointer (&found), FALSE);
}

static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  /* Names, national ids and entries are one document a person. */
  static const char persons_sql[] = "SELECT p.id FROM @MATCHES@ ORDER BY p.id";
  static const struct { const char *sql; const char *text; const char *ids; } cases[] = {
    { persons_sql, "øde", "1" },
    { persons_sql, "ØDEGÅRD", "1" },
    { persons_sql, "ode", "" },
    { persons_sql, "ærø åse", "1" },
    { persons_sql, "ærø ola", "" },
    { persons_sql, "å", "1 2" },
    { persons_sql, "1203", "2" },
    { persons_sql, "Über", "2" },
    { persons_sql, "øystein tu", "1" },
    { persons_sql, "hauptstr", "2" },
    { persons_sql, "oystein", "" },
    { persons_sql, "åse øystein", "1" },
    { persons_sql, "åse hauptstr", "" },
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *changed = NULL;

  /* The whole schema, its search step included. */
  g_autoptr(LsStore) store = ls_store_open (f->uri, LS_STORE_OPEN_DEFAULT, &error);
  LsDb *db = _ls_store_get_db (store);

  g_assert_no_error (error);
  g_assert_true (ls_db_exec (db,
    "INSERT INTO persons (id, given_name, family_name) VALUES (1, 'Åse', 'Ødegård-Ærø');"
    "INSERT INTO persons (id, given_name, family_name, national_id) VALUES (2, 'Åsmund', 'Über', '12037812345');"
    "INSERT INTO sketches (id, person_id, status) VALUES (1, 1, 'draft'), (2, 2, 'draft');"
    "INSERT INTO sketch_entries (sketch_id, domain_key, kind, author, text) VALUES"
    "  (1, 'x', 'need', 'person', 'Går på tur med Øystein.'),"
    "  (2, 'x', 'need', 'person', 'Bor i Hauptstraße 3');", &error));
  g_assert_no_error (error);
  /* The words are those ls_db_search_words() gives, whatever the
   * database's LC_CTYPE (C here). */
  g_assert_cmpint (run (db, "SELECT count(*) FROM person_words WHERE strip (words) = CAST(?1 AS tsvector)",
                        "'åse' 'ødegård' 'ærø' 'går' 'på' 'tur' 'med' 'øystein'", NULL), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *ids = search (db, cases[i].sql, cases[i].text);

      g_test_message ("%s: %s", cases[i].text, ids);
      g_assert_cmpstr (ids, ==, cases[i].ids);
    }
  /* Changed text is searched as changed. */
  g_assert_true (ls_db_exec (db, "UPDATE persons SET family_name = 'Olsen' WHERE id = 1", &error));
  changed = search (db, persons_sql, "øde");
  g_assert_cmpstr (changed, ==, "");
  g_free (changed);
  g_assert_true (ls_db_exec (db, "UPDATE sketch_entries SET text = 'Bor i Oslo' WHERE sketch_id = 2", &error));
  changed = search (db, persons_sql, "hauptstr");
  g_assert_cmpstr (changed, ==, "");
  g_free (changed);
  g_assert_true (ls_db_exec (db, "DELETE FROM sketch_entries WHERE sketch_id = 1", &error));
  changed = search (db, persons_sql, "øystein");
  g_assert_cmpstr (changed, ==, "");
}

static void
test_not_ours (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint version = 0;

  f->db = open_db (f->uri, LS_STORE_OPEN_DEFAULT);
  /* An empty database is not read or checked as it is. */
  g_assert_false (f->db->engine->open_schema (f->db, LS_STORE_OPEN_NO_MIGRATE, LATEST, &version, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_A_DATABASE);
  g_clear_error (&error);
  g_assert_true (ls_db_exec (f->db, "CREATE TABLE invoices (id INTEGER)", &error));
  g_assert_false (f->db->engine->open_schema (f->db, LS_STORE_OPEN_DEFAULT, LATEST, &version, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_A_DATABASE);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  /* Another program's ls_schema is not ours either. */
  g_assert_true (ls_db_exec (f->db, "DROP TABLE invoices; CREATE TABLE ls_schema (id INTEGER PRIMARY KEY,"
                             " application TEXT NOT NULL, version INTEGER NOT NULL);"
                             " INSERT INTO ls_schema VALUES (1, 'other', 3)", &error));
  g_assert_false (f->db->engine->open_schema (f->db, LS_STORE_OPEN_DEFAULT, LATEST, &version, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_A_DATABASE);
}

static void
test_newer (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  guint version = 0;

  f->db = open_db (f->uri, LS_STORE_OPEN_DEFAULT);
  create_schema (f->db);
  g_assert_true (f->db->engine->set_version (f->db, LATEST + 1, &error));
  g_assert_false (f->db->engine->open_schema (f->db, LS_STORE_OPEN_DEFAULT, LATEST, &version, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NEWER_VERSION);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, f->database));
}

static void
test_failures (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  g_autofree char *pid = NULL;
  g_autofree char *sql = NULL;
  LsDb *reader, *other;
  LsDbStmt *stmt;

  f->db = open_db (f->uri, LS_STORE_OPEN_DEFAULT);
  create_schema (f->db);
  add_decisions (f->db);

  /* Reading only. */
  reader = open_db (f->uri, LS_STORE_OPEN_READ_ONLY);
  message = run_fails (reader, "DELETE FROM goals", LS_STORE_ERROR_READ_ONLY);
  g_test_message ("%s", message);
  ls_db_close (reader);

  /* A row another connection holds. */
  other = f->db->engine->reopen (f->db, &error);
  g_assert_no_error (error);
  g_assert_true (ls_db_exec (other, "BEGIN; UPDATE persons SET phone = '1' WHERE id = 1", &error));
  g_clear_pointer (&message, g_free);
  message = run_fails (f->db, "SELECT id FROM persons WHERE id = 1 FOR UPDATE NOWAIT", LS_STORE_ERROR_BUSY);
  g_test_message ("%s", message);
  ls_db_close (other);

  /* A lost connection: said as such (OFFLINE), and the next statement
   * connects again by itself, a statement prepared before included. */
  pid = g_strdup_printf ("%" G_GINT64_FORMAT, run (f->db, "SELECT pg_backend_pid ()", NULL));
  sql = g_strdup_printf ("SELECT pg_terminate_backend (%s)", pid);
  stmt = prepare (f->db, "SELECT 1");
  ls_test_server_exec (sql);
  g_assert_cmpint (ls_db_step (stmt, &error), ==, LS_DB_ERROR);
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_OFFLINE);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "was lost"));
  g_assert_true (f->db->offline);
  g_clear_error (&error);
  ls_db_reset (stmt);
  g_assert_cmpint (ls_db_step (stmt, &error), ==, LS_DB_ROW);
  g_assert_no_error (error);
  g_assert_false (f->db->offline);
  g_assert_cmpint (ls_db_column_int64 (stmt, 0), ==, 1);
  ls_db_finalize (stmt);
  g_assert_cmpint (run (f->db, "SELECT 2", NULL), ==, 2);
  g_assert_cmpint (run (f->db, "SELECT pg_backend_pid ()", NULL), !=, g_ascii_strtoll (pid, NULL, 10));
}

/* The connection lost inside a transaction: none of the transaction's
 * later statements runs on a new connection on its own; COMMIT fails;
 * after the store's ROLLBACK the next statement connects again, and
 * nothing of the lost transaction was stored. */
static void
test_lost_in_transaction (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *sql = NULL;
  LsDbStmt *insert;

  f->db = open_db (f->uri, LS_STORE_OPEN_DEFAULT);
  g_assert_true (ls_db_exec (f->db, "CREATE TABLE t (n integer)", &error));
  insert = prepare (f->db, "INSERT INTO t (n) VALUES (?1)");
  sql = g_strdup_printf ("SELECT pg_terminate_backend (%" G_GINT64_FORMAT ")",
                         run (f->db, "SELECT pg_backend_pid ()", NULL));
  g_assert_true (ls_db_exec (f->db, "BEGIN", &error));
  ls_db_bind_int64 (insert, 1, 1);
  g_assert_cmpint (ls_db_step (insert, &error), ==, LS_DB_DONE);
  ls_db_reset (insert);
  ls_test_server_exec (sql);
  ls_db_bind_int64 (insert, 1, 2);
  g_assert_cmpint (ls_db_step (insert, &error), ==, LS_DB_ERROR);
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_OFFLINE);
  g_clear_error (&error);
  ls_db_reset (insert);
  ls_db_bind_int64 (insert, 1, 3);
  g_assert_cmpint (ls_db_step (insert, &error), ==, LS_DB_ERROR);
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_OFFLINE);
  g_clear_error (&error);
  ls_db_reset (insert);
  g_assert_false (ls_db_exec (f->db, "COMMIT", &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_OFFLINE);
  g_clear_error (&error);
  g_assert_true (f->db->engine->in_transaction (f->db));
  g_assert_true (ls_db_exec (f->db, "ROLLBACK", &error));
  g_assert_no_error (error);
  g_assert_cmpint (run (f->db, "SELECT count(*) FROM t", NULL), ==, 0);
  /* A COMMIT without its transaction stores nothing, and says so. */
  g_assert_false (ls_db_exec (f->db, "COMMIT", &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_FAILED);
  g_clear_error (&error);
  /* A failed transaction's COMMIT is a ROLLBACK, not a save. */
  g_assert_true (ls_db_exec (f->db, "BEGIN", &error));
  ls_db_bind_int64 (insert, 1, 4);
  g_assert_cmpint (ls_db_step (insert, &error), ==, LS_DB_DONE);
  ls_db_reset (insert);
  g_assert_false (ls_db_exec (f->db, "SELECT 1/0", NULL));
  g_assert_false (ls_db_exec (f->db, "COMMIT", &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_FAILED);
  g_assert_true (ls_db_exec (f->db, "ROLLBACK", NULL));
  g_assert_cmpint (run (f->db, "SELECT count(*) FROM t", NULL), ==, 0);
  ls_db_finalize (insert);
}

/* Opening @uri fails with @code, and the message says @what and never
 * @password. */
static void
assert_open_fails (const char *uri,
                   int         code,
                   const char *what,
                   const char *password)
{
  g_autoptr(GError) error = NULL;
  LsDb *db = ls_db_pg_open (uri, LS_STORE_OPEN_DEFAULT, &error);

  g_assert_null (db);
  g_assert_error (error, LS_STORE_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, what));
  if (password != NULL)
    g_assert_null (strstr (error->message, password));
}

static void
test_connecting (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *role = g_strdup_printf ("ls_test_role_%d", getpid ());
  g_autofree char *sql = NULL;
  g_autofree char *wrong = NULL;
  g_autofree char *right = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *certificate = NULL;

  /* A malformed address: its password is not shown, not even the part
   * libpq complains about. */
  assert_open_fails ("postgresql://ola:s3cr3t%zz@db.example.no/livsskisse", LS_STORE_ERROR_CANNOT_OPEN,
                     "is not valid", "s3cr3t");
  assert_open_fails ("postgresql://db.example.no/livsskisse?password=s3cr3t&nonsense=1", LS_STORE_ERROR_CANNOT_OPEN,
                     "is not valid", "s3cr3t");
  /* Nobody listens there. */
  assert_open_fails ("postgresql://127.0.0.1:1/livsskisse", LS_STORE_ERROR_CANNOT_OPEN, "Could not reach", NULL);
  /* A database that does not exist. */
  missing = make_uri ("ls_test_no_such_database", NULL, NULL);
  assert_open_fails (missing, LS_STORE_ERROR_CANNOT_OPEN, "does not exist", NULL);
  /* A certificate that cannot be checked. */
  certificate = g_strconcat (f->uri, strchr (f->uri, '?') != NULL ? "&" : "?",
                             "sslmode=verify-full&sslrootcert=/nonexistent/root.crt", NULL);
  assert_open_fails (certificate, LS_STORE_ERROR_CANNOT_OPEN, "server", NULL);

  /* A wrong password. */
  sql = g_strdup_printf ("CREATE ROLE %s LOGIN PASSWORD 'right-password-1'", role);
  ls_test_server_exec (sql);
  right = make_uri (f->database, role, "right-password-1");
  f->db = open_db (right, LS_STORE_OPEN_DEFAULT);
  /* The address is shown without its password. */
  g_assert_null (strstr (f->db->location, "right-password-1"));
  g_assert_nonnull (strstr (f->db->location, role));
  g_assert_nonnull (strstr (f->db->label, f->database));
  wrong = make_uri (f->database, role, "wrong-password-2");
  assert_open_fails (wrong, LS_STORE_ERROR_CANNOT_OPEN, "refused the user name or password", "wrong-password-2");
  g_clear_pointer (&f->db, ls_db_close);
  g_free (sql);
  sql = g_strdup_printf ("DROP ROLE %s", role);
  ls_test_server_exec (sql);
}

/* The first value @sql returns from the server of the PG* variables. */
static char *
server_value (const char *sql)
{
  PGconn *conn = PQconnectdb ("");
  PGresult *result = PQexec (conn, sql);
  char *value;

  g_assert_cmpint (PQresultStatus (result), ==, PGRES_TUPLES_OK);
  value = g_strdup (PQgetvalue (result, 0, 0));
  PQclear (result);
  PQfinish (conn);
  return value;
}

static void
run_openssl (const char *dir,
             const char *args)
{
  g_autofree char *command = g_strdup_printf ("openssl %s", args);
  g_auto(GStrv) argv = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_assert_true (g_shell_parse_argv (command, NULL, &argv, &error));
  g_assert_true (g_spawn_sync (dir, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s: %s", command, err);
}

/* A self-signed authority @name in @dir (NAME.crt, NAME.key). */
static void
make_authority (const char *dir,
                const char *name)
{
  g_autofree char *args = g_strdup_printf ("req -x509 -newkey rsa:2048 -nodes -days 2 -subj /CN=%s"
                                           " -keyout %s.key -out %s.crt", name, name, name);

  run_openssl (dir, args);
}

/* The server of the PG* variables with TLS, its certificate for
 * "localhost" signed by a certificate authority of the test's own, whose
 * file is in a folder with a space and quotes in its name: opening the
 * address ls_team_database_build_uri() makes with it checks the server;
 * another authority, or a file that is not there, is told naming the
 * Certificate authority row. Only where the server's files are on this
 * computer (pg_virtualenv) and openssl is there; TLS is off again after. */
static void
test_certificate_authority (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *dir = NULL;
  g_autofree char *ca_dir = NULL;
  g_autofree char *ca_file = NULL;
  g_autofree char *other_file = NULL;
  g_autofree char *missing_file = NULL;
  g_autofree char *data_dir = NULL;
  g_autofree char *server = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *openssl = g_find_program_in_path ("openssl");
  g_autofree char *ext = NULL;
  g_autofree char *ca_copy = NULL;
  g_autofree char *ssl = NULL;
  g_autoptr(GError) error = NULL;
  const char *names[] = { "server.key", "server.crt" };
  struct stat owner;
  LsDb *db = NULL;
  gint64 end;

  if (g_strcmp0 (g_getenv ("PGHOST"), "localhost") != 0 || openssl == NULL)
    {
      g_test_skip ("needs openssl and the server at localhost (pg_virtualenv)");
      return;
    }
  data_dir = server_value ("SHOW data_directory");
  if (g_stat (data_dir, &owner) != 0 || access (data_dir, W_OK) != 0)
    {
      g_test_skip ("the server's data directory is not writable from here");
      return;
    }

  dir = ls_test_mkdtemp ();
  ca_dir = g_build_filename (dir, "IT avdeling", NULL);
  g_assert_cmpint (g_mkdir (ca_dir, 0700), ==, 0);
  make_authority (dir, "ca");
  make_authority (dir, "other");
  run_openssl (dir, "req -newkey rsa:2048 -nodes -subj /CN=localhost -keyout server.key -out server.csr");
  ext = g_build_filename (dir, "ext", NULL);
  g_assert_true (g_file_set_contents (ext, "subjectAltName=DNS:localhost\n", -1, NULL));
  run_openssl (dir, "x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -days 2"
                    " -extfile ext -out server.crt");
  /* The server reads its key only when it is its own and private. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *from = g_build_filename (dir, names[i], NULL);
      g_autofree char *to = g_build_filename (data_dir, names[i], NULL);
      g_autofree char *text = NULL;

      g_assert_true (g_file_get_contents (from, &text, NULL, &error));
      g_assert_true (g_file_set_contents_full (to, text, -1, G_FILE_SET_CONTENTS_NONE, 0600, &error));
      g_assert_no_error (error);
      g_assert_cmpint (chown (to, owner.st_uid, owner.st_gid), ==, 0);
    }
  ca_file = g_build_filename (ca_dir, "kommunens \"rot\" CA & co.crt", NULL);
  ca_copy = g_build_filename (dir, "ca.crt", NULL);
  g_assert_true (g_file_get_contents (ca_copy, &contents, NULL, &error));
  g_assert_true (g_file_set_contents (ca_file, contents, -1, &error));
  other_file = g_build_filename (dir, "other.crt", NULL);
  missing_file = g_build_filename (dir, "no such.crt", NULL);
  ls_test_server_exec ("ALTER SYSTEM SET ssl_cert_file = 'server.crt'");
  ls_test_server_exec ("ALTER SYSTEM SET ssl_key_file = 'server.key'");
  ls_test_server_exec ("ALTER SYSTEM SET ssl = on");
  ls_test_server_exec ("SELECT pg_reload_conf ()");

  /* The right authority: the server proves it is localhost (the reload
   * takes a moment). */
  server = g_strdup_printf ("localhost:%s", g_getenv ("PGPORT") != NULL ? g_getenv ("PGPORT") : "5432");
  uri = ls_team_database_build_uri (server, f->database, g_getenv ("PGUSER"), NULL, TRUE, ca_file, &error);
  g_assert_no_error (error);
  g_test_message ("%s", uri);
  end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;
  while (db == NULL && g_get_monotonic_time () < end)
    {
      g_clear_error (&error);
      db = ls_db_pg_open (uri, LS_STORE_OPEN_DEFAULT, &error);
      if (db == NULL)
        g_usleep (100 * G_TIME_SPAN_MILLISECOND);
    }
  g_assert_no_error (error);
  g_assert_nonnull (db);
  ssl = server_value ("SELECT current_setting ('ssl')");
  g_assert_cmpstr (ssl, ==, "on");
  ls_db_close (db);

  /* Another authority, and one whose file is gone: the row is the fix. */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *wrong = ls_team_database_build_uri (server, f->database, g_getenv ("PGUSER"), NULL, TRUE,
                                                           i == 0 ? other_file : missing_file, NULL);

      assert_open_fails (wrong, LS_STORE_ERROR_CANNOT_OPEN, "Certificate authority in Preferences → Team database",
                         NULL);
    }

  ls_test_server_exec ("ALTER SYSTEM RESET ssl");
  ls_test_server_exec ("ALTER SYSTEM RESET ssl_cert_file");
  ls_test_server_exec ("ALTER SYSTEM RESET ssl_key_file");
  ls_test_server_exec ("SELECT pg_reload_conf ()");
  ls_test_rmdir (dir);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  ls_test_init_engine ();
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/db-pg/empty-and-schema", test_empty_and_schema);
  ADD ("/db-pg/certificate-authority", test_certificate_authority);
  ADD ("/db-pg/types", test_types);
  ADD ("/db-pg/triggers", test_triggers);
  ADD ("/db-pg/search", test_search);
  ADD ("/db-pg/not-ours", test_not_ours);
  ADD ("/db-pg/newer", test_newer);
  ADD ("/db-pg/failures", test_failures);
  ADD ("/db-pg/lost-in-transaction", test_lost_in_transaction);
  ADD ("/db-pg/connecting", test_connecting);
#undef ADD
  return g_test_run ();
}
