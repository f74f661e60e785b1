/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The PostgreSQL engine's housekeeping: recognising a Livsskisse database
 * by its ls_schema table, the schema version, the guards an import's undo
 * suspends, the integrity check, ids after a copy, and the search query.
 * Statements run through the connection's own engine (db->engine). */
#define G_LOG_DOMAIN "ls-store"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ls-db-pg-private.h"

/* The key of the advisory lock that lets one program at a time migrate:
 * "LvSk", as SQLite's application id. */
#define MIGRATION_LOCK_KEY 0x4c76536b

/* The tables of the schema, for check_integrity(). */
static const char * const schema_tables[] = {
  "ls_schema", "domains", "services", "iplos_variables", "persons", "cases",
  "sketches", "sketch_participants", "sketch_readings", "sketch_entries",
  "decisions", "goals", "measures", "evaluations", "evaluation_scores",
  "service_plans", "service_plan_participants", "audit", "import_runs",
  "import_rows", "issued_documents",
};
/* The first column of the first row of @sql with the text parameter
 * @param ($1; NULL for none); *@value NULL when there is no row. */
static gboolean
query_text (Pg          *self,
            const char  *sql,
            const char  *param,
            char       **value,
            GError     **error)
{
  PGresult *result = PQexecParams (self->conn, sql, param != NULL ? 1 : 0, NULL, &param, NULL, NULL, 0);

  if (PQresultStatus (result) != PGRES_TUPLES_OK)
    {
      _ls_db_pg_set_error (self, result, error);
      PQclear (result);
      return FALSE;
    }
  *value = PQntuples (result) > 0 && !PQgetisnull (result, 0, 0) ? g_strdup (PQgetvalue (result, 0, 0)) : NULL;
  PQclear (result);
  return TRUE;
}

/* Whether the table @name is in the current schema. */
static gboolean
has_table (Pg         *self,
           const char *name,
           gboolean   *found,
           GError    **error)
{
  g_autofree char *value = NULL;

  if (!query_text (self, "SELECT count(*) FROM pg_catalog.pg_class c"
                   " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                   " WHERE n.nspname = current_schema() AND c.relname = $1 AND c.relkind IN ('r', 'p')",
                   name, &value, error))
    return FALSE;
  *found = g_strcmp0 (value, "0") != 0;
  return TRUE;
}

/* Schema and version. */

gboolean
_ls_db_pg_get_version (LsDb    *db,
                guint   *version,
                GError **error)
{
  Pg *self = PG (db);
  g_autofree char *value = NULL;
  gboolean found = FALSE;

  *version = 0;
  /* Inside a migration's transaction: one program at a time, which then
   * sees what another one finished while it waited. */
  if (!db->read_only && PQtransactionStatus (self->conn) == PQTRANS_INTRANS)
    {
      g_autofree char *lock = g_strdup_printf ("SELECT pg_advisory_xact_lock (%d)", MIGRATION_LOCK_KEY);

      if (!query_text (self, lock, NULL, &value, error))
        return FALSE;
    }
  if (!has_table (self, "ls_schema", &found, error))
    return FALSE;
  if (!found)
    return TRUE;
  g_clear_pointer (&value, g_free);
  if (!query_text (self, "SELECT version FROM ls_schema WHERE application = 'livsskisse'", NULL, &value, error))
    return FALSE;
  *version = value != NULL ? (guint) g_ascii_strtoull (value, NULL, 10) : 0;
  return TRUE;
}

gboolean
_ls_db_pg_set_version (LsDb    *db,
                guint    version,
                GError **error)
{
  /* The same table as on SQLite from schema 8 on. */
  g_autofree char *sql = g_strdup_printf ("CREATE TABLE IF NOT EXISTS ls_schema ("
                                          "  id INTEGER PRIMARY KEY CHECK (id = 1),"
                                          "  application TEXT NOT NULL, version INTEGER NOT NULL);"
                                          "INSERT INTO ls_schema (id, application, version)"
                                          " VALUES (1, 'livsskisse', %u)"
                                          " ON CONFLICT (id) DO UPDATE SET version = excluded.version",
                                          version);

  return db->engine->exec (db, sql, error);
}

static void
set_not_ours (Pg      *self,
              GError **error)
{
  g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_A_DATABASE,
               _("The team database %s holds tables of another program, not Livsskisse’s; give the address of an empty database or of a Livsskisse one"),
               self->parent.label);
}

