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
                " FROM persons p INDEXED BY persons_sort WHERE "
#define ORDER   " ORDER BY p.sort_name, p.id LIMIT ?3"
#define MATCH   "SELECT 1 FROM persons p WHERE p.id = ?2 AND "

/* Who passes each filter, as a set of person ids (?1 is the last evaluation
 * date that counts as due). The list walks the persons in name order
 * through their index and keeps those in the set, stopping at the limit:
 * on 100 000 persons, sorting every match by the Norwegian collation took
 * 0.4-0.9 s; walking takes a few ms more than building the set. */
#define SET_IN_CONVERSATION "SELECT person_id FROM sketches WHERE status = 'in-progress'"
#define SET_EVALUATION_DUE  "SELECT person_id FROM decisions" \
                            " WHERE status IN ('issued', 'under-evaluation') AND evaluation_date <= ?1"
#define SET_DRAFTS          "SELECT person_id FROM decisions WHERE status = 'draft'"

/* One person at a time (a search result): through the person's own rows. */
#define ONE_IN_CONVERSATION "EXISTS (SELECT 1 FROM sketches s WHERE s.person_id = p.id AND s.status = 'in-progress')"
#define ONE_EVALUATION_DUE  "EXISTS (SELECT 1 FROM decisions d WHERE d.person_id = p.id" \
                            " AND d.status IN ('issued', 'under-evaluation') AND d.evaluation_date <= ?1)"
#define ONE_DRAFTS          "EXISTS (SELECT 1 FROM decisions d WHERE d.person_id = p.id AND d.status = 'draft')"

#define QUERIES(set, one) { \
    SUMMARY "p.id IN (" set ")" ORDER, \
    "SELECT count(DISTINCT person_id) FROM (" set ")", \
    MATCH one }

typedef enum { QUERY_LIST, QUERY_COUNT, QUERY_MATCH, N_QUERIES } QueryKind;

/* Static strings: the statement cache is keyed by their address. */
static const char * const queries[LS_CASELOAD_N_FILTERS][N_QUERIES] = {
  [LS_CASELOAD_ALL] = {
    SUMMARY "1" ORDER, "SELECT count(*) FROM persons", MATCH "1" },
  [LS_CASELOAD_IN_CONVERSATION] = QUERIES (SET_IN_CONVERSATION, ONE_IN_CONVERSATION),
  [LS_CASELOAD_EVALUATION_DUE] = QUERIES (SET_EVALUATION_DUE, ONE_EVALUATION_DUE),
  [LS_CASELOAD_DRAFTS] = QUERIES (SET_DRAFTS, ONE_DRAFTS),
};

static sqlite3_stmt *
prepare (LsStore          *self,
         LsCaseloadFilter  filter,
         QueryKind         kind,
         const GDate      *today,
         GError          **error)
{
  sqlite3_stmt *stmt = _ls_store_statement (self, queries[filter][kind], error);

  if (stmt != NULL && filter == LS_CASELOAD_EVALUATION_DUE)
    {
      GDate last;

      last = *today;
      g_date_add_days (&last, LS_DUE_SOON_DAYS);
      _ls_bind_date (stmt, 1, &last);
    }
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
  sqlite3_stmt *stmt;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  g_return_val_if_fail (filter < LS_CASELOAD_N_FILTERS, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  stmt = prepare (self, filter, QUERY_LIST, today, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 3, limit);
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
  sqlite3_stmt *stmt;
  gint64 count = -1;
  int rc;

  g_return_val_if_fail (LS_IS_STORE (self), -1);
  g_return_val_if_fail (filter < LS_CASELOAD_N_FILTERS, -1);
  g_return_val_if_fail (today != NULL && g_date_valid (today), -1);

  stmt = prepare (self, filter, QUERY_COUNT, today, error);
  if (stmt == NULL)
    return -1;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    count = sqlite3_column_int64 (stmt, 0);
  else
    _ls_store_set_error (self, rc, error);
  sqlite3_reset (stmt);
  return count;
}

static int
passes (LsStore          *self,
        LsCaseloadFilter  filter,
        const GDate      *today,
        gint64            person_id,
        GError          **error)
{
  sqlite3_stmt *stmt = prepare (self, filter, QUERY_MATCH, today, error);
  int rc;

  if (stmt == NULL)
    return -1;
  sqlite3_bind_int64 (stmt, 2, person_id);
  rc = sqlite3_step (stmt);
  sqlite3_reset (stmt);
  if (rc != SQLITE_ROW && rc != SQLITE_DONE)
    {
      _ls_store_set_error (self, rc, error);
      return -1;
    }
  return rc == SQLITE_ROW;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  LsPerson *x = *(LsPerson * const *) a;
  LsPerson *y = *(LsPerson * const *) b;
  g_autofree char *key_x = ls_store_person_sort_name (x);
  g_autofree char *key_y = ls_store_person_sort_name (y);
  int order = _ls_collate_nb_strcmp (key_x, key_y);

  if (order != 0)
    return order;
  return ls_person_get_id (x) < ls_person_get_id (y) ? -1 : ls_person_get_id (x) > ls_person_get_id (y);
}

GPtrArray *
ls_store_search_caseload (LsStore          *self,
                          const char       *query,
                          LsCaseloadFilter  filter,
                          const GDate      *today,
                          guint             limit,
                          GError          **error)
{
  g_autoptr(GPtrArray) found = NULL;
  g_autoptr(GPtrArray) kept = NULL;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (filter < LS_CASELOAD_N_FILTERS, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  /* Ask for more than needed when a filter will drop some. */
  found = ls_store_search_persons (self, query, filter == LS_CASELOAD_ALL ? limit : limit * 4, error);
  if (found == NULL)
    return NULL;
  g_ptr_array_sort (found, compare_names);
  if (filter == LS_CASELOAD_ALL)
    return g_steal_pointer (&found);

  kept = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < found->len && kept->len < limit; i++)
    {
      LsPerson *person = g_ptr_array_index (found, i);
      int ok = passes (self, filter, today, ls_person_get_id (person), error);

      if (ok < 0)
        return NULL;
      if (ok)
        g_ptr_array_add (kept, g_object_ref (person));
    }
  return g_steal_pointer (&kept);
}
