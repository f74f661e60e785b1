/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Who is who (issue 14) with the real binary. On PostgreSQL: two teams,
 * their caseworkers, a lead and an administrator made with `team
 * add-caseworker`, each connecting as their own login; the server shows a
 * caseworker 0 rows of the other team through raw queries on every table
 * holding a person's data, changes 0 of them, lets the administrator read
 * no person, refuses DELETE FROM audit to every login, and lets a person
 * outside the team be opened only with a reason, which the lead sees. On
 * SQLite (one desk): the same commands keep teams and handovers. */
#include <libpq-fe.h>
#include <string.h>
#include <unistd.h>

#include "export/ls-test-poppler.h"
#include "ls-store-teams.h"
#include "ls-test-util.h"

typedef struct
{
  char *dir;
  char *location;
  char *database;   /* PostgreSQL: the database's name */
  char *logins[7];  /* see the enum below */
  char *err;        /* the last run's stderr */
} Fixture;

enum { CASEWORKER_A, CASEWORKER_B, LEAD_A, LEAD_B, ADMIN, DECIDER_1, DECIDER_2 };

static const char * const login_kinds[][4] = {
  { "cwa", "Alpha", "caseworker", "Cora Alm" },
  { "cwb", "Beta", "caseworker", "Carl Berg" },
  { "lda", "Alpha", "lead", "Lea Alm" },
  { "ldb", "Beta", "lead", "Leo Berg" },
  { "adm", "Alpha", "admin", "Ada Dahl" },
  { "dm1", "Alpha", "decision-maker", "Dina Dreyer" },
  { "dm2", "Alpha", "decision-maker", "David Dahle" },
};

/* Runs the CLI with @args as @login (NULL: the PG* variables' user);
 * its exit status, its stdout in @out when given. */
static int
run_cli_as (Fixture            *f,
            int                 login,
            const char * const *args,
            char              **out)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_ptr_array_add (argv, (gpointer) g_getenv ("LIVSSKISSE_CLI"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, (gpointer) "--database");
  g_ptr_array_add (argv, f->location);
  g_ptr_array_add (argv, NULL);
  g_clear_pointer (&f->err, g_free);
  if (login >= 0)
    {
      envp = g_environ_setenv (envp, "PGUSER", f->logins[login], TRUE);
      envp = g_environ_setenv (envp, "PGPASSWORD", f->logins[login], TRUE);
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, envp, out == NULL ? G_SPAWN_STDOUT_TO_DEV_NULL : 0,
                               NULL, NULL, out, &f->err,
                               &status, &error));
  g_assert_no_error (error);
  if (f->err != NULL && *f->err != '\0')
    g_test_message ("%s", f->err);
  return g_spawn_check_wait_status (status, NULL) ? 0 : 1;
}

static void
fixture_setup (Fixture      *f,
               gconstpointer data)
{
  f->dir = ls_test_mkdtemp ();
  f->location = ls_test_store_location (f->dir, "teams.db");
  if (ls_test_on_postgresql ())
    {
      f->database = g_strdup (strrchr (f->location, '/') + 1);
      g_assert_cmpint (run_cli_as (f, -1, (const char *[]) { "server", "init", f->location, "--team", "Alpha",
                                                              NULL }, NULL), ==, 0);
    }
  else   /* only migrate, demo, import-xml and copy make a new file */
    g_assert_cmpint (run_cli_as (f, -1, (const char *[]) { "migrate", NULL }, NULL), ==, 0);
  /* Roles are the server's, shared by every test database: unique names. */
  for (guint i = 0; i < G_N_ELEMENTS (f->logins); i++)
    f->logins[i] = g_strdup_printf ("ls_%s_%d_%s", login_kinds[i][0], getpid (), f->database != NULL
                                    ? strrchr (f->database, '_') + 1 : "0");
}

static void
fixture_teardown (Fixture      *f,
                  gconstpointer data)
{
  ls_test_drop_store (f->location);
  if (f->database != NULL)
    for (guint i = 0; i < G_N_ELEMENTS (f->logins); i++)
      {
        g_autofree char *sql = g_strdup_printf ("DROP ROLE IF EXISTS %s", f->logins[i]);

        ls_test_server_exec (sql);
      }
  for (guint i = 0; i < G_N_ELEMENTS (f->logins); i++)
    g_free (f->logins[i]);
  g_free (f->database);
  g_free (f->location);
  g_free (f->err);
  ls_test_rmdir (f->dir);
  g_free (f->dir);
}

/* Adds every login with `team add-caseworker`, its password (its own
 * name, in a test) read from a file. */
static void
add_logins (Fixture *f)
{
  for (guint i = 0; i < G_N_ELEMENTS (f->logins); i++)
    {
      g_autofree char *file = g_build_filename (f->dir, "password", NULL);
      const char *args[] = { "team", "add-caseworker", f->logins[i], "--name", login_kinds[i][3], "--team",
                             login_kinds[i][1], "--role", login_kinds[i][2],
                             f->database != NULL ? "--password-file" : NULL, file, NULL };

      g_assert_true (g_file_set_contents (file, f->logins[i], -1, NULL));
      g_assert_cmpint (run_cli_as (f, -1, args, NULL), ==, 0);
    }
}

