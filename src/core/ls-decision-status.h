/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The life of a decision, as pure rules. An issued decision is never
 * edited: a change is a new decision that refers to the earlier one, and
 * the earlier one becomes superseded (or ended). */

typedef enum
{
  LS_DECISION_DRAFT,
  LS_DECISION_ISSUED,
  LS_DECISION_UNDER_EVALUATION,
  LS_DECISION_SUPERSEDED,
  LS_DECISION_ENDED,
} LsDecisionStatus;

#define LS_DECISION_N_STATUSES (LS_DECISION_ENDED + 1)

typedef enum
{
  LS_DECISION_TYPE_TRIAL,     /* utprøvingsvedtak: start, end and evaluation date */
  LS_DECISION_TYPE_ORDINARY,
} LsDecisionType;

#define LS_DECISION_N_TYPES (LS_DECISION_TYPE_ORDINARY + 1)

typedef enum
{
  LS_EVALUATION_OUTCOME_CONTINUE,
  LS_EVALUATION_OUTCOME_ADJUST,
  LS_EVALUATION_OUTCOME_END,
  LS_EVALUATION_OUTCOME_MAKE_ORDINARY,
} LsEvaluationOutcome;

#define LS_EVALUATION_N_OUTCOMES (LS_EVALUATION_OUTCOME_MAKE_ORDINARY + 1)

#define LS_DECISION_ERROR (ls_decision_error_quark ())

typedef enum
{
  LS_DECISION_ERROR_NOT_EDITABLE,       /* only a draft can be changed */
  LS_DECISION_ERROR_TRANSITION,         /* that status cannot follow this one */
  LS_DECISION_ERROR_MISSING_DATE,
  LS_DECISION_ERROR_DATE_ORDER,
  LS_DECISION_ERROR_MISSING_PERSON,     /* who prepared or who issues is not known */
  LS_DECISION_ERROR_FOUR_EYES,          /* issuer is the one who prepared it */
  LS_DECISION_ERROR_NOT_DECISION_MAKER,
  LS_DECISION_ERROR_MISSING_ASSESSMENT, /* no "our assessment" written */
  LS_DECISION_ERROR_NO_ADVANCE_NOTICE,  /* a reduction without a complete forhåndsvarsel */
} LsDecisionError;

GQuark      ls_decision_error_quark            (void);

gboolean    ls_decision_status_can_follow      (LsDecisionStatus from,
                                                LsDecisionStatus to);
gboolean    ls_decision_status_is_editable     (LsDecisionStatus status);
/* Final: superseded or ended, nothing can follow. */
gboolean    ls_decision_status_is_final        (LsDecisionStatus status);

gboolean    ls_decision_check_editable         (LsDecisionStatus status,
                                                GError         **error);
gboolean    ls_decision_check_transition       (LsDecisionStatus from,
                                                LsDecisionStatus to,
                                                GError         **error);

/* Dates may be NULL or invalid (cleared) when not set. @prepared_by and
 * @issued_by are user identifiers; compared without regard to case and
 * surrounding space. Never puts names or dates into the message. */
gboolean    ls_decision_check_issue            (LsDecisionType   type,
                                                const GDate     *start,
                                                const GDate     *end,
                                                const GDate     *evaluation,
                                                const char      *prepared_by,
                                                const char      *issued_by,
                                                gboolean         four_eyes,
                                                gboolean         issuer_is_decision_maker,
                                                GError         **error);

/* What an evaluation's outcome does: the evaluated decision becomes
 * superseded (by the new decision) or ended; continue, adjust and make
 * ordinary produce a new decision of the returned type. */
LsDecisionStatus ls_evaluation_outcome_next_status   (LsEvaluationOutcome outcome);
gboolean         ls_evaluation_outcome_makes_new_decision (LsEvaluationOutcome outcome);
LsDecisionType   ls_evaluation_outcome_new_type      (LsEvaluationOutcome outcome,
                                                      LsDecisionType      evaluated_type);

/* Stable lower-case keys for storage and XML; from_string returns FALSE for
 * an unknown key and leaves the output alone. */
const char *ls_decision_status_to_string       (LsDecisionStatus status);
gboolean    ls_decision_status_from_string     (const char       *key,
                                                LsDecisionStatus *status);
const char *ls_decision_type_to_string         (LsDecisionType   type);
gboolean    ls_decision_type_from_string       (const char       *key,
                                                LsDecisionType   *type);
const char *ls_evaluation_outcome_to_string    (LsEvaluationOutcome outcome);
gboolean    ls_evaluation_outcome_from_string  (const char          *key,
                                                LsEvaluationOutcome *outcome);

/* Translated names for display. */
const char *ls_decision_status_display_name    (LsDecisionStatus    status);
const char *ls_decision_type_display_name      (LsDecisionType      type);
const char *ls_evaluation_outcome_display_name (LsEvaluationOutcome outcome);

G_END_DECLS
