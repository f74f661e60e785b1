/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Connecting to a team's PostgreSQL server: reading the address, choosing
 * TLS, and saying in one sentence what went wrong — never with the
 * password — when connecting or a statement fails. */
#define G_LOG_DOMAIN "ls-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>

#include "ls-db-pg-private.h"

/* Addresses and passwords. */

/* The password written in @uri (user:PASSWORD@ or password=PASSWORD), as
 * written (perhaps percent-encoded); NULL when there is none. Works on
 * malformed URIs too, which is where it is needed most. */
static char *
uri_password (const char *uri,
              gboolean    in_query)
{
  const char *start = strstr (uri, "://"), *p, *colon;

  if (start == NULL)
    return NULL;
  start += 3;
  if (!in_query)
    {
      /* As libpq reads it: the credentials end at the first @ before any /. */
      for (p = start; *p != '\0' && *p != '@' && *p != '/'; p++)
        ;
      if (*p != '@')
        return NULL;
      colon = memchr (start, ':', p - start);
      return colon != NULL && p - colon > 1 ? g_strndup (colon + 1, p - colon - 1) : NULL;
    }
  p = strchr (start, '?');
  while (p != NULL)
    {
      p++;
      if (g_str_has_prefix (p, "password="))
        {
          const char *value = p + strlen ("password="), *end = strchr (value, '&');

          return end != value && *value != '\0' ? g_strndup (value, end != NULL ? (gsize) (end - value) : strlen (value))
                                                : NULL;
        }
      p = strchr (p, '&');
    }
  return NULL;
}

/* @uri without its password: what the database is shown and remembered as. */
char *
_ls_db_pg_uri_without_password (const char *uri)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_auto(GStrv) params = NULL;
  const char *start = strstr (uri, "://"), *p, *colon, *query;
  guint kept = 0;

  if (start == NULL)
    return g_strdup (uri);
  start += 3;
  for (p = start; *p != '\0' && *p != '@' && *p != '/'; p++)
    ;
  colon = *p == '@' ? memchr (start, ':', p - start) : NULL;
  if (colon != NULL)
    {
      g_string_append_len (out, uri, colon - uri);
      uri = p;
    }
  query = strchr (uri, '?');
  if (query == NULL)
    {
      g_string_append (out, uri);
      return g_string_free (g_steal_pointer (&out), FALSE);
    }
  g_string_append_len (out, uri, query - uri);
  /* The query's parameters but password=. */
  params = g_strsplit (query + 1, "&", -1);
  for (guint i = 0; params[i] != NULL; i++)
    if (params[i][0] != '\0' && !g_str_has_prefix (params[i], "password="))
      {
        g_string_append_c (out, kept++ == 0 ? '?' : '&');
        g_string_append (out, params[i]);
      }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* @text with every trace of @uri's password replaced, as written and
 * decoded: libpq's messages quote the parts of an address they stumble on. */
static char *
without_password (const char *uri,
                  const char *text)
{
  g_autofree char *text_copy = g_strdup (text);

  for (guint in_query = 0; in_query < 2; in_query++)
    {
      g_autofree char *raw = uri_password (uri, in_query);
      g_autofree char *decoded = raw != NULL ? g_uri_unescape_string (raw, NULL) : NULL;
      const char *secrets[] = { raw, decoded };

      for (guint i = 0; i < G_N_ELEMENTS (secrets); i++)
        {
          g_auto(GStrv) parts = NULL;

          if (secrets[i] == NULL || secrets[i][0] == '\0')
            continue;
          parts = g_strsplit (text_copy, secrets[i], -1);
          g_free (text_copy);
          text_copy = g_strjoinv ("********", parts);
        }
    }
  return g_steal_pointer (&text_copy);
}

/* The part of a libpq message worth showing: its first line, after
 * "connection to server at … failed: ", without the password. */