/* A raw connection to the test database as @login (-1: the PG* user). */
static PGconn *
connect_as (Fixture *f,
            int      login)
{
  g_autofree char *conninfo = login >= 0
    ? g_strdup_printf ("dbname=%s user=%s password=%s", f->database, f->logins[login], f->logins[login])
    : g_strdup_printf ("dbname=%s", f->database);
  PGconn *conn = PQconnectdb (conninfo);

  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("Could not connect as %s: %s", login >= 0 ? f->logins[login] : "the owner", PQerrorMessage (conn));
  return conn;
}

/* The one value @sql gives, as text (the test fails on an error). */
static char *
query_text (PGconn     *conn,
            const char *sql)
{
  PGresult *result = PQexec (conn, sql);
  char *text;

  if (PQresultStatus (result) != PGRES_TUPLES_OK)
    g_error ("%s: %s", sql, PQresultErrorMessage (result));
  text = PQgetisnull (result, 0, 0) ? g_strdup ("") : g_strdup (PQgetvalue (result, 0, 0));
  PQclear (result);
  return text;
}

static gint64
query_count (PGconn     *conn,
             const char *sql)
{
  g_autofree char *text = query_text (conn, sql);

  return g_ascii_strtoll (text, NULL, 10);
}

/* How many rows @sql changed; -1 if the server refused it. */
static gint64
changed_rows (PGconn     *conn,
              const char *sql)
{
  PGresult *result = PQexec (conn, sql);
  gint64 rows = -1;

  if (PQresultStatus (result) == PGRES_COMMAND_OK)
    rows = g_ascii_strtoll (PQcmdTuples (result), NULL, 10);
  else
    g_test_message ("refused: %s: %s", sql, PQresultErrorMessage (result));
  PQclear (result);
  return rows;
}

/* Each table holding a person's data, the column that leads to its
 * person, and (as the owner sees it) which values of that column are
 * team Beta's. */
typedef struct
{
  const char *table;
  const char *column;
  const char *beta;   /* SQL giving Beta's values of column */
  gboolean    filled; /* the demo data has rows in it */
} PersonTable;

#define BETA_PERSONS "SELECT id FROM persons WHERE team_id = (SELECT id FROM teams WHERE name = 'Beta')"
#define BETA_SKETCHES "SELECT id FROM sketches WHERE person_id IN (" BETA_PERSONS ")"
#define BETA_DECISIONS "SELECT id FROM decisions WHERE person_id IN (" BETA_PERSONS ")"
static const PersonTable person_tables[] = {
  { "persons", "id", BETA_PERSONS, TRUE },
  { "cases", "person_id", BETA_PERSONS, TRUE },
  { "sketches", "person_id", BETA_PERSONS, TRUE },
  { "sketch_participants", "sketch_id", BETA_SKETCHES, FALSE },
  { "sketch_readings", "sketch_id", BETA_SKETCHES, TRUE },
  { "sketch_entries", "sketch_id", BETA_SKETCHES, TRUE },
  { "person_words", "person_id", BETA_PERSONS, TRUE },
  { "decisions", "person_id", BETA_PERSONS, TRUE },
  { "goals", "decision_id", BETA_DECISIONS, TRUE },
  { "measures", "decision_id", BETA_DECISIONS, TRUE },
  { "evaluations", "decision_id", BETA_DECISIONS, FALSE },
  { "issued_documents", "decision_id", BETA_DECISIONS, FALSE },
  { "evaluation_scores", "evaluation_id", "SELECT id FROM evaluations WHERE decision_id IN (" BETA_DECISIONS ")",
    FALSE },
  { "service_plans", "person_id", BETA_PERSONS, FALSE },
  { "service_plan_participants", "plan_id", "SELECT id FROM service_plans WHERE person_id IN (" BETA_PERSONS ")",
    FALSE },
  { "bookings", "measure_id", "SELECT id FROM measures WHERE decision_id IN (" BETA_DECISIONS ")", FALSE },
  { "booking_refusals", "measure_id", "SELECT id FROM measures WHERE decision_id IN (" BETA_DECISIONS ")", FALSE },
  { "handovers", "person_id", BETA_PERSONS, TRUE },
  { "audit", "person_id", BETA_PERSONS, TRUE },
};

/* Demo persons, half of them handed over to Beta by the owner; the ids
 * of Beta's persons, comma-separated. */
static char *
fill_two_teams (Fixture *f)
{
  g_autofree char *out = NULL;
  g_auto(GStrv) lines = NULL;
  PGconn *owner;
  char *beta;

  g_assert_cmpint (run_cli_as (f, -1, (const char *[]) { "demo", "--persons", "6", NULL }, NULL), ==, 0);
  g_assert_cmpint (run_cli_as (f, -1, (const char *[]) { "list", "persons", NULL }, &out), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, 6);
  for (guint i = 0; i < 3; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", 2);

      g_assert_cmpint (run_cli_as (f, -1, (const char *[]) { "team", "move-person", fields[0], "--team", "Beta",
                                                              NULL }, NULL), ==, 0);
    }
  owner = connect_as (f, -1);
  beta = query_text (owner, "SELECT string_agg (id::text, ',') FROM (" BETA_PERSONS ") b");
  g_assert_cmpint (query_count (owner, "SELECT count (*) FROM persons WHERE team_id IS NULL"), ==, 0);
  PQfinish (owner);
  return beta;
}

