/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A decision (vedtak), trial or ordinary, with its goals and measures. An
 * issued decision is never edited: a change is a new decision whose
 * previous-id points to the one before (see ls-decision-status.h). */
#define G_LOG_DOMAIN "ls-decision"

#include "ls-value.h"
#include "ls-goal.h"
#include "ls-measure.h"
#include "ls-decision.h"

struct _LsDecision
{
  GObject parent_instance;
  gint64 id;
  gint64 person_id;
  gint64 case_id;
  gint64 previous_id;
  gint64 sketch_id;
  LsDecisionType decision_type;
  LsDecisionStatus status;
  GDate *start;
  GDate *end;
  GDate *evaluation_date;
  char *grounds;
  char *legal_basis;
  char *prepared_by;
  char *approved_by;
  char *issued_by;
  GDate *issued_date;
  char *change_reason;
  GDate *notice_sent;
  GDate *notice_deadline;
  char *notice_answer;
  gboolean notice_no_answer;
  GListStore *goals;
  GListStore *measures;
};

G_DEFINE_FINAL_TYPE (LsDecision, ls_decision, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  PROP_CASE_ID,
  PROP_PREVIOUS_ID,
  PROP_SKETCH_ID,
  PROP_DECISION_TYPE,
  PROP_STATUS,
  PROP_START,
  PROP_END,
  PROP_EVALUATION_DATE,
  PROP_GROUNDS,
  PROP_LEGAL_BASIS,
  PROP_PREPARED_BY,
  PROP_APPROVED_BY,
  PROP_ISSUED_BY,
  PROP_ISSUED_DATE,
  PROP_CHANGE_REASON,
  PROP_NOTICE_SENT,
  PROP_NOTICE_DEADLINE,
  PROP_NOTICE_ANSWER,
  PROP_NOTICE_NO_ANSWER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ls_decision_finalize (GObject *object)
{
  LsDecision *self = (LsDecision *) object;

  g_clear_pointer (&self->start, g_date_free);
  g_clear_pointer (&self->end, g_date_free);
  g_clear_pointer (&self->evaluation_date, g_date_free);
  g_free (self->grounds);
  g_free (self->legal_basis);
  g_free (self->prepared_by);
  g_free (self->approved_by);
  g_free (self->issued_by);
  g_clear_pointer (&self->issued_date, g_date_free);
  g_free (self->change_reason);
  g_clear_pointer (&self->notice_sent, g_date_free);
  g_clear_pointer (&self->notice_deadline, g_date_free);
  g_free (self->notice_answer);
  g_clear_object (&self->goals);
  g_clear_object (&self->measures);
  G_OBJECT_CLASS (ls_decision_parent_class)->finalize (object);
}

static void
ls_decision_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  LsDecision *self = (LsDecision *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;
    case PROP_CASE_ID:
      g_value_set_int64 (value, self->case_id);
      break;
    case PROP_PREVIOUS_ID:
      g_value_set_int64 (value, self->previous_id);
      break;
    case PROP_SKETCH_ID:
      g_value_set_int64 (value, self->sketch_id);
      break;
    case PROP_DECISION_TYPE:
      g_value_set_int (value, self->decision_type);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_START:
      g_value_set_boxed (value, self->start);
      break;
    case PROP_END:
      g_value_set_boxed (value, self->end);
      break;
    case PROP_EVALUATION_DATE:
      g_value_set_boxed (value, self->evaluation_date);
      break;
    case PROP_GROUNDS:
      g_value_set_string (value, self->grounds);
      break;
    case PROP_LEGAL_BASIS:
      g_value_set_string (value, self->legal_basis);
      break;
    case PROP_PREPARED_BY:
      g_value_set_string (value, self->prepared_by);
      break;
    case PROP_APPROVED_BY:
      g_value_set_string (value, self->approved_by);
      break;
    case PROP_ISSUED_BY:
      g_value_set_string (value, self->issued_by);
      break;
    case PROP_ISSUED_DATE:
      g_value_set_boxed (value, self->issued_date);
      break;
    case PROP_CHANGE_REASON:
      g_value_set_string (value, self->change_reason);
      break;
    case PROP_NOTICE_SENT:
      g_value_set_boxed (value, self->notice_sent);
      break;
    case PROP_NOTICE_DEADLINE:
      g_value_set_boxed (value, self->notice_deadline);
      break;
    case PROP_NOTICE_ANSWER:
      g_value_set_string (value, self->notice_answer);
      break;
    case PROP_NOTICE_NO_ANSWER:
      g_value_set_boolean (value, self->notice_no_answer);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_decision_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  LsDecision *self = (LsDecision *) object;

  switch (prop_id)
    {
    case PROP_ID:
      ls_decision_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_PERSON_ID:
      ls_decision_set_person_id (self, g_value_get_int64 (value));
      break;
    case PROP_CASE_ID:
      ls_decision_set_case_id (self, g_value_get_int64 (value));
      break;
    case PROP_PREVIOUS_ID:
      ls_decision_set_previous_id (self, g_value_get_int64 (value));
      break;
    case PROP_SKETCH_ID:
      ls_decision_set_sketch_id (self, g_value_get_int64 (value));
      break;
    case PROP_DECISION_TYPE:
      ls_decision_set_decision_type (self, g_value_get_int (value));
      break;
    case PROP_STATUS:
      ls_decision_set_status (self, g_value_get_int (value));
      break;
    case PROP_START:
      ls_decision_set_start (self, g_value_get_boxed (value));
      break;
    case PROP_END:
      ls_decision_set_end (self, g_value_get_boxed (value));
      break;
    case PROP_EVALUATION_DATE:
      ls_decision_set_evaluation_date (self, g_value_get_boxed (value));
      break;
    case PROP_GROUNDS:
      ls_decision_set_grounds (self, g_value_get_string (value));
      break;
    case PROP_LEGAL_BASIS:
      ls_decision_set_legal_basis (self, g_value_get_string (value));
      break;
    case PROP_PREPARED_BY:
      ls_decision_set_prepared_by (self, g_value_get_string (value));
      break;
    case PROP_APPROVED_BY:
      ls_decision_set_approved_by (self, g_value_get_string (value));
      break;
    case PROP_ISSUED_BY:
      ls_decision_set_issued_by (self, g_value_get_string (value));
      break;
    case PROP_ISSUED_DATE:
      ls_decision_set_issued_date (self, g_value_get_boxed (value));
      break;
    case PROP_CHANGE_REASON:
      ls_decision_set_change_reason (self, g_value_get_string (value));
      break;
    case PROP_NOTICE_SENT:
      ls_decision_set_notice_sent (self, g_value_get_boxed (value));
      break;
    case PROP_NOTICE_DEADLINE:
      ls_decision_set_notice_deadline (self, g_value_get_boxed (value));
      break;
    case PROP_NOTICE_ANSWER:
      ls_decision_set_notice_answer (self, g_value_get_string (value));
      break;
    case PROP_NOTICE_NO_ANSWER:
      ls_decision_set_notice_no_answer (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_decision_class_init (LsDecisionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ls_decision_finalize;
  object_class->get_property = ls_decision_get_property;
  object_class->set_property = ls_decision_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PREVIOUS_ID] =
    g_param_spec_int64 ("previous-id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SKETCH_ID] =
    g_param_spec_int64 ("sketch-id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DECISION_TYPE] =
    g_param_spec_int ("decision-type", NULL, NULL, LS_DECISION_TYPE_TRIAL, LS_DECISION_TYPE_ORDINARY, LS_DECISION_TYPE_TRIAL,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, LS_DECISION_DRAFT, LS_DECISION_ENDED, LS_DECISION_DRAFT,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_START] =
    g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_END] =
    g_param_spec_boxed ("end", NULL, NULL, G_TYPE_DATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVALUATION_DATE] =
    g_param_spec_boxed ("evaluation-date", NULL, NULL, G_TYPE_DATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GROUNDS] =
    g_param_spec_string ("grounds", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEGAL_BASIS] =
    g_param_spec_string ("legal-basis", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PREPARED_BY] =
    g_param_spec_string ("prepared-by", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_APPROVED_BY] =
    g_param_spec_string ("approved-by", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ISSUED_BY] =
    g_param_spec_string ("issued-by", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ISSUED_DATE] =
    g_param_spec_boxed ("issued-date", NULL, NULL, G_TYPE_DATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHANGE_REASON] =
    g_param_spec_string ("change-reason", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTICE_SENT] =
    g_param_spec_boxed ("notice-sent", NULL, NULL, G_TYPE_DATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTICE_DEADLINE] =
    g_param_spec_boxed ("notice-deadline", NULL, NULL, G_TYPE_DATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTICE_ANSWER] =
    g_param_spec_string ("notice-answer", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NOTICE_NO_ANSWER] =
    g_param_spec_boolean ("notice-no-answer", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ls_decision_init (LsDecision *self)
{
  self->goals = g_list_store_new (LS_TYPE_GOAL);
  self->measures = g_list_store_new (LS_TYPE_MEASURE);
}

LsDecision *
ls_decision_new (void)
{
  return g_object_new (LS_TYPE_DECISION, NULL);
}

gint64
ls_decision_get_id (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), 0);
  return self->id;
}

void
ls_decision_set_id (LsDecision *self,
                    gint64 id)
{
  g_return_if_fail (LS_IS_DECISION (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ls_decision_get_person_id (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), 0);
  return self->person_id;
}

void
ls_decision_set_person_id (LsDecision *self,
                           gint64 person_id)
{
  g_return_if_fail (LS_IS_DECISION (self));

  if (self->person_id == person_id)
    return;
  self->person_id = person_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

gint64
ls_decision_get_case_id (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), 0);
  return self->case_id;
}

void
ls_decision_set_case_id (LsDecision *self,
                         gint64 case_id)
{
  g_return_if_fail (LS_IS_DECISION (self));

  if (self->case_id == case_id)
    return;
  self->case_id = case_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_ID]);
}

gint64
ls_decision_get_previous_id (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), 0);
  return self->previous_id;
}

