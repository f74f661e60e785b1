/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-store.h"

G_BEGIN_DECLS

/* On the person page: who is responsible for the person ("Responsible:
 * name · team"), and for a team lead a button to hand the person over
 * (LsHandoverWindow) and to see who opened the person's data
 * (LsPersonReadsWindow). */
#define LS_TYPE_PERSON_RESPONSIBLE (ls_person_responsible_get_type ())
G_DECLARE_FINAL_TYPE (LsPersonResponsible, ls_person_responsible, LS, PERSON_RESPONSIBLE, GtkWidget)

/* What the row shows, read in one go (any thread, store calls only). */
typedef struct _LsResponsibleRead LsResponsibleRead;

LsResponsibleRead *ls_person_responsible_read      (LsStore             *store,
                                                    gint64               person_id);
void               ls_responsible_read_free        (LsResponsibleRead   *read);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsResponsibleRead, ls_responsible_read_free)

GtkWidget         *ls_person_responsible_new       (void);
/* Main thread: shows @read (taken) for person @person_id of @store. */
void               ls_person_responsible_show      (LsPersonResponsible *self,
                                                    LsStore             *store,
                                                    gint64               person_id,
                                                    LsResponsibleRead   *read);
/* Reads and shows person @person_id of @store, on this thread. */
void               ls_person_responsible_set_person (LsPersonResponsible *self,
                                                     LsStore             *store,
                                                     gint64               person_id);
/* The line shown, for tests. */
const char        *ls_person_responsible_get_text  (LsPersonResponsible *self);
/* Opens the handover window, as "Hand Over…" does; NULL unless the
 * signed-in login is a lead. */
GtkWindow         *ls_person_responsible_hand_over (LsPersonResponsible *self);
/* Opens the list of who opened the person's data, as "Who Opened…"
 * does; NULL unless the signed-in login is a lead. */
GtkWindow         *ls_person_responsible_show_reads (LsPersonResponsible *self);

G_END_DECLS
