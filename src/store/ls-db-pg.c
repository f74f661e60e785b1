/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The PostgreSQL engine: a team's database on a server, through libpq.
 *
 * Statements keep the shared dialect's numbered parameters ?1, ?2, …,
 * which become $1, $2, … when they are prepared (server-side, under a
 * name of their own). Parameters go as text (numbers written without the
 * locale's decimal comma), blobs in binary; results come back as text.
 *
 * TLS: a URI without sslmode (and without PGSSLMODE in the environment)
 * that names a host other than this computer (a socket folder, localhost,
 * 127.0.0.1, ::1) is opened with sslmode=verify-full, so the server must
 * prove its name with a certificate from an authority the client trusts
 * (~/.postgresql/root.crt, or sslrootcert=FILE in the URI). Turning that
 * off takes an explicit sslmode in the URI.
 *
 * A Livsskisse database is recognised by its ls_schema table (application
 * 'livsskisse' and the schema version); a database whose current schema
 * holds no tables at all is a new one.
 *
 * A server that goes away: a statement that finds the connection gone
 * fails with LS_STORE_ERROR_OFFLINE, and the next one connects again
 * (statements prepared before are prepared again on the new connection),
 * except inside a transaction the connection was lost in: that waits for
 * the store's ROLLBACK, so no statement of it runs on its own. A COMMIT
 * counts as done only when the server said so. */
#define G_LOG_DOMAIN "ls-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>

#include "ls-db-pg-private.h"

/* PostgreSQL's type oid of text, for parameters a statement never uses. */
#define TEXT_OID 25

typedef struct
{
  LsDbStmt   parent;
  char      *name;
  int        n_params;
  char     **values;     /* NULL: SQL NULL */
  int       *lengths;
  int       *formats;    /* 0 text, 1 binary (blobs) */
  PGresult  *result;     /* of the last execution, NULL before it */
  int        row;        /* the current row of result */
  guchar    *blob;       /* the last column_blob(), until the next step */
  gint64     changes;
  char      *text;       /* as prepared, with its parameters' types: */
  Oid       *types;      /* for preparing it again after a reconnection */
  guint      generation; /* of the connection it was prepared on */
} PgStmt;

static const LsDbEngine pg_engine;

#define PG_STMT(s)  ((PgStmt *) (s))


static void
pg_close (LsDb *db)
{
  Pg *self = PG (db);

  _ls_db_pg_own_remove (self);
  if (self->conn != NULL)
    PQfinish (self->conn);
  g_clear_pointer (&self->unused_names, g_ptr_array_unref);
  g_free (self->uri);
  g_free (self->host);
  g_free (db->label);
  g_free (db->location);
  g_free (self);
}

/* The host as messages name it: this computer for a local socket. */
static char *
host_label (const char *hosts)
{
  if (hosts == NULL || hosts[0] == '\0' || hosts[0] == '/')
    return g_strdup (_("this computer"));
  return g_strdup (hosts);
}

/* Dates and times the same for everyone; reading only, when asked. */
static gboolean
set_up (Pg      *self,
        GError **error)
{
  return pg_engine.exec (&self->parent, "SET TIME ZONE 'UTC'; SET client_encoding = 'UTF8'", error)
         && (!self->parent.read_only
             || pg_engine.exec (&self->parent, "SET default_transaction_read_only = on", error));
}

/* The database this program had open cannot be reached again (@cause):
 * the server went away, not a wrong address or password. */
static void
set_unreachable (Pg      *self,
                 GError  *cause,
                 GError **error)
{
  g_debug ("Could not connect to the team database again (%s)", cause->message);
  g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_OFFLINE,
               _("The team database %s cannot be reached; nothing was stored, and the next step tries again"),
               self->parent.label);
}

/* A connection that was lost is made again, unless it was lost inside a
 * transaction the store has not ended yet; FALSE (OFFLINE) when the
 * server cannot be reached. */
static gboolean
ensure_connected (Pg      *self,
                  GError **error)
{
  g_autoptr(GError) local = NULL;

  if (PQstatus (self->conn) == CONNECTION_OK)
    return TRUE;
  if (self->lost_in_transaction)
    {
      _ls_db_pg_set_error (self, NULL, error);
      return FALSE;
    }
  _ls_db_pg_own_remove (self);
  g_clear_pointer (&self->conn, PQfinish);
  g_ptr_array_set_size (self->unused_names, 0);
  self->generation++;
  if (!_ls_db_pg_connect (self, &local) || !set_up (self, &local))
    {
      self->parent.offline = TRUE;
      set_unreachable (self, local, error);
      return FALSE;
    }
  g_debug ("Connected to the team database again");
  _ls_db_pg_own_add (self);
  self->parent.offline = FALSE;
  return TRUE;
}

