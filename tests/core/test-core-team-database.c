/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The team database's address from the Preferences fields: every part
 * escaped, read back by libpq itself (PQconninfoParse) as it was typed. */
#include <glib.h>
#include <libpq-fe.h>
#include <string.h>

#include "ls-team-database.h"

/* What libpq reads from @uri for @keyword ("" when absent). */
static char *
conninfo_value (const char *uri,
                const char *keyword)
{
  char *message = NULL;
  PQconninfoOption *options = PQconninfoParse (uri, &message);
  char *value = NULL;

  g_assert_null (message);
  g_assert_nonnull (options);
  for (PQconninfoOption *o = options; o != NULL && o->keyword != NULL; o++)
    if (g_str_equal (o->keyword, keyword))
      value = g_strdup (o->val != NULL ? o->val : "");
  PQconninfoFree (options);
  g_assert_nonnull (value);
  return value;
}

static void
assert_conninfo (const char *uri,
                 const char *keyword,
                 const char *expected)
{
  g_autofree char *value = conninfo_value (uri, keyword);

  g_assert_cmpstr (value, ==, expected);
}

static void
test_plain (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = ls_team_database_build_uri ("db.example.no", "livsskisse", "kari", "secret", TRUE, NULL,
                                                     &error);

  g_assert_no_error (error);
  g_assert_cmpstr (uri, ==, "postgresql://kari:secret@db.example.no/livsskisse?sslmode=verify-full");
  /* No port given: PostgreSQL's own (libpq's default, nothing in the URI). */
  assert_conninfo (uri, "port", "");
  assert_conninfo (uri, "host", "db.example.no");
}

static void
test_escaping (void)
{
  const char *user = "kari@team:1/ a";
  const char *password = "p@ss:w/rd %20?#&=+ æ";
  const char *database = "live sketch/1?";
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = ls_team_database_build_uri (" db.example.no:5433 ", database, user, password, TRUE, NULL,
                                                     &error);

  g_assert_no_error (error);
  g_assert_nonnull (uri);
  g_assert_null (strchr (uri, ' '));
  assert_conninfo (uri, "user", user);
  assert_conninfo (uri, "password", password);
  assert_conninfo (uri, "dbname", database);
  assert_conninfo (uri, "host", "db.example.no");
  assert_conninfo (uri, "port", "5433");
  assert_conninfo (uri, "sslmode", "verify-full");
}