/* Whether a tab-separated list (`list persons`) has a row for @id. */
static gboolean
lists_id (const char *list,
          const char *id)
{
  g_auto(GStrv) lines = g_strsplit (list, "\n", -1);
  g_autofree char *prefix = g_strdup_printf ("%s\t", id);

  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return TRUE;
  return FALSE;
}

/* A caseworker of Alpha sees and changes none of Beta's rows, in any
 * table holding a person's data; Beta's caseworker and the owner do. */
static void
test_need_to_know (Fixture      *f,
                   gconstpointer data)
{
  g_autofree char *beta = NULL;
  PGconn *owner, *a, *b, *admin;

  add_logins (f);
  beta = fill_two_teams (f);
  owner = connect_as (f, -1);
  a = connect_as (f, CASEWORKER_A);
  b = connect_as (f, CASEWORKER_B);
  admin = connect_as (f, ADMIN);
  for (guint i = 0; i < G_N_ELEMENTS (person_tables); i++)
    {
      const PersonTable *t = &person_tables[i];
      g_autofree char *values = NULL;
      g_autofree char *select = NULL;
      g_autofree char *all = g_strdup_printf ("SELECT count (*) FROM %s", t->table);
      g_autofree char *update = NULL;
      g_autofree char *delete = NULL;
      g_autofree char *beta_values = g_strdup_printf ("SELECT string_agg (DISTINCT v::text, ',') FROM (%s) AS x (v)",
                                                      t->beta);
      gint64 in_beta;

      values = query_text (owner, beta_values);
      if (*values == '\0')
        {
          g_assert_false (t->filled);
          continue;
        }
      select = g_strdup_printf ("SELECT count (*) FROM %s WHERE %s IN (%s)", t->table, t->column, values);
      update = g_strdup_printf ("UPDATE %s SET %s = %s WHERE %s IN (%s)", t->table, t->column, t->column, t->column,
                                values);
      delete = g_strdup_printf ("DELETE FROM %s WHERE %s IN (%s)", t->table, t->column, values);
      in_beta = query_count (owner, select);
      g_test_message ("%s: %" G_GINT64_FORMAT " of Beta's rows", t->table, in_beta);
      if (in_beta == 0)
        {
          g_assert_false (t->filled);
          continue;
        }
      /* Beta's own caseworker sees them, Alpha's none, the admin nothing. */
      g_assert_cmpint (query_count (b, select), ==, in_beta);
      g_assert_cmpint (query_count (a, select), ==, 0);
      g_assert_cmpint (query_count (admin, all), ==, 0);
      g_assert_cmpint (query_count (a, all) + query_count (b, select), <=, query_count (owner, all));
      /* Changing them: 0 rows, or refused outright. */
      g_assert_cmpint (changed_rows (a, update), <=, 0);
      g_assert_cmpint (changed_rows (a, delete), <=, 0);
      g_assert_cmpint (changed_rows (admin, delete), <=, 0);
      g_assert_cmpint (query_count (owner, select), ==, in_beta);
    }
  /* Alpha's persons are Alpha's: the caseworker of A sees them. */
  g_assert_cmpint (query_count (a, "SELECT count (*) FROM persons"), ==, 3);
  /* Nothing moves into or out of another team by a plain UPDATE. */
  g_assert_cmpint (changed_rows (a, "UPDATE persons SET team_id = (SELECT id FROM teams WHERE name = 'Beta')"), <, 0);
  /* The CLI as a caseworker of A lists A's persons only. */
  {
    g_autofree char *out = NULL;
    g_auto(GStrv) ids = g_strsplit (beta, ",", -1);
    g_auto(GStrv) lines = NULL;

    g_assert_cmpint (run_cli_as (f, CASEWORKER_A, (const char *[]) { "list", "persons", NULL }, &out), ==, 0);
    lines = g_strsplit (out, "\n", -1);
    g_assert_cmpuint (g_strv_length (lines), ==, 4);
    for (guint i = 0; ids[i] != NULL; i++)
      for (guint j = 0; lines[j] != NULL; j++)
        {
          g_autofree char *line = g_strdup_printf ("%s\t", ids[i]);

          g_assert_false (g_str_has_prefix (lines[j], line));
        }
  }
  /* ... searches A's persons only: a Beta person's name finds nothing,
   * an Alpha person's finds them ... */
  {
    g_autofree char *beta_id = query_text (owner, "SELECT min (id)::text FROM (" BETA_PERSONS ") b");
    g_autofree char *beta_sql = g_strdup_printf ("SELECT given_name || ' ' || family_name FROM persons"
                                                 " WHERE id = %s", beta_id);
    g_autofree char *beta_name = query_text (owner, beta_sql);
    g_autofree char *alpha_id = query_text (a, "SELECT min (id)::text FROM persons");
    g_autofree char *alpha_sql = g_strdup_printf ("SELECT given_name || ' ' || family_name FROM persons"
                                                  " WHERE id = %s", alpha_id);
    g_autofree char *alpha_name = query_text (a, alpha_sql);
    g_autofree char *found = NULL;

    g_assert_cmpint (run_cli_as (f, CASEWORKER_B, (const char *[]) { "list", "persons", "--search", beta_name,
                                                                     NULL }, &found), ==, 0);
    g_assert_true (lists_id (found, beta_id));
    g_clear_pointer (&found, g_free);
    g_assert_cmpint (run_cli_as (f, CASEWORKER_A, (const char *[]) { "list", "persons", "--search", beta_name,
                                                                     NULL }, &found), ==, 0);
    g_assert_false (lists_id (found, beta_id));
    g_clear_pointer (&found, g_free);
    g_assert_cmpint (run_cli_as (f, CASEWORKER_A, (const char *[]) { "list", "persons", "--search", alpha_name,
                                                                     NULL }, &found), ==, 0);
    g_assert_true (lists_id (found, alpha_id));
  }
  /* ... and exports A's persons only. */
  {
    g_autofree char *xml_path = g_build_filename (f->dir, "alpha.xml", NULL);
    g_autofree char *xml = NULL;
    guint persons = 0;

    g_assert_cmpint (run_cli_as (f, CASEWORKER_A, (const char *[]) { "export-xml", "-o", xml_path, NULL }, NULL),
                     ==, 0);
    g_assert_true (g_file_get_contents (xml_path, &xml, NULL, NULL));
    for (const char *p = strstr (xml, "<person "); p != NULL; p = strstr (p + 1, "<person "))
      persons++;
    g_assert_cmpuint (persons, ==, 3);
  }
  /* A caseworker cannot hand a person over; only a lead can. */
  {
    g_autofree char *first = g_strdup_printf ("%" G_GINT64_FORMAT,
                                              query_count (a, "SELECT min (id) FROM persons"));

    g_assert_cmpint (run_cli_as (f, CASEWORKER_A, (const char *[]) { "team", "move-person", first, "--team", "Beta",
                                                                     NULL }, NULL), !=, 0);
    g_assert_cmpint (run_cli_as (f, LEAD_A, (const char *[]) { "team", "move-person", first, "--team", "Beta",
                                                               NULL }, NULL), ==, 0);
    g_assert_cmpint (query_count (a, "SELECT count (*) FROM persons"), ==, 2);
  }
  PQfinish (admin);
  PQfinish (b);
  PQfinish (a);
  PQfinish (owner);
}

