/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ls-store.h"

G_BEGIN_DECLS

#define LS_PERSON_LIST_PAGE_SIZE 100

#define LS_TYPE_PERSON_LIST (ls_person_list_get_type ())
G_DECLARE_FINAL_TYPE (LsPersonList, ls_person_list, LS, PERSON_LIST, GObject)

/* A GListModel of LsPerson summaries (id, names, birth date, id number) in
 * Norwegian name order, loaded from the store a page of 100 at a time and
 * only when asked for, so 100 000 persons never load at once. */
LsPersonList *ls_person_list_new                 (LsStore      *store);
/* Call after persons were added, changed or deleted. */
void          ls_person_list_reload              (LsPersonList *self);
/* How many pages are held in memory now (at most a few). */
guint         ls_person_list_get_n_cached_pages  (LsPersonList *self);

G_END_DECLS
