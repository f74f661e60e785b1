/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-store.h"

G_BEGIN_DECLS

/* The caseworker's views of the caseload: who is in a conversation, whose
 * evaluation is due, who has a draft decision. */
typedef enum
{
  LS_CASELOAD_ALL,
  LS_CASELOAD_MINE,             /* this login is the responsible caseworker */
  LS_CASELOAD_MY_TEAM,          /* in this login's team */
  LS_CASELOAD_IN_CONVERSATION,  /* a life-sketch conversation not finished */
  LS_CASELOAD_EVALUATION_DUE,   /* an issued trial's evaluation date within LS_DUE_SOON_DAYS or past */
  LS_CASELOAD_DRAFTS,           /* a decision still a draft */
} LsCaseloadFilter;

#define LS_CASELOAD_N_FILTERS (LS_CASELOAD_DRAFTS + 1)

/* Up to @limit person summaries (id, names, birth date, id number) that pass
 * @filter on @today, in Norwegian name order. For LS_CASELOAD_ALL use
 * LsPersonList, which pages lazily. */
GPtrArray *ls_store_list_caseload   (LsStore          *self,
                                     LsCaseloadFilter  filter,
                                     const GDate      *today,
                                     guint             limit,
                                     GError          **error);
/* How many persons pass @filter on @today; -1 on error. Reads every
 * person: slower than a page of the list. */
gint64     ls_store_count_caseload  (LsStore          *self,
                                     LsCaseloadFilter  filter,
                                     const GDate      *today,
                                     GError          **error);
/* ls_store_search_persons() restricted to persons that pass @filter on
 * @today: up to @limit of them, however many matches do not pass; in
 * Norwegian name order. */
GPtrArray *ls_store_search_caseload (LsStore          *self,
                                     const char       *query,
                                     LsCaseloadFilter  filter,
                                     const GDate      *today,
                                     guint             limit,
                                     GError          **error);

G_END_DECLS
