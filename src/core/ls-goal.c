/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A goal of a decision: SMART text and five Goal Attainment Scaling levels
 * written when the decision is made (-2 much less than expected .. +2 much
 * better), with the baseline and weight. */
#define G_LOG_DOMAIN "ls-goal"

#include "ls-value.h"
#include "ls-gas.h"
#include "ls-goal.h"

struct _LsGoal
{
  GObject parent_instance;
  gint64 id;
  gint64 decision_id;
  guint position;
  char *text;
  char *level_minus_2;
  char *level_minus_1;
  char *level_0;
  char *level_plus_1;
  char *level_plus_2;
  int baseline;
  double weight;
  char *domain_key;
  gint64 need_entry_id;
};

G_DEFINE_FINAL_TYPE (LsGoal, ls_goal, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DECISION_ID,
  PROP_POSITION,
  PROP_TEXT,
  PROP_LEVEL_MINUS_2,
  PROP_LEVEL_MINUS_1,
  PROP_LEVEL_0,
  PROP_LEVEL_PLUS_1,
  PROP_LEVEL_PLUS_2,
  PROP_BASELINE,
  PROP_WEIGHT,
  PROP_DOMAIN_KEY,
  PROP_NEED_ENTRY_ID,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ls_goal_finalize (GObject *object)
{
  LsGoal *self = (LsGoal *) object;

  g_free (self->text);
  g_free (self->level_minus_2);
  g_free (self->level_minus_1);
  g_free (self->level_0);
  g_free (self->level_plus_1);
  g_free (self->level_plus_2);
  g_free (self->domain_key);
  G_OBJECT_CLASS (ls_goal_parent_class)->finalize (object);
}

static void
ls_goal_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  LsGoal *self = (LsGoal *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_DECISION_ID:
      g_value_set_int64 (value, self->decision_id);
      break;
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_LEVEL_MINUS_2:
      g_value_set_string (value, self->level_minus_2);
      break;
    case PROP_LEVEL_MINUS_1:
      g_value_set_string (value, self->level_minus_1);
      break;
    case PROP_LEVEL_0:
      g_value_set_string (value, self->level_0);
      break;
    case PROP_LEVEL_PLUS_1:
      g_value_set_string (value, self->level_plus_1);
      break;
    case PROP_LEVEL_PLUS_2:
      g_value_set_string (value, self->level_plus_2);
      break;
    case PROP_BASELINE:
      g_value_set_int (value, self->baseline);
      break;
    case PROP_WEIGHT:
      g_value_set_double (value, self->weight);
      break;
    case PROP_DOMAIN_KEY:
      g_value_set_string (value, self->domain_key);
      break;
    case PROP_NEED_ENTRY_ID:
      g_value_set_int64 (value, self->need_entry_id);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_goal_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  LsGoal *self = (LsGoal *) object;

  switch (prop_id)
    {
    case PROP_ID:
      ls_goal_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_DECISION_ID:
      ls_goal_set_decision_id (self, g_value_get_int64 (value));
      break;
    case PROP_POSITION:
      ls_goal_set_position (self, g_value_get_uint (value));
      break;
    case PROP_TEXT:
      ls_goal_set_text (self, g_value_get_string (value));
      break;
    case PROP_LEVEL_MINUS_2:
      ls_goal_set_level_minus_2 (self, g_value_get_string (value));
      break;
    case PROP_LEVEL_MINUS_1:
      ls_goal_set_level_minus_1 (self, g_value_get_string (value));
      break;
    case PROP_LEVEL_0:
      ls_goal_set_level_0 (self, g_value_get_string (value));
      break;
    case PROP_LEVEL_PLUS_1:
      ls_goal_set_level_plus_1 (self, g_value_get_string (value));
      break;
    case PROP_LEVEL_PLUS_2:
      ls_goal_set_level_plus_2 (self, g_value_get_string (value));
      break;
    case PROP_BASELINE:
      ls_goal_set_baseline (self, g_value_get_int (value));
      break;
    case PROP_WEIGHT:
      ls_goal_set_weight (self, g_value_get_double (value));
      break;
    case PROP_DOMAIN_KEY:
      ls_goal_set_domain_key (self, g_value_get_string (value));
      break;
    case PROP_NEED_ENTRY_ID:
      ls_goal_set_need_entry_id (self, g_value_get_int64 (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_goal_class_init (LsGoalClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ls_goal_finalize;
  object_class->get_property = ls_goal_get_property;
  object_class->set_property = ls_goal_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DECISION_ID] =
    g_param_spec_int64 ("decision-id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEVEL_MINUS_2] =
    g_param_spec_string ("level-minus-2", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEVEL_MINUS_1] =
    g_param_spec_string ("level-minus-1", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEVEL_0] =
    g_param_spec_string ("level-0", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEVEL_PLUS_1] =
    g_param_spec_string ("level-plus-1", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEVEL_PLUS_2] =
    g_param_spec_string ("level-plus-2", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BASELINE] =
    g_param_spec_int ("baseline", NULL, NULL, LS_GAS_SCORE_MIN, LS_GAS_SCORE_MAX, LS_GAS_DEFAULT_BASELINE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WEIGHT] =
    g_param_spec_double ("weight", NULL, NULL, 0.0, 9.0, 1.0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOMAIN_KEY] =
    g_param_spec_string ("domain-key", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NEED_ENTRY_ID] =
    g_param_spec_int64 ("need-entry-id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ls_goal_init (LsGoal *self)
{
  self->baseline = LS_GAS_DEFAULT_BASELINE;
  self->weight = 1.0;
}

LsGoal *
ls_goal_new (void)
{
  return g_object_new (LS_TYPE_GOAL, NULL);
}

gint64
ls_goal_get_id (LsGoal *self)
{
  g_return_val_if_fail (LS_IS_GOAL (self), 0);
  return self->id;
}

void
ls_goal_set_id (LsGoal *self,
                gint64 id)
{
  g_return_if_fail (LS_IS_GOAL (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ls_goal_get_decision_id (LsGoal *self)
{
  g_return_val_if_fail (LS_IS_GOAL (self), 0);
  return self->decision_id;
}

void
ls_goal_set_decision_id (LsGoal *self,
                         gint64 decision_id)
{
  g_return_if_fail (LS_IS_GOAL (self));

  if (self->decision_id == decision_id)
    return;
  self->decision_id = decision_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION_ID]);
}

guint
ls_goal_get_position (LsGoal *self)
{
  g_return_val_if_fail (LS_IS_GOAL (self), 0);
  return self->position;
}

void
ls_goal_set_position (LsGoal *self,
                      guint position)
{
  g_return_if_fail (LS_IS_GOAL (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
ls_goal_get_text (LsGoal *self)
{
  g_return_val_if_fail (LS_IS_GOAL (self), NULL);
  return self->text;
}

void
ls_goal_set_text (LsGoal *self,
                  const char *text)
{
  g_return_if_fail (LS_IS_GOAL (self));

  if (ls_str_set (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

const char *
ls_goal_get_level_minus_2 (LsGoal *self)
{
  g_return_val_if_fail (LS_IS_GOAL (self), NULL);
  return self->level_minus_2;
}

void
ls_goal_set_level_minus_2 (LsGoal *self,
                           const char *level_minus_2)
{
  g_return_if_fail (LS_IS_GOAL (self));

  if (ls_str_set (&self->level_minus_2, level_minus_2))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL_MINUS_2]);
}

const char *
ls_goal_get_level_minus_1 (LsGoal *self)
{
  g_return_val_if_fail (LS_IS_GOAL (self), NULL);
  return self->level_minus_1;
}

void
ls_goal_set_level_minus_1 (LsGoal *self,
                           const char *level_minus_1)
{
  g_return_if_fail (LS_IS_GOAL (self));

  if (ls_str_set (&self->level_minus_1, level_minus_1))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL_MINUS_1]);
}

const char *
ls_goal_get_level_0 (LsGoal *self)
{
  g_return_val_if_fail (LS_IS_GOAL (self), NULL);
  return self->level_0;
}

void
ls_goal_set_level_0 (LsGoal *self,
                     const char *level_0)
{
  g_return_if_fail (LS_IS_GOAL (self));

  if (ls_str_set (&self->level_0, level_0))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL_0]);
}

const char *
ls_goal_get_level_plus_1 (LsGoal *self)
{
  g_return_val_if_fail (LS_IS_GOAL (self), NULL);
  return self->level_plus_1;
}

void
ls_goal_set_level_plus_1 (LsGoal *self,
                          const char *level_plus_1)
{
  g_return_if_fail (LS_IS_GOAL (self));

  if (ls_str_set (&self->level_plus_1, level_plus_1))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL_PLUS_1]);
}

const char *
ls_goal_get_level_plus_2 (LsGoal *self)
{
  g_return_val_if_fail (LS_IS_GOAL (self), NULL);
  return self->level_plus_2;
}

void
ls_goal_set_level_plus_2 (LsGoal *self,
                          const char *level_plus_2)
{
  g_return_if_fail (LS_IS_GOAL (self));

  if (ls_str_set (&self->level_plus_2, level_plus_2))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEVEL_PLUS_2]);
}

int
ls_goal_get_baseline (LsGoal *self)
{
  g_return_val_if_fail (LS_IS_GOAL (self), 0);
  return self->baseline;
}

void
ls_goal_set_baseline (LsGoal *self,
                      int baseline)
{
  g_return_if_fail (LS_IS_GOAL (self));
  g_return_if_fail (ls_gas_score_is_valid (baseline));

  if (self->baseline == baseline)
    return;
  self->baseline = baseline;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BASELINE]);
}

double
ls_goal_get_weight (LsGoal *self)
{
  g_return_val_if_fail (LS_IS_GOAL (self), 0.0);
  return self->weight;
}

void
ls_goal_set_weight (LsGoal *self,
                    double weight)
{
  g_return_if_fail (LS_IS_GOAL (self));
  g_return_if_fail (weight >= 0.0 && weight <= 9.0);

  if (ls_double_set (&self->weight, weight))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEIGHT]);
}

