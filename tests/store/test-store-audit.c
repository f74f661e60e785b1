/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The audit log as a hash chain: check finds a row deleted or altered
 * through the raw connection and names where the chain breaks; an
 * untouched log, a migrated one and one written by two connections at
 * the same time check out. On both engines. */
#include <string.h>

#include "ls-store-persons.h"
#include "ls-store-private.h"
#include "ls-store-teams.h"
#include "ls-test-util.h"

typedef struct
{
  char    *dir;
  char    *location;
  LsStore *store;
} Fixture;

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = ls_test_mkdtemp ();
  f->location = ls_test_store_location (f->dir, "t.db");
  f->store = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  g_clear_object (&f->store);
  ls_test_drop_store (f->location);
  g_free (f->location);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
}

static gint64
query (LsStore    *store,
       const char *sql)
{
  g_autoptr(GError) error = NULL;
  gint64 value = -1;

  g_assert_true (_ls_store_query_id (store, sql, &value, &error));
  g_assert_no_error (error);
  return value;
}

static void
exec (LsStore    *store,
      const char *sql)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (_ls_store_exec (store, sql, &error));
  g_assert_no_error (error);
}

/* Saves and reads @n persons: about three audit rows each. */
static void
add_rows (LsStore *store,
          guint    n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LsPerson) person = ls_person_new ();
      g_autoptr(LsPerson) again = NULL;
      g_autoptr(GError) error = NULL;
      g_autofree char *name = g_strdup_printf ("Person %u", i);

      ls_person_set_given_name (person, name);
      ls_person_set_family_name (person, "Kjede");
      g_assert_true (ls_store_save_person (store, person, &error));
      g_assert_no_error (error);
      again = ls_store_load_person (store, ls_person_get_id (person), &error);
      g_assert_no_error (error);
      g_assert_true (ls_store_audit (store, ls_person_get_id (person), "person", ls_person_get_id (person),
                                     LS_AUDIT_EXPORT, &error));
      g_assert_no_error (error);
    }
}

/* The sentence check gives, NULL when the database is sound. */
static char *
check (LsStore *store)
{
  g_autoptr(GError) error = NULL;
  char *problem = NULL;

  g_assert_true (ls_store_check_integrity (store, &problem, &error));
  g_assert_no_error (error);
  return problem;
}

static void
assert_broken_after (LsStore *store,
                     gint64   after)
{
  g_autofree char *problem = check (store);
  g_autofree char *expected = after > 0
    ? g_strdup_printf ("the row after audit row %" G_GINT64_FORMAT " is missing or altered", after)
    : g_strdup ("its first row is missing or altered");

  g_assert_nonnull (problem);
  g_test_message ("%s", problem);
  if (strstr (problem, expected) == NULL)
    g_error ("expected “%s” in “%s”", expected, problem);
}

static void
test_untouched (Fixture      *f,
                gconstpointer data)
{
  g_autofree char *problem = NULL;

  problem = check (f->store);
  g_assert_null (problem);
  add_rows (f->store, 5);
  problem = check (f->store);
  g_assert_null (problem);
  g_assert_cmpint (query (f->store, "SELECT count(*) FROM audit WHERE hash IS NULL"), ==, 0);
  /* The head names the last row. */
  g_assert_cmpint (query (f->store, "SELECT last_id FROM audit_chain"), ==,
                   query (f->store, "SELECT max(id) FROM audit"));
}

/* The row at offset 5 deleted: the chain breaks after the one before it. */
static void
test_deleted (Fixture      *f,
              gconstpointer data)
{
  gint64 before;

  add_rows (f->store, 5);
  before = query (f->store, "SELECT id FROM audit ORDER BY id LIMIT 1 OFFSET 4");
  exec (f->store, "DELETE FROM audit WHERE id = (SELECT id FROM audit ORDER BY id LIMIT 1 OFFSET 5)");
  assert_broken_after (f->store, before);
  /* Writing on does not mend it. */
  add_rows (f->store, 1);
  assert_broken_after (f->store, before);
}

static void
test_deleted_first (Fixture      *f,
                    gconstpointer data)
{
  add_rows (f->store, 2);
  exec (f->store, "DELETE FROM audit WHERE id = (SELECT min (id) FROM audit)");
  assert_broken_after (f->store, 0);
}

/* The last rows deleted: the head still names them. */
static void
test_deleted_last (Fixture      *f,
                   gconstpointer data)
{
  gint64 before;

  add_rows (f->store, 3);
  before = query (f->store, "SELECT id FROM audit ORDER BY id DESC LIMIT 1 OFFSET 2");
  exec (f->store, "DELETE FROM audit WHERE id > (SELECT id FROM audit ORDER BY id DESC LIMIT 1 OFFSET 2)");
  assert_broken_after (f->store, before);
}