static char *
message_detail (const char *uri,
                const char *message)
{
  g_autofree char *line = NULL;
  const char *failed, *end;

  if (message == NULL)
    message = "";
  end = strchr (message, '\n');
  line = end != NULL ? g_strndup (message, end - message) : g_strdup (message);
  failed = strstr (line, "failed: ");
  g_strstrip (line);
  if (failed != NULL && failed[strlen ("failed: ")] != '\0')
    return without_password (uri, failed + strlen ("failed: "));
  return without_password (uri, line);
}

const char *
_ls_db_pg_option_value (PQconninfoOption *options,
              const char       *keyword)
{
  for (PQconninfoOption *o = options; o != NULL && o->keyword != NULL; o++)
    if (strcmp (o->keyword, keyword) == 0)
      return o->val != NULL && o->val[0] != '\0' ? o->val : NULL;
  return NULL;
}

/* Whether every host in the comma-separated @hosts is this computer. */
static gboolean
hosts_are_local (const char *hosts)
{
  g_auto(GStrv) list = NULL;

  if (hosts == NULL || hosts[0] == '\0')
    return TRUE;
  list = g_strsplit (hosts, ",", -1);
  for (guint i = 0; list[i] != NULL; i++)
    {
      const char *h = g_strstrip (list[i]);

      if (h[0] != '\0' && h[0] != '/' && g_ascii_strcasecmp (h, "localhost") != 0
          && strcmp (h, "127.0.0.1") != 0 && strcmp (h, "::1") != 0)
        return FALSE;
    }
  return TRUE;
}

/* Errors. */

gboolean
_ls_db_pg_is_connection_lost (Pg         *self,
                    const char *sqlstate)
{
  return PQstatus (self->conn) == CONNECTION_BAD
         || (sqlstate != NULL && (g_str_has_prefix (sqlstate, "08") || strcmp (sqlstate, "57P01") == 0
                                  || strcmp (sqlstate, "57P02") == 0 || strcmp (sqlstate, "57P03") == 0));
}

/* Sets @error from a failed @result (NULL when there is none), naming the
 * database and never the data: only the rule's name, or the message of
 * one of the schema's own triggers, which is fixed text. */
void
_ls_db_pg_set_error (Pg             *self,
           const PGresult *result,
           GError        **error)
{
  const char *label = self->parent.label;
  const char *sqlstate = result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;

  g_debug ("PostgreSQL error %s", sqlstate != NULL ? sqlstate : "(none)");
  if (_ls_db_pg_is_connection_lost (self, sqlstate))
    {
      self->parent.offline = TRUE;
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_OFFLINE,
                   _("The connection to the team database %s was lost; nothing after the last save was stored"),
                   label);
    }
  else if (sqlstate == NULL)
    g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_FAILED,
                 _("Could not read or write the team database %s"), label);
  else if (strcmp (sqlstate, "23503") == 0)
    /* A broken reference: see _ls_db_sqlite_error(). */
    g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_FOUND,
                 _("What was asked for is not in the team database %s"), label);
  else if (g_str_has_prefix (sqlstate, "23") || strcmp (sqlstate, "P0001") == 0)
    {
      const char *rule = strcmp (sqlstate, "P0001") == 0
                         ? PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY)
                         : PQresultErrorField (result, PG_DIAG_CONSTRAINT_NAME);

      if (rule == NULL)
        rule = PQresultErrorField (result, PG_DIAG_COLUMN_NAME);
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID,
                   _("The change breaks a rule of the team database %s (%s)"),
                   label, rule != NULL ? rule : sqlstate);
    }
  else if (strcmp (sqlstate, "40001") == 0 || strcmp (sqlstate, "40P01") == 0 || strcmp (sqlstate, "55P03") == 0)
    g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_BUSY,
                 _("Someone else was changing the same data in the team database %s at the same moment; try again"),
                 label);
  else if (strcmp (sqlstate, "53100") == 0)
    g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_FULL,
                 _("The disk of the team database %s is full, so nothing could be saved; tell the server’s administrator"),
                 label);
  else if (strcmp (sqlstate, "25006") == 0)
    g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_READ_ONLY,
                 _("The team database %s cannot be written to (it is open for reading only)"), label);
  else if (strcmp (sqlstate, "42501") == 0)
    g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_FAILED,
                 _("This user is not allowed to do that in the team database %s; ask its administrator for the rights"),
                 label);
  else
    g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_FAILED,
                 _("Could not read or write the team database %s (code %s)"), label, sqlstate);
}

