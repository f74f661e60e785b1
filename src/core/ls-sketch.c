/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One life-sketch session: who took part, a reading per life domain, the
 * entries in the person's words, what matters most (priority order) and
 * what was agreed. Sessions are kept over time, never overwritten. */
#define G_LOG_DOMAIN "ls-sketch"

#include <string.h>

#include "ls-value.h"
#include "ls-sketch.h"

struct _LsSketch
{
  GObject parent_instance;
  gint64 id;
  gint64 person_id;
  gint64 case_id;
  GDate *date;
  LsSketchStatus status;
  char *agreements;
  GPtrArray  *participants;
  GListStore *readings;
  GListStore *entries;
  GStrv       priorities;
};

G_DEFINE_FINAL_TYPE (LsSketch, ls_sketch, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_PERSON_ID,
  PROP_CASE_ID,
  PROP_DATE,
  PROP_STATUS,
  PROP_AGREEMENTS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const ls_sketch_status_keys[] = {
  [LS_SKETCH_IN_PROGRESS] = "in-progress",
  [LS_SKETCH_FINISHED] = "finished",
};

const char *
ls_sketch_status_to_string (LsSketchStatus value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (ls_sketch_status_keys), NULL);
  return ls_sketch_status_keys[value];
}

gboolean
ls_sketch_status_from_string (const char *key,
                              LsSketchStatus *value)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (ls_sketch_status_keys); i++)
    if (g_str_equal (key, ls_sketch_status_keys[i]))
      {
        *value = (LsSketchStatus) i;
        return TRUE;
      }
  return FALSE;
}

static void
ls_sketch_finalize (GObject *object)
{
  LsSketch *self = (LsSketch *) object;

  g_clear_pointer (&self->date, g_date_free);
  g_free (self->agreements);
  g_clear_pointer (&self->participants, g_ptr_array_unref);
  g_clear_object (&self->readings);
  g_clear_object (&self->entries);
  g_clear_pointer (&self->priorities, g_strfreev);
  G_OBJECT_CLASS (ls_sketch_parent_class)->finalize (object);
}

static void
ls_sketch_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  LsSketch *self = (LsSketch *) object;

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
    case PROP_DATE:
      g_value_set_boxed (value, self->date);
      break;
    case PROP_STATUS:
      g_value_set_int (value, self->status);
      break;
    case PROP_AGREEMENTS:
      g_value_set_string (value, self->agreements);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_sketch_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  LsSketch *self = (LsSketch *) object;

  switch (prop_id)
    {
    case PROP_ID:
      ls_sketch_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_PERSON_ID:
      ls_sketch_set_person_id (self, g_value_get_int64 (value));
      break;
    case PROP_CASE_ID:
      ls_sketch_set_case_id (self, g_value_get_int64 (value));
      break;
    case PROP_DATE:
      ls_sketch_set_date (self, g_value_get_boxed (value));
      break;
    case PROP_STATUS:
      ls_sketch_set_status (self, g_value_get_int (value));
      break;
    case PROP_AGREEMENTS:
      ls_sketch_set_agreements (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_sketch_class_init (LsSketchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ls_sketch_finalize;
  object_class->get_property = ls_sketch_get_property;
  object_class->set_property = ls_sketch_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PERSON_ID] =
    g_param_spec_int64 ("person-id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASE_ID] =
    g_param_spec_int64 ("case-id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE] =
    g_param_spec_boxed ("date", NULL, NULL, G_TYPE_DATE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_STATUS] =
    g_param_spec_int ("status", NULL, NULL, LS_SKETCH_IN_PROGRESS, LS_SKETCH_FINISHED, LS_SKETCH_IN_PROGRESS,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AGREEMENTS] =
    g_param_spec_string ("agreements", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ls_sketch_init (LsSketch *self)
{
  self->participants = g_ptr_array_new_with_free_func ((GDestroyNotify) ls_participant_free);
  self->readings = g_list_store_new (LS_TYPE_DOMAIN_READING);
  self->entries = g_list_store_new (LS_TYPE_SKETCH_ENTRY);
  self->priorities = g_new0 (char *, 1);
}

LsSketch *
ls_sketch_new (void)
{
  return g_object_new (LS_TYPE_SKETCH, NULL);
}

gint64
ls_sketch_get_id (LsSketch *self)
{
  g_return_val_if_fail (LS_IS_SKETCH (self), 0);
  return self->id;
}

void
ls_sketch_set_id (LsSketch *self,
                  gint64 id)
{
  g_return_if_fail (LS_IS_SKETCH (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ls_sketch_get_person_id (LsSketch *self)
{
  g_return_val_if_fail (LS_IS_SKETCH (self), 0);
  return self->person_id;
}

void
ls_sketch_set_person_id (LsSketch *self,
                         gint64 person_id)
{
  g_return_if_fail (LS_IS_SKETCH (self));

  if (self->person_id == person_id)
    return;
  self->person_id = person_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PERSON_ID]);
}

gint64
ls_sketch_get_case_id (LsSketch *self)
{
  g_return_val_if_fail (LS_IS_SKETCH (self), 0);
  return self->case_id;
}

void
ls_sketch_set_case_id (LsSketch *self,
                       gint64 case_id)
{
  g_return_if_fail (LS_IS_SKETCH (self));

  if (self->case_id == case_id)
    return;
  self->case_id = case_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASE_ID]);
}

const GDate *
ls_sketch_get_date (LsSketch *self)
{
  g_return_val_if_fail (LS_IS_SKETCH (self), NULL);
  return self->date;
}

void
ls_sketch_set_date (LsSketch *self,
                    const GDate *date)
{
  g_return_if_fail (LS_IS_SKETCH (self));

  if (!ls_date_set (&self->date, date))
    return;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE]);
}

LsSketchStatus
ls_sketch_get_status (LsSketch *self)
{
  g_return_val_if_fail (LS_IS_SKETCH (self), 0);
  return self->status;
}

void
ls_sketch_set_status (LsSketch *self,
                      LsSketchStatus status)
{
  g_return_if_fail (LS_IS_SKETCH (self));
  g_return_if_fail ((guint) status <= LS_SKETCH_FINISHED);

  if (self->status == status)
    return;
  self->status = status;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STATUS]);
}

