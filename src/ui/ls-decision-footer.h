/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The foot of the decision editor (ls-decision-editor.h): what the draft
 * still lacks, a button for each act this login may do on the decision —
 * Approve, Issue (confirmed in place, as it cannot be undone), the service
 * plan and the two letters — and one line for what is under way, what
 * stops the issuing or what went wrong. It knows neither the store nor the
 * decision: the editor says what may be done and why not, and does what
 * is asked.
 *
 * Signals: "approve", "issue" (the issuing confirmed), "service-plan" and
 * "letter" (the LsDocumentKind to print: the decision letter or the
 * easy-read letter). */

#define LS_TYPE_DECISION_FOOTER (ls_decision_footer_get_type ())
G_DECLARE_FINAL_TYPE (LsDecisionFooter, ls_decision_footer, LS, DECISION_FOOTER, GtkWidget)

GtkWidget *ls_decision_footer_new             (void);
/* The buttons for what this login may do: Approve and Issue only on a
 * draft it may change (@editable) and only when it may; @reasons (one per
 * line) why it may not, or NULL. A confirmation under way ends. */
void       ls_decision_footer_set_acts        (LsDecisionFooter *self,
                                               gboolean          editable,
                                               gboolean          may_approve,
                                               gboolean          may_issue,
                                               const char       *reasons);
/* What the draft still lacks (const char *, one line each) and why it
 * cannot be issued now (NULL when it can), said when @editable; the Issue
 * button is off while there is a reason, which is also its description
 * for screen readers. */
void       ls_decision_footer_set_issue_state (LsDecisionFooter *self,
                                               GPtrArray        *missing,
                                               const char       *blocker,
                                               gboolean          editable);
/* An act is on its way to the store. */
void       ls_decision_footer_show_saving     (LsDecisionFooter *self);
/* The store's sentence when a save or an act failed; a confirmation
 * under way ends. */
void       ls_decision_footer_show_error      (LsDecisionFooter *self,
                                               const char       *message);

G_END_DECLS
