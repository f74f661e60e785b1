/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-store.h"

G_BEGIN_DECLS

/* A team lead hands a person over to another team and caseworker
 * (ls_store_move_person(), a recorded act).
 *
 * Signals:
 *   "handed-over" ()  the handover was recorded; the window then closes. */
#define LS_TYPE_HANDOVER_WINDOW (ls_handover_window_get_type ())
G_DECLARE_FINAL_TYPE (LsHandoverWindow, ls_handover_window, LS, HANDOVER_WINDOW, AdwWindow)

/* Lists the teams and their caseworkers of @store, with person
 * @person_id's team @team and caseworker @caseworker (NULL: none) chosen
 * once they have been read (on a worker thread; the handover is saved on
 * one too, and the window is insensitive meanwhile). The handover expects
 * @team and @caseworker to be still the person's: when someone else
 * handed them over since, it is refused and the window shows why. */
LsHandoverWindow *ls_handover_window_new              (GtkWindow        *parent,
                                                       LsStore          *store,
                                                       gint64            person_id,
                                                       const char       *team,
                                                       const char       *caseworker);
/* Chooses @team and its caseworker @login (NULL: none), as the lead
 * would; FALSE when either is not offered. For tests. */
gboolean          ls_handover_window_choose           (LsHandoverWindow *self,
                                                       const char       *team,
                                                       const char       *login);

/* Whether the teams are being read or the handover saved. For tests. */
gboolean          ls_handover_window_is_busy          (LsHandoverWindow *self);

G_END_DECLS
