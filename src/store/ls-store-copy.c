/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Copying a whole database to another, of either engine, table by table
 * through the seam, keeping every id. */
#define G_LOG_DOMAIN "ls-store"

#include <glib/gi18n.h>

#include "ls-store-copy.h"
#include "ls-store-private.h"

/* The tables in an order that satisfies every reference, with their
 * columns (binary ones marked *). Decisions are written as drafts without
 * their predecessor first: the rules that keep an issued decision, its
 * goals and measures unchanged would refuse the rows that follow, so the
 * chain and the status are set after them (see copy_decision_tail).
 * Rows keep their versions (a copy is not a change). */
typedef struct
{
  const char *table;
  const char *columns;
  const char *fixed;   /* "column = literal" for every row, or NULL */
} Table;

static const Table catalogs[] = {
  { "domains", "key, position, name, name_nb, name_nn, prompt, prompt_nb, prompt_nn, icf, iplos" },
  { "services", "key, position, name, name_nb, name_nn, legal_basis, unit" },
  { "iplos_variables", "key, position, name, name_nb" },
  { "booking_rules", "id, deadline_working_days, deadline_time" },
};

static const Table before_decisions[] = {
  { "persons", "id, uid, given_name, family_name, *sort_key, birth_date, national_id, phone, email, address,"
               " representative_name, representative_relation, plain_language, pictograms, interpreter_language,"
               " consent_share, consent_plan, written_language, version" },
  { "cases", "id, uid, person_id, case_number, received, applied_for, applied_by, channel, status, version" },
  { "sketches", "id, uid, person_id, case_id, date, status, agreements, priorities, version" },
  { "sketch_participants", "sketch_id, position, name, role, contribution" },
  { "sketch_readings", "sketch_id, domain_key, self_rating, pictogram, caseworker_rating, skipped, version" },
  { "sketch_entries", "id, uid, sketch_id, domain_key, kind, author, environment, position, text, version" },
  { "provider_units", "id, name, bookings_changed" },
  { "provider_slots", "id, unit_id, weekday, start_minute, end_minute, staff" },
};

/* Drafts first: status and predecessor follow. */
static const Table decisions =
  { "decisions", "id, uid, person_id, case_id, sketch_id, type, start_date, end_date, evaluation_date,"
                 " grounds, legal_basis, prepared_by, approved_by, issued_by, issued_date, change_reason, notice_sent,"
                 " notice_deadline, notice_answer, notice_no_answer, version", "status = 'draft'" };

static const Table under_decisions[] = {
  { "goals", "id, uid, decision_id, position, text, level_minus_2, level_minus_1, level_0, level_plus_1,"
             " level_plus_2, baseline, weight, domain_key, need_entry_id, version" },
  { "measures", "id, uid, decision_id, position, service_key, extent, unit, provider, start_date, end_date,"
                " granted, refusal_grounds, version" },
};

static const Table after_decisions[] = {
  { "evaluations", "id, uid, decision_id, date, person_view, measures_view, outcome, t_score, version" },
  { "evaluation_scores", "evaluation_id, goal_id, score, weight" },
  { "service_plans", "id, uid, person_id, decision_id, goals, coordinator, implementation, period_start,"
                     " period_end, revision_date, consent_plan, consent_share, cooperation, version" },
  { "service_plan_participants", "plan_id, position, name, role, contribution" },
  { "issued_documents", "decision_id, kind, plan_id, *pdf, created" },
  { "bookings", "id, uid, measure_id, unit_id, start, minutes, weekly_until, status, sequence, changed,"
                 " changed_by" },
  { "booking_refusals", "id, booking_id, measure_id, day, refused, kind" },
  { "audit", "id, at, os_user, display_name, person_id, object_type, object_id, action, hash" },
  /* The audit's chain goes along as it is: `check` verifies it on both. */
  { "audit_chain", "id, last_id, hash" },
};

/* Tables whose new rows take ids after the copied ones. */
static const char * const with_ids[] = {
  "persons", "cases", "sketches", "sketch_entries", "decisions", "goals", "measures", "evaluations",
  "service_plans", "audit", "provider_units", "provider_slots", "bookings",
  "booking_refusals",
};