gboolean
_ls_db_pg_open_schema (LsDb             *db,
                LsStoreOpenFlags  flags,
                guint             latest,
                guint            *version,
                GError          **error)
{
  Pg *self = PG (db);
  g_autofree char *tables = NULL;
  g_autofree char *value = NULL;
  gboolean ours = FALSE;

  *version = 0;
  if (!has_table (self, "ls_schema", &ours, error))
    return FALSE;
  if (!ours)
    {
      if (!query_text (self, "SELECT count(*) FROM pg_catalog.pg_class c"
                       " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                       " WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'v', 'm', 'f')",
                       NULL, &tables, error))
        return FALSE;
      if (g_strcmp0 (tables, "0") != 0)
        {
          set_not_ours (self, error);
          return FALSE;
        }
    }
  else
    {
      if (!query_text (self, "SELECT version FROM ls_schema WHERE application = 'livsskisse'", NULL, &value, error))
        return FALSE;
      if (value == NULL)
        {
          set_not_ours (self, error);
          return FALSE;
        }
      *version = (guint) g_ascii_strtoull (value, NULL, 10);
    }
  if (*version > latest)
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NEWER_VERSION,
                   _("The team database %s was written by a newer version of Livsskisse (schema %u, this version reads up to %u)"),
                   db->label, *version, latest);
      return FALSE;
    }
  /* Without migration an empty database has nothing to check or read. */
  if (*version == 0 && (flags & (LS_STORE_OPEN_NO_MIGRATE | LS_STORE_OPEN_READ_ONLY)))
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_NOT_A_DATABASE,
                   _("The team database %s is empty; create Livsskisse’s tables in it with “livsskisse-cli server init”"),
                   db->label);
      return FALSE;
    }
  return TRUE;
}

/* Batches: the search columns are kept by the server as rows change, so
 * there is nothing to wait for. */
/* A batch (a copy, an import) may change a great many rows: instead of a
 * notification a row (schema step 16), one saying that anything may have
 * changed, sent at its commit as every notification is, and not at all
 * when it is rolled back. */
gboolean
_ls_db_pg_batch_begin (LsDb    *db,
                GError **error)
{
  return db->engine->exec (db, "SET LOCAL livsskisse.batch = 'on'; SELECT pg_notify ('livsskisse', 'all:0:0')",
                           error);
}

gboolean
_ls_db_pg_batch_end (LsDb     *db,
              gboolean  commit,
              GError  **error)
{
  return TRUE;
}

/* The guard triggers let changes through while livsskisse.undo is on,
 * which SET LOCAL keeps to the current transaction. */
gboolean
_ls_db_pg_suspend_guards (LsDb     *db,
                   gboolean  suspend,
                   GError  **error)
{
  return db->engine->exec (db, suspend ? "SET LOCAL livsskisse.undo = 'on'" : "SET LOCAL livsskisse.undo = 'off'", error);
}

/* The server keeps its own files sound; what can be missing is a table. */
gboolean
_ls_db_pg_check_integrity (LsDb    *db,
                    char   **problem,
                    GError **error)
{
  g_autoptr(GString) missing = g_string_new (NULL);

  *problem = NULL;
  for (guint i = 0; i < G_N_ELEMENTS (schema_tables); i++)
    {
      gboolean found = FALSE;

      if (!has_table (PG (db), schema_tables[i], &found, error))
        return FALSE;
      if (!found)
        g_string_append_printf (missing, "%s%s", missing->len > 0 ? ", " : "", schema_tables[i]);
    }
  if (missing->len > 0)
    *problem = g_strdup_printf (_("tables missing: %s"), missing->str);
  return TRUE;
}

/* Every word as a prefix, all of them: 'w1':* & 'w2':*. The words hold
 * only letters and digits; quotes are doubled all the same. */
char *
_ls_db_pg_search_query (const char * const *words)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (words[i], "'", -1);
      g_autofree char *quoted = g_strjoinv ("''", parts);

      g_string_append_printf (out, "%s'%s':*", i > 0 ? " & " : "", quoted);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* After a copy kept the rows' own ids, new rows are numbered after them. */
gboolean
_ls_db_pg_ids_taken (LsDb       *db,
              const char *table,
              GError    **error)
{
  g_autofree char *value = NULL;
  g_autofree char *sql = g_strdup_printf ("SELECT setval (pg_get_serial_sequence ($1, 'id'),"
                                          " (SELECT coalesce (max (id), 0) + 1 FROM %s), false)", table);

  /* @table is one of the store's own table names, never data. */
  return query_text (PG (db), sql, table, &value, error);
}