void
ls_decision_set_previous_id (LsDecision *self,
                             gint64 previous_id)
{
  g_return_if_fail (LS_IS_DECISION (self));

  if (self->previous_id == previous_id)
    return;
  self->previous_id = previous_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREVIOUS_ID]);
}

gint64
ls_decision_get_sketch_id (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), 0);
  return self->sketch_id;
}

void
ls_decision_set_sketch_id (LsDecision *self,
                           gint64 sketch_id)
{
  g_return_if_fail (LS_IS_DECISION (self));

  if (self->sketch_id == sketch_id)
    return;
  self->sketch_id = sketch_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SKETCH_ID]);
}

LsDecisionType
ls_decision_get_decision_type (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), 0);
  return self->decision_type;
}

void
ls_decision_set_decision_type (LsDecision *self,
                               LsDecisionType decision_type)
{
  g_return_if_fail (LS_IS_DECISION (self));
  g_return_if_fail ((guint) decision_type <= LS_DECISION_TYPE_ORDINARY);

  if (self->decision_type == decision_type)
    return;
  self->decision_type = decision_type;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION_TYPE]);
}

LsDecisionStatus
ls_decision_get_status (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), 0);
  return self->status;
}

void
ls_decision_set_status (LsDecision *self,
                        LsDecisionStatus status)
{
  g_return_if_fail (LS_IS_DECISION (self));
  g_return_if_fail ((guint) status <= LS_DECISION_ENDED);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const GDate *
ls_decision_get_start (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), NULL);
  return self->start;
}

