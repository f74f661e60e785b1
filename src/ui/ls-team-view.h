/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "ls-store.h"

G_BEGIN_DECLS

/* What the team follows: evaluations due in the next 14 days and overdue
 * (so none is forgotten), decisions awaiting approval, drafts, and the
 * outcome figures across the caseload as charts (REFERENCE §11). The
 * figures are read on a worker thread with its own connection. Buttons
 * activate "win.open-decision" and "win.evaluate-decision" (x). */
#define LS_TYPE_TEAM_VIEW (ls_team_view_get_type ())
G_DECLARE_FINAL_TYPE (LsTeamView, ls_team_view, LS, TEAM_VIEW, AdwBin)

GtkWidget *ls_team_view_new             (LsStore    *store);
/* Reads everything again. */
void       ls_team_view_reload          (LsTeamView *self);
/* For tests: the due, approval and draft rows shown, and whether the
 * figures have arrived. */
/* Whether the lists (due evaluations, drafts) are being read. */
gboolean   ls_team_view_is_reading      (LsTeamView *self);
guint      ls_team_view_get_n_due       (LsTeamView *self);
guint      ls_team_view_get_n_approval  (LsTeamView *self);
guint      ls_team_view_get_n_drafts    (LsTeamView *self);
gboolean   ls_team_view_get_figures_ready (LsTeamView *self);

G_END_DECLS
