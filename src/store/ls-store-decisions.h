/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-decision.h"
#include "ls-evaluation.h"
#include "ls-service-plan.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* Saves a draft decision with its goals and measures (new goals and
 * measures get ids). Anything but a draft is refused with
 * LS_STORE_ERROR_NOT_EDITABLE: an issued decision is never changed. The
 * decision with its goals and measures is one document: saved only while
 * the decision's row still has the version @decision was read or last
 * saved with (else LS_STORE_ERROR_CONFLICT, nothing written), and
 * @decision gets the new version. */
gboolean    ls_store_save_decision       (LsStore          *self,
                                          LsDecision       *decision,
                                          GError          **error);
/* Issues a saved draft after ls_decision_check_issue() (dates present and in
 * order; with @four_eyes the issuer is not the one who prepared it), only
 * while its row still has @decision's version (else
 * LS_STORE_ERROR_CONFLICT); on success @decision holds the new status,
 * issuer, date and version. */
gboolean    ls_store_issue_decision      (LsStore          *self,
                                          LsDecision       *decision,
                                          const char       *issued_by,
                                          const GDate      *issued_date,
                                          gboolean          four_eyes,
                                          GError          **error);
/* Writes what @decision_id sent (ls_store_save_issued_document()) inside
 * the transaction that issues it, after the decision reads as issued. */
typedef gboolean (*LsIssueFreezeFunc) (LsStore  *store,
                                       gint64    decision_id,
                                       gpointer  user_data,
                                       GError  **error);
/* Issues @decision as ls_store_issue_decision() does (and, with
 * @supersede, as ls_store_issue_and_supersede()) and calls @freeze in the
 * same transaction: the decision is issued together with its documents or
 * not at all. */
gboolean    ls_store_issue_decision_frozen (LsStore           *self,
                                            LsDecision        *decision,
                                            const char        *issued_by,
                                            const GDate       *issued_date,
                                            gboolean           four_eyes,
                                            gboolean           supersede,
                                            LsIssueFreezeFunc  freeze,
                                            gpointer           user_data,
                                            GError           **error);
/* The documents an issued decision sent, as PDF, kept unchanged: @kind is
 * "decision", "easy-read" or "service-plan" (@plan_id: the plan it shows,
 * else 0). A document is stored once and never replaced. */
gboolean    ls_store_save_issued_document (LsStore     *self,
                                           gint64       decision_id,
                                           const char  *kind,
                                           gint64       plan_id,
                                           GBytes      *pdf,
                                           GError     **error);
/* The stored document, or NULL (without @error) when there is none;
 * @plan_id (may be NULL) receives the plan it shows. */
GBytes     *ls_store_load_issued_document (LsStore     *self,
                                           gint64       decision_id,
                                           const char  *kind,
                                           gint64      *plan_id,
                                           GError     **error);
/* Moves @decision on (under evaluation, superseded, ended) as the state
 * machine allows; not to "issued" (use ls_store_issue_decision()). Only
 * while its row still has the version @decision was read or last saved
 * with (else LS_STORE_ERROR_CONFLICT); @decision gets the new version, but
 * its status property is left to the caller. */
gboolean    ls_store_set_decision_status (LsStore          *self,
                                          LsDecision       *decision,
                                          LsDecisionStatus  status,
                                          GError          **error);
LsDecision *ls_store_load_decision       (LsStore          *self,
                                          gint64            id,
                                          GError          **error);
/* The decisions of @person_id (all persons when 0), oldest first, without
 * goals and measures. */
GPtrArray  *ls_store_list_decisions      (LsStore          *self,
                                          gint64            person_id,
                                          GError          **error);
/* The ids of the decisions after @after_id, in id order, at most @limit:
 * every one with @drafts, else those issued (any status but draft). Ids
 * only, so no audit row: each decision read afterwards logs its own. */
GArray     *ls_store_list_decision_ids   (LsStore          *self,
                                          gint64            after_id,
                                          guint             limit,
                                          gboolean          drafts,
                                          GError          **error);
/* How many ls_store_list_decision_ids() gives from the start; -1 on error. */
gint64      ls_store_count_decisions     (LsStore          *self,
                                          gboolean          drafts,
                                          GError          **error);
/* Only a draft can be deleted. */
gboolean    ls_store_delete_decision     (LsStore          *self,
                                          gint64            id,
                                          GError          **error);

/* Evaluations of a decision; the T-score is stored as computed. Saving
 * one stored before, like saving a service plan, is a compare-and-swap on
 * its row version (LS_STORE_ERROR_CONFLICT when someone else saved it
 * since @evaluation was read or last saved). */
gboolean      ls_store_save_evaluation   (LsStore          *self,
                                          LsEvaluation     *evaluation,
                                          GError          **error);
LsEvaluation *ls_store_load_evaluation   (LsStore          *self,
                                          gint64            id,
                                          GError          **error);
GPtrArray    *ls_store_list_evaluations  (LsStore          *self,
                                          gint64            decision_id,
                                          GError          **error);

/* Service plans of a person. */
gboolean       ls_store_save_service_plan  (LsStore        *self,
                                            LsServicePlan  *plan,
                                            GError        **error);
LsServicePlan *ls_store_load_service_plan  (LsStore        *self,
                                            gint64          id,
                                            GError        **error);
GPtrArray     *ls_store_list_service_plans (LsStore        *self,
                                            gint64          person_id,
                                            GError        **error);

G_END_DECLS