/* A store connected as @login (its password is its name). */
static LsStore *
open_store_as (Fixture *f,
               int      login)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *location = g_strdup_printf ("postgresql://%s:%s@%s", f->logins[login], f->logins[login],
                                               f->location + strlen ("postgresql://"));
  LsStore *store = ls_store_open (location, LS_STORE_OPEN_DEFAULT, &error);

  g_assert_no_error (error);
  return store;
}

/* A lead's handover names who they saw responsible (issue 15): refused
 * as a conflict once someone else handed the person over, and made with
 * the lead's own rights once they have read it again. */
static void
test_lead_handover_conflict (Fixture      *f,
                             gconstpointer data)
{
  g_autofree char *beta = NULL;
  g_autofree char *id_text = NULL;
  g_autoptr(LsStore) lead = NULL;
  g_autoptr(LsTeamMember) seen = NULL;
  g_autoptr(LsTeamMember) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *team = NULL;
  g_autofree char *team_sql = NULL;
  PGconn *owner;
  gint64 id;

  add_logins (f);
  beta = fill_two_teams (f);
  owner = connect_as (f, -1);
  id = query_count (owner, "SELECT min (id) FROM persons WHERE team_id = (SELECT id FROM teams WHERE name = 'Alpha')");
  id_text = g_strdup_printf ("%" G_GINT64_FORMAT, id);
  lead = open_store_as (f, LEAD_A);
  seen = ls_store_get_person_responsible (lead, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (seen->team, ==, "Alpha");

  g_assert_cmpint (run_cli_as (f, LEAD_A, (const char *[]) { "team", "move-person", id_text, "--team", "Alpha",
                                                             "--caseworker", f->logins[CASEWORKER_A], NULL }, NULL),
                   ==, 0);
  g_assert_false (ls_store_move_person (lead, id, seen, "Beta", NULL, &error));
  g_assert_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CONFLICT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, f->logins[LEAD_A]));
  g_clear_error (&error);
  team_sql = g_strdup_printf ("SELECT t.name FROM persons p JOIN teams t ON t.id = p.team_id WHERE p.id = %s",
                              id_text);
  team = query_text (owner, team_sql);
  g_assert_cmpstr (team, ==, "Alpha");

  fresh = ls_store_get_person_responsible (lead, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (fresh->login, ==, f->logins[CASEWORKER_A]);
  g_assert_true (ls_store_move_person (lead, id, fresh, "Beta", NULL, &error));
  g_assert_no_error (error);
  g_free (team);
  team = query_text (owner, team_sql);
  g_assert_cmpstr (team, ==, "Beta");
  PQfinish (owner);
}

