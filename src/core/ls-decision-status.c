/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The decision state machine:
 *
 *   draft -> issued -> under-evaluation -> superseded | ended
 *                  \-> superseded | ended   (replaced or stopped without an evaluation)
 *
 * An issued decision is never edited (forvaltningsloven § 35: changing a
 * running decision is a new individual decision); a change is a new
 * decision that refers to the earlier one. */
#define G_LOG_DOMAIN "ls-decision-status"

#include "config.h"

#include <glib/gi18n.h>

#include "ls-decision-status.h"
#include "ls-value.h"

G_DEFINE_QUARK (ls-decision-error-quark, ls_decision_error)

/* allowed[from][to] */
static const gboolean allowed[LS_DECISION_N_STATUSES][LS_DECISION_N_STATUSES] = {
  [LS_DECISION_DRAFT] = {
    [LS_DECISION_ISSUED] = TRUE,
  },
  [LS_DECISION_ISSUED] = {
    [LS_DECISION_UNDER_EVALUATION] = TRUE,
    [LS_DECISION_SUPERSEDED] = TRUE,
    [LS_DECISION_ENDED] = TRUE,
  },
  [LS_DECISION_UNDER_EVALUATION] = {
    [LS_DECISION_SUPERSEDED] = TRUE,
    [LS_DECISION_ENDED] = TRUE,
  },
};

static gboolean
status_is_known (LsDecisionStatus status)
{
  return (guint) status < LS_DECISION_N_STATUSES;
}

gboolean
ls_decision_status_can_follow (LsDecisionStatus from,
                               LsDecisionStatus to)
{
  g_return_val_if_fail (status_is_known (from), FALSE);
  g_return_val_if_fail (status_is_known (to), FALSE);

  return allowed[from][to];
}

gboolean
ls_decision_status_is_editable (LsDecisionStatus status)
{
  g_return_val_if_fail (status_is_known (status), FALSE);

  return status == LS_DECISION_DRAFT;
}

gboolean
ls_decision_status_is_final (LsDecisionStatus status)
{
  g_return_val_if_fail (status_is_known (status), FALSE);

  return status == LS_DECISION_SUPERSEDED || status == LS_DECISION_ENDED;
}

