/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A case (sak): the application that starts the process, and where the
 * case stands in it (REFERENCE.md §3). */
#define G_LOG_DOMAIN "ls-case"

#include "ls-value.h"
#include "ls-case.h"

struct _LsCase
{
  GObject parent_instance;
  gint64 id;
  gint64 person_id;
  char *case_number;
  GDate *received;
  char *applied_for;
  char *applied_by;
  char *channel;
  LsCaseStatus status;
};

G_DEFINE_FINAL_TYPE (LsCase, ls_case, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  PROP_CASE_NUMBER,
  PROP_RECEIVED,
  PROP_APPLIED_FOR,
  PROP_APPLIED_BY,
  PROP_CHANNEL,
  PROP_STATUS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const ls_case_status_keys[] = {
  [LS_CASE_RECEIVED] = "received",
  [LS_CASE_MAPPING] = "mapping",
  [LS_CASE_PLANNING] = "planning",
  [LS_CASE_DECIDED] = "decided",
  [LS_CASE_EVALUATING] = "evaluating",
  [LS_CASE_CLOSED] = "closed",
};

const char *
ls_case_status_to_string (LsCaseStatus value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (ls_case_status_keys), NULL);
  return ls_case_status_keys[value];
}

gboolean
ls_case_status_from_string (const char *key,
                            LsCaseStatus *value)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (ls_case_status_keys); i++)
    if (g_str_equal (key, ls_case_status_keys[i]))
      {
        *value = (LsCaseStatus) i;
        return TRUE;
      }
  return FALSE;
}

static void
ls_case_finalize (GObject *object)
{
  LsCase *self = (LsCase *) object;

  g_free (self->case_number);
  g_clear_pointer (&self->received, g_date_free);
  g_free (self->applied_for);
  g_free (self->applied_by);
  g_free (self->channel);
  G_OBJECT_CLASS (ls_case_parent_class)->finalize (object);
}

static void
ls_case_get_property (GObject    *object,
                     guint       prop_id,
                     GValue     *value,
                     GParamSpec *pspec)
{
  LsCase *self = (LsCase *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_PERSON_ID:
      g_value_set_int64 (value, self->person_id);
      break;
    case PROP_CASE_NUMBER:
      g_value_set_string (value, self->case_number);
      break;
    case PROP_RECEIVED:
      g_value_set_boxed (value, self->received);
      break;
    case PROP_APPLIED_FOR:
      g_value_set_string (value, self->applied_for);
      break;
    case PROP_APPLIED_BY:
      g_value_set_string (value, self->applied_by);
      break;
    case PROP_CHANNEL:
      g_value_set_string (value, self->channel);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_case_set_property (GObject      *object,
                     guint         prop_id,
                     const GValue *value,
                     GParamSpec   *pspec)
{
  LsCase *self = (LsCase *) object;

  switch (prop_id)
    {
    case PROP_ID:
      ls_case_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_PERSON_ID:
      ls_case_set_person_id (self, g_value_get_int64 (value));
      break;
    case PROP_CASE_NUMBER:
      ls_case_set_case_number (self, g_value_get_string (value));
      break;
    case PROP_RECEIVED:
      ls_case_set_received (self, g_value_get_boxed (value));
      break;
    case PROP_APPLIED_FOR:
      ls_case_set_applied_for (self, g_value_get_string (value));
      break;
    case PROP_APPLIED_BY:
      ls_case_set_applied_by (self, g_value_get_string (value));
      break;
    case PROP_CHANNEL:
      ls_case_set_channel (self, g_value_get_string (value));
      break;
    case PROP_STATUS:
      ls_case_set_status (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_case_class_init (LsCaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ls_case_finalize;
  object_class->get_property = ls_case_get_property;
  object_class->set_property = ls_case_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_NUMBER] =
    g_param_spec_string ("case-number", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RECEIVED] =
    g_param_spec_boxed ("received", NULL, NULL, G_TYPE_DATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_APPLIED_FOR] =
    g_param_spec_string ("applied-for", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_APPLIED_BY] =
    g_param_spec_string ("applied-by", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHANNEL] =
    g_param_spec_string ("channel", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, LS_CASE_RECEIVED, LS_CASE_CLOSED, LS_CASE_RECEIVED,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ls_case_init (LsCase *self)
{
}

LsCase *
ls_case_new (void)
{
  return g_object_new (LS_TYPE_CASE, NULL);
}

gint64
ls_case_get_id (LsCase *self)
{
  g_return_val_if_fail (LS_IS_CASE (self), 0);
  return self->id;
}

void
ls_case_set_id (LsCase *self,
                gint64 id)
{
  g_return_if_fail (LS_IS_CASE (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ls_case_get_person_id (LsCase *self)
{
  g_return_val_if_fail (LS_IS_CASE (self), 0);
  return self->person_id;
}

void
ls_case_set_person_id (LsCase *self,
                       gint64 person_id)
{
  g_return_if_fail (LS_IS_CASE (self));

  if (self->person_id == person_id)
    return;
  self->person_id = person_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

const char *
ls_case_get_case_number (LsCase *self)
{
  g_return_val_if_fail (LS_IS_CASE (self), NULL);
  return self->case_number;
}

void
ls_case_set_case_number (LsCase *self,
                         const char *case_number)
{
  g_return_if_fail (LS_IS_CASE (self));

  if (ls_str_set (&self->case_number, case_number))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_NUMBER]);
}

const GDate *
ls_case_get_received (LsCase *self)
{
  g_return_val_if_fail (LS_IS_CASE (self), NULL);
  return self->received;
}

void
ls_case_set_received (LsCase *self,
                      const GDate *received)
{
  g_return_if_fail (LS_IS_CASE (self));

  if (!ls_date_set (&self->received, received))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECEIVED]);
}

const char *
ls_case_get_applied_for (LsCase *self)
{
  g_return_val_if_fail (LS_IS_CASE (self), NULL);
  return self->applied_for;
}

void
ls_case_set_applied_for (LsCase *self,
                         const char *applied_for)
{
  g_return_if_fail (LS_IS_CASE (self));

  if (ls_str_set (&self->applied_for, applied_for))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLIED_FOR]);
}

const char *
ls_case_get_applied_by (LsCase *self)
{
  g_return_val_if_fail (LS_IS_CASE (self), NULL);
  return self->applied_by;
}

void
ls_case_set_applied_by (LsCase *self,
                        const char *applied_by)
{
  g_return_if_fail (LS_IS_CASE (self));

  if (ls_str_set (&self->applied_by, applied_by))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_APPLIED_BY]);
}

const char *
ls_case_get_channel (LsCase *self)
{
  g_return_val_if_fail (LS_IS_CASE (self), NULL);
  return self->channel;
}

void
ls_case_set_channel (LsCase *self,
                     const char *channel)
{
  g_return_if_fail (LS_IS_CASE (self));

  if (ls_str_set (&self->channel, channel))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHANNEL]);
}

LsCaseStatus
ls_case_get_status (LsCase *self)
{
  g_return_val_if_fail (LS_IS_CASE (self), 0);
  return self->status;
}

void
ls_case_set_status (LsCase *self,
                    LsCaseStatus status)
{
  g_return_if_fail (LS_IS_CASE (self));
  g_return_if_fail ((guint) status <= LS_CASE_CLOSED);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}
