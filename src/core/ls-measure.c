/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A measure of a decision: a service from the catalog, its extent per
 * week, the provider, the period, and whether it was granted. */
#define G_LOG_DOMAIN "ls-measure"

#include "ls-value.h"
#include "ls-measure.h"

struct _LsMeasure
{
  GObject parent_instance;
  gint64 id;
  gint64 decision_id;
  guint position;
  char *service_key;
  double extent;
  char *unit;
  char *provider;
  GDate *start;
  GDate *end;
  gboolean granted;
  char *refusal_grounds;
};

G_DEFINE_FINAL_TYPE (LsMeasure, ls_measure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_DECISION_ID,
  PROP_POSITION,
  PROP_SERVICE_KEY,
  PROP_EXTENT,
  PROP_UNIT,
  PROP_PROVIDER,
  PROP_START,
  PROP_END,
  PROP_GRANTED,
  PROP_REFUSAL_GROUNDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ls_measure_finalize (GObject *object)
{
  LsMeasure *self = (LsMeasure *) object;

  g_free (self->service_key);
  g_free (self->unit);
  g_free (self->provider);
  g_clear_pointer (&self->start, g_date_free);
  g_clear_pointer (&self->end, g_date_free);
  g_free (self->refusal_grounds);
  G_OBJECT_CLASS (ls_measure_parent_class)->finalize (object);
}

static void
ls_measure_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LsMeasure *self = (LsMeasure *) object;

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
    case PROP_SERVICE_KEY:
      g_value_set_string (value, self->service_key);
      break;
    case PROP_EXTENT:
      g_value_set_double (value, self->extent);
      break;
    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;
    case PROP_PROVIDER:
      g_value_set_string (value, self->provider);
      break;
    case PROP_START:
      g_value_set_boxed (value, self->start);
      break;
    case PROP_END:
      g_value_set_boxed (value, self->end);
      break;
    case PROP_GRANTED:
      g_value_set_boolean (value, self->granted);
      break;
    case PROP_REFUSAL_GROUNDS:
      g_value_set_string (value, self->refusal_grounds);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_measure_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  LsMeasure *self = (LsMeasure *) object;

  switch (prop_id)
    {
    case PROP_ID:
      ls_measure_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_DECISION_ID:
      ls_measure_set_decision_id (self, g_value_get_int64 (value));
      break;
    case PROP_POSITION:
      ls_measure_set_position (self, g_value_get_uint (value));
      break;
    case PROP_SERVICE_KEY:
      ls_measure_set_service_key (self, g_value_get_string (value));
      break;
    case PROP_EXTENT:
      ls_measure_set_extent (self, g_value_get_double (value));
      break;
    case PROP_UNIT:
      ls_measure_set_unit (self, g_value_get_string (value));
      break;
    case PROP_PROVIDER:
      ls_measure_set_provider (self, g_value_get_string (value));
      break;
    case PROP_START:
      ls_measure_set_start (self, g_value_get_boxed (value));
      break;
    case PROP_END:
      ls_measure_set_end (self, g_value_get_boxed (value));
      break;
    case PROP_GRANTED:
      ls_measure_set_granted (self, g_value_get_boolean (value));
      break;
    case PROP_REFUSAL_GROUNDS:
      ls_measure_set_refusal_grounds (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_measure_class_init (LsMeasureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ls_measure_finalize;
  object_class->get_property = ls_measure_get_property;
  object_class->set_property = ls_measure_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DECISION_ID] =
    g_param_spec_int64 ("decision-id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SERVICE_KEY] =
    g_param_spec_string ("service-key", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_EXTENT] =
    g_param_spec_double ("extent", NULL, NULL, 0.0, 168.0, 0.0,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROVIDER] =
    g_param_spec_string ("provider", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_START] =
    g_param_spec_boxed ("start", NULL, NULL, G_TYPE_DATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_END] =
    g_param_spec_boxed ("end", NULL, NULL, G_TYPE_DATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_GRANTED] =
    g_param_spec_boolean ("granted", NULL, NULL, TRUE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_REFUSAL_GROUNDS] =
    g_param_spec_string ("refusal-grounds", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ls_measure_init (LsMeasure *self)
{
  self->granted = TRUE;
}

LsMeasure *
ls_measure_new (void)
{
  return g_object_new (LS_TYPE_MEASURE, NULL);
}

gint64
ls_measure_get_id (LsMeasure *self)
{
  g_return_val_if_fail (LS_IS_MEASURE (self), 0);
  return self->id;
}

void
ls_measure_set_id (LsMeasure *self,
                   gint64 id)
{
  g_return_if_fail (LS_IS_MEASURE (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ls_measure_get_decision_id (LsMeasure *self)
{
  g_return_val_if_fail (LS_IS_MEASURE (self), 0);
  return self->decision_id;
}

void
ls_measure_set_decision_id (LsMeasure *self,
                            gint64 decision_id)
{
  g_return_if_fail (LS_IS_MEASURE (self));

  if (self->decision_id == decision_id)
    return;
  self->decision_id = decision_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DECISION_ID]);
}

guint
ls_measure_get_position (LsMeasure *self)
{
  g_return_val_if_fail (LS_IS_MEASURE (self), 0);
  return self->position;
}

void
ls_measure_set_position (LsMeasure *self,
                         guint position)
{
  g_return_if_fail (LS_IS_MEASURE (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

const char *
ls_measure_get_service_key (LsMeasure *self)
{
  g_return_val_if_fail (LS_IS_MEASURE (self), NULL);
  return self->service_key;
}

void
ls_measure_set_service_key (LsMeasure *self,
                            const char *service_key)
{
  g_return_if_fail (LS_IS_MEASURE (self));

  if (ls_str_set (&self->service_key, service_key))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICE_KEY]);
}

double
ls_measure_get_extent (LsMeasure *self)
{
  g_return_val_if_fail (LS_IS_MEASURE (self), 0.0);
  return self->extent;
}

void
ls_measure_set_extent (LsMeasure *self,
                       double extent)
{
  g_return_if_fail (LS_IS_MEASURE (self));
  g_return_if_fail (extent >= 0.0 && extent <= 168.0);

  if (ls_double_set (&self->extent, extent))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXTENT]);
}

const char *
ls_measure_get_unit (LsMeasure *self)
{
  g_return_val_if_fail (LS_IS_MEASURE (self), NULL);
  return self->unit;
}

void
ls_measure_set_unit (LsMeasure *self,
                     const char *unit)
{
  g_return_if_fail (LS_IS_MEASURE (self));

  if (ls_str_set (&self->unit, unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

const char *
ls_measure_get_provider (LsMeasure *self)
{
  g_return_val_if_fail (LS_IS_MEASURE (self), NULL);
  return self->provider;
}

void
ls_measure_set_provider (LsMeasure *self,
                         const char *provider)
{
  g_return_if_fail (LS_IS_MEASURE (self));

  if (ls_str_set (&self->provider, provider))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROVIDER]);
}

const GDate *
ls_measure_get_start (LsMeasure *self)
{
  g_return_val_if_fail (LS_IS_MEASURE (self), NULL);
  return self->start;
}

void
ls_measure_set_start (LsMeasure *self,
                      const GDate *start)
{
  g_return_if_fail (LS_IS_MEASURE (self));

  if (!ls_date_set (&self->start, start))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_START]);
}

const GDate *
ls_measure_get_end (LsMeasure *self)
{
  g_return_val_if_fail (LS_IS_MEASURE (self), NULL);
  return self->end;
}

void
ls_measure_set_end (LsMeasure *self,
                    const GDate *end)
{
  g_return_if_fail (LS_IS_MEASURE (self));

  if (!ls_date_set (&self->end, end))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_END]);
}

gboolean
ls_measure_get_granted (LsMeasure *self)
{
  g_return_val_if_fail (LS_IS_MEASURE (self), FALSE);
  return self->granted;
}

void
ls_measure_set_granted (LsMeasure *self,
                        gboolean granted)
{
  g_return_if_fail (LS_IS_MEASURE (self));

  granted = !!granted;
  if (self->granted == granted)
    return;
  self->granted = granted;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GRANTED]);
}

const char *
ls_measure_get_refusal_grounds (LsMeasure *self)
{
  g_return_val_if_fail (LS_IS_MEASURE (self), NULL);
  return self->refusal_grounds;
}

void
ls_measure_set_refusal_grounds (LsMeasure *self,
                                const char *refusal_grounds)
{
  g_return_if_fail (LS_IS_MEASURE (self));

  if (ls_str_set (&self->refusal_grounds, refusal_grounds))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REFUSAL_GROUNDS]);
}