/* Why @status cannot be changed or left; NULL for a draft. */
static const char *
locked_reason (LsDecisionStatus status)
{
  switch (status)
    {
    case LS_DECISION_DRAFT:
      return NULL;
    case LS_DECISION_ISSUED:
    case LS_DECISION_UNDER_EVALUATION:
      return _("An issued decision cannot be changed; make a new decision that refers to it");
    case LS_DECISION_SUPERSEDED:
      return _("This decision has been replaced by a newer one; make any change in the newest decision");
    case LS_DECISION_ENDED:
      return _("This decision has ended and cannot be changed; make a new decision if services are needed again");
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
ls_decision_check_editable (LsDecisionStatus   status,
                            GError           **error)
{
  g_return_val_if_fail (status_is_known (status), FALSE);

  if (ls_decision_status_is_editable (status))
    return TRUE;
  g_set_error_literal (error, LS_DECISION_ERROR, LS_DECISION_ERROR_NOT_EDITABLE,
                       locked_reason (status));
  return FALSE;
}

static const char *
transition_refusal (LsDecisionStatus from,
                    LsDecisionStatus to)
{
  if (from == to)
    return _("The decision already has this status");
  if (ls_decision_status_is_final (from))
    return locked_reason (from);
  if (to == LS_DECISION_DRAFT)
    return locked_reason (from);
  if (to == LS_DECISION_UNDER_EVALUATION)
    return _("Only an issued decision can be evaluated; issue the decision first");
  if (from == LS_DECISION_DRAFT)
    return _("A draft cannot be superseded or ended; delete the draft instead");
  if (from == LS_DECISION_UNDER_EVALUATION && to == LS_DECISION_ISSUED)
    return _("An evaluation that has started must end with an outcome: "
             "continue, adjust, end or make ordinary");
  return _("This change of status is not allowed");
}

gboolean
ls_decision_check_transition (LsDecisionStatus   from,
                              LsDecisionStatus   to,
                              GError           **error)
{
  g_return_val_if_fail (status_is_known (from), FALSE);
  g_return_val_if_fail (status_is_known (to), FALSE);

  if (allowed[from][to])
    return TRUE;
  g_set_error_literal (error, LS_DECISION_ERROR,
                       to == LS_DECISION_DRAFT && from != LS_DECISION_DRAFT
                         ? LS_DECISION_ERROR_NOT_EDITABLE
                         : LS_DECISION_ERROR_TRANSITION,
                       transition_refusal (from, to));
  return FALSE;
}

static gboolean
date_is_set (const GDate *date)
{
  return date != NULL && g_date_valid (date);
}

static gboolean
person_is_set (const char *who)
{
  if (who == NULL)
    return FALSE;
  for (const char *p = who; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return TRUE;
  return FALSE;
}

static gboolean
same_person (const char *a,
             const char *b)
{
  g_autofree char *sa = g_strstrip (g_utf8_casefold (a, -1));
  g_autofree char *sb = g_strstrip (g_utf8_casefold (b, -1));

  return g_str_equal (sa, sb);
}

static gboolean
check_people (const char  *prepared_by,
              const char  *issued_by,
              gboolean     four_eyes,
              gboolean     issuer_is_decision_maker,
              GError     **error)
{
  if (!person_is_set (issued_by))
    {
      g_set_error_literal (error, LS_DECISION_ERROR, LS_DECISION_ERROR_MISSING_PERSON,
                           _("It is not known who issues the decision"));
      return FALSE;
    }
  /* The name is signed under the letter and shown in lists. */
  if (!ls_str_is_one_line (issued_by))
    {
      g_set_error_literal (error, LS_DECISION_ERROR, LS_DECISION_ERROR_MISSING_PERSON,
                           _("The name of who issues the decision must be one line, without line breaks or tabs"));
      return FALSE;
    }
  if (!issuer_is_decision_maker)
    {
      g_set_error_literal (error, LS_DECISION_ERROR, LS_DECISION_ERROR_NOT_DECISION_MAKER,
                           _("Only a decision-maker can issue a decision; "
                             "ask a decision-maker to approve and issue it"));
      return FALSE;
    }
  if (!four_eyes)
    return TRUE;
  if (!person_is_set (prepared_by))
    {
      g_set_error_literal (error, LS_DECISION_ERROR, LS_DECISION_ERROR_MISSING_PERSON,
                           _("It is not known who prepared the decision, so a second person cannot check it"));
      return FALSE;
    }
  if (same_person (prepared_by, issued_by))
    {
      g_set_error_literal (error, LS_DECISION_ERROR, LS_DECISION_ERROR_FOUR_EYES,
                           _("A decision must be issued by someone other than the person who prepared it"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_dates (LsDecisionType   type,
             const GDate     *start,
             const GDate     *end,
             const GDate     *evaluation,
             GError         **error)
{
  gboolean trial = type == LS_DECISION_TYPE_TRIAL;

  if (!date_is_set (start))
    {
      g_set_error_literal (error, LS_DECISION_ERROR, LS_DECISION_ERROR_MISSING_DATE,
                           _("The decision needs a start date"));
      return FALSE;
    }
  if (trial && !date_is_set (end))
    {
      g_set_error_literal (error, LS_DECISION_ERROR, LS_DECISION_ERROR_MISSING_DATE,
                           _("A trial decision needs an end date"));
      return FALSE;
    }
  if (trial && !date_is_set (evaluation))
    {
      g_set_error_literal (error, LS_DECISION_ERROR, LS_DECISION_ERROR_MISSING_DATE,
                           _("A trial decision needs an evaluation date"));
      return FALSE;
    }
  if (date_is_set (end) && g_date_compare (end, start) <= 0)
    {
      g_set_error_literal (error, LS_DECISION_ERROR, LS_DECISION_ERROR_DATE_ORDER,
                           _("The end date must be after the start date"));
      return FALSE;
    }
  if (date_is_set (evaluation) &&
      (g_date_compare (evaluation, start) < 0 ||
       (date_is_set (end) && g_date_compare (evaluation, end) > 0)))
    {
      g_set_error_literal (error, LS_DECISION_ERROR, LS_DECISION_ERROR_DATE_ORDER,
                           _("The evaluation date must be within the decision period, "
                             "between the start date and the end date"));
      return FALSE;
    }
  return TRUE;
}

gboolean
ls_decision_check_issue (LsDecisionType   type,
                         const GDate     *start,
                         const GDate     *end,
                         const GDate     *evaluation,
                         const char      *prepared_by,
                         const char      *issued_by,
                         gboolean         four_eyes,
                         gboolean         issuer_is_decision_maker,
                         GError         **error)
{
  g_return_val_if_fail ((guint) type < LS_DECISION_N_TYPES, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  return check_people (prepared_by, issued_by, four_eyes, issuer_is_decision_maker, error) &&
         check_dates (type, start, end, evaluation, error);
}

LsDecisionStatus
ls_evaluation_outcome_next_status (LsEvaluationOutcome outcome)
{
  g_return_val_if_fail ((guint) outcome < LS_EVALUATION_N_OUTCOMES, LS_DECISION_ENDED);

  return outcome == LS_EVALUATION_OUTCOME_END ? LS_DECISION_ENDED : LS_DECISION_SUPERSEDED;
}

gboolean
ls_evaluation_outcome_makes_new_decision (LsEvaluationOutcome outcome)
{
  g_return_val_if_fail ((guint) outcome < LS_EVALUATION_N_OUTCOMES, FALSE);

  return outcome != LS_EVALUATION_OUTCOME_END;
}

LsDecisionType
ls_evaluation_outcome_new_type (LsEvaluationOutcome outcome,
                                LsDecisionType      evaluated_type)
{
  g_return_val_if_fail ((guint) outcome < LS_EVALUATION_N_OUTCOMES, evaluated_type);

  return outcome == LS_EVALUATION_OUTCOME_MAKE_ORDINARY ? LS_DECISION_TYPE_ORDINARY : evaluated_type;
}

/* Keys are stored in databases and XML files: never change one. */
static const char * const status_keys[] = {
  [LS_DECISION_DRAFT] = "draft",
  [LS_DECISION_ISSUED] = "issued",
  [LS_DECISION_UNDER_EVALUATION] = "under-evaluation",
  [LS_DECISION_SUPERSEDED] = "superseded",
  [LS_DECISION_ENDED] = "ended",
};

static const char * const type_keys[] = {
  [LS_DECISION_TYPE_TRIAL] = "trial",
  [LS_DECISION_TYPE_ORDINARY] = "ordinary",
};

static const char * const outcome_keys[] = {
  [LS_EVALUATION_OUTCOME_CONTINUE] = "continue",
  [LS_EVALUATION_OUTCOME_ADJUST] = "adjust",
  [LS_EVALUATION_OUTCOME_END] = "end",
  [LS_EVALUATION_OUTCOME_MAKE_ORDINARY] = "make-ordinary",
};

G_STATIC_ASSERT (G_N_ELEMENTS (status_keys) == LS_DECISION_N_STATUSES);
G_STATIC_ASSERT (G_N_ELEMENTS (type_keys) == LS_DECISION_N_TYPES);
G_STATIC_ASSERT (G_N_ELEMENTS (outcome_keys) == LS_EVALUATION_N_OUTCOMES);

static int
key_index (const char * const *keys,
           guint               n_keys,
           const char         *key)
{
  for (guint i = 0; i < n_keys; i++)
    if (g_str_equal (keys[i], key))
      return (int) i;
  return -1;
}

const char *
ls_decision_status_to_string (LsDecisionStatus status)
{
  g_return_val_if_fail (status_is_known (status), NULL);

  return status_keys[status];
}

gboolean
ls_decision_status_from_string (const char       *key,
                                LsDecisionStatus *status)
{
  int i;

  g_return_val_if_fail (key != NULL, FALSE);

  i = key_index (status_keys, G_N_ELEMENTS (status_keys), key);
  if (i < 0)
    return FALSE;
  if (status != NULL)
    *status = (LsDecisionStatus) i;
  return TRUE;
}

const char *
ls_decision_type_to_string (LsDecisionType type)
{
  g_return_val_if_fail ((guint) type < LS_DECISION_N_TYPES, NULL);

  return type_keys[type];
}

gboolean
ls_decision_type_from_string (const char     *key,
                              LsDecisionType *type)
{
  int i;

  g_return_val_if_fail (key != NULL, FALSE);

  i = key_index (type_keys, G_N_ELEMENTS (type_keys), key);
  if (i < 0)
    return FALSE;
  if (type != NULL)
    *type = (LsDecisionType) i;
  return TRUE;
}

const char *
ls_evaluation_outcome_to_string (LsEvaluationOutcome outcome)
{
  g_return_val_if_fail ((guint) outcome < LS_EVALUATION_N_OUTCOMES, NULL);

  return outcome_keys[outcome];
}

gboolean
ls_evaluation_outcome_from_string (const char          *key,
                                   LsEvaluationOutcome *outcome)
{
  int i;

  g_return_val_if_fail (key != NULL, FALSE);

  i = key_index (outcome_keys, G_N_ELEMENTS (outcome_keys), key);
  if (i < 0)
    return FALSE;
  if (outcome != NULL)
    *outcome = (LsEvaluationOutcome) i;
  return TRUE;
}

const char *
ls_decision_status_display_name (LsDecisionStatus status)
{
  switch (status)
    {
    case LS_DECISION_DRAFT:
      return C_("decision status", "Draft");
    case LS_DECISION_ISSUED:
      return C_("decision status", "Issued");
    case LS_DECISION_UNDER_EVALUATION:
      return C_("decision status", "Under evaluation");
    case LS_DECISION_SUPERSEDED:
      return C_("decision status", "Superseded");
    case LS_DECISION_ENDED:
      return C_("decision status", "Ended");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
ls_decision_type_display_name (LsDecisionType type)
{
  switch (type)
    {
    case LS_DECISION_TYPE_TRIAL:
      return _("Trial decision");
    case LS_DECISION_TYPE_ORDINARY:
      return _("Ordinary decision");
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
ls_evaluation_outcome_display_name (LsEvaluationOutcome outcome)
{
  switch (outcome)
    {
    case LS_EVALUATION_OUTCOME_CONTINUE:
      return C_("evaluation outcome", "Continue");
    case LS_EVALUATION_OUTCOME_ADJUST:
      return C_("evaluation outcome", "Adjust");
    case LS_EVALUATION_OUTCOME_END:
      return C_("evaluation outcome", "End");
    case LS_EVALUATION_OUTCOME_MAKE_ORDINARY:
      return C_("evaluation outcome", "Make ordinary");
    default:
      g_return_val_if_reached (NULL);
    }
}