const char *
ls_goal_get_domain_key (LsGoal *self)
{
  g_return_val_if_fail (LS_IS_GOAL (self), NULL);
  return self->domain_key;
}

void
ls_goal_set_domain_key (LsGoal *self,
                        const char *domain_key)
{
  g_return_if_fail (LS_IS_GOAL (self));

  if (ls_str_set (&self->domain_key, domain_key))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOMAIN_KEY]);
}

gint64
ls_goal_get_need_entry_id (LsGoal *self)
{
  g_return_val_if_fail (LS_IS_GOAL (self), 0);
  return self->need_entry_id;
}

void
ls_goal_set_need_entry_id (LsGoal *self,
                           gint64 need_entry_id)
{
  g_return_if_fail (LS_IS_GOAL (self));

  if (self->need_entry_id == need_entry_id)
    return;
  self->need_entry_id = need_entry_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NEED_ENTRY_ID]);
}

const char *
ls_goal_get_level_text (LsGoal *self,
                        int     level)
{
  g_return_val_if_fail (LS_IS_GOAL (self), NULL);
  g_return_val_if_fail (ls_gas_score_is_valid (level), NULL);

  switch (level)
    {
    case -2: return self->level_minus_2;
    case -1: return self->level_minus_1;
    case 0: return self->level_0;
    case 1: return self->level_plus_1;
    default: return self->level_plus_2;
    }
}

void
ls_goal_set_level_text (LsGoal     *self,
                        int         level,
                        const char *text)
{
  g_return_if_fail (LS_IS_GOAL (self));
  g_return_if_fail (ls_gas_score_is_valid (level));

  switch (level)
    {
    case -2: ls_goal_set_level_minus_2 (self, text); break;
    case -1: ls_goal_set_level_minus_1 (self, text); break;
    case 0: ls_goal_set_level_0 (self, text); break;
    case 1: ls_goal_set_level_plus_1 (self, text); break;
    default: ls_goal_set_level_plus_2 (self, text); break;
    }
}