/* Whether the connection has a transaction open or failed, before a
 * call that may lose it. */
static gboolean
transaction_open (Pg *self)
{
  PGTransactionStatusType state = PQtransactionStatus (self->conn);

  return state == PQTRANS_INTRANS || state == PQTRANS_INERROR;
}

/* @error from a failed @result; a connection lost inside a transaction
 * (@in_transaction) stays lost until the store ends it. */
static void
set_failed (Pg             *self,
            const PGresult *result,
            gboolean        in_transaction,
            GError        **error)
{
  if (in_transaction && PQstatus (self->conn) == CONNECTION_BAD)
    self->lost_in_transaction = TRUE;
  _ls_db_pg_set_error (self, result, error);
}

LsDb *
ls_db_pg_open (const char       *uri,
               LsStoreOpenFlags  flags,
               GError          **error)
{
  g_autofree char *location = _ls_db_pg_uri_without_password (uri);
  PQconninfoOption *options;
  const char *database = NULL, *host = NULL;
  Pg *self;

  /* libpq is loaded with the first team database opened. */
  if (!_ls_db_pg_libpq_load (location, error))
    return NULL;
  self = g_new0 (Pg, 1);
  options = PQconninfoParse (uri, NULL);
  self->parent.engine = &pg_engine;
  self->parent.location = g_steal_pointer (&location);
  self->parent.read_only = (flags & LS_STORE_OPEN_READ_ONLY) != 0;
  self->uri = g_strdup (uri);
  self->flags = flags;
  self->unused_names = g_ptr_array_new_with_free_func (g_free);
  /* The names libpq will use: the address's, else the PG* variables'. */
  if (options != NULL)
    {
      database = _ls_db_pg_option_value (options, "dbname");
      if (database == NULL)
        database = _ls_db_pg_option_value (options, "user");
      host = _ls_db_pg_option_value (options, "host");
      if (host == NULL)
        host = _ls_db_pg_option_value (options, "hostaddr");
    }
  if (database == NULL)
    database = g_getenv ("PGDATABASE");
  if (database == NULL)
    database = g_getenv ("PGUSER");
  if (database == NULL)
    database = g_get_user_name ();
  if (host == NULL)
    host = g_getenv ("PGHOST");
  self->host = host_label (host);
  /* TRANSLATORS: how messages name a team database: "livsskisse on db.example.no". */
  self->parent.label = g_strdup_printf (_("%s on %s"), database, self->host);
  PQconninfoFree (options);

    if (!_ls_db_pg_connect (self, error) || !set_up (self, error))
    {
      pg_close (&self->parent);
      return NULL;
    }
  _ls_db_pg_own_add (self);
  return &self->parent;
}

/* Another connection to the database this one holds — a worker's:
 * when it cannot be made, the server went away, as when a connection is
 * lost (OFFLINE); a full server stays BUSY. */
static LsDb *
pg_reopen (LsDb    *db,
           GError **error)
{
  g_autoptr(GError) local = NULL;
  LsDb *other = ls_db_pg_open (PG (db)->uri, PG (db)->flags, &local);

  if (other != NULL)
    return other;
  if (g_error_matches (local, LS_STORE_ERROR, LS_STORE_ERROR_CANNOT_OPEN))
    set_unreachable (PG (db), local, error);
  else
    g_propagate_error (error, g_steal_pointer (&local));
  return NULL;
}

/* Statements. */

/* @sql with ?N written $N, outside string literals, quoted identifiers,
 * dollar-quoted strings and comments; *@n_params the highest N, and
 * @used which of them occur. */