void
ls_decision_set_start (LsDecision *self,
                       const GDate *start)
{
  g_return_if_fail (LS_IS_DECISION (self));

  if (!ls_date_set (&self->start, start))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

const GDate *
ls_decision_get_end (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), NULL);
  return self->end;
}

void
ls_decision_set_end (LsDecision *self,
                     const GDate *end)
{
  g_return_if_fail (LS_IS_DECISION (self));

  if (!ls_date_set (&self->end, end))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

const GDate *
ls_decision_get_evaluation_date (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), NULL);
  return self->evaluation_date;
}

void
ls_decision_set_evaluation_date (LsDecision *self,
                                 const GDate *evaluation_date)
{
  g_return_if_fail (LS_IS_DECISION (self));

  if (!ls_date_set (&self->evaluation_date, evaluation_date))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVALUATION_DATE]);
}

const char *
ls_decision_get_grounds (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), NULL);
  return self->grounds;
}

void
ls_decision_set_grounds (LsDecision *self,
                         const char *grounds)
{
  g_return_if_fail (LS_IS_DECISION (self));

  if (ls_str_set (&self->grounds, grounds))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GROUNDS]);
}

const char *
ls_decision_get_legal_basis (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), NULL);
  return self->legal_basis;
}

void
ls_decision_set_legal_basis (LsDecision *self,
                             const char *legal_basis)
{
  g_return_if_fail (LS_IS_DECISION (self));

  if (ls_str_set (&self->legal_basis, legal_basis))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGAL_BASIS]);
}