static void
test_altered (Fixture      *f,
              gconstpointer data)
{
  gint64 before;

  add_rows (f->store, 5);
  before = query (f->store, "SELECT id FROM audit ORDER BY id LIMIT 1 OFFSET 6");
  exec (f->store, "UPDATE audit SET action = 'delete' WHERE id = (SELECT id FROM audit ORDER BY id LIMIT 1 OFFSET 7)");
  assert_broken_after (f->store, before);
}

/* A row added behind the program's back, even with the right hash. */
static void
test_appended (Fixture      *f,
               gconstpointer data)
{
  gint64 last;

  add_rows (f->store, 2);
  last = query (f->store, "SELECT max (id) FROM audit");
  exec (f->store, "INSERT INTO audit (id, at, os_user, object_type, action, hash)"
                  " SELECT id + 1, at, os_user, object_type, action, hash FROM audit"
                  " WHERE id = (SELECT max (id) FROM audit)");
  assert_broken_after (f->store, last);
}

/* The head deleted: said so; writing on begins a new chain, still found. */
static void
test_head_deleted (Fixture      *f,
                   gconstpointer data)
{
  g_autofree char *problem = NULL;
  gint64 last;

  add_rows (f->store, 2);
  last = query (f->store, "SELECT max (id) FROM audit");
  exec (f->store, "DELETE FROM audit_chain");
  problem = check (f->store);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, "the record of its last row is missing"));
  add_rows (f->store, 1);
  assert_broken_after (f->store, last);
}

/* A rolled-back transaction leaves no audit row and the chain whole; a
 * committed one's rows are there. */
