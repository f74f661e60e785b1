/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ls-store-caseload.h"
#include "ls-store-worker.h"

G_BEGIN_DECLS

/* The most matches a search shows, and a filter. */
#define LS_CASELOAD_SEARCH_LIMIT 50
#define LS_CASELOAD_FILTER_LIMIT 1000
/* How many rows GTK 4.8's list view makes and binds before its first
 * frame, whatever its height: GTK_LIST_VIEW_MAX_LIST_ITEMS (200) and a few
 * around its anchor and focus (205 seen). The whole list starts with at
 * least that many persons read, so no row is bound to a placeholder first
 * and again when its page arrives. */
#define LS_CASELOAD_ROWS_MADE 210

/* One question the caseload sidebar (ls-caseload-view.c) asks on its
 * worker: the whole list (its count and first persons when new, or the page
 * of a person to choose), or the matches of a search and/or a filter. */
typedef struct
{
  LsStoreWorker    *worker;     /* the view's connection on worker threads */
  char             *query;
  LsCaseloadFilter  filter;
  GDate             today;
  GPtrArray        *persons;
  gint64            total;
  gboolean          all;        /* the whole list: the audit row, */
  gboolean          count;      /* and its count and first persons when new */
  guint             n_persons;
  GPtrArray        *start;
  gint64            select_id;  /* a person to choose in the whole list, */
  gint64            position;   /* found there by the worker (or -1), */
  GPtrArray        *position_page;  /* with the persons of its page */
  gint64            started;    /* for LIVSSKISSE_PROFILE */
} LsCaseloadQuery;

void ls_caseload_query_free (LsCaseloadQuery *query);
/* A GTaskThreadFunc answering the task's LsCaseloadQuery (its task data)
 * with store calls only; the list read is in the audit log before the
 * task returns TRUE. */
void ls_caseload_query_run  (GTask           *task,
                             gpointer         source,
                             gpointer         task_data,
                             GCancellable    *cancellable);

G_END_DECLS
