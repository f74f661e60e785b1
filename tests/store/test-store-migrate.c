/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A database left at every earlier schema version opens, migrates to the
 * latest one and keeps its data. */
#include "ls-store-private.h"
#include "ls-store-persons.h"
#include "ls-sort-key.h"
#include "ls-store-sketches.h"
#include "ls-row-version.h"
#include "ls-test-util.h"
#include "ls-db-sqlite.h"

static void
exec_ok (LsStore    *store,
         const char *sql)
{
  char *message = NULL;

  if (sqlite3_exec (_ls_db_sqlite_handle (_ls_store_get_db (store)), sql, NULL, NULL, &message) != SQLITE_OK)
    g_error ("%s: %s", sql, message);
}

/* Rows as the program of version @version would have written them. */
static void
fill_version (LsStore *store,
              guint    version)
{
  /* 8 made the sort name a sort key, written with the person. */
  if (version >= 8)
    {
      g_autoptr(GBytes) key = ls_sort_key_for_name ("Bakkeli", "Åse");
      g_autoptr(GString) sql = g_string_new ("INSERT INTO persons (id, given_name, family_name, sort_key,"
                                             " birth_date, national_id) VALUES (7, 'Åse', 'Bakkeli', x'");
      gsize size = 0;
      const guint8 *bytes = g_bytes_get_data (key, &size);

      for (gsize i = 0; i < size; i++)
        g_string_append_printf (sql, "%02x", bytes[i]);
      g_string_append (sql, "', '1999-02-03', '03829912345');");
      exec_ok (store, sql->str);
    }
  else
    exec_ok (store, "INSERT INTO persons (id, given_name, family_name, sort_name, birth_date, national_id)"
                    " VALUES (7, 'Åse', 'Bakkeli', 'Bakkeli Åse', '1999-02-03', '03829912345');");
  exec_ok (store,
           "INSERT INTO sketches (id, person_id, date, status) VALUES (3, 7, '2026-01-05', 'finished');"
           "INSERT INTO sketch_entries (id, sketch_id, domain_key, kind, author, text)"
           " VALUES (11, 3, 'home', 'wish', 'person', 'Jeg vil lage middag selv');"
           "INSERT INTO sketch_readings (sketch_id, domain_key, self_rating) VALUES (3, 'home', 6);"
           "INSERT INTO sketch_participants (sketch_id, position, name, role) VALUES (3, 0, 'Åse', 'the person');");
  /* 14: the program gives each person stored its place in the search
   * order (ls-db-sqlite-order.c), whose trigger indexes its words. */
  if (version >= 14)
    exec_ok (store, "INSERT INTO search_order (person_id, rank) VALUES (7, 4294967296);");
  if (version >= 2)
    exec_ok (store,
             "INSERT INTO decisions (id, person_id, type, status, start_date, end_date, evaluation_date)"
             " VALUES (5, 7, 'trial', 'draft', '2026-02-01', '2026-05-01', '2026-04-15');"
             "INSERT INTO goals (id, decision_id, position, text) VALUES (9, 5, 0, 'Lage middag to dager i uka');"
             /* Issued, with a goal and a measure, as issuing leaves them. */
             "INSERT INTO decisions (id, person_id, type, status, start_date, end_date, evaluation_date)"
             " VALUES (6, 7, 'trial', 'draft', '2026-02-01', '2026-05-01', '2026-04-15');"
             "INSERT INTO goals (id, decision_id, position, text) VALUES (10, 6, 0, 'Handle selv');"
             "INSERT INTO measures (id, decision_id, position, service_key) VALUES (4, 6, 0, 'home-help');"
             "UPDATE decisions SET status = 'issued', issued_by = 'Kari', issued_date = '2026-02-01' WHERE id = 6;"
             /* Conversations after the issue, one still going on. */
             "INSERT INTO sketches (id, person_id, date, status) VALUES (8, 7, '2026-02-10', 'finished');"
             "INSERT INTO sketches (id, person_id, date, status) VALUES (9, 7, '2026-03-01', 'in-progress');");
  /* Audit rows from before the chain: the chain's migration takes them
   * in, and check finds the log whole. A database with the chain already
   * writes them chained, as the program does. */
  if (version >= _ls_store_audit_chain_version ())
    {
      g_autoptr(GError) error = NULL;

      g_assert_true (ls_store_audit (store, 7, "person", 7, LS_AUDIT_CREATE, &error));
      g_assert_true (ls_store_audit (store, 7, "sketch", 3, LS_AUDIT_READ, &error));
      g_assert_no_error (error);
    }
  else if (version >= 3)
    exec_ok (store,
             "INSERT INTO audit (at, os_user, display_name, person_id, object_type, object_id, action)"
             " VALUES ('2026-01-05T10:00:00.000Z', 'kari', 'Kari', 7, 'person', 7, 'create');"
             "INSERT INTO audit (at, os_user, display_name, person_id, object_type, object_id, action)"
             " VALUES ('2026-01-05T10:01:00.000Z', 'kari', NULL, 7, 'sketch', 3, 'read');");
}

