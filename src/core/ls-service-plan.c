/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A service plan / individual plan with what forskrift om habilitering,
 * rehabilitering, individuell plan og koordinator § 19 asks for
 * (REFERENCE.md §8). The measures themselves live in the linked decision. */
#define G_LOG_DOMAIN "ls-service-plan"

#include "ls-value.h"
#include "ls-service-plan.h"

struct _LsServicePlan
{
  GObject parent_instance;
  gint64 id;
  gint64 person_id;
  gint64 decision_id;
  char *goals;
  char *coordinator;
  char *implementation;
  GDate *period_start;
  GDate *period_end;
  GDate *revision_date;
  gboolean consent_plan;
  gboolean consent_share;
  char *cooperation;
  GPtrArray *participants;
};

G_DEFINE_FINAL_TYPE (LsServicePlan, ls_service_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  PROP_DECISION_ID,
  PROP_GOALS,
  PROP_COORDINATOR,
  PROP_IMPLEMENTATION,
  PROP_PERIOD_START,
  PROP_PERIOD_END,
  PROP_REVISION_DATE,
  PROP_CONSENT_PLAN,
  PROP_CONSENT_SHARE,
  PROP_COOPERATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ls_service_plan_finalize (GObject *object)
{
  LsServicePlan *self = (LsServicePlan *) object;

  g_free (self->goals);
  g_free (self->coordinator);
  g_free (self->implementation);
  g_clear_pointer (&self->period_start, g_date_free);
  g_clear_pointer (&self->period_end, g_date_free);
  g_clear_pointer (&self->revision_date, g_date_free);
  g_free (self->cooperation);
  g_clear_pointer (&self->participants, g_ptr_array_unref);
  G_OBJECT_CLASS (ls_service_plan_parent_class)->finalize (object);
}

static void
ls_service_plan_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LsServicePlan *self = (LsServicePlan *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;
    case PROP_DECISION_ID:
      g_value_set_int64 (value, self->decision_id);
      break;
    case PROP_GOALS:
      g_value_set_string (value, self->goals);
      break;
    case PROP_COORDINATOR:
      g_value_set_string (value, self->coordinator);
      break;
    case PROP_IMPLEMENTATION:
      g_value_set_string (value, self->implementation);
      break;
    case PROP_PERIOD_START:
      g_value_set_boxed (value, self->period_start);
      break;
    case PROP_PERIOD_END:
      g_value_set_boxed (value, self->period_end);
      break;
    case PROP_REVISION_DATE:
      g_value_set_boxed (value, self->revision_date);
      break;
    case PROP_CONSENT_PLAN:
      g_value_set_boolean (value, self->consent_plan);
      break;
    case PROP_CONSENT_SHARE:
      g_value_set_boolean (value, self->consent_share);
      break;
    case PROP_COOPERATION:
      g_value_set_string (value, self->cooperation);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_service_plan_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LsServicePlan *self = (LsServicePlan *) object;

  switch (prop_id)
    {
    case PROP_ID:
      ls_service_plan_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_PERSON_ID:
      ls_service_plan_set_person_id (self, g_value_get_int64 (value));
      break;
    case PROP_DECISION_ID:
      ls_service_plan_set_decision_id (self, g_value_get_int64 (value));
      break;
    case PROP_GOALS:
      ls_service_plan_set_goals (self, g_value_get_string (value));
      break;
    case PROP_COORDINATOR:
      ls_service_plan_set_coordinator (self, g_value_get_string (value));
      break;
    case PROP_IMPLEMENTATION:
      ls_service_plan_set_implementation (self, g_value_get_string (value));
      break;
    case PROP_PERIOD_START:
      ls_service_plan_set_period_start (self, g_value_get_boxed (value));
      break;
    case PROP_PERIOD_END:
      ls_service_plan_set_period_end (self, g_value_get_boxed (value));
      break;
    case PROP_REVISION_DATE:
      ls_service_plan_set_revision_date (self, g_value_get_boxed (value));
      break;
    case PROP_CONSENT_PLAN:
      ls_service_plan_set_consent_plan (self, g_value_get_boolean (value));
      break;
    case PROP_CONSENT_SHARE:
      ls_service_plan_set_consent_share (self, g_value_get_boolean (value));
      break;
    case PROP_COOPERATION:
      ls_service_plan_set_cooperation (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_service_plan_class_init (LsServicePlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ls_service_plan_finalize;
  object_class->get_property = ls_service_plan_get_property;
  object_class->set_property = ls_service_plan_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DECISION_ID] =
    g_param_spec_int64 ("decision-id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GOALS] =
    g_param_spec_string ("goals", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COORDINATOR] =
    g_param_spec_string ("coordinator", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_IMPLEMENTATION] =
    g_param_spec_string ("implementation", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERIOD_START] =
    g_param_spec_boxed ("period-start", NULL, NULL, G_TYPE_DATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERIOD_END] =
    g_param_spec_boxed ("period-end", NULL, NULL, G_TYPE_DATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REVISION_DATE] =
    g_param_spec_boxed ("revision-date", NULL, NULL, G_TYPE_DATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONSENT_PLAN] =
    g_param_spec_boolean ("consent-plan", NULL, NULL, FALSE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONSENT_SHARE] =
    g_param_spec_boolean ("consent-share", NULL, NULL, FALSE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_COOPERATION] =
    g_param_spec_string ("cooperation", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ls_service_plan_init (LsServicePlan *self)
{
  self->participants = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_participant_free);
}

LsServicePlan *
ls_service_plan_new (void)
{
  return g_object_new (LS_TYPE_SERVICE_PLAN, NULL);
}

gint64
ls_service_plan_get_id (LsServicePlan *self)
{
  g_return_val_if_fail (LS_IS_SERVICE_PLAN (self), 0);
  return self->id;
}

void
ls_service_plan_set_id (LsServicePlan *self,
                        gint64 id)
{
  g_return_if_fail (LS_IS_SERVICE_PLAN (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ls_service_plan_get_person_id (LsServicePlan *self)
{
  g_return_val_if_fail (LS_IS_SERVICE_PLAN (self), 0);
  return self->person_id;
}

void
ls_service_plan_set_person_id (LsServicePlan *self,
                               gint64 person_id)
{
  g_return_if_fail (LS_IS_SERVICE_PLAN (self));

  if (self->person_id == person_id)
    return;
  self->person_id = person_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

gint64
ls_service_plan_get_decision_id (LsServicePlan *self)
{
  g_return_val_if_fail (LS_IS_SERVICE_PLAN (self), 0);
  return self->decision_id;
}

void
ls_service_plan_set_decision_id (LsServicePlan *self,
                                 gint64 decision_id)
{
  g_return_if_fail (LS_IS_SERVICE_PLAN (self));

  if (self->decision_id == decision_id)
    return;
  self->decision_id = decision_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION_ID]);
}

const char *
ls_service_plan_get_goals (LsServicePlan *self)
{
  g_return_val_if_fail (LS_IS_SERVICE_PLAN (self), NULL);
  return self->goals;
}

void
ls_service_plan_set_goals (LsServicePlan *self,
                           const char *goals)
{
  g_return_if_fail (LS_IS_SERVICE_PLAN (self));

  if (ls_str_set (&self->goals, goals))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOALS]);
}

const char *
ls_service_plan_get_coordinator (LsServicePlan *self)
{
  g_return_val_if_fail (LS_IS_SERVICE_PLAN (self), NULL);
  return self->coordinator;
}

void
ls_service_plan_set_coordinator (LsServicePlan *self,
                                 const char *coordinator)
{
  g_return_if_fail (LS_IS_SERVICE_PLAN (self));

  if (ls_str_set (&self->coordinator, coordinator))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COORDINATOR]);
}

const char *
ls_service_plan_get_implementation (LsServicePlan *self)
{
  g_return_val_if_fail (LS_IS_SERVICE_PLAN (self), NULL);
  return self->implementation;
}

void
ls_service_plan_set_implementation (LsServicePlan *self,
                                    const char *implementation)
{
  g_return_if_fail (LS_IS_SERVICE_PLAN (self));

  if (ls_str_set (&self->implementation, implementation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_IMPLEMENTATION]);
}

const GDate *
ls_service_plan_get_period_start (LsServicePlan *self)
{
  g_return_val_if_fail (LS_IS_SERVICE_PLAN (self), NULL);
  return self->period_start;
}

void
ls_service_plan_set_period_start (LsServicePlan *self,
                                  const GDate *period_start)
{
  g_return_if_fail (LS_IS_SERVICE_PLAN (self));

  if (!ls_date_set (&self->period_start, period_start))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD_START]);
}

const GDate *
ls_service_plan_get_period_end (LsServicePlan *self)
{
  g_return_val_if_fail (LS_IS_SERVICE_PLAN (self), NULL);
  return self->period_end;
}

void
ls_service_plan_set_period_end (LsServicePlan *self,
                                const GDate *period_end)
{
  g_return_if_fail (LS_IS_SERVICE_PLAN (self));

  if (!ls_date_set (&self->period_end, period_end))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERIOD_END]);
}