/* Connecting. */

/* The SQLSTATE in a connection failure's message (libpq keeps no result
 * for it; with verbose errors the code follows the severity). */
static char *
connect_sqlstate (const char *message)
{
  g_autoptr(GRegex) regex = g_regex_new (":  ([0-9A-Z]{5}): ", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (message == NULL || !g_regex_match (regex, message, 0, &match))
    return NULL;
  return g_match_info_fetch (match, 1);
}

/* Sets @error for a connection that failed, in one sentence saying what
 * is wrong and what to do. */
static void
set_connect_error (Pg         *self,
                   gboolean    timed_out,
                   int         timeout_s,
                   gboolean    verified,
                   GError    **error)
{
  const char *message = PQerrorMessage (self->conn);
  g_autofree char *sqlstate = connect_sqlstate (message);
  g_autofree char *detail = message_detail (self->uri, message);
  g_autofree char *lower = g_ascii_strdown (message, -1);
  const char *label = self->parent.label;

  g_debug ("Could not connect to %s: %s", label, sqlstate != NULL ? sqlstate : "no SQLSTATE");
  if (timed_out)
    g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                 _("The team database server %s did not answer within %d seconds; check the server name and port, and the network"),
                 self->host, timeout_s);
  else if (PQconnectionNeedsPassword (self->conn))
    g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                 _("The team database %s asks for a password and none was given; give the password and try again"),
                 label);
  else if (g_strcmp0 (sqlstate, "28P01") == 0 || g_strcmp0 (sqlstate, "28000") == 0)
    g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                 _("The team database %s refused the user name or password; check both and try again"),
                 label);
  else if (g_strcmp0 (sqlstate, "3D000") == 0)
    g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                 _("The team database %s does not exist on its server; check the database name in the address, or ask the server’s administrator to create it"),
                 label);
  else if (g_strcmp0 (sqlstate, "53300") == 0 || g_strcmp0 (sqlstate, "57P03") == 0)
    g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_BUSY,
                 _("The team database server %s takes no more connections right now; try again in a moment"),
                 self->host);
  else if (sqlstate != NULL)
    g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                 _("The team database server %s refused the connection to %s (code %s); tell the server’s administrator"),
                 self->host, label, sqlstate);
  /* No authority this computer knows signed the certificate, or the
   * authority's file named is not there: the fix is choosing that file. */
  else if (verified && (strstr (lower, "certificate verify failed") != NULL || strstr (lower, "root certificate") != NULL))
    g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                 _("The team database server %s could not prove that it is the right server with the certificate authority given (%s); choose the file from your IT department under Certificate authority in Preferences → Team database (sslrootcert in an address)"),
                 self->host, detail);
  else if (strstr (lower, "ssl") != NULL || strstr (lower, "certificate") != NULL)
    g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                 verified && strstr (lower, "certificate") != NULL
                 ? _("The team database server %s could not prove that it is the right server (%s); check the server name in Preferences → Team database, or ask its administrator")
                 : _("No secure connection could be made to the team database server %s (%s); ask the server’s administrator"),
                 self->host, detail);
  else
    g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                 _("Could not reach the team database server %s (%s); check the server name and port, and that the server is running"),
                 self->host, detail);
}

/* Routes the server's notices (CREATE … IF NOT EXISTS and the like) to the
 * debug log instead of standard error. */