static gint64
query_int (LsStore    *store,
           const char *sql)
{
  sqlite3_stmt *stmt = NULL;
  gint64 value;

  g_assert_cmpint (sqlite3_prepare_v2 (_ls_db_sqlite_handle (_ls_store_get_db (store)), sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  value = sqlite3_column_int64 (stmt, 0);
  sqlite3_finalize (stmt);
  return value;
}

static gboolean
exec_fails (LsStore    *store,
            const char *sql)
{
  return sqlite3_exec (_ls_db_sqlite_handle (_ls_store_get_db (store)), sql, NULL, NULL, NULL) != SQLITE_OK;
}

/* 7: each decision is based on the newest finished sketch on or before its
 * issue (a draft: the newest finished one), and an issued one keeps it; an
 * issued decision's stored documents are never changed, a draft has none. */
static void
check_sketch_links (LsStore *store)
{
  g_assert_cmpint (query_int (store, "SELECT sketch_id FROM decisions WHERE id = 5"), ==, 8);
  g_assert_cmpint (query_int (store, "SELECT sketch_id FROM decisions WHERE id = 6"), ==, 3);
  g_assert_true (exec_fails (store, "UPDATE decisions SET sketch_id = 8 WHERE id = 6"));
  exec_ok (store, "UPDATE decisions SET sketch_id = 3 WHERE id = 5");
  g_assert_true (exec_fails (store, "INSERT INTO issued_documents (decision_id, kind, pdf, created)"
                                    " VALUES (5, 'decision', x'25', '2026-02-01')"));
  exec_ok (store, "INSERT INTO issued_documents (decision_id, kind, pdf, created)"
                  " VALUES (6, 'decision', x'25', '2026-02-01')");
  g_assert_true (exec_fails (store, "UPDATE issued_documents SET pdf = x'26'"));
}

/* 5: every record the exchange carries has its own UUID, new ones too
 * (19: random at step 5, a new row's in time order, version 7). */
static void
check_uids (LsStore *store)
{
  static const char * const tables[] = { "persons", "cases", "sketches", "sketch_entries", "decisions",
                                         "goals", "measures", "evaluations", "service_plans" };

  exec_ok (store, "INSERT INTO cases (id, person_id, status) VALUES (2, 7, 'received');"
                  "INSERT INTO evaluations (decision_id, outcome) VALUES (6, 'continue');"
                  "INSERT INTO service_plans (person_id) VALUES (7);");
  g_assert_cmpint (query_int (store, "SELECT count (*) FROM cases WHERE id = 2 AND uid GLOB '*-*-7*-*-*'"), ==, 1);
  g_assert_cmpint (query_int (store, "SELECT count (*) FROM service_plans WHERE uid GLOB '*-*-7*-*-*'"), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *missing = g_strdup_printf ("SELECT count (*) FROM %s WHERE uid IS NULL"
                                                  " OR uid NOT GLOB '[0-9a-f][0-9a-f][0-9a-f][0-9a-f]"
                                                  "[0-9a-f][0-9a-f][0-9a-f][0-9a-f]-*-[47]*-*-*'"
                                                  " OR length (uid) <> 36", tables[i]);
      g_autofree char *count = g_strdup_printf ("SELECT count (*) FROM %s", tables[i]);
      g_autofree char *copy = g_strdup_printf ("UPDATE %s SET uid = (SELECT max (uid) FROM %s)"
                                               " WHERE uid <> (SELECT max (uid) FROM %s)",
                                               tables[i], tables[i], tables[i]);

      g_assert_cmpint (query_int (store, missing), ==, 0);
      /* Unique: a copy is refused (where a table has two rows). */
      if (query_int (store, count) > 1)
        g_assert_true (exec_fails (store, copy));
    }
  /* 5: an issued decision never goes back, nor its identifier changes. */
  g_assert_true (exec_fails (store, "UPDATE decisions SET status = 'draft' WHERE id = 6"));
  g_assert_true (exec_fails (store, "UPDATE decisions SET uid = 'x' WHERE id = 6"));
  g_assert_true (exec_fails (store, "UPDATE decisions SET issued_by = 'Per' WHERE id = 6"));
  g_assert_true (exec_fails (store, "UPDATE goals SET uid = 'x' WHERE id = 10"));
  exec_ok (store, "UPDATE decisions SET status = 'superseded' WHERE id = 6");
  g_assert_true (exec_fails (store, "UPDATE decisions SET status = 'issued' WHERE id = 6"));
  /* A draft is still free. */
  exec_ok (store, "UPDATE decisions SET uid = 'x' WHERE id = 5; UPDATE goals SET text = 'y' WHERE id = 9");
}

/* 8: names sort by an ICU key made for every person, and nothing in the
 * schema needs this program's own collation or functions. */
static void
check_stock_schema (LsStore *store)
{
  g_autoptr(GBytes) key = ls_sort_key_for_name ("Bakkeli", "Åse");
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (query_int (store, "SELECT count (*) FROM sqlite_master"
                                     " WHERE sql LIKE '%ls_fts_pending%' OR sql LIKE '%COLLATE nb%'"), ==, 0);
  g_assert_cmpint (sqlite3_prepare_v2 (_ls_db_sqlite_handle (_ls_store_get_db (store)),
                                       "SELECT sort_key FROM persons WHERE id = 7", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  g_assert_cmpmem (sqlite3_column_blob (stmt, 0), sqlite3_column_bytes (stmt, 0),
                   g_bytes_get_data (key, NULL), g_bytes_get_size (key));
  sqlite3_finalize (stmt);
}

/* Every table, index and trigger, as SQLite keeps their definitions. */
static char *
schema_of (LsStore *store)
{
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (_ls_db_sqlite_handle (_ls_store_get_db (store)),
                                       "SELECT type, name, tbl_name, coalesce (sql, '') FROM sqlite_master"
                                       " ORDER BY type, name", -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    g_string_append_printf (out, "%s %s %s: %s\n", sqlite3_column_text (stmt, 0), sqlite3_column_text (stmt, 1),
                            sqlite3_column_text (stmt, 2), sqlite3_column_text (stmt, 3));
  sqlite3_finalize (stmt);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A migrated database has exactly the schema of a new one. */
static void
check_same_schema_as_new (LsStore    *store,
                          const char *dir)
{
  g_autofree char *path = g_build_filename (dir, "new.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) fresh = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_autofree char *migrated = schema_of (store);
  g_autofree char *made = NULL;

  g_assert_no_error (error);
  made = schema_of (fresh);
  g_assert_cmpstr (migrated, ==, made);
}

static void
test_migrate_from (gconstpointer data)
{
  guint version = GPOINTER_TO_UINT (data);
  g_autofree char *dir = ls_test_mkdtemp ();
  g_autofree char *path = g_build_filename (dir, "old.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(LsPerson) person = NULL;
  g_autofree char *problem = NULL;
  g_autoptr(LsSketch) sketch = NULL;
  LsParticipant *participant;
  LsStore *store = _ls_store_open_at_version (path, version, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (ls_store_get_schema_version (store), ==, version);
  fill_version (store, version);
  g_object_unref (store);

  /* check opens it without migrating. */
  store = ls_store_open (path, LS_STORE_OPEN_NO_MIGRATE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ls_store_get_schema_version (store), ==, version);
  g_object_unref (store);

  store = ls_store_open (path, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ls_store_get_schema_version (store), ==, ls_store_get_latest_version ());
  person = ls_store_load_person (store, 7, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ls_person_get_given_name (person), ==, "Åse");
  /* The search index was built over the rows already there. */
  found = ls_store_search_persons (store, "bakk", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  /* 18: the summary a search shows, kept beside the rank. */
  g_assert_cmpstr (ls_person_get_family_name (g_ptr_array_index (found, 0)), ==, "Bakkeli");
  g_assert_cmpstr (ls_person_get_national_id (g_ptr_array_index (found, 0)), ==, "03829912345");
  g_clear_pointer (&found, g_ptr_array_unref);
  found = ls_store_search_persons (store, "midd", 10, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found->len, ==, 1);
  /* 4: a participant's contribution; empty for the rows already there. */
  sketch = ls_store_load_sketch (store, 3, &error);
  g_assert_no_error (error);
  participant = g_ptr_array_index (ls_sketch_get_participants (sketch), 0);
  g_assert_cmpstr (participant->role, ==, "the person");
  /* 9: rows already there start at version 1. */
  g_assert_cmpint (ls_row_version_get (sketch), ==, 1);
  g_assert_null (participant->contribution);
  participant->contribution = g_strdup ("Forteller om hverdagen.");
  g_assert_true (ls_store_save_sketch_details (store, sketch, &error));
  g_assert_no_error (error);
  g_clear_object (&sketch);
  sketch = ls_store_load_sketch (store, 3, &error);
  g_assert_no_error (error);
  participant = g_ptr_array_index (ls_sketch_get_participants (sketch), 0);
  g_assert_cmpstr (participant->contribution, ==, "Forteller om hverdagen.");
  /* (A database made at 7 fills its decisions' links itself.) */
  if (version >= 2 && version < 7)
    check_sketch_links (store);
  check_stock_schema (store);
  check_same_schema_as_new (store, dir);
  if (version >= 2)
    check_uids (store);
  g_assert_true (ls_store_check_integrity (store, &problem, &error));
  g_assert_cmpstr (problem, ==, NULL);
  g_object_unref (store);
  ls_test_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  for (guint v = 1; v < ls_store_get_latest_version (); v++)
    {
      g_autofree char *name = g_strdup_printf ("/store/migrate/from-%u", v);

      g_test_add_data_func (name, GUINT_TO_POINTER (v), test_migrate_from);
    }
  return g_test_run ();
}
