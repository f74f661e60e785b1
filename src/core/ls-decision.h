/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include "ls-decision-status.h"
#include "ls-goal.h"
#include "ls-measure.h"

G_BEGIN_DECLS

#define LS_TYPE_DECISION (ls_decision_get_type ())
G_DECLARE_FINAL_TYPE (LsDecision, ls_decision, LS, DECISION, GObject)

LsDecision *ls_decision_new (void);

gint64 ls_decision_get_id (LsDecision *self);
void ls_decision_set_id (LsDecision *self, gint64 id);
gint64 ls_decision_get_person_id (LsDecision *self);
void ls_decision_set_person_id (LsDecision *self, gint64 person_id);
/* 0 when not tied to a case */
gint64 ls_decision_get_case_id (LsDecision *self);
void ls_decision_set_case_id (LsDecision *self, gint64 case_id);
/* the decision this one follows, or 0 */
gint64 ls_decision_get_previous_id (LsDecision *self);
void ls_decision_set_previous_id (LsDecision *self, gint64 previous_id);
/* the finished life sketch the decision is based on, chosen when it is
 * drafted; its documents take their facts from it and from no other, or 0 */
gint64 ls_decision_get_sketch_id (LsDecision *self);
void ls_decision_set_sketch_id (LsDecision *self, gint64 sketch_id);
LsDecisionType ls_decision_get_decision_type (LsDecision *self);
void ls_decision_set_decision_type (LsDecision *self, LsDecisionType decision_type);
LsDecisionStatus ls_decision_get_status (LsDecision *self);
void ls_decision_set_status (LsDecision *self, LsDecisionStatus status);
const GDate *ls_decision_get_start (LsDecision *self);
void ls_decision_set_start (LsDecision *self, const GDate *start);
const GDate *ls_decision_get_end (LsDecision *self);
void ls_decision_set_end (LsDecision *self, const GDate *end);
const GDate *ls_decision_get_evaluation_date (LsDecision *self);
void ls_decision_set_evaluation_date (LsDecision *self, const GDate *evaluation_date);
const char *ls_decision_get_grounds (LsDecision *self);
void ls_decision_set_grounds (LsDecision *self, const char *grounds);
const char *ls_decision_get_legal_basis (LsDecision *self);
void ls_decision_set_legal_basis (LsDecision *self, const char *legal_basis);
const char *ls_decision_get_prepared_by (LsDecision *self);
void ls_decision_set_prepared_by (LsDecision *self, const char *prepared_by);
const char *ls_decision_get_approved_by (LsDecision *self);
void ls_decision_set_approved_by (LsDecision *self, const char *approved_by);
const char *ls_decision_get_issued_by (LsDecision *self);
void ls_decision_set_issued_by (LsDecision *self, const char *issued_by);
const GDate *ls_decision_get_issued_date (LsDecision *self);
void ls_decision_set_issued_date (LsDecision *self, const GDate *issued_date);

/* Why the decision changes what the one before granted (the caseworker's
 * words, for the letter and the advance notice), or NULL. */
const char *ls_decision_get_change_reason (LsDecision *self);
void ls_decision_set_change_reason (LsDecision *self, const char *change_reason);
/* The advance notice (forhåndsvarsel, fvl § 16) of a change to the
 * person's disadvantage: when it was sent, the deadline to answer, and
 * the person's answer, or that the deadline passed without one. */
const GDate *ls_decision_get_notice_sent (LsDecision *self);
void ls_decision_set_notice_sent (LsDecision *self, const GDate *notice_sent);
const GDate *ls_decision_get_notice_deadline (LsDecision *self);
void ls_decision_set_notice_deadline (LsDecision *self, const GDate *notice_deadline);
const char *ls_decision_get_notice_answer (LsDecision *self);
void ls_decision_set_notice_answer (LsDecision *self, const char *notice_answer);
gboolean ls_decision_get_notice_no_answer (LsDecision *self);
void ls_decision_set_notice_no_answer (LsDecision *self, gboolean notice_no_answer);

/* The goals (LsGoal) and measures (LsMeasure), in order; add to them
 * with g_list_store_append(). */
GListStore *ls_decision_get_goals (LsDecision *self);
GListStore *ls_decision_get_measures (LsDecision *self);

G_END_DECLS
