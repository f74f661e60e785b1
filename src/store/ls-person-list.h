/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ls-store.h"
#include "ls-store-worker.h"

G_BEGIN_DECLS

#define LS_PERSON_LIST_PAGE_SIZE 100

#define LS_TYPE_PERSON_LIST (ls_person_list_get_type ())
G_DECLARE_FINAL_TYPE (LsPersonList, ls_person_list, LS, PERSON_LIST, GObject)

/* A GListModel of LsPerson summaries (id, names, birth date, id number) in
 * Norwegian name order, loaded from the store a page of 100 at a time and
 * only when asked for, so 100 000 persons never load at once. */
LsPersonList *ls_person_list_new                 (LsStore      *store);
/* A list for the window, which never reads on the main thread: empty
 * until ls_person_list_set_start(); a page not read yet shows placeholders
 * (an LsPerson with id 0) and is read on a worker thread with @worker's
 * connection, with "items-changed" when it arrives. */
LsPersonList *ls_person_list_new_on_worker       (LsStoreWorker *worker);
/* On a worker thread: what such a list starts with, the count of persons
 * and the first ones (a GPtrArray of LsPerson), at least @n_shown of them
 * (those a view shows at once; read in whole pages, in one query) or all
 * there are. FALSE with @error. */
gboolean      ls_person_list_read_start          (LsStore      *store,
                                                  guint         n_shown,
                                                  guint        *n_items,
                                                  GPtrArray   **start,
                                                  GError      **error);
/* On the main thread: (re)fills the list with what ls_person_list_read_start
 * read; pages still being read for the list before are dropped. */
void          ls_person_list_set_start           (LsPersonList *self,
                                                  guint         n_items,
                                                  GPtrArray    *start);
/* On a worker thread: the persons of @page (0 is the first 100), for
 * ls_person_list_put_page(). NULL with @error. */
GPtrArray    *ls_person_list_read_page           (LsStore      *store,
                                                  guint         page,
                                                  GError      **error);
/* On the main thread: @persons, read with ls_person_list_read_page after
 * the count ls_person_list_set_start was given, are @page of the list. */
void          ls_person_list_put_page            (LsPersonList *self,
                                                  guint         page,
                                                  GPtrArray    *persons);
/* FALSE for a list on a worker until ls_person_list_set_start(). */
gboolean      ls_person_list_is_counted          (LsPersonList *self);
/* Call after persons were added, changed or deleted (a list on a worker
 * is refilled with ls_person_list_set_start instead). */
void          ls_person_list_reload              (LsPersonList *self);
/* How many pages are held in memory now (at most a few). */
guint         ls_person_list_get_n_cached_pages  (LsPersonList *self);

G_END_DECLS