static void
notice_processor (void       *data,
                  const char *message)
{
  g_debug ("PostgreSQL notice");
}

/* Opens the connection and sets it up; the error says what went wrong. */
gboolean
_ls_db_pg_connect (Pg      *self,
                GError **error)
{
  g_autofree char *message = NULL;
  PQconninfoOption *options;
  const char *keywords[6] = { "dbname", "fallback_application_name", "client_encoding", NULL, NULL, NULL };
  const char *values[6] = { self->uri, "livsskisse", "UTF8", NULL, NULL, NULL };
  const char *timeout_option, *sslmode;
  PostgresPollingStatusType status = PGRES_POLLING_WRITING;
  gboolean timed_out = FALSE, verified;
  gint64 deadline;
  int timeout_s = DEFAULT_CONNECT_TIMEOUT_S;
  char *parse_error = NULL;
  guint n = 3;

  options = PQconninfoParse (self->uri, &parse_error);
  if (options == NULL)
    {
      g_autofree char *shown = _ls_db_pg_uri_without_password (self->uri);
      g_autofree char *detail = message_detail (self->uri, parse_error != NULL ? parse_error : g_strerror (ENOMEM));

      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                   _("The team database address “%s” is not valid: %s"), shown, detail);
      PQfreemem (parse_error);
      return FALSE;
    }
  timeout_option = _ls_db_pg_option_value (options, "connect_timeout");
  if (timeout_option != NULL && atoi (timeout_option) > 0)
    timeout_s = atoi (timeout_option);
  sslmode = _ls_db_pg_option_value (options, "sslmode");
  if (sslmode == NULL)
    sslmode = g_getenv ("PGSSLMODE");
  if (sslmode == NULL
      && !hosts_are_local (_ls_db_pg_option_value (options, "host") != NULL ? _ls_db_pg_option_value (options, "host")
                           : _ls_db_pg_option_value (options, "hostaddr") != NULL ? _ls_db_pg_option_value (options, "hostaddr")
                           : g_getenv ("PGHOST")))
    {
      sslmode = "verify-full";
      keywords[n] = "sslmode";
      values[n++] = sslmode;
    }
  verified = g_strcmp0 (sslmode, "verify-full") == 0 || g_strcmp0 (sslmode, "verify-ca") == 0;
  PQconninfoFree (options);

  self->conn = PQconnectStartParams (keywords, values, TRUE);
  if (self->conn == NULL)
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN,
                   _("Could not connect to the team database %s: out of memory"), self->parent.label);
      return FALSE;
    }
  /* With the SQLSTATE in messages: the only way to tell why the server
   * refused the connection. */
  PQsetErrorVerbosity (self->conn, PQERRORS_VERBOSE);
  PQsetNoticeProcessor (self->conn, notice_processor, NULL);
  deadline = g_get_monotonic_time () + timeout_s * G_TIME_SPAN_SECOND;
  while (PQstatus (self->conn) != CONNECTION_BAD && status != PGRES_POLLING_OK && status != PGRES_POLLING_FAILED)
    {
      struct pollfd fd = { .fd = PQsocket (self->conn),
                           .events = status == PGRES_POLLING_READING ? POLLIN : POLLOUT };
      gint64 left = (deadline - g_get_monotonic_time ()) / G_TIME_SPAN_MILLISECOND;
      int ready;

      if (left <= 0)
        {
          timed_out = TRUE;
          break;
        }
      ready = poll (&fd, 1, (int) left);
      if (ready < 0 && errno == EINTR)
        continue;
      if (ready == 0)
        {
          timed_out = TRUE;
          break;
        }
      status = PQconnectPoll (self->conn);
    }
  if (timed_out || PQstatus (self->conn) != CONNECTION_OK)
    {
      set_connect_error (self, timed_out, timeout_s, verified, error);
      return FALSE;
    }
  PQsetErrorVerbosity (self->conn, PQERRORS_DEFAULT);
  return TRUE;
}