static gboolean
copy_table (LsStore     *from,
            LsStore     *to,
            const Table *table,
            GError     **error)
{
  g_auto(GStrv) columns = g_strsplit (table->columns, ",", -1);
  guint n = g_strv_length (columns);
  g_autofree gboolean *binary = g_new0 (gboolean, n);
  g_autoptr(GString) names = g_string_new (NULL);
  g_autoptr(GString) params = g_string_new (NULL);
  g_autofree char *select = NULL;
  g_autofree char *insert = NULL;
  LsDbStmt *read = NULL, *write = NULL;
  LsDbStep step;
  gboolean ok = FALSE;

  for (guint i = 0; i < n; i++)
    {
      char *name = g_strstrip (columns[i]);

      binary[i] = name[0] == '*';
      g_string_append_printf (names, "%s%s", i > 0 ? ", " : "", binary[i] ? name + 1 : name);
      g_string_append_printf (params, "%s?%u", i > 0 ? ", " : "", i + 1);
    }
  /* Built from the static table list above, never from data. */
  select = g_strdup_printf ("SELECT %s FROM %s", names->str, table->table);
  if (table->fixed != NULL)
    {
      g_auto(GStrv) fixed = g_strsplit (table->fixed, " = ", 2);

      g_string_append_printf (names, ", %s", fixed[0]);
      g_string_append_printf (params, ", %s", fixed[1]);
    }
  insert = g_strdup_printf ("INSERT INTO %s (%s) VALUES (%s)", table->table, names->str, params->str);
  read = ls_db_prepare (from->db, select, error);
  write = read != NULL ? ls_db_prepare (to->db, insert, error) : NULL;
  if (write == NULL)
    goto out;
  while ((step = ls_db_step (read, error)) == LS_DB_ROW)
    {
      ls_db_reset (write);
      for (guint i = 0; i < n; i++)
        {
          if (ls_db_column_is_null (read, i))
            ls_db_bind_null (write, i + 1);
          else if (binary[i])
            {
              gsize size = 0;
              const void *data = ls_db_column_blob (read, i, &size);

              ls_db_bind_blob (write, i + 1, data, size);
            }
          else
            ls_db_bind_text (write, i + 1, ls_db_column_text (read, i));
        }
      if (ls_db_step (write, error) == LS_DB_ERROR)
        goto out;
    }
  ok = step == LS_DB_DONE;

out:
  g_clear_pointer (&read, ls_db_finalize);
  g_clear_pointer (&write, ls_db_finalize);
  return ok;
}

static gboolean
copy_tables (LsStore     *from,
             LsStore     *to,
             const Table *tables,
             guint        n,
             GError     **error)
{
  for (guint i = 0; i < n; i++)
    if (!copy_table (from, to, &tables[i], error))
      return FALSE;
  return TRUE;
}

/* Each decision's predecessor, then (with its goals and measures in
 * place) its status. */
