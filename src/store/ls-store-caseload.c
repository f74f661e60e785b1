/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The caseload's filtered views: the same person summaries as the person
 * repository, restricted by what is going on in each person's case. */
#define G_LOG_DOMAIN "ls-store"

#include "ls-due.h"
#include "ls-person.h"
#include "ls-store-caseload.h"
#include "ls-store-persons.h"
#include "ls-store-private.h"

#define SUMMARY "SELECT p.id, p.given_name, p.family_name, p.birth_date, p.national_id" \
                " FROM @PERSONS_BY_NAME@ WHERE "
#define ORDER   " ORDER BY p.sort_key, p.id LIMIT ?3"
/* A search (LS_STORE_SEARCH_STATEMENT): persons who match (?2 the engine's
 * query, ?3 the limit) and pass the filter, the first in name order. */

/* Who passes each filter, as a set of person ids (?1 is the last evaluation
 * date that counts as due). The list walks the persons in name order
 * through their index and keeps those in the set, stopping at the limit:
 * on 100 000 persons, sorting every match by the Norwegian collation took
 * 0.4-0.9 s; walking takes a few ms more than building the set. */
#define SET_IN_CONVERSATION "SELECT person_id FROM sketches WHERE status = 'in-progress'"
#define SET_EVALUATION_DUE  "SELECT person_id FROM decisions" \
                            " WHERE status IN ('issued', 'under-evaluation') AND evaluation_date <= ?1"
#define SET_DRAFTS          "SELECT person_id FROM decisions WHERE status = 'draft'"
/* Who is mine and my team's (?4 this login, ?5 whom a person without a
 * responsible caseworker is: the desk's user on a desk, nobody on a
 * server; a person without a team is in the default one). */
#define MINE(p)             "coalesce (" p "caseworker, ?5) = ?4"
#define DEFAULT_TEAM        "(SELECT id FROM teams WHERE is_default = 1)"
#define MY_TEAM(p)          "coalesce (" p "team_id, " DEFAULT_TEAM ") = coalesce ((SELECT team_id FROM caseworkers" \
                            " WHERE login = ?4 AND role <> 'admin'), " DEFAULT_TEAM ")"
#define SET_MINE            "SELECT id AS person_id FROM persons WHERE " MINE ("")
#define SET_MY_TEAM         "SELECT id AS person_id FROM persons WHERE " MY_TEAM ("")

/* One person at a time (a search match): through the person's own rows. */
#define ONE_IN_CONVERSATION "EXISTS (SELECT 1 FROM sketches s WHERE s.person_id = p.id AND s.status = 'in-progress')"
#define ONE_EVALUATION_DUE  "EXISTS (SELECT 1 FROM decisions d WHERE d.person_id = p.id" \
                            " AND d.status IN ('issued', 'under-evaluation') AND d.evaluation_date <= ?1)"
#define ONE_MINE            MINE ("p.")
#define ONE_MY_TEAM         MY_TEAM ("p.")
#define ONE_DRAFTS          "EXISTS (SELECT 1 FROM decisions d WHERE d.person_id = p.id AND d.status = 'draft')"

#define QUERIES(set, one) { \
    SUMMARY "p.id IN (" set ")" ORDER, \
    "SELECT count(DISTINCT person_id) FROM (" set ") AS s", \
    LS_STORE_SEARCH_STATEMENT (one) }

typedef enum { QUERY_LIST, QUERY_COUNT, QUERY_SEARCH, N_QUERIES } QueryKind;

/* Static strings: the statement cache is keyed by their address. */
static const char * const queries[LS_CASELOAD_N_FILTERS][N_QUERIES] = {
  [LS_CASELOAD_ALL] = {
    SUMMARY "TRUE" ORDER, "SELECT count(*) FROM persons", LS_STORE_SEARCH_STATEMENT ("TRUE") },
  [LS_CASELOAD_MINE] = QUERIES (SET_MINE, ONE_MINE),
  [LS_CASELOAD_MY_TEAM] = QUERIES (SET_MY_TEAM, ONE_MY_TEAM),
  [LS_CASELOAD_IN_CONVERSATION] = QUERIES (SET_IN_CONVERSATION, ONE_IN_CONVERSATION),
  [LS_CASELOAD_EVALUATION_DUE] = QUERIES (SET_EVALUATION_DUE, ONE_EVALUATION_DUE),
  [LS_CASELOAD_DRAFTS] = QUERIES (SET_DRAFTS, ONE_DRAFTS),
};

/* The last evaluation date that counts as due on @today. */
static void
due_by (const GDate *today,
        GDate       *last)
{
  *last = *today;
  g_date_add_days (last, LS_DUE_SOON_DAYS);
}

static LsStmt *
prepare (LsStore          *self,
         LsCaseloadFilter  filter,
         QueryKind         kind,
         const GDate      *today,
         GError          **error)
{
  LsStmt *stmt = _ls_store_statement (self, queries[filter][kind], error);

  if (stmt != NULL && filter == LS_CASELOAD_EVALUATION_DUE)
    {
      GDate last;

      due_by (today, &last);
      _ls_bind_date (stmt, 1, &last);
    }
  if (stmt != NULL)
    _ls_store_bind_me (self, stmt, 4);
  return stmt;
}

GPtrArray *
ls_store_list_caseload (LsStore          *self,
                        LsCaseloadFilter  filter,
                        const GDate      *today,
                        guint             limit,
                        GError          **error)
{
  g_autoptr(GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  LsStmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  g_return_val_if_fail (filter < LS_CASELOAD_N_FILTERS, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  stmt = prepare (self, filter, QUERY_LIST, today, error);
  if (stmt == NULL)
    return NULL;
  ls_db_bind_int64 (stmt, 3, limit);
  if (!_ls_store_collect_rows (self, stmt, _ls_store_person_from_row, persons, error))
    return NULL;
  return g_steal_pointer (&persons);
}

gint64
ls_store_count_caseload (LsStore          *self,
                         LsCaseloadFilter  filter,
                         const GDate      *today,
                         GError          **error)
{
  LsStmt *stmt;
  gint64 count = -1;
  LsDbStep rc;

  g_return_val_if_fail (LS_IS_STORE (self), -1);
  g_return_val_if_fail (filter < LS_CASELOAD_N_FILTERS, -1);
  g_return_val_if_fail (today != NULL && g_date_valid (today), -1);

  stmt = prepare (self, filter, QUERY_COUNT, today, error);
  if (stmt == NULL)
    return -1;
  rc = ls_db_step (stmt, error);
  if (rc == LS_DB_ROW)
    count = ls_db_column_int64 (stmt, 0);
  ls_db_reset (stmt);
  return count;
}

GPtrArray *
ls_store_search_caseload (LsStore          *self,
                          const char       *query,
                          LsCaseloadFilter  filter,
                          const GDate      *today,
                          guint             limit,
                          GError          **error)
{
  GDate last;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (filter < LS_CASELOAD_N_FILTERS, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  due_by (today, &last);
  return _ls_store_search (self, query, limit, queries[filter][QUERY_SEARCH], &last, error);
}
