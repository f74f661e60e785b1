/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-decision.h"
#include "ls-evaluation.h"
#include "ls-sketch.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* What the team follows up across the caseload: evaluations due, drafts and
 * decisions awaiting approval, and the data behind the outcome figures. */

typedef struct
{
  gint64            decision_id;
  gint64            person_id;
  char             *person_name;   /* "Given Family" */
  GDate             date;          /* evaluation date (due items), start (drafts) */
  LsDecisionType    type;
  LsDecisionStatus  status;
  char             *prepared_by;
  gboolean          complete;      /* drafts: nothing missing, awaiting approval */
} LsFollowupItem;

void       ls_followup_item_free             (LsFollowupItem *item);

/* Issued trial decisions (or under evaluation) whose evaluation date is on
 * or before @today + @soon_days: overdue first, then by date; at most
 * @limit (0: all). */
GPtrArray *ls_store_list_due_evaluations     (LsStore      *self,
                                              const GDate  *today,
                                              guint         soon_days,
                                              guint         limit,
                                              GError      **error);
/* How many there are in all; -1 on error. */
gint64     ls_store_count_due_evaluations    (LsStore      *self,
                                              const GDate  *today,
                                              guint         soon_days,
                                              GError      **error);

/* Draft decisions, oldest first, at most @limit; each marked complete when
 * ls_decision_draft_missing() finds nothing (awaiting approval). */
GPtrArray *ls_store_list_draft_decisions     (LsStore      *self,
                                              guint         limit,
                                              GError      **error);

/* The caseload's figures in bulk: @decisions (LsDecision: id, previous id,
 * type, status, evaluation date, and one measure holding the granted hours
 * per week), @evaluations (LsEvaluation with scores), @sketches (finished
 * LsSketch with self-ratings). For ls-outcomes.h. */
gboolean   ls_store_load_outcome_data        (LsStore      *self,
                                              GPtrArray   **decisions,
                                              GPtrArray   **evaluations,
                                              GPtrArray   **sketches,
                                              GError      **error);

/* Ends an evaluation in one transaction: saves @evaluation, moves
 * @decision to under evaluation and on to the outcome's status, and saves
 * @next (a new draft from ls_decision_draft_next(), may be NULL). */
gboolean   ls_store_finish_evaluation        (LsStore      *self,
                                              LsDecision   *decision,
                                              LsEvaluation *evaluation,
                                              LsDecision   *next,
                                              GError      **error);

/* Issues @decision (ls_store_issue_decision()) and, in the same
 * transaction, supersedes the decision it refers to when that one is still
 * in force: a correction replaces what it corrects. */
gboolean   ls_store_issue_and_supersede      (LsStore      *self,
                                              LsDecision   *decision,
                                              const char   *issued_by,
                                              const GDate  *issued_date,
                                              gboolean      four_eyes,
                                              GError      **error);

/* The id of the person's newest finished sketch, 0 when none, -1 on error. */
gint64     ls_store_latest_finished_sketch   (LsStore      *self,
                                              gint64        person_id,
                                              GError      **error);

/* The service catalog as the municipality keeps it in the database: one
 * group per service key, in catalog order, with Name (in the user's
 * language), LegalBasis and Unit. */
GKeyFile  *ls_store_load_services            (LsStore      *self,
                                              GError      **error);

G_END_DECLS