static void
test_ipv6 (void)
{
  const struct { const char *server; const char *uri_host; const char *host; const char *port; } cases[] = {
    { "::1", "@[::1]/", "::1", "" },
    { "[::1]", "@[::1]/", "::1", "" },
    { "[fe80::1:2]:6432", "@[fe80::1:2]:6432/", "fe80::1:2", "6432" },
    { "192.0.2.7:5433", "@192.0.2.7:5433/", "192.0.2.7", "5433" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *uri = ls_team_database_build_uri (cases[i].server, "ls", "u", "p", TRUE, NULL, &error);

      g_assert_no_error (error);
      g_assert_nonnull (strstr (uri, cases[i].uri_host));
      assert_conninfo (uri, "host", cases[i].host);
      assert_conninfo (uri, "port", cases[i].port);
    }
}

static void
test_tls (void)
{
  g_autofree char *verified = ls_team_database_build_uri ("db", "ls", "u", NULL, TRUE, NULL, NULL);
  g_autofree char *unverified = ls_team_database_build_uri ("db", "ls", "u", NULL, FALSE, NULL, NULL);

  assert_conninfo (verified, "sslmode", "verify-full");
  /* Turning verification off still encrypts: never disable or prefer. */
  assert_conninfo (unverified, "sslmode", "require");
}

/* The certificate authority's file as libpq reads it back, whatever its
 * name holds; only when the certificate is checked (with require, libpq
 * would check against it after all). */
static void
test_ca_file (void)
{
  const char *path = "/home/kari/IT avdeling/kommunens \"CA\" & 'rot'=100%+1.crt";
  g_autofree char *with = ls_team_database_build_uri ("db", "ls", "u", "p w", TRUE, path, NULL);
  g_autofree char *unverified = ls_team_database_build_uri ("db", "ls", "u", NULL, FALSE, path, NULL);
  g_autofree char *empty = ls_team_database_build_uri ("db", "ls", "u", NULL, TRUE, "", NULL);

  g_test_message ("%s", with);
  assert_conninfo (with, "sslrootcert", path);
  assert_conninfo (with, "sslmode", "verify-full");
  assert_conninfo (with, "password", "p w");
  g_assert_null (strpbrk (strchr (with, '?'), " \"'+"));
  assert_conninfo (unverified, "sslrootcert", "");
  assert_conninfo (unverified, "sslmode", "require");
  g_assert_cmpstr (empty, ==, "postgresql://u@db/ls?sslmode=verify-full");
}

static void
test_no_password_no_user (void)
{
  g_autofree char *no_password = ls_team_database_build_uri ("db", "ls", "kari", "", TRUE, NULL, NULL);
  g_autofree char *no_user = ls_team_database_build_uri ("db", "ls", "", NULL, TRUE, NULL, NULL);
  g_autofree char *password_only = ls_team_database_build_uri ("db", "ls", NULL, "x", TRUE, NULL, NULL);

  g_assert_cmpstr (no_password, ==, "postgresql://kari@db/ls?sslmode=verify-full");
  g_assert_cmpstr (no_user, ==, "postgresql://db/ls?sslmode=verify-full");
  assert_conninfo (password_only, "password", "x");
  assert_conninfo (password_only, "user", g_get_user_name ());
}

static void
test_idn (void)
{
  g_autofree char *uri = ls_team_database_build_uri ("tønsberg.kommune.no", "ls", "u", NULL, TRUE, NULL, NULL);

  g_assert_cmpstr (uri, ==, "postgresql://u@xn--tnsberg-q1a.kommune.no/ls?sslmode=verify-full");
}

static void
test_invalid (void)
{
  const struct { const char *server; const char *database; int code; } cases[] = {
    { "", "ls", LS_TEAM_DATABASE_ERROR_INVALID_SERVER },
    { "   ", "ls", LS_TEAM_DATABASE_ERROR_INVALID_SERVER },
    { "db:", "ls", LS_TEAM_DATABASE_ERROR_INVALID_SERVER },
    { "db:0", "ls", LS_TEAM_DATABASE_ERROR_INVALID_SERVER },
    { "db:65536", "ls", LS_TEAM_DATABASE_ERROR_INVALID_SERVER },
    { "db:54x", "ls", LS_TEAM_DATABASE_ERROR_INVALID_SERVER },
    { "db:+54", "ls", LS_TEAM_DATABASE_ERROR_INVALID_SERVER },
    { "db example", "ls", LS_TEAM_DATABASE_ERROR_INVALID_SERVER },
    { "user@db", "ls", LS_TEAM_DATABASE_ERROR_INVALID_SERVER },
    { "db/ls", "ls", LS_TEAM_DATABASE_ERROR_INVALID_SERVER },
    { "postgresql://db/ls", "ls", LS_TEAM_DATABASE_ERROR_INVALID_SERVER },
    { "[db]:5432", "ls", LS_TEAM_DATABASE_ERROR_INVALID_SERVER },
    { "[::1", "ls", LS_TEAM_DATABASE_ERROR_INVALID_SERVER },
    { "[::1]x", "ls", LS_TEAM_DATABASE_ERROR_INVALID_SERVER },
    { "1:2:zz", "ls", LS_TEAM_DATABASE_ERROR_INVALID_SERVER },
    { "db", "", LS_TEAM_DATABASE_ERROR_INVALID_DATABASE },
    { "db", "  ", LS_TEAM_DATABASE_ERROR_INVALID_DATABASE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *uri = ls_team_database_build_uri (cases[i].server, cases[i].database, "u", "secret",
                                                         TRUE, NULL, &error);

      g_test_message ("%s / %s", cases[i].server, cases[i].database);
      g_assert_null (uri);
      g_assert_error (error, LS_TEAM_DATABASE_ERROR, cases[i].code);
      /* One sentence, never the password. */
      g_assert_null (strstr (error->message, "secret"));
      g_assert_null (strchr (error->message, '\n'));
    }
}

/* A built address holds the password: wiped, every byte of it is zero
 * (the terminating one included), and NULL is allowed. */
static void
test_wipe (void)
{
  g_autoptr(GError) error = NULL;
  char *uri = ls_team_database_build_uri ("db.example.no", "team", "kari", "hemmelig", TRUE, NULL, &error);
  gsize length;

  g_assert_no_error (error);
  g_assert_nonnull (strstr (uri, "hemmelig"));
  length = strlen (uri);
  ls_team_database_wipe (uri);
  for (gsize i = 0; i <= length; i++)
    g_assert_cmpint (uri[i], ==, 0);
  g_free (uri);
  ls_team_database_wipe (NULL);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/team-database/plain", test_plain);
  g_test_add_func ("/core/team-database/escaping", test_escaping);
  g_test_add_func ("/core/team-database/ipv6", test_ipv6);
  g_test_add_func ("/core/team-database/tls", test_tls);
  g_test_add_func ("/core/team-database/ca-file", test_ca_file);
  g_test_add_func ("/core/team-database/no-password-no-user", test_no_password_no_user);
  g_test_add_func ("/core/team-database/idn", test_idn);
  g_test_add_func ("/core/team-database/invalid", test_invalid);
  g_test_add_func ("/core/team-database/wipe", test_wipe);
  return g_test_run ();
}
