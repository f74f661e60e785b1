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
/* A search: matching names, then matching entry texts (?2 the FTS query,
 * ?3 the limit), each kept only when the person passes the filter, so the
 * limit counts persons who pass. */
#define SEARCH_NAMES   "SELECT p.id FROM person_fts JOIN persons p ON p.id = person_fts.rowid" \
                       " WHERE person_fts MATCH ?2 AND "
#define SEARCH_ENTRIES "SELECT p.id FROM entry_fts JOIN sketch_entries e ON e.id = entry_fts.rowid" \
                       " JOIN sketches s ON s.id = e.sketch_id JOIN persons p ON p.id = s.person_id" \
                       " WHERE entry_fts MATCH ?2 AND "

/* Who passes each filter, as a set of person ids (?1 is the last evaluation
 * date that counts as due). The list walks the persons in name order
 * through their index and keeps those in the set, stopping at the limit:
 * on 100 000 persons, sorting every match by the Norwegian collation took
 * 0.4-0.9 s; walking takes a few ms more than building the set. */
#define SET_IN_CONVERSATION "SELECT person_id FROM sketches WHERE status = 'in-progress'"
#define SET_EVALUATION_DUE  "SELECT person_id FROM decisions" \
                            " WHERE status IN ('issued', 'under-evaluation') AND evaluation_date <= ?1"
#define SET_DRAFTS          "SELECT person_id FROM decisions WHERE status = 'draft'"

/* One person at a time (a search match): through the person's own rows. */
#define ONE_IN_CONVERSATION "EXISTS (SELECT 1 FROM sketches s WHERE s.person_id = p.id AND s.status = 'in-progress')"
#define ONE_EVALUATION_DUE  "EXISTS (SELECT 1 FROM decisions d WHERE d.person_id = p.id" \
                            " AND d.status IN ('issued', 'under-evaluation') AND d.evaluation_date <= ?1)"
#define ONE_DRAFTS          "EXISTS (SELECT 1 FROM decisions d WHERE d.person_id = p.id AND d.status = 'draft')"

#define QUERIES(set, one) { \
    SUMMARY "p.id IN (" set ")" ORDER, \
    "SELECT count(DISTINCT person_id) FROM (" set ")", \
    SEARCH_NAMES one " LIMIT ?3", \
    SEARCH_ENTRIES one }

typedef enum { QUERY_LIST, QUERY_COUNT, QUERY_SEARCH_NAMES, QUERY_SEARCH_ENTRIES, N_QUERIES } QueryKind;

/* Static strings: the statement cache is keyed by their address. */
static const char * const queries[LS_CASELOAD_N_FILTERS][N_QUERIES] = {
  [LS_CASELOAD_ALL] = {
    SUMMARY "1" ORDER, "SELECT count(*) FROM persons", SEARCH_NAMES "1 LIMIT ?3", SEARCH_ENTRIES "1" },
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

      due_by (today, &last);
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
  GDate last;

  g_return_val_if_fail (LS_IS_STORE (self), NULL);
  g_return_val_if_fail (query != NULL, NULL);
  g_return_val_if_fail (filter < LS_CASELOAD_N_FILTERS, NULL);
  g_return_val_if_fail (today != NULL && g_date_valid (today), NULL);

  due_by (today, &last);
  found = _ls_store_search (self, query, limit, queries[filter][QUERY_SEARCH_NAMES],
                            queries[filter][QUERY_SEARCH_ENTRIES], &last, error);
  if (found == NULL)
    return NULL;
  g_ptr_array_sort (found, compare_names);
  return g_steal_pointer (&found);
}
