/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-outcomes.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* The outcomes across the caseload the team view shows: evaluations on
 * time, GAS T-scores at evaluation, the change in self-rating per life
 * area, and hours granted before and after an adjustment. */
typedef struct _LsTeamFigures LsTeamFigures;

/* An LsUiReadFunc (any thread, store calls only): the figures of the
 * whole caseload on @today (a GDate *). */
gpointer   ls_team_figures_read      (LsStore             *store,
                                      gpointer             today,
                                      GError             **error);
void       ls_team_figures_free      (gpointer             figures);
/* Adds the charts and a summary in words to @box; @domains (LsDomain)
 * name and order the life areas. */
void       ls_team_figures_show      (const LsTeamFigures *figures,
                                      GListModel          *domains,
                                      GtkBox              *box);
/* A sentence in the figures' place (while they are read, or why they
 * could not be): it wraps. */
GtkWidget *ls_team_figures_label_new (const char          *text);

G_END_DECLS