const char *
ls_decision_get_prepared_by (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), NULL);
  return self->prepared_by;
}

void
ls_decision_set_prepared_by (LsDecision *self,
                             const char *prepared_by)
{
  g_return_if_fail (LS_IS_DECISION (self));

  if (ls_str_set (&self->prepared_by, prepared_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PREPARED_BY]);
}

const char *
ls_decision_get_approved_by (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), NULL);
  return self->approved_by;
}

void
ls_decision_set_approved_by (LsDecision *self,
                             const char *approved_by)
{
  g_return_if_fail (LS_IS_DECISION (self));

  if (ls_str_set (&self->approved_by, approved_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPROVED_BY]);
}

const char *
ls_decision_get_issued_by (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), NULL);
  return self->issued_by;
}

void
ls_decision_set_issued_by (LsDecision *self,
                           const char *issued_by)
{
  g_return_if_fail (LS_IS_DECISION (self));

  if (ls_str_set (&self->issued_by, issued_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ISSUED_BY]);
}

const GDate *
ls_decision_get_issued_date (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), NULL);
  return self->issued_date;
}

void
ls_decision_set_issued_date (LsDecision *self,
                             const GDate *issued_date)
{
  g_return_if_fail (LS_IS_DECISION (self));

  if (!ls_date_set (&self->issued_date, issued_date))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ISSUED_DATE]);
}

const char *
ls_decision_get_change_reason (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), NULL);
  return self->change_reason;
}

void
ls_decision_set_change_reason (LsDecision *self,
                     const char *change_reason)
{
  g_return_if_fail (LS_IS_DECISION (self));

  if (ls_str_set (&self->change_reason, change_reason))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANGE_REASON]);
}

const GDate *
ls_decision_get_notice_sent (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), NULL);
  return self->notice_sent;
}

void
ls_decision_set_notice_sent (LsDecision  *self,
                     const GDate *notice_sent)
{
  g_return_if_fail (LS_IS_DECISION (self));

  if (ls_date_set (&self->notice_sent, notice_sent))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTICE_SENT]);
}

const GDate *
ls_decision_get_notice_deadline (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), NULL);
  return self->notice_deadline;
}

void
ls_decision_set_notice_deadline (LsDecision  *self,
                     const GDate *notice_deadline)
{
  g_return_if_fail (LS_IS_DECISION (self));

  if (ls_date_set (&self->notice_deadline, notice_deadline))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTICE_DEADLINE]);
}

const char *
ls_decision_get_notice_answer (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), NULL);
  return self->notice_answer;
}

void
ls_decision_set_notice_answer (LsDecision *self,
                     const char *notice_answer)
{
  g_return_if_fail (LS_IS_DECISION (self));

  if (ls_str_set (&self->notice_answer, notice_answer))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTICE_ANSWER]);
}

gboolean
ls_decision_get_notice_no_answer (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), FALSE);
  return self->notice_no_answer;
}

void
ls_decision_set_notice_no_answer (LsDecision *self,
                     gboolean    notice_no_answer)
{
  g_return_if_fail (LS_IS_DECISION (self));

  notice_no_answer = !!notice_no_answer;
  if (self->notice_no_answer == notice_no_answer)
    return;
  self->notice_no_answer = notice_no_answer;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTICE_NO_ANSWER]);
}

GListStore *
ls_decision_get_goals (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), NULL);
  return self->goals;
}

GListStore *
ls_decision_get_measures (LsDecision *self)
{
  g_return_val_if_fail (LS_IS_DECISION (self), NULL);
  return self->measures;
}