static gboolean
copy_decision_tail (LsStore  *from,
                    LsStore  *to,
                    GError  **error)
{
  static const char * const updates[] = {
    "UPDATE decisions SET previous_id = ?2 WHERE id = ?1",
    "UPDATE decisions SET status = ?2 WHERE id = ?1",
  };
  static const char * const selects[] = {
    "SELECT id, previous_id FROM decisions WHERE previous_id IS NOT NULL",
    "SELECT id, status FROM decisions",
  };

  for (guint k = 0; k < G_N_ELEMENTS (updates); k++)
    {
      LsDbStmt *read = ls_db_prepare (from->db, selects[k], error);
      LsDbStmt *write = read != NULL ? ls_db_prepare (to->db, updates[k], error) : NULL;
      LsDbStep step = LS_DB_ERROR;

      while (write != NULL && (step = ls_db_step (read, error)) == LS_DB_ROW)
        {
          ls_db_reset (write);
          ls_db_bind_int64 (write, 1, ls_db_column_int64 (read, 0));
          ls_db_bind_text (write, 2, ls_db_column_text (read, 1));
          if (ls_db_step (write, error) == LS_DB_ERROR)
            {
              step = LS_DB_ERROR;
              break;
            }
        }
      g_clear_pointer (&read, ls_db_finalize);
      g_clear_pointer (&write, ls_db_finalize);
      if (step != LS_DB_DONE)
        return FALSE;
      /* Goals and measures go in while every decision is still a draft. */
      if (k == 0 && !copy_tables (from, to, under_decisions, G_N_ELEMENTS (under_decisions), error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
is_empty (LsStore  *store,
          GError  **error)
{
  gint64 rows = 0;

  if (!_ls_store_query_id (store, "SELECT (SELECT count(*) FROM persons) + (SELECT count(*) FROM audit)",
                           &rows, error))
    return FALSE;
  if (rows > 0)
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID,
                   _("The database “%s” already holds cases; a copy goes only into an empty database"),
                   ls_store_get_path (store));
      return FALSE;
    }
  return TRUE;
}

gboolean
ls_store_copy_all (LsStore  *from,
                   LsStore  *to,
                   GError  **error)
{
  g_return_val_if_fail (LS_IS_STORE (from) && LS_IS_STORE (to), FALSE);

  if (ls_store_get_schema_version (from) != ls_store_get_latest_version ()
      || ls_store_get_schema_version (to) != ls_store_get_latest_version ())
    {
      g_set_error (error, LS_STORE_ERROR, LS_STORE_ERROR_INVALID,
                   _("Both databases must be at schema %u to be copied; open each with this version first"),
                   ls_store_get_latest_version ());
      return FALSE;
    }
  if (!is_empty (to, error) || !ls_store_begin_batch (to, error))
    return FALSE;
  /* The reading side sees one moment of the source. */
  if (!_ls_store_begin (from, error))
    {
      ls_store_cancel_batch (to);
      return FALSE;
    }
  if (!_ls_store_exec (to, "DELETE FROM domains; DELETE FROM services; DELETE FROM iplos_variables;"
                         " DELETE FROM booking_rules; DELETE FROM audit_chain", error)
      || !copy_tables (from, to, catalogs, G_N_ELEMENTS (catalogs), error)
      || !copy_tables (from, to, before_decisions, G_N_ELEMENTS (before_decisions), error)
      || !copy_table (from, to, &decisions, error)
      || !copy_decision_tail (from, to, error)
      || !copy_tables (from, to, after_decisions, G_N_ELEMENTS (after_decisions), error))
    goto fail;
  for (guint i = 0; i < G_N_ELEMENTS (with_ids); i++)
    if (to->db->engine->ids_taken != NULL && !to->db->engine->ids_taken (to->db, with_ids[i], error))
      goto fail;
  _ls_store_rollback (from);
  return ls_store_end_batch (to, error);

fail:
  _ls_store_rollback (from);
  ls_store_cancel_batch (to);
  return FALSE;
}

char *
ls_store_describe_counts (LsStore  *store,
                          GError  **error)
{
  const Table *groups[] = { catalogs, before_decisions, &decisions, under_decisions, after_decisions };
  const guint sizes[] = { G_N_ELEMENTS (catalogs), G_N_ELEMENTS (before_decisions), 1,
                          G_N_ELEMENTS (under_decisions), G_N_ELEMENTS (after_decisions) };
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  for (guint g = 0; g < G_N_ELEMENTS (groups); g++)
    for (guint i = 0; i < sizes[g]; i++)
      {
        g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", groups[g][i].table);
        LsDbStmt *stmt = ls_db_prepare (store->db, sql, error);
        LsDbStep step = stmt != NULL ? ls_db_step (stmt, error) : LS_DB_ERROR;

        if (step == LS_DB_ROW)
          g_string_append_printf (out, "%s\t%" G_GINT64_FORMAT "\n", groups[g][i].table,
                                  ls_db_column_int64 (stmt, 0));
        g_clear_pointer (&stmt, ls_db_finalize);
        if (step != LS_DB_ROW)
          return NULL;
      }
  return g_string_free (g_steal_pointer (&out), FALSE);
}
