/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The caseload's questions, answered on its worker's connection. */
#define G_LOG_DOMAIN "ls-caseload-view"

#include "config.h"

#include "ls-caseload-query.h"
#include "ls-person-list.h"
#include "ls-profile.h"
#include "ls-store-persons.h"

void
ls_caseload_query_free (LsCaseloadQuery *query)
{
  ls_store_worker_unref (query->worker);
  g_free (query->query);
  g_clear_pointer (&query->persons, g_ptr_array_unref);
  g_clear_pointer (&query->start, g_ptr_array_unref);
  g_clear_pointer (&query->position_page, g_ptr_array_unref);
  g_free (query);
}

void
ls_caseload_query_run (GTask        *task,
                       gpointer      source,
                       gpointer      task_data,
                       GCancellable *cancellable)
{
  LsCaseloadQuery *query = task_data;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  LsStore *store;

  if (g_task_return_error_if_cancelled (task))
    return;
  store = ls_store_worker_lock (query->worker, &error);
  if (store == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  if (query->count)
    ls_person_list_read_start (store, LS_CASELOAD_ROWS_MADE, &query->n_persons, &query->start, &error);
  if (error != NULL)
    ;
  else if (query->all && query->select_id != 0)
    {
      query->position = ls_store_person_position (store, query->select_id, &error);
      /* Chosen on a row that shows them, not on a placeholder. */
      if (query->position >= 0)
        query->position_page = ls_person_list_read_page (store, query->position / LS_PERSON_LIST_PAGE_SIZE,
                                                         &error);
      /* Not chosen is no reason to show no list. */
      if (error != NULL)
        {
          g_warning ("Could not find the new person in the list: %s", error->message);
          g_clear_error (&error);
        }
    }
  else if (query->all)
    ;
  else if (query->query != NULL)
    query->persons = ls_store_search_caseload (store, query->query, query->filter,
                                               &query->today, LS_CASELOAD_SEARCH_LIMIT, &error);
  else
    {
      query->persons = ls_store_list_caseload (store, query->filter, &query->today,
                                               LS_CASELOAD_FILTER_LIMIT, &error);
      /* Counting reads every match: only when the list was cut short. */
      if (query->persons != NULL && query->persons->len >= LS_CASELOAD_FILTER_LIMIT)
        query->total = ls_store_count_caseload (store, query->filter, &query->today, &error);
      else if (query->persons != NULL)
        query->total = query->persons->len;
    }
  /* The names are shown only once their reading is in the log. */
  if (error == NULL)
    ls_store_audit_person_list (store, &error);
  ls_store_worker_unlock (query->worker);
  ls_profile_span ("caseload query (worker thread)", start);
  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}