static char *
translate_parameters (const char  *sql,
                      int         *n_params,
                      GArray      *used)
{
  g_autoptr(GString) out = g_string_sized_new (strlen (sql) + 8);
  const char *p = sql;

  *n_params = 0;
  while (*p != '\0')
    {
      if (*p == '\'' || *p == '"')
        {
          const char *end = strchr (p + 1, *p);

          end = end != NULL ? end + 1 : p + strlen (p);
          g_string_append_len (out, p, end - p);
          p = end;
        }
      else if (p[0] == '-' && p[1] == '-')
        {
          const char *end = strchr (p, '\n');

          end = end != NULL ? end : p + strlen (p);
          g_string_append_len (out, p, end - p);
          p = end;
        }
      else if (p[0] == '/' && p[1] == '*')
        {
          const char *end = strstr (p + 2, "*/");

          end = end != NULL ? end + 2 : p + strlen (p);
          g_string_append_len (out, p, end - p);
          p = end;
        }
      else if (*p == '$' && (p[1] == '$' || g_ascii_isalpha (p[1]) || p[1] == '_'))
        {
          /* $tag$ … $tag$ */
          const char *tag_end = p + 1, *end;
          g_autofree char *tag = NULL;

          while (g_ascii_isalnum (*tag_end) || *tag_end == '_')
            tag_end++;
          if (*tag_end != '$')
            {
              g_string_append_c (out, *p++);
              continue;
            }
          tag = g_strndup (p, tag_end + 1 - p);
          end = strstr (tag_end + 1, tag);
          end = end != NULL ? end + strlen (tag) : p + strlen (p);
          g_string_append_len (out, p, end - p);
          p = end;
        }
      else if (*p == '?' && g_ascii_isdigit (p[1]))
        {
          char *end = NULL;
          guint64 n = g_ascii_strtoull (p + 1, &end, 10);

          if (n == 0 || n > 65535)
            {
              g_string_append_c (out, *p++);
              continue;
            }
          g_string_append_printf (out, "$%u", (guint) n);
          if ((int) n > *n_params)
            {
              gboolean no = FALSE;

              while ((int) used->len < (int) n)
                g_array_append_val (used, no);
              *n_params = n;
            }
          g_array_index (used, gboolean, n - 1) = TRUE;
          p = end;
        }
      else
        g_string_append_c (out, *p++);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Deallocates the statements finalized since the last time, unless the
 * transaction has failed (then the next time). */
static void
deallocate_unused (Pg *self)
{
  g_autoptr(GString) sql = NULL;
  PGTransactionStatusType state = PQtransactionStatus (self->conn);
  PGresult *result;

  if (self->unused_names->len == 0 || (state != PQTRANS_IDLE && state != PQTRANS_INTRANS))
    return;
  sql = g_string_new (NULL);
  for (guint i = 0; i < self->unused_names->len; i++)
    g_string_append_printf (sql, "DEALLOCATE %s;", (const char *) g_ptr_array_index (self->unused_names, i));
  result = PQexec (self->conn, sql->str);
  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    g_debug ("Could not deallocate statements");
  PQclear (result);
  g_ptr_array_set_size (self->unused_names, 0);
}

/* Runs @sql, whose failure the next statement reports if it matters. */
static void
exec_quietly (Pg         *self,
              const char *sql)
{
  PQclear (PQexec (self->conn, sql));
}

/* When @result failed on a parameter of unknown type, the parameter it
 * points at in @text: its type in @types becomes text, and TRUE. */
static gboolean
indeterminate_parameter (const PGresult *result,
                         const char     *text,
                         int             n_params,
                         Oid            *types)
{
  const char *sqlstate = PQresultErrorField (result, PG_DIAG_SQLSTATE);
  const char *position = PQresultErrorField (result, PG_DIAG_STATEMENT_POSITION);
  const char *at;
  glong offset;
  guint64 n;

  if ((g_strcmp0 (sqlstate, "42P18") != 0 && g_strcmp0 (sqlstate, "42P08") != 0) || position == NULL)
    return FALSE;
  offset = atol (position) - 1;
  if (offset < 0 || offset >= g_utf8_strlen (text, -1))
    return FALSE;
  at = g_utf8_offset_to_pointer (text, offset);
  if (at[0] != '$' || !g_ascii_isdigit (at[1]))
    return FALSE;
  n = g_ascii_strtoull (at + 1, NULL, 10);
  if (n < 1 || n > (guint64) n_params || types[n - 1] == TEXT_OID)
    return FALSE;
  types[n - 1] = TEXT_OID;
  return TRUE;
}

static LsDbStmt *
pg_prepare (LsDb       *db,
            const char *sql,
            GError    **error)
{
  Pg *self = PG (db);
  g_autoptr(GArray) used = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_autofree char *text = NULL;
  g_autofree Oid *types = NULL;
  g_autofree char *name = NULL;
  PGresult *result;
  PgStmt *s;
  int n_params;
  gboolean in_transaction;

  if (!ensure_connected (self, error))
    return NULL;
  deallocate_unused (self);
  text = translate_parameters (sql, &n_params, used);
  /* A parameter the statement never names (the shared code binds it all
   * the same) is text; the others take the type of where they stand. */
  types = g_new0 (Oid, MAX (n_params, 1));
  for (int i = 0; i < n_params; i++)
    types[i] = g_array_index (used, gboolean, i) ? 0 : TEXT_OID;
  name = g_strdup_printf ("ls_%u", ++self->next_statement);
  /* Inside a transaction a statement that fails to prepare must not take
   * the transaction down with it (on SQLite it does not either). */
  in_transaction = transaction_open (self);
  if (in_transaction)
    exec_quietly (self, "SAVEPOINT ls_prepare");
  result = PQprepare (self->conn, name, text, n_params, types);
  /* A parameter whose type nothing around it tells (?2 IS NULL, before
   * "date <= ?2") is text, as an untyped literal would be. */
  for (int i = 0; i < n_params && indeterminate_parameter (result, text, n_params, types); i++)
    {
      PQclear (result);
      if (in_transaction)
        exec_quietly (self, "ROLLBACK TO SAVEPOINT ls_prepare");
      result = PQprepare (self->conn, name, text, n_params, types);
    }
  if (in_transaction)
    exec_quietly (self, PQresultStatus (result) == PGRES_COMMAND_OK ? "RELEASE SAVEPOINT ls_prepare"
                        : "ROLLBACK TO SAVEPOINT ls_prepare; RELEASE SAVEPOINT ls_prepare");
  if (PQresultStatus (result) != PGRES_COMMAND_OK)
    {
      /* The statement's own text, before any data is bound. */
      if (!_ls_db_pg_is_connection_lost (self, PQresultErrorField (result, PG_DIAG_SQLSTATE)))
        g_warning ("Could not prepare a statement (%s): %s", text, PQresultErrorMessage (result));
      set_failed (self, result, in_transaction, error);
      PQclear (result);
      return NULL;
    }
  PQclear (result);
  s = g_new0 (PgStmt, 1);
  s->parent.engine = &pg_engine;
  s->parent.db = db;
  s->name = g_steal_pointer (&name);
  s->text = g_steal_pointer (&text);
  s->types = g_steal_pointer (&types);
  s->generation = self->generation;
  s->n_params = n_params;
  s->values = g_new0 (char *, MAX (n_params, 1));
  s->lengths = g_new0 (int, MAX (n_params, 1));
  s->formats = g_new0 (int, MAX (n_params, 1));
  return &s->parent;
}

static void
clear_result (PgStmt *s)
{
  g_clear_pointer (&s->blob, PQfreemem);
  g_clear_pointer (&s->result, PQclear);
  s->row = -1;
}

static void
clear_bindings (PgStmt *s)
{
  for (int i = 0; i < s->n_params; i++)
    {
      g_clear_pointer (&s->values[i], g_free);
      s->lengths[i] = 0;
      s->formats[i] = 0;
    }
}

static void
pg_finalize (LsDbStmt *stmt)
{
  PgStmt *s = PG_STMT (stmt);

  clear_result (s);
  clear_bindings (s);
  /* One prepared on a connection lost since is gone with it. */
  if (s->generation == PG (stmt->db)->generation)
    g_ptr_array_add (PG (stmt->db)->unused_names, g_steal_pointer (&s->name));
  g_free (s->name);
  g_free (s->text);
  g_free (s->types);
  g_free (s->values);
  g_free (s->lengths);
  g_free (s->formats);
  g_free (s);
}

static void
pg_reset (LsDbStmt *stmt)
{
  clear_result (PG_STMT (stmt));
  clear_bindings (PG_STMT (stmt));
}

/* Takes @value (NULL for SQL NULL) as parameter @index; one the statement
 * does not have is ignored, as SQLite does. */
static void
bind_value (LsDbStmt *stmt,
            int       index,
            char     *value,
            int       length,
            int       format)
{
  PgStmt *s = PG_STMT (stmt);

  if (index < 1 || index > s->n_params)
    {
      g_free (value);
      return;
    }
  g_free (s->values[index - 1]);
  s->values[index - 1] = value;
  s->lengths[index - 1] = length;
  s->formats[index - 1] = format;
}

static void
pg_bind_null (LsDbStmt *stmt, int index)
{
  bind_value (stmt, index, NULL, 0, 0);
}

static void
pg_bind_int64 (LsDbStmt *stmt, int index, gint64 value)
{
  bind_value (stmt, index, g_strdup_printf ("%" G_GINT64_FORMAT, value), 0, 0);
}

static void
pg_bind_double (LsDbStmt *stmt, int index, double value)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  bind_value (stmt, index, g_strdup (g_ascii_dtostr (buffer, sizeof buffer, value)), 0, 0);
}

static void
pg_bind_text (LsDbStmt *stmt, int index, const char *text)
{
  bind_value (stmt, index, g_strdup (text), 0, 0);
}

static void
pg_bind_blob (LsDbStmt *stmt, int index, const void *data, gsize size)
{
  char *copy = g_malloc (MAX (size, 1));

  if (size > 0)
    memcpy (copy, data, size);
  bind_value (stmt, index, copy, (int) size, 1);
}

/* The first step runs the statement; each step then moves to the next row. */
static LsDbStep
pg_step (LsDbStmt *stmt,
         GError  **error)
{
  PgStmt *s = PG_STMT (stmt);
  Pg *self = PG (stmt->db);

  g_clear_pointer (&s->blob, PQfreemem);
  if (s->result == NULL)
    {
      ExecStatusType status;
      gboolean in_transaction;

      if (!ensure_connected (self, error))
        return LS_DB_ERROR;
      in_transaction = transaction_open (self);
      /* Prepared on a connection lost since: again on this one. */
      if (s->generation != self->generation)
        {
          s->result = PQprepare (self->conn, s->name, s->text, s->n_params, s->types);
          if (PQresultStatus (s->result) != PGRES_COMMAND_OK)
            {
              set_failed (self, s->result, in_transaction, error);
              clear_result (s);
              return LS_DB_ERROR;
            }
          clear_result (s);
          s->generation = self->generation;
        }
      s->result = PQexecPrepared (self->conn, s->name, s->n_params, (const char * const *) s->values,
                                  s->lengths, s->formats, 0);
      status = PQresultStatus (s->result);
      if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        {
          set_failed (self, s->result, in_transaction, error);
          clear_result (s);
          return LS_DB_ERROR;
        }
      s->changes = g_ascii_strtoll (PQcmdTuples (s->result), NULL, 10);
      s->row = -1;
    }
  if (s->row < PQntuples (s->result))
    s->row++;
  return s->row < PQntuples (s->result) ? LS_DB_ROW : LS_DB_DONE;
}

static gboolean
has_value (PgStmt *s,
           int     index)
{
  return s->result != NULL && s->row >= 0 && s->row < PQntuples (s->result)
         && index >= 0 && index < PQnfields (s->result)
         && !PQgetisnull (s->result, s->row, index);
}

static int
pg_column_count (LsDbStmt *stmt)
{
  return PG_STMT (stmt)->result != NULL ? PQnfields (PG_STMT (stmt)->result) : 0;
}

static gboolean
pg_column_is_null (LsDbStmt *stmt, int index)
{
  return !has_value (PG_STMT (stmt), index);
}

static gint64
pg_column_int64 (LsDbStmt *stmt, int index)
{
  PgStmt *s = PG_STMT (stmt);
  const char *value;

  if (!has_value (s, index))
    return 0;
  value = PQgetvalue (s->result, s->row, index);
  /* Booleans (EXISTS, comparisons) as SQLite gives them. */
  if (strcmp (value, "t") == 0)
    return 1;
  if (strcmp (value, "f") == 0)
    return 0;
  if (strpbrk (value, ".eE") != NULL)
    return (gint64) g_ascii_strtod (value, NULL);
  return g_ascii_strtoll (value, NULL, 10);
}

static double
pg_column_double (LsDbStmt *stmt, int index)
{
  PgStmt *s = PG_STMT (stmt);
  const char *value;

  if (!has_value (s, index))
    return 0;
  value = PQgetvalue (s->result, s->row, index);
  if (strcmp (value, "t") == 0)
    return 1;
  if (strcmp (value, "f") == 0)
    return 0;
  return g_ascii_strtod (value, NULL);
}

static const char *
pg_column_text (LsDbStmt *stmt, int index)
{
  PgStmt *s = PG_STMT (stmt);

  return has_value (s, index) ? PQgetvalue (s->result, s->row, index) : NULL;
}

static const void *
pg_column_blob (LsDbStmt *stmt, int index, gsize *size)
{
  PgStmt *s = PG_STMT (stmt);
  size_t length = 0;

  *size = 0;
  if (!has_value (s, index))
    return NULL;
  g_clear_pointer (&s->blob, PQfreemem);
  s->blob = PQunescapeBytea ((const guchar *) PQgetvalue (s->result, s->row, index), &length);
  *size = length;
  return s->blob;
}

static gint64
pg_changes (LsDbStmt *stmt)
{
  return PG_STMT (stmt)->changes;
}

static gboolean
pg_exec (LsDb       *db,
         const char *script,
         GError    **error)
{
  Pg *self = PG (db);
  PGresult *result;
  ExecStatusType status;
  gboolean in_transaction, commit = strcmp (script, "COMMIT") == 0;

  if (PQstatus (self->conn) != CONNECTION_OK)
    {
      /* A transaction lost with the connection is rolled back already;
       * a new one means the store has left the lost one. */
      if (strcmp (script, "ROLLBACK") == 0)
        {
          self->lost_in_transaction = FALSE;
          return TRUE;
        }
      if (g_str_has_prefix (script, "BEGIN"))
        self->lost_in_transaction = FALSE;
    }
  if (!ensure_connected (self, error))
    return FALSE;
  deallocate_unused (self);
  in_transaction = transaction_open (self);
  result = PQexec (self->conn, script);
  status = PQresultStatus (result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && status != PGRES_EMPTY_QUERY)
    {
      set_failed (self, result, in_transaction, error);
      PQclear (result);
      return FALSE;
    }
  /* The server ends a failed transaction's COMMIT with ROLLBACK, and one
   * with no transaction open with a warning: neither saved anything. */
  if (commit && (!in_transaction || strcmp (PQcmdStatus (result), "COMMIT") != 0))
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_FAILED,
                   _("Nothing was saved in the team database %s: the change was rolled back"),
                   self->parent.label);
      PQclear (result);
      return FALSE;
    }
  PQclear (result);
  return TRUE;
}

