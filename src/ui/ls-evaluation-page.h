/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>
#include "ls-decision.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* The evaluation of an issued (trial) decision on its evaluation date:
 * each goal scored on its own GAS scale with the T-score shown as the
 * scores are set, the person's own view in their words, how the measures
 * worked, new sketch readings compared on the wheel, and the outcome.
 * "finished" (gint64 decision id, gint64 next decision id or 0) when the
 * evaluation is saved; continue and adjust have made the next draft. */
#define LS_TYPE_EVALUATION_PAGE (ls_evaluation_page_get_type ())
G_DECLARE_FINAL_TYPE (LsEvaluationPage, ls_evaluation_page, LS, EVALUATION_PAGE, AdwBin)

/* Reads decision @decision_id and the sketches to compare: an
 * LsUiLoadFunc (store calls only, any thread); NULL with @error when it
 * cannot be read or evaluated (not issued). */
gpointer   ls_evaluation_page_load          (LsStore          *store,
                                             gint64            decision_id,
                                             GError          **error);
void       ls_evaluation_page_data_free     (gpointer          data);
/* Main thread: the page for what ls_evaluation_page_load() read (it takes
 * what it keeps from @data; free @data after). */
GtkWidget *ls_evaluation_page_new_from_data (LsStore          *store,
                                             gpointer          data);
/* The same, read here and now; NULL with @error when the decision cannot
 * be evaluated (not issued). */
GtkWidget *ls_evaluation_page_new         (LsStore          *store,
                                           gint64            decision_id,
                                           GError          **error);
/* The decision evaluated. */
LsDecision *ls_evaluation_page_get_decision (LsEvaluationPage *self);
/* The T-score as shown, NAN before any score. */
double     ls_evaluation_page_get_t_score (LsEvaluationPage *self);
/* Sets the score of goal @index (0-based), as clicking its level does. */
void       ls_evaluation_page_set_score   (LsEvaluationPage *self,
                                           guint             index,
                                           int               score);

/* After "finished": what the saved outcome did, for a toast ("…the next
 * decision is a draft, ready to adjust."); NULL before. */
const char *ls_evaluation_page_get_saved_message (LsEvaluationPage *self);

G_END_DECLS
