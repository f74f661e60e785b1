/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-decision.h"

G_BEGIN_DECLS

/* The card at the head of the decision editor (ls-decision-editor.h):
 * where the decision stands — a draft, issued on a date by someone, or
 * no longer in force — and what may follow it: Evaluate (an issued trial
 * decision), Make a Correction (an issued one) and Show the Decision
 * Before. It only shows the decision; the editor does what is asked.
 *
 * Signals: "evaluate", "correct", "previous". */

#define LS_TYPE_DECISION_STATUS_CARD (ls_decision_status_card_get_type ())
G_DECLARE_FINAL_TYPE (LsDecisionStatusCard, ls_decision_status_card, LS, DECISION_STATUS_CARD, GtkWidget)

GtkWidget *ls_decision_status_card_new          (void);
/* Says where @decision stands and offers what may follow it. */
void       ls_decision_status_card_set_decision (LsDecisionStatusCard *self,
                                                 LsDecision           *decision);
/* @text instead of where the decision stands, until the next
 * set_decision: "Saving…" while a correction is saved, or the store's
 * sentence when it was refused. */
void       ls_decision_status_card_say          (LsDecisionStatusCard *self,
                                                 const char           *text);

G_END_DECLS