const GDate *
ls_service_plan_get_revision_date (LsServicePlan *self)
{
  g_return_val_if_fail (LS_IS_SERVICE_PLAN (self), NULL);
  return self->revision_date;
}

void
ls_service_plan_set_revision_date (LsServicePlan *self,
                                   const GDate *revision_date)
{
  g_return_if_fail (LS_IS_SERVICE_PLAN (self));

  if (!ls_date_set (&self->revision_date, revision_date))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REVISION_DATE]);
}

gboolean
ls_service_plan_get_consent_plan (LsServicePlan *self)
{
  g_return_val_if_fail (LS_IS_SERVICE_PLAN (self), FALSE);
  return self->consent_plan;
}

void
ls_service_plan_set_consent_plan (LsServicePlan *self,
                                  gboolean consent_plan)
{
  g_return_if_fail (LS_IS_SERVICE_PLAN (self));

  consent_plan = !!consent_plan;
  if (self->consent_plan == consent_plan)
    return;
  self->consent_plan = consent_plan;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_PLAN]);
}

gboolean
ls_service_plan_get_consent_share (LsServicePlan *self)
{
  g_return_val_if_fail (LS_IS_SERVICE_PLAN (self), FALSE);
  return self->consent_share;
}

void
ls_service_plan_set_consent_share (LsServicePlan *self,
                                   gboolean consent_share)
{
  g_return_if_fail (LS_IS_SERVICE_PLAN (self));

  consent_share = !!consent_share;
  if (self->consent_share == consent_share)
    return;
  self->consent_share = consent_share;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONSENT_SHARE]);
}

const char *
ls_service_plan_get_cooperation (LsServicePlan *self)
{
  g_return_val_if_fail (LS_IS_SERVICE_PLAN (self), NULL);
  return self->cooperation;
}

void
ls_service_plan_set_cooperation (LsServicePlan *self,
                                 const char *cooperation)
{
  g_return_if_fail (LS_IS_SERVICE_PLAN (self));

  if (ls_str_set (&self->cooperation, cooperation))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COOPERATION]);
}

GPtrArray *
ls_service_plan_get_participants (LsServicePlan *self)
{
  g_return_val_if_fail (LS_IS_SERVICE_PLAN (self), NULL);
  return self->participants;
}

void
ls_service_plan_add_participant (LsServicePlan *self,
                                 const char    *name,
                                 const char    *role,
                                 const char    *contribution)
{
  g_return_if_fail (LS_IS_SERVICE_PLAN (self));
  g_return_if_fail (name != NULL);

  g_ptr_array_add (self->participants, ls_participant_new (name, role, contribution));
}
