/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-store.h"

G_BEGIN_DECLS

/* For the team lead: who opened a person's data, when, and what
 * (ls_store_list_person_reads(); never the content). */
#define LS_TYPE_PERSON_READS_WINDOW (ls_person_reads_window_get_type ())
G_DECLARE_FINAL_TYPE (LsPersonReadsWindow, ls_person_reads_window, LS, PERSON_READS_WINDOW, AdwWindow)

/* Reads the list of person @person_id of @store (an audited read) on a
 * worker thread; the window fills it when it arrives. */
LsPersonReadsWindow *ls_person_reads_window_new     (GtkWindow           *parent,
                                                     LsStore             *store,
                                                     gint64               person_id);
/* How many openings are listed, for tests. */
guint                ls_person_reads_window_get_n_reads (LsPersonReadsWindow *self);
/* What a kind of audited object is called ("sketch" → "Life sketch");
 * @kind itself for one without a name. */
const char          *ls_person_reads_kind_name      (const char          *kind);

G_END_DECLS