const char *
ls_sketch_get_agreements (LsSketch *self)
{
  g_return_val_if_fail (LS_IS_SKETCH (self), NULL);
  return self->agreements;
}

void
ls_sketch_set_agreements (LsSketch *self,
                          const char *agreements)
{
  g_return_if_fail (LS_IS_SKETCH (self));

  if (ls_str_set (&self->agreements, agreements))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AGREEMENTS]);
}

GPtrArray *
ls_sketch_get_participants (LsSketch *self)
{
  g_return_val_if_fail (LS_IS_SKETCH (self), NULL);
  return self->participants;
}

void
ls_sketch_add_participant (LsSketch   *self,
                           const char *name,
                           const char *role)
{
  g_return_if_fail (LS_IS_SKETCH (self));
  g_return_if_fail (name != NULL);

  g_ptr_array_add (self->participants, ls_participant_new (name, role, NULL));
}

GListStore *
ls_sketch_get_readings (LsSketch *self)
{
  g_return_val_if_fail (LS_IS_SKETCH (self), NULL);
  return self->readings;
}

LsDomainReading *
ls_sketch_get_reading (LsSketch   *self,
                       const char *domain_key)
{
  guint n;

  g_return_val_if_fail (LS_IS_SKETCH (self), NULL);
  g_return_val_if_fail (domain_key != NULL, NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->readings));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(LsDomainReading) reading = g_list_model_get_item (G_LIST_MODEL (self->readings), i);

      if (g_strcmp0 (ls_domain_reading_get_domain_key (reading), domain_key) == 0)
        return reading;   /* the store keeps its reference */
    }
  return NULL;
}

LsDomainReading *
ls_sketch_ensure_reading (LsSketch   *self,
                          const char *domain_key)
{
  LsDomainReading *reading = ls_sketch_get_reading (self, domain_key);
  g_autoptr(LsDomainReading) added = NULL;

  if (reading != NULL)
    return reading;
  added = ls_domain_reading_new_for_domain (domain_key);
  g_list_store_append (self->readings, added);
  return added;
}

GListStore *
ls_sketch_get_entries (LsSketch *self)
{
  g_return_val_if_fail (LS_IS_SKETCH (self), NULL);
  return self->entries;
}

const char * const *
ls_sketch_get_priorities (LsSketch *self)
{
  g_return_val_if_fail (LS_IS_SKETCH (self), NULL);
  return (const char * const *) self->priorities;
}

void
ls_sketch_set_priorities (LsSketch           *self,
                          const char * const *priorities)
{
  g_return_if_fail (LS_IS_SKETCH (self));

  g_strfreev (self->priorities);
  self->priorities = priorities != NULL ? g_strdupv ((char **) priorities) : g_new0 (char *, 1);
}

char *
ls_sketch_priority_for_entry (gint64 entry_id)
{
  return g_strdup_printf ("entry:%" G_GINT64_FORMAT, entry_id);
}

gint64
ls_sketch_priority_entry_id (const char *priority)
{
  if (priority == NULL || !g_str_has_prefix (priority, "entry:"))
    return 0;
  return g_ascii_strtoll (priority + strlen ("entry:"), NULL, 10);
}