static gboolean
pg_in_transaction (LsDb *db)
{
  return PQtransactionStatus (PG (db)->conn) != PQTRANS_IDLE;
}

static const LsDbEngine pg_engine = {
  .name = "PostgreSQL",
  .kind = LS_DB_POSTGRESQL,
  .open_schema = _ls_db_pg_open_schema,
  .get_version = _ls_db_pg_get_version,
  .set_version = _ls_db_pg_set_version,
  .reopen = pg_reopen,
  .batch_begin = _ls_db_pg_batch_begin,
  .batch_end = _ls_db_pg_batch_end,
  .suspend_guards = _ls_db_pg_suspend_guards,
  .check_integrity = _ls_db_pg_check_integrity,
  .ids_taken = _ls_db_pg_ids_taken,
  .backup = NULL,   /* the server's administrator uses pg_dump */
  .listen = _ls_db_pg_listen,
  .listener_fd = _ls_db_pg_listener_fd,
  .listener_read = _ls_db_pg_listener_read,
  .listener_close = _ls_db_pg_listener_close,
  .close = pg_close,
  .prepare = pg_prepare,
  .finalize = pg_finalize,
  .reset = pg_reset,
  .bind_null = pg_bind_null,
  .bind_int64 = pg_bind_int64,
  .bind_double = pg_bind_double,
  .bind_text = pg_bind_text,
  .bind_blob = pg_bind_blob,
  .step = pg_step,
  .column_count = pg_column_count,
  .column_is_null = pg_column_is_null,
  .column_int64 = pg_column_int64,
  .column_double = pg_column_double,
  .column_text = pg_column_text,
  .column_blob = pg_column_blob,
  .changes = pg_changes,
  .exec = pg_exec,
  .in_transaction = pg_in_transaction,
  .search_query = _ls_db_pg_search_query,
  .begin_write = "BEGIN",
  .begin_read = "BEGIN ISOLATION LEVEL REPEATABLE READ",
  .fragments = {
    [LS_DB_FRAGMENT_MATCHES] =
      "person_words w JOIN persons p ON p.id = w.person_id WHERE w.words @@ CAST(?2 AS tsquery)",
    [LS_DB_FRAGMENT_MATCH_SUMMARY] = "p.id, p.given_name, p.family_name, p.birth_date, p.national_id",
    [LS_DB_FRAGMENT_MATCH_ORDER] = "w.sort_key, w.person_id",
    [LS_DB_FRAGMENT_PERSONS_BY_NAME] = "persons p",
  },
};