/* The audit is append-only for every login; its user is the server's. */
static void
test_audit_append_only (Fixture      *f,
                        gconstpointer data)
{
  g_autofree char *beta = NULL;
  PGconn *owner, *a, *lead;
  gint64 rows;

  add_logins (f);
  beta = fill_two_teams (f);
  /* The caseworker's own work is audited under their login. */
  g_assert_cmpint (run_cli_as (f, CASEWORKER_A, (const char *[]) { "list", "persons", NULL }, NULL), ==, 0);
  owner = connect_as (f, -1);
  a = connect_as (f, CASEWORKER_A);
  lead = connect_as (f, LEAD_A);
  rows = query_count (owner, "SELECT count (*) FROM audit");
  g_assert_cmpint (query_count (a, "SELECT count (*) FROM audit WHERE os_user = current_user"), >, 0);
  g_assert_cmpint (changed_rows (a, "DELETE FROM audit"), <, 0);
  g_assert_cmpint (changed_rows (a, "UPDATE audit SET action = 'read'"), <, 0);
  g_assert_cmpint (changed_rows (a, "TRUNCATE audit"), <, 0);
  g_assert_cmpint (changed_rows (lead, "DELETE FROM audit"), <, 0);
  g_assert_cmpint (changed_rows (a, "DELETE FROM audit_chain"), <, 0);
  /* Not under another's name. */
  g_assert_cmpint (changed_rows (a, "INSERT INTO audit (at, os_user, object_type, action)"
                                    " VALUES ('2027-01-01T00:00:00.000Z', 'someone-else', 'person', 'read')"), <, 0);
  g_assert_cmpint (query_count (owner, "SELECT count (*) FROM audit"), ==, rows);
  /* The chain still holds. */
  g_assert_cmpint (run_cli_as (f, -1, (const char *[]) { "check", NULL }, NULL), ==, 0);
  PQfinish (lead);
  PQfinish (a);
  PQfinish (owner);
}

/* A schema owner that is not a superuser (as on a municipality's server)
 * made the schema: it sees everything, yet deletes no audit row and cannot
 * empty the log either. */
