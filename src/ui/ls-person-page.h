/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-person.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* Signals:
 *   "conversation-requested" (gint64 person_id, gint64 sketch_id)
 *       start (sketch_id 0) or continue a conversation. */

#define LS_TYPE_PERSON_PAGE (ls_person_page_get_type ())
G_DECLARE_FINAL_TYPE (LsPersonPage, ls_person_page, LS, PERSON_PAGE, GtkWidget)

GtkWidget *ls_person_page_new         (void);
void       ls_person_page_set_store   (LsPersonPage *self,
                                       LsStore      *store);
/* Reads person @id (an audited read) and what the page shows of them: an
 * LsUiLoadFunc (store calls only, any thread). */
gpointer   ls_person_page_load        (LsStore      *store,
                                       gint64        id,
                                       GError      **error);
void       ls_person_page_data_free   (gpointer      data);
/* Main thread: shows what ls_person_page_load() read. */
void       ls_person_page_apply       (LsPersonPage *self,
                                       gpointer      data);
LsPerson  *ls_person_page_get_person  (LsPersonPage *self);

G_END_DECLS
