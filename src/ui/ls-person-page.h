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
gboolean   ls_person_page_show_person (LsPersonPage *self,
                                       gint64        id,
                                       GError      **error);
void       ls_person_page_show_person_async  (LsPersonPage        *self,
                                              gint64               id,
                                              GCancellable        *cancellable,
                                              GAsyncReadyCallback  callback,
                                              gpointer             user_data);
gboolean   ls_person_page_show_person_finish (LsPersonPage        *self,
                                              GAsyncResult        *result,
                                              GError             **error);
LsPerson  *ls_person_page_get_person  (LsPersonPage *self);

G_END_DECLS
