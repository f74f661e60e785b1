/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-person.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* Inserts @person when its id is 0 (and sets the id), else updates it. */
gboolean   ls_store_save_person    (LsStore     *self,
                                    LsPerson    *person,
                                    GError     **error);
/* Everything held about one person; writes a "read" audit row. */
LsPerson  *ls_store_load_person    (LsStore     *self,
                                    gint64       id,
                                    GError     **error);
/* Deletes the person with all sketches, decisions and plans; the audit
 * rows stay. */
gboolean   ls_store_delete_person  (LsStore     *self,
                                    gint64       id,
                                    GError     **error);
/* -1 on error. */
gint64     ls_store_count_persons  (LsStore     *self,
                                    GError     **error);

/* Persons whose names (or id number) start with the words of @query, then
 * persons with sketch entries containing them; at most @limit, as list
 * summaries (id, names, birth date, id number). Each word is a prefix.
 * Read in one transaction with one "read" audit row for the list. */
GPtrArray *ls_store_search_persons (LsStore     *self,
                                    const char  *query,
                                    guint        limit,
                                    GError     **error);

/* Every person summary in Norwegian name order, read in one transaction
 * with one "read" audit row for the whole list; NULL (and nothing read)
 * when the audit row could not be written. */
GPtrArray *ls_store_list_persons      (LsStore    *self,
                                       GError    **error);
/* Up to @limit person summaries in Norwegian name order after the person
 * @after (as saved: its id and names); NULL for the first page. */
GPtrArray *ls_store_list_persons_page (LsStore    *self,
                                       LsPerson   *after,
                                       guint       limit,
                                       GError    **error);
/* Same, starting at row @offset (slower deep down; for jumps only). */
GPtrArray *ls_store_list_persons_at   (LsStore    *self,
                                       guint       offset,
                                       guint       limit,
                                       GError    **error);
/* Where the person @id is in that order: how many persons come before
 * them. -1 on error (LS_STORE_ERROR_NOT_FOUND when there is no such
 * person). */
gint64     ls_store_person_position   (LsStore    *self,
                                       gint64      id,
                                       GError    **error);
/* The key the list is ordered by (ls_sort_key_for_name()). */
GBytes    *ls_store_person_sort_key   (LsPerson   *person);

G_END_DECLS
