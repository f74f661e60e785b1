/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A service from the service catalog (data, editable by the municipality):
 * its name, legal basis and the unit its extent is measured in. */
#define G_LOG_DOMAIN "ls-service"

#include "ls-value.h"
#include "ls-service.h"

struct _LsService
{
  GObject parent_instance;
  char *key;
  char *name;
  char *legal_basis;
  char *unit;
  guint position;
};

G_DEFINE_FINAL_TYPE (LsService, ls_service, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KEY,
  PROP_NAME,
  PROP_LEGAL_BASIS,
  PROP_UNIT,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ls_service_finalize (GObject *object)
{
  LsService *self = (LsService *) object;

  g_free (self->key);
  g_free (self->name);
  g_free (self->legal_basis);
  g_free (self->unit);
  G_OBJECT_CLASS (ls_service_parent_class)->finalize (object);
}

static void
ls_service_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  LsService *self = (LsService *) object;

  switch (prop_id)
    {
    case PROP_KEY:
      g_value_set_string (value, self->key);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_LEGAL_BASIS:
      g_value_set_string (value, self->legal_basis);
      break;
    case PROP_UNIT:
      g_value_set_string (value, self->unit);
      break;
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_service_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  LsService *self = (LsService *) object;

  switch (prop_id)
    {
    case PROP_KEY:
      ls_service_set_key (self, g_value_get_string (value));
      break;
    case PROP_NAME:
      ls_service_set_name (self, g_value_get_string (value));
      break;
    case PROP_LEGAL_BASIS:
      ls_service_set_legal_basis (self, g_value_get_string (value));
      break;
    case PROP_UNIT:
      ls_service_set_unit (self, g_value_get_string (value));
      break;
    case PROP_POSITION:
      ls_service_set_position (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_service_class_init (LsServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ls_service_finalize;
  object_class->get_property = ls_service_get_property;
  object_class->set_property = ls_service_set_property;

  properties[PROP_KEY] =
    g_param_spec_string ("key", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LEGAL_BASIS] =
    g_param_spec_string ("legal-basis", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNIT] =
    g_param_spec_string ("unit", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ls_service_init (LsService *self)
{
}

LsService *
ls_service_new (void)
{
  return g_object_new (LS_TYPE_SERVICE, NULL);
}

const char *
ls_service_get_key (LsService *self)
{
  g_return_val_if_fail (LS_IS_SERVICE (self), NULL);
  return self->key;
}

void
ls_service_set_key (LsService *self,
                    const char *key)
{
  g_return_if_fail (LS_IS_SERVICE (self));

  if (ls_str_set (&self->key, key))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEY]);
}

const char *
ls_service_get_name (LsService *self)
{
  g_return_val_if_fail (LS_IS_SERVICE (self), NULL);
  return self->name;
}

void
ls_service_set_name (LsService *self,
                     const char *name)
{
  g_return_if_fail (LS_IS_SERVICE (self));

  if (ls_str_set (&self->name, name))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NAME]);
}

const char *
ls_service_get_legal_basis (LsService *self)
{
  g_return_val_if_fail (LS_IS_SERVICE (self), NULL);
  return self->legal_basis;
}

void
ls_service_set_legal_basis (LsService *self,
                            const char *legal_basis)
{
  g_return_if_fail (LS_IS_SERVICE (self));

  if (ls_str_set (&self->legal_basis, legal_basis))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LEGAL_BASIS]);
}

const char *
ls_service_get_unit (LsService *self)
{
  g_return_val_if_fail (LS_IS_SERVICE (self), NULL);
  return self->unit;
}

void
ls_service_set_unit (LsService *self,
                     const char *unit)
{
  g_return_if_fail (LS_IS_SERVICE (self));

  if (ls_str_set (&self->unit, unit))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
}

guint
ls_service_get_position (LsService *self)
{
  g_return_val_if_fail (LS_IS_SERVICE (self), 0);
  return self->position;
}

void
ls_service_set_position (LsService *self,
                         guint position)
{
  g_return_if_fail (LS_IS_SERVICE (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}
