/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The evaluation of a decision at its agreed date: a GAS score per goal,
 * the summary T-score, the person's view, how the measures worked and the
 * outcome (continue, adjust, end, make ordinary). */
#define G_LOG_DOMAIN "ls-evaluation"

#include <math.h>
#include "ls-gas.h"
#include "ls-value.h"
#include "ls-evaluation.h"

struct _LsEvaluation
{
  GObject parent_instance;
  gint64 id;
  gint64 decision_id;
  GDate *date;
  char *person_view;
  char *measures_view;
  LsEvaluationOutcome outcome;
  GArray *scores;
};

G_DEFINE_FINAL_TYPE (LsEvaluation, ls_evaluation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DECISION_ID,
  PROP_DATE,
  PROP_PERSON_VIEW,
  PROP_MEASURES_VIEW,
  PROP_OUTCOME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ls_evaluation_finalize (GObject *object)
{
  LsEvaluation *self = (LsEvaluation *) object;

  g_clear_pointer (&self->date, g_date_free);
  g_free (self->person_view);
  g_free (self->measures_view);
  g_clear_pointer (&self->scores, g_array_unref);
  G_OBJECT_CLASS (ls_evaluation_parent_class)->finalize (object);
}

static void
ls_evaluation_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  LsEvaluation *self = (LsEvaluation *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_DECISION_ID:
      g_value_set_int64 (value, self->decision_id);
      break;
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_PERSON_VIEW:
      g_value_set_string (value, self->person_view);
      break;
    case PROP_MEASURES_VIEW:
      g_value_set_string (value, self->measures_view);
      break;
    case PROP_OUTCOME:
      g_value_set_int (value, self->outcome);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_evaluation_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  LsEvaluation *self = (LsEvaluation *) object;

  switch (prop_id)
    {
    case PROP_ID:
      ls_evaluation_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_DECISION_ID:
      ls_evaluation_set_decision_id (self, g_value_get_int64 (value));
      break;
    case PROP_DATE:
      ls_evaluation_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_PERSON_VIEW:
      ls_evaluation_set_person_view (self, g_value_get_string (value));
      break;
    case PROP_MEASURES_VIEW:
      ls_evaluation_set_measures_view (self, g_value_get_string (value));
      break;
    case PROP_OUTCOME:
      ls_evaluation_set_outcome (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_evaluation_class_init (LsEvaluationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ls_evaluation_finalize;
  object_class->get_property = ls_evaluation_get_property;
  object_class->set_property = ls_evaluation_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DECISION_ID] =
    g_param_spec_int64 ("decision-id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON_VIEW] =
    g_param_spec_string ("person-view", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEASURES_VIEW] =
    g_param_spec_string ("measures-view", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTCOME] =
    g_param_spec_int ("outcome", NULL, NULL, LS_EVALUATION_OUTCOME_CONTINUE, LS_EVALUATION_OUTCOME_MAKE_ORDINARY, LS_EVALUATION_OUTCOME_CONTINUE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ls_evaluation_init (LsEvaluation *self)
{
  self->scores = g_array_new (FALSE, FALSE, sizeof (LsGoalScore));
}

LsEvaluation *
ls_evaluation_new (void)
{
  return g_object_new (LS_TYPE_EVALUATION, NULL);
}

gint64
ls_evaluation_get_id (LsEvaluation *self)
{
  g_return_val_if_fail (LS_IS_EVALUATION (self), 0);
  return self->id;
}

void
ls_evaluation_set_id (LsEvaluation *self,
                      gint64 id)
{
  g_return_if_fail (LS_IS_EVALUATION (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ls_evaluation_get_decision_id (LsEvaluation *self)
{
  g_return_val_if_fail (LS_IS_EVALUATION (self), 0);
  return self->decision_id;
}

void
ls_evaluation_set_decision_id (LsEvaluation *self,
                               gint64 decision_id)
{
  g_return_if_fail (LS_IS_EVALUATION (self));

  if (self->decision_id == decision_id)
    return;
  self->decision_id = decision_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION_ID]);
}

const GDate *
ls_evaluation_get_date (LsEvaluation *self)
{
  g_return_val_if_fail (LS_IS_EVALUATION (self), NULL);
  return self->date;
}

void
ls_evaluation_set_date (LsEvaluation *self,
                        const GDate *date)
{
  g_return_if_fail (LS_IS_EVALUATION (self));

  if (!ls_date_set (&self->date, date))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

const char *
ls_evaluation_get_person_view (LsEvaluation *self)
{
  g_return_val_if_fail (LS_IS_EVALUATION (self), NULL);
  return self->person_view;
}

void
ls_evaluation_set_person_view (LsEvaluation *self,
                               const char *person_view)
{
  g_return_if_fail (LS_IS_EVALUATION (self));

  if (ls_str_set (&self->person_view, person_view))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_VIEW]);
}

const char *
ls_evaluation_get_measures_view (LsEvaluation *self)
{
  g_return_val_if_fail (LS_IS_EVALUATION (self), NULL);
  return self->measures_view;
}

void
ls_evaluation_set_measures_view (LsEvaluation *self,
                                 const char *measures_view)
{
  g_return_if_fail (LS_IS_EVALUATION (self));

  if (ls_str_set (&self->measures_view, measures_view))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MEASURES_VIEW]);
}

LsEvaluationOutcome
ls_evaluation_get_outcome (LsEvaluation *self)
{
  g_return_val_if_fail (LS_IS_EVALUATION (self), 0);
  return self->outcome;
}

void
ls_evaluation_set_outcome (LsEvaluation *self,
                           LsEvaluationOutcome outcome)
{
  g_return_if_fail (LS_IS_EVALUATION (self));
  g_return_if_fail ((guint) outcome <= LS_EVALUATION_OUTCOME_MAKE_ORDINARY);

  if (self->outcome == outcome)
    return;
  self->outcome = outcome;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
}

void
ls_evaluation_set_score (LsEvaluation *self,
                         gint64        goal_id,
                         int           score,
                         double        weight)
{
  LsGoalScore added = { goal_id, score, weight };

  g_return_if_fail (LS_IS_EVALUATION (self));
  g_return_if_fail (ls_gas_score_is_valid (score));
  g_return_if_fail (weight >= 0.0);

  for (guint i = 0; i < self->scores->len; i++)
    {
      LsGoalScore *s = &g_array_index (self->scores, LsGoalScore, i);

      if (s->goal_id == goal_id)
        {
          *s = added;
          return;
        }
    }
  g_array_append_val (self->scores, added);
}

gboolean
ls_evaluation_lookup_score (LsEvaluation *self,
                            gint64        goal_id,
                            int          *score)
{
  g_return_val_if_fail (LS_IS_EVALUATION (self), FALSE);

  for (guint i = 0; i < self->scores->len; i++)
    if (g_array_index (self->scores, LsGoalScore, i).goal_id == goal_id)
      {
        if (score != NULL)
          *score = g_array_index (self->scores, LsGoalScore, i).score;
        return TRUE;
      }
  return FALSE;
}

guint
ls_evaluation_get_n_scores (LsEvaluation *self)
{
  g_return_val_if_fail (LS_IS_EVALUATION (self), 0);
  return self->scores->len;
}

const LsGoalScore *
ls_evaluation_get_score (LsEvaluation *self,
                         guint         index)
{
  g_return_val_if_fail (LS_IS_EVALUATION (self), NULL);
  g_return_val_if_fail (index < self->scores->len, NULL);
  return &g_array_index (self->scores, LsGoalScore, index);
}

void
ls_evaluation_clear_scores (LsEvaluation *self)
{
  g_return_if_fail (LS_IS_EVALUATION (self));
  g_array_set_size (self->scores, 0);
}

double
ls_evaluation_get_t_score (LsEvaluation *self)
{
  g_autofree int *scores = NULL;
  g_autofree double *weights = NULL;
  guint n;

  g_return_val_if_fail (LS_IS_EVALUATION (self), NAN);

  n = self->scores->len;
  if (n == 0)
    return NAN;
  scores = g_new (int, n);
  weights = g_new (double, n);
  for (guint i = 0; i < n; i++)
    {
      scores[i] = g_array_index (self->scores, LsGoalScore, i).score;
      weights[i] = g_array_index (self->scores, LsGoalScore, i).weight;
    }
  return ls_gas_t_score (scores, weights, n);
}