static void
test_rollback (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  gint64 rows;

  add_rows (f->store, 1);
  rows = query (f->store, "SELECT count(*) FROM audit");
  g_assert_true (_ls_store_begin (f->store, &error));
  g_assert_true (ls_store_audit (f->store, 1, "person", 1, LS_AUDIT_READ, &error));
  _ls_store_rollback (f->store);
  g_assert_cmpint (query (f->store, "SELECT count(*) FROM audit"), ==, rows);
  g_assert_true (_ls_store_begin (f->store, &error));
  g_assert_true (ls_store_audit (f->store, 1, "person", 1, LS_AUDIT_READ, &error));
  g_assert_true (ls_store_audit (f->store, 1, "person", 1, LS_AUDIT_EXPORT, &error));
  g_assert_true (_ls_store_commit (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (query (f->store, "SELECT count(*) FROM audit"), ==, rows + 2);
  problem = check (f->store);
  g_assert_null (problem);
}

/* Rows written before the chain's migration are chained by it. */
static void
test_migrated (Fixture      *f,
               gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) old = NULL;
  g_autofree char *problem = NULL;
  gint64 before;

  g_clear_object (&f->store);
  ls_test_drop_store (f->location);
  g_free (f->location);
  f->location = ls_test_store_location (f->dir, "old.db");
  old = _ls_store_open_at_version (f->location, _ls_store_audit_chain_version () - 1, &error);
  g_assert_no_error (error);
  add_rows (old, 4);
  g_clear_object (&old);
  f->store = ls_store_open (f->location, LS_STORE_OPEN_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ls_store_get_schema_version (f->store), ==, ls_store_get_latest_version ());
  g_assert_cmpint (query (f->store, "SELECT count(*) FROM audit WHERE hash IS NULL"), ==, 0);
  add_rows (f->store, 1);
  problem = check (f->store);
  g_assert_null (problem);
  before = query (f->store, "SELECT id FROM audit ORDER BY id LIMIT 1 OFFSET 1");
  exec (f->store, "DELETE FROM audit WHERE id = (SELECT id FROM audit ORDER BY id LIMIT 1 OFFSET 2)");
  assert_broken_after (f->store, before);
}

#define N_WRITERS 2
#define N_ROWS 150

static gpointer
write_rows (gpointer data)
{
  const char *location = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(LsStore) store = ls_store_open (location, LS_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < N_ROWS; i++)
    {
      /* Some in a longer transaction, some on their own. */
      if (i % 3 == 0)
        {
          g_assert_true (_ls_store_begin (store, &error));
          g_assert_true (ls_store_audit (store, i, "person", i, LS_AUDIT_READ, &error));
          g_thread_yield ();
          g_assert_true (ls_store_audit (store, i, "person", i, LS_AUDIT_EXPORT, &error));
          g_assert_true (_ls_store_commit (store, &error));
          i++;
        }
      else
        g_assert_true (ls_store_audit (store, i, "person", i, LS_AUDIT_READ, &error));
      g_assert_no_error (error);
    }
  return NULL;
}

/* Two connections writing at the same moment never fork the chain. */
static void
test_concurrent (Fixture      *f,
                 gconstpointer data)
{
  GThread *threads[N_WRITERS];
  g_autofree char *problem = NULL;
  gint64 rows = query (f->store, "SELECT count(*) FROM audit");

  for (guint i = 0; i < N_WRITERS; i++)
    threads[i] = g_thread_new ("writer", write_rows, f->location);
  for (guint i = 0; i < N_WRITERS; i++)
    g_thread_join (threads[i]);
  g_assert_cmpint (query (f->store, "SELECT count(*) FROM audit"), ==, rows + N_WRITERS * N_ROWS);
  problem = check (f->store);
  g_assert_null (problem);
}

/* Who opened a person's data: the audit's reads and exports of that
 * person only, newest first, with the login and the caseworker's name;
 * the listing is itself a read in the audit. */
static void
test_person_reads (Fixture      *f,
                   gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LsPerson) person = ls_person_new ();
  g_autoptr(LsPerson) other = ls_person_new ();
  g_autoptr(LsPerson) loaded = NULL;
  g_autoptr(GPtrArray) reads = NULL;
  g_autoptr(GPtrArray) again = NULL;
  gint64 id;
  guint before;
  LsPersonRead *read;

  ls_person_set_given_name (person, "Kari");
  ls_person_set_family_name (person, "Nordmann");
  ls_person_set_given_name (other, "Ola");
  ls_person_set_family_name (other, "Nordmann");
  g_assert_true (ls_store_save_person (f->store, person, &error));
  g_assert_true (ls_store_save_person (f->store, other, &error));
  g_assert_no_error (error);
  id = ls_person_get_id (person);
  if (!ls_store_is_server (f->store))
    {
      g_assert_true (ls_store_add_caseworker (f->store, ls_store_get_login (f->store), "Kari Leder", "Team Nord",
                                              "lead", NULL, &error));
      g_assert_no_error (error);
    }

  reads = ls_store_list_person_reads (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (reads->len, ==, 0);   /* created, never opened */
  g_clear_pointer (&reads, g_ptr_array_unref);

  loaded = ls_store_load_person (f->store, id, &error);
  g_assert_no_error (error);
  g_clear_object (&loaded);
  loaded = ls_store_load_person (f->store, ls_person_get_id (other), &error);
  g_assert_no_error (error);
  before = ls_store_count_audit (f->store, id, LS_AUDIT_READ, &error);
  reads = ls_store_list_person_reads (f->store, id, &error);
  g_assert_no_error (error);
  /* the opening, then the first listing; never the other person's */
  g_assert_cmpuint (reads->len, ==, 2);
  read = g_ptr_array_index (reads, 1);
  g_assert_cmpstr (read->kind, ==, "person-reads");
  read = g_ptr_array_index (reads, 0);
  g_assert_cmpstr (read->kind, ==, "person");
  g_assert_cmpstr (read->action, ==, "read");
  g_assert_cmpstr (read->login, ==, ls_store_get_login (f->store));
  g_assert_nonnull (read->at);
  if (!ls_store_is_server (f->store))
    g_assert_cmpstr (read->name, ==, "Kari Leder");
  /* the listing is audited */
  g_assert_cmpuint (ls_store_count_audit (f->store, id, LS_AUDIT_READ, &error), ==, before + 1);
  again = ls_store_list_person_reads (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (again->len, ==, 3);
  g_assert_cmpstr (((LsPersonRead *) g_ptr_array_index (again, 0))->kind, ==, "person-reads");
  g_assert_cmpstr (((LsPersonRead *) g_ptr_array_index (again, 1))->kind, ==, "person");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ls_test_init_engine ();
#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/store/audit/untouched", test_untouched);
  ADD ("/store/audit/deleted", test_deleted);
  ADD ("/store/audit/deleted-first", test_deleted_first);
  ADD ("/store/audit/deleted-last", test_deleted_last);
  ADD ("/store/audit/altered", test_altered);
  ADD ("/store/audit/appended", test_appended);
  ADD ("/store/audit/head-deleted", test_head_deleted);
  ADD ("/store/audit/rollback", test_rollback);
  ADD ("/store/audit/migrated", test_migrated);
  ADD ("/store/audit/concurrent", test_concurrent);
  ADD ("/store/audit/person-reads", test_person_reads);
#undef ADD
  return g_test_run ();
}