static void
test_owner_append_only (Fixture      *f,
                        gconstpointer data)
{
  g_autofree char *owner_login = g_strdup_printf ("ls_own_%d", getpid ());
  g_autofree char *database = g_strdup_printf ("%s_owned", f->database);
  g_autofree char *sql = NULL;
  g_autofree char *conninfo = g_strdup_printf ("dbname=%s user=%s password=%s", database, owner_login, owner_login);
  g_autofree char *location = NULL;
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  const char *init[] = { g_getenv ("LIVSSKISSE_CLI"), "demo", "--persons", "2", "--database", NULL, NULL };
  int status = 0;
  PGconn *owner;
  gint64 rows;

  sql = g_strdup_printf ("CREATE ROLE %s LOGIN PASSWORD '%s'", owner_login, owner_login);
  ls_test_server_exec (sql);
  g_free (sql);
  sql = g_strdup_printf ("CREATE DATABASE %s OWNER %s", database, owner_login);
  ls_test_server_exec (sql);
  location = g_strdup_printf ("postgresql://%s/%s", g_getenv ("PGHOST"), database);
  init[5] = location;
  envp = g_environ_setenv (envp, "PGUSER", owner_login, TRUE);
  envp = g_environ_setenv (envp, "PGPASSWORD", owner_login, TRUE);
  g_assert_true (g_spawn_sync (NULL, (char **) init, envp, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL, NULL, NULL,
                               &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  owner = PQconnectdb (conninfo);
  g_assert_cmpint (PQstatus (owner), ==, CONNECTION_OK);
  rows = query_count (owner, "SELECT count (*) FROM audit");
  g_assert_cmpint (rows, >, 0);
  g_assert_cmpint (query_count (owner, "SELECT count (*) FROM persons"), ==, 2);
  g_assert_cmpint (changed_rows (owner, "DELETE FROM audit"), <=, 0);
  g_assert_cmpint (changed_rows (owner, "UPDATE audit SET action = 'read'"), <=, 0);
  g_assert_cmpint (changed_rows (owner, "TRUNCATE audit"), <, 0);
  g_assert_cmpint (changed_rows (owner, "DELETE FROM audit_chain"), <=, 0);
  g_assert_cmpint (query_count (owner, "SELECT count (*) FROM audit"), ==, rows);
  g_assert_cmpint (query_count (owner, "SELECT count (*) FROM audit_chain"), ==, 1);
  PQfinish (owner);
  g_free (sql);
  sql = g_strdup_printf ("DROP DATABASE %s WITH (FORCE)", database);
  ls_test_server_exec (sql);
  g_free (sql);
  sql = g_strdup_printf ("DROP ROLE %s", owner_login);
  ls_test_server_exec (sql);
}

/* A person outside the team is opened only with a reason; it is recorded
 * and listed for that person's team lead. */
static void
test_emergency_access (Fixture      *f,
                       gconstpointer data)
{
  g_autofree char *beta = NULL;
  g_autofree char *select = NULL;
  g_autofree char *update = NULL;
  g_autofree char *out = NULL;
  g_auto(GStrv) ids = NULL;
  PGconn *a;

  add_logins (f);
  beta = fill_two_teams (f);
  ids = g_strsplit (beta, ",", -1);
  a = connect_as (f, CASEWORKER_A);
  select = g_strdup_printf ("SELECT count (*) FROM persons WHERE id = %s", ids[0]);
  update = g_strdup_printf ("UPDATE persons SET phone = '1' WHERE id = %s", ids[0]);
  g_assert_cmpint (query_count (a, select), ==, 0);
  g_assert_cmpint (run_cli_as (f, CASEWORKER_A, (const char *[]) { "team", "open-person", ids[0], NULL }, NULL), !=, 0);
  /* One that is nowhere is named (the server's broken reference, before
   * shown as its constraint's name). */
  g_assert_cmpint (run_cli_as (f, CASEWORKER_A, (const char *[]) { "team", "open-person", "99999",
                                                                   "--emergency-reason", "Akutt", NULL }, NULL), !=, 0);
  g_assert_nonnull (strstr (f->err, "There is no person 99999 in"));
  g_assert_cmpint (run_cli_as (f, CASEWORKER_A, (const char *[]) { "team", "open-person", ids[0],
                                                                   "--emergency-reason", "  ", NULL }, NULL), !=, 0);
  g_assert_cmpint (changed_rows (a, "INSERT INTO emergency_access (person_id, login, reason, at)"
                                    " VALUES (1, current_user, '', '2027-01-01')"), <, 0);
  g_assert_cmpint (query_count (a, select), ==, 0);
  g_assert_cmpint (run_cli_as (f, CASEWORKER_A, (const char *[]) { "team", "open-person", ids[0],
                                                                   "--emergency-reason", "Akutt innleggelse, legevakt ringte",
                                                                   NULL }, NULL), ==, 0);
  /* Readable now, still not changeable, and the other Beta persons stay hidden. */
  g_assert_cmpint (query_count (a, select), ==, 1);
  g_assert_cmpint (changed_rows (a, update), ==, 0);
  g_assert_cmpint (query_count (a, "SELECT count (*) FROM persons"), ==, 4);
  /* Reading commands take the reason too. */
  g_assert_cmpint (run_cli_as (f, CASEWORKER_A, (const char *[]) { "show-sketch", "--person", ids[1], NULL }, NULL),
                   !=, 0);
  g_assert_cmpint (run_cli_as (f, CASEWORKER_A, (const char *[]) { "show-sketch", "--person", ids[1],
                                                                   "--emergency-reason", "Krise, ringt av fastlege",
                                                                   NULL }, NULL), ==, 0);
  /* Beta's lead sees it with the reason; Alpha's lead and Beta's caseworker do not. */
  g_assert_cmpint (run_cli_as (f, LEAD_B, (const char *[]) { "team", "emergency-access", "--json", NULL }, &out), ==, 0);
  g_assert_nonnull (strstr (out, "Akutt innleggelse, legevakt ringte"));
  g_assert_nonnull (strstr (out, f->logins[CASEWORKER_A]));
  g_assert_nonnull (strstr (out, "Krise, ringt av fastlege"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli_as (f, LEAD_A, (const char *[]) { "team", "emergency-access", "--json", NULL }, &out), ==, 0);
  g_assert_null (strstr (out, "Akutt"));
  g_clear_pointer (&out, g_free);
  g_assert_cmpint (run_cli_as (f, CASEWORKER_B, (const char *[]) { "team", "emergency-access", NULL }, &out), ==, 0);
  g_assert_cmpstr (out, ==, "");
  PQfinish (a);
}

/* Four eyes, enforced by the server: only a decision-maker issues; an
 * approval by the drafter is refused; under the municipality's rule an
 * unapproved decision is not issued; a second decision-maker's approval
 * lets it through. */
static void
test_four_eyes (Fixture      *f,
                gconstpointer data)
{
  g_autofree char *beta = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *issue = NULL;
  g_autofree char *approve_own = NULL;
  g_autofree char *drafted = NULL;
  g_autofree char *approved = NULL;
  char *who;
  PGconn *a, *dm1, *owner;

  add_logins (f);
  beta = fill_two_teams (f);
  owner = connect_as (f, -1);
  a = connect_as (f, CASEWORKER_A);
  dm1 = connect_as (f, DECIDER_1);
  draft = query_text (dm1, "INSERT INTO decisions (person_id, type, status)"
                           " VALUES ((SELECT min (id) FROM persons), 'trial', 'draft') RETURNING id");
  drafted = g_strdup_printf ("SELECT drafted_login FROM decisions WHERE id = %s", draft);
  approved = g_strdup_printf ("SELECT approved_login FROM decisions WHERE id = %s", draft);
  who = query_text (owner, drafted);
  g_assert_cmpstr (who, ==, f->logins[DECIDER_1]);
  g_free (who);
  issue = g_strdup_printf ("UPDATE decisions SET status = 'issued', issued_date = '2027-01-04' WHERE id = %s", draft);
  approve_own = g_strdup_printf ("UPDATE decisions SET approved_login = current_user WHERE id = %s", draft);
  g_assert_cmpint (run_cli_as (f, -1, (const char *[]) { "team", "four-eyes", "on", NULL }, NULL), ==, 0);
  /* Not a caseworker's to issue, nor the drafter's to approve or issue alone. */
  g_assert_cmpint (changed_rows (a, issue), <, 0);
  g_assert_cmpint (changed_rows (dm1, approve_own), <, 0);
  g_assert_cmpint (run_cli_as (f, DECIDER_1, (const char *[]) { "approve", draft, NULL }, NULL), !=, 0);
  g_assert_cmpint (run_cli_as (f, CASEWORKER_A, (const char *[]) { "approve", draft, NULL }, NULL), !=, 0);
  g_assert_cmpint (changed_rows (dm1, issue), <, 0);
  /* A second decision-maker approves; then it is issued. */
  g_assert_cmpint (run_cli_as (f, DECIDER_2, (const char *[]) { "approve", draft, NULL }, NULL), ==, 0);
  g_assert_cmpint (changed_rows (a, issue), <, 0);
  g_assert_cmpint (changed_rows (dm1, issue), ==, 1);
  who = query_text (owner, approved);
  g_assert_cmpstr (who, ==, f->logins[DECIDER_2]);
  g_free (who);
  PQfinish (dm1);
  PQfinish (a);
  PQfinish (owner);
}

/* The letter names who prepared, approved and issued the decision from
 * the record: the logins the server wrote, as their caseworkers' names,
 * not what a client said. `issue` on a server refuses --by and issues as
 * the login. */
static void
test_letter_names (Fixture      *f,
                   gconstpointer data)
{
  g_autofree char *beta = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *issued_by = NULL;
  g_autofree char *who = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "letter.pdf", NULL);
  g_autofree char *text = NULL;
  PGconn *dm1, *owner;

  add_logins (f);
  beta = fill_two_teams (f);
  owner = connect_as (f, -1);
  dm1 = connect_as (f, DECIDER_1);
  /* The client says someone else prepared it: the server records dm1. */
  draft = query_text (dm1, "INSERT INTO decisions (person_id, type, status, start_date, grounds, legal_basis,"
                           " prepared_by) VALUES ((SELECT min (id) FROM persons WHERE team_id ="
                           " (SELECT id FROM teams WHERE name = 'Alpha')), 'ordinary', 'draft', '2027-01-04',"
                           " 'Vurdering.', 'helse- og omsorgstjenesteloven § 3-2', 'Not Me') RETURNING id");
  g_assert_cmpint (run_cli_as (f, -1, (const char *[]) { "team", "four-eyes", "on", NULL }, NULL), ==, 0);
  g_assert_cmpint (run_cli_as (f, DECIDER_2, (const char *[]) { "approve", draft, NULL }, NULL), ==, 0);
  g_assert_cmpint (run_cli_as (f, DECIDER_1, (const char *[]) { "issue", draft, "--by", "Someone Else", NULL },
                               NULL), !=, 0);
  g_assert_cmpint (run_cli_as (f, DECIDER_1, (const char *[]) { "issue", draft, NULL }, NULL), ==, 0);
  issued_by = g_strdup_printf ("SELECT issued_by FROM decisions WHERE id = %s", draft);
  who = query_text (owner, issued_by);
  g_assert_cmpstr (who, ==, f->logins[DECIDER_1]);
  PQfinish (dm1);
  PQfinish (owner);

  g_assert_cmpint (run_cli_as (f, DECIDER_1, (const char *[]) { "export-pdf", "--decision", draft, "-o", pdf,
                                                                NULL }, NULL), ==, 0);
  text = ls_test_pdf_text (pdf);
  if (text == NULL)
    return;
  ls_test_assert_contains (text, "Dina Dreyer");
  ls_test_assert_contains (text, "David Dahle");
  g_assert_null (strstr (text, "Not Me"));
  g_assert_null (strstr (text, f->logins[DECIDER_1]));
}

/* Who issued a decision is the server's record: a login stores only
 * drafts, without an issuer; its issue records current_user whatever it
 * sent; and no login changes issued_by afterwards, not even with the
 * guards of an import's undo suspended. The store's issue records the
 * login too. */
static void
test_issuer_identity (Fixture      *f,
                      gconstpointer data)
{
  g_autofree char *beta = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *second = NULL;
  g_autofree char *issued_by = NULL;
  g_autofree char *forge = NULL;
  g_autofree char *issue = NULL;
  g_autofree char *who = NULL;
  PGconn *dm1, *dm2, *owner;

#define ALPHA_DRAFT(issuer) \
  "INSERT INTO decisions (person_id, type, status, start_date, grounds, legal_basis, issued_by)" \
  " VALUES ((SELECT min (id) FROM persons WHERE team_id = (SELECT id FROM teams WHERE name = 'Alpha'))," \
  " 'ordinary', 'draft', '2027-01-04', 'Vurdering.', 'helse- og omsorgstjenesteloven § 3-2', " issuer ")" \
  " RETURNING id"
  add_logins (f);
  beta = fill_two_teams (f);
  owner = connect_as (f, -1);
  dm1 = connect_as (f, DECIDER_1);
  dm2 = connect_as (f, DECIDER_2);
  /* Not stored as issued, and a draft has no issuer whatever is sent. */
  g_assert_cmpint (changed_rows (dm1, "INSERT INTO decisions (person_id, type, status, issued_by)"
                                      " VALUES ((SELECT min (id) FROM persons), 'trial', 'issued', 'Someone Else')"),
                   <, 0);
  draft = query_text (dm1, ALPHA_DRAFT ("'Someone Else'"));
  issued_by = g_strdup_printf ("SELECT issued_by FROM decisions WHERE id = %s", draft);
  who = query_text (owner, issued_by);
  g_assert_cmpstr (who, ==, "");
  g_clear_pointer (&who, g_free);
  forge = g_strdup_printf ("UPDATE decisions SET issued_by = 'Someone Else' WHERE id = %s", draft);
  g_assert_cmpint (changed_rows (dm1, forge), <, 0);
  /* Issued under another name: the server records the login. */
  issue = g_strdup_printf ("UPDATE decisions SET status = 'issued', issued_date = '2027-01-04',"
                           " issued_by = 'Someone Else' WHERE id = %s", draft);
  g_assert_cmpint (changed_rows (dm1, issue), ==, 1);
  who = query_text (owner, issued_by);
  g_assert_cmpstr (who, ==, f->logins[DECIDER_1]);
  g_clear_pointer (&who, g_free);
  /* Never changed afterwards, by the issuer or another, guards suspended or not. */
  g_assert_cmpint (changed_rows (dm1, forge), <, 0);
  g_assert_cmpint (changed_rows (dm2, forge), <, 0);
  g_assert_cmpint (changed_rows (dm2, "SET livsskisse.undo = 'on'"), ==, 0);
  g_assert_cmpint (changed_rows (dm2, forge), <, 0);
  who = query_text (owner, issued_by);
  g_assert_cmpstr (who, ==, f->logins[DECIDER_1]);
  g_clear_pointer (&who, g_free);

  /* Through the store: the login it connects as. */
  second = query_text (dm1, ALPHA_DRAFT ("NULL"));
  g_assert_cmpint (run_cli_as (f, DECIDER_2, (const char *[]) { "issue", second, NULL }, NULL), ==, 0);
  g_free (issued_by);
  issued_by = g_strdup_printf ("SELECT issued_by FROM decisions WHERE id = %s", second);
  who = query_text (owner, issued_by);
  g_assert_cmpstr (who, ==, f->logins[DECIDER_2]);
#undef ALPHA_DRAFT
  PQfinish (dm2);
  PQfinish (dm1);
  PQfinish (owner);
}

/* One desk: the commands keep teams, caseworkers and handovers. */
static void
test_desk (Fixture      *f,
           gconstpointer data)
{
  g_autofree char *out = NULL;
  g_autofree char *list = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(GStrv) fields = NULL;

  add_logins (f);
  g_assert_cmpint (run_cli_as (f, -1, (const char *[]) { "team", "list", NULL }, &out), ==, 0);
  g_assert_nonnull (strstr (out, "Alpha\t"));
  g_assert_nonnull (strstr (out, "Beta\t"));
  g_assert_nonnull (strstr (out, "Team 1\t"));
  g_assert_cmpint (run_cli_as (f, -1, (const char *[]) { "demo", "--persons", "2", NULL }, NULL), ==, 0);
  g_assert_cmpint (run_cli_as (f, -1, (const char *[]) { "list", "persons", NULL }, &list), ==, 0);
  lines = g_strsplit (list, "\n", -1);
  fields = g_strsplit (lines[0], "\t", 2);
  g_assert_cmpint (run_cli_as (f, -1, (const char *[]) { "team", "move-person", fields[0], "--team", "Beta",
                                                          "--caseworker", f->logins[CASEWORKER_B], NULL }, NULL), ==, 0);
  /* Not to a caseworker of another team, nor to a team that is not there. */
  g_assert_cmpint (run_cli_as (f, -1, (const char *[]) { "team", "move-person", fields[0], "--team", "Beta",
                                                          "--caseworker", f->logins[CASEWORKER_A], NULL }, NULL), !=, 0);
  g_assert_cmpint (run_cli_as (f, -1, (const char *[]) { "team", "move-person", fields[0], "--team", "Gamma",
                                                          NULL }, NULL), !=, 0);
  g_assert_cmpint (run_cli_as (f, -1, (const char *[]) { "team", "add-caseworker", "Bad Login", "--name", "X",
                                                          "--team", "Alpha", "--role", "caseworker", NULL }, NULL), !=, 0);
  g_assert_cmpint (run_cli_as (f, -1, (const char *[]) { "team", "add-caseworker", "x", "--name", "X",
                                                          "--team", "Alpha", "--role", "boss", NULL }, NULL), !=, 0);
  g_assert_cmpint (run_cli_as (f, -1, (const char *[]) { "check", NULL }, NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  ls_test_init_engine ();
  if (ls_test_on_postgresql ())
    {
      g_test_add ("/cli/teams/need-to-know", Fixture, NULL, fixture_setup, test_need_to_know, fixture_teardown);
      g_test_add ("/cli/teams/lead-handover-conflict", Fixture, NULL, fixture_setup, test_lead_handover_conflict,
                  fixture_teardown);
      g_test_add ("/cli/teams/audit-append-only", Fixture, NULL, fixture_setup, test_audit_append_only,
                  fixture_teardown);
      g_test_add ("/cli/teams/owner-append-only", Fixture, NULL, fixture_setup, test_owner_append_only,
                  fixture_teardown);
      g_test_add ("/cli/teams/four-eyes", Fixture, NULL, fixture_setup, test_four_eyes, fixture_teardown);
      g_test_add ("/cli/teams/letter-names", Fixture, NULL, fixture_setup, test_letter_names, fixture_teardown);
      g_test_add ("/cli/teams/issuer-identity", Fixture, NULL, fixture_setup, test_issuer_identity,
                  fixture_teardown);
      g_test_add ("/cli/teams/emergency-access", Fixture, NULL, fixture_setup, test_emergency_access,
                  fixture_teardown);
    }
  else
    g_test_add ("/cli/teams/desk", Fixture, NULL, fixture_setup, test_desk, fixture_teardown);
  return g_test_run ();
}
