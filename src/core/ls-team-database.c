/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-team-database"

#include <glib/gi18n.h>
#include <string.h>

#include "ls-team-database.h"

G_DEFINE_QUARK (ls-team-database-error-quark, ls_team_database_error)

#define PORT_MAX 65535

static gboolean
set_server_error (const char  *server,
                  GError     **error)
{
  g_set_error (error, LS_TEAM_DATABASE_ERROR, LS_TEAM_DATABASE_ERROR_INVALID_SERVER,
               _("The server “%s” is not a server name or address with an optional port, "
                 "such as db.example.no or db.example.no:5433"), server);
  return FALSE;
}

/* A host name's letters, digits, dots and dashes, in ASCII. */
static char *
host_to_ascii (const char *host)
{
  g_autofree char *ascii = NULL;

  if (g_hostname_is_ip_address (host))
    return strchr (host, '%') == NULL ? g_strdup (host) : NULL;
  ascii = g_hostname_to_ascii (host);
  if (ascii == NULL || ascii[0] == '\0' || ascii[0] == '.' || ascii[0] == '-')
    return NULL;
  for (const char *p = ascii; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '.' && *p != '-')
      return NULL;
  return g_steal_pointer (&ascii);
}

/* @text a port of 1 to 65535 (digits only). */
static gboolean
parse_port (const char *text,
            int        *port)
{
  guint64 value = 0;

  if (text[0] == '\0' || !g_ascii_string_to_unsigned (text, 10, 1, PORT_MAX, &value, NULL))
    return FALSE;
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  *port = (int) value;
  return TRUE;
}

/* "host", "host:port", "v6", "[v6]" or "[v6]:port" into a host and a port
 * (-1: none given). */
static gboolean
parse_server (const char  *server,
              char       **host,
              int         *port,
              GError     **error)
{
  g_autofree char *name = NULL;
  const char *colon;

  *port = -1;
  if (server[0] == '[')
    {
      const char *end = strchr (server, ']');

      if (end == NULL || (end[1] != '\0' && (end[1] != ':' || !parse_port (end + 2, port))))
        return set_server_error (server, error);
      name = g_strndup (server + 1, end - server - 1);
      if (strchr (name, ':') == NULL)
        return set_server_error (server, error);
    }
  else if ((colon = strchr (server, ':')) != NULL && strchr (colon + 1, ':') == NULL)
    {
      if (!parse_port (colon + 1, port))
        return set_server_error (server, error);
      name = g_strndup (server, colon - server);
    }
  else
    name = g_strdup (server);

  *host = host_to_ascii (name);
  if (*host == NULL)
    return set_server_error (server, error);
  return TRUE;
}

static char *
escape_or_null (const char *text)
{
  return text != NULL && text[0] != '\0' ? g_uri_escape_string (text, NULL, FALSE) : NULL;
}

char *
ls_team_database_build_uri (const char  *server,
                            const char  *database,
                            const char  *user,
                            const char  *password,
                            gboolean     verify,
                            const char  *ca_file,
                            GError     **error)
{
  g_autofree char *server_text = g_strstrip (g_strdup (server != NULL ? server : ""));
  g_autofree char *database_text = g_strstrip (g_strdup (database != NULL ? database : ""));
  g_autofree char *user_text = g_strstrip (g_strdup (user != NULL ? user : ""));
  g_autofree char *host = NULL;
  g_autofree char *database_escaped = NULL;
  g_autofree char *path = NULL;
  g_autofree char *user_escaped = NULL;
  g_autofree char *password_escaped = NULL;
  g_autofree char *ca_file_escaped = NULL;
  g_autofree char *query = NULL;
  int port;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (server_text[0] == '\0')
    {
      g_set_error_literal (error, LS_TEAM_DATABASE_ERROR, LS_TEAM_DATABASE_ERROR_INVALID_SERVER,
                           _("The team database has no server; give the name of the server it is on"));
      return NULL;
    }
  if (!parse_server (server_text, &host, &port, error))
    return NULL;
  if (database_text[0] == '\0')
    {
      g_set_error_literal (error, LS_TEAM_DATABASE_ERROR, LS_TEAM_DATABASE_ERROR_INVALID_DATABASE,
                           _("The team database has no name; give the name of the database on the server"));
      return NULL;
    }

  database_escaped = g_uri_escape_string (database_text, NULL, FALSE);
  path = g_strconcat ("/", database_escaped, NULL);
  user_escaped = escape_or_null (user_text);
  /* A password without a user cannot be written in a URI: libpq then
   * takes the login name on this computer, so that is named instead. */
  password_escaped = escape_or_null (password);
  if (password_escaped != NULL && user_escaped == NULL)
    user_escaped = g_uri_escape_string (g_get_user_name (), NULL, FALSE);
  /* Without verification a CA file would turn it on again (libpq treats
   * require with a root certificate as verify-ca): only with it. */
  ca_file_escaped = verify ? escape_or_null (ca_file) : NULL;
  if (!verify)
    query = g_strdup ("sslmode=require");
  else if (ca_file_escaped == NULL)
    query = g_strdup ("sslmode=verify-full");
  else
    query = g_strconcat ("sslmode=verify-full&sslrootcert=", ca_file_escaped, NULL);
  return g_uri_join_with_user (G_URI_FLAGS_ENCODED, "postgresql", user_escaped, password_escaped, NULL,
                               host, port, path, query, NULL);
}

void
ls_team_database_wipe (char *text)
{
  /* explicit_bzero, not memset: a compiler may drop a store to memory
   * that is freed afterwards. */
  if (text != NULL)
    explicit_bzero (text, strlen (text));
}
