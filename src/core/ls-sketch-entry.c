/* SPDX-License-Identifier: GPL-3.0-or-later */
/* One thing said in a life domain: a strength, challenge, wish, support
 * need or environmental factor, marked as the person's own words or the
 * caseworker's. */
#define G_LOG_DOMAIN "ls-sketch-entry"

#include "ls-value.h"
#include "ls-sketch-entry.h"

struct _LsSketchEntry
{
  GObject parent_instance;
  gint64 id;
  gint64 sketch_id;
  char *domain_key;
  LsEntryKind kind;
  char *text;
  LsEntryAuthor author;
  LsEnvironmentFactor environment;
  guint position;
};

G_DEFINE_FINAL_TYPE (LsSketchEntry, ls_sketch_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_SKETCH_ID,
  PROP_DOMAIN_KEY,
  PROP_KIND,
  PROP_TEXT,
  PROP_AUTHOR,
  PROP_ENVIRONMENT,
  PROP_POSITION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const ls_entry_kind_keys[] = {
  [LS_ENTRY_STRENGTH] = "strength",
  [LS_ENTRY_CHALLENGE] = "challenge",
  [LS_ENTRY_WISH] = "wish",
  [LS_ENTRY_SUPPORT_NEED] = "support-need",
  [LS_ENTRY_FACILITATOR] = "facilitator",
  [LS_ENTRY_BARRIER] = "barrier",
};

const char *
ls_entry_kind_to_string (LsEntryKind value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (ls_entry_kind_keys), NULL);
  return ls_entry_kind_keys[value];
}

gboolean
ls_entry_kind_from_string (const char *key,
                           LsEntryKind *value)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (ls_entry_kind_keys); i++)
    if (g_str_equal (key, ls_entry_kind_keys[i]))
      {
        *value = (LsEntryKind) i;
        return TRUE;
      }
  return FALSE;
}

static const char * const ls_entry_author_keys[] = {
  [LS_ENTRY_AUTHOR_PERSON] = "person",
  [LS_ENTRY_AUTHOR_CASEWORKER] = "caseworker",
};

const char *
ls_entry_author_to_string (LsEntryAuthor value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (ls_entry_author_keys), NULL);
  return ls_entry_author_keys[value];
}

gboolean
ls_entry_author_from_string (const char *key,
                             LsEntryAuthor *value)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (ls_entry_author_keys); i++)
    if (g_str_equal (key, ls_entry_author_keys[i]))
      {
        *value = (LsEntryAuthor) i;
        return TRUE;
      }
  return FALSE;
}

static const char * const ls_environment_factor_keys[] = {
  [LS_ENVIRONMENT_NONE] = "none",
  [LS_ENVIRONMENT_E1] = "e1",
  [LS_ENVIRONMENT_E3] = "e3",
  [LS_ENVIRONMENT_E4] = "e4",
  [LS_ENVIRONMENT_E5] = "e5",
};

const char *
ls_environment_factor_to_string (LsEnvironmentFactor value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (ls_environment_factor_keys), NULL);
  return ls_environment_factor_keys[value];
}

gboolean
ls_environment_factor_from_string (const char *key,
                                   LsEnvironmentFactor *value)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (ls_environment_factor_keys); i++)
    if (g_str_equal (key, ls_environment_factor_keys[i]))
      {
        *value = (LsEnvironmentFactor) i;
        return TRUE;
      }
  return FALSE;
}

static void
ls_sketch_entry_finalize (GObject *object)
{
  LsSketchEntry *self = (LsSketchEntry *) object;

  g_free (self->domain_key);
  g_free (self->text);
  G_OBJECT_CLASS (ls_sketch_entry_parent_class)->finalize (object);
}

static void
ls_sketch_entry_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LsSketchEntry *self = (LsSketchEntry *) object;

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_SKETCH_ID:
      g_value_set_int64 (value, self->sketch_id);
      break;
    case PROP_DOMAIN_KEY:
      g_value_set_string (value, self->domain_key);
      break;
    case PROP_KIND:
      g_value_set_int (value, self->kind);
      break;
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;
    case PROP_AUTHOR:
      g_value_set_int (value, self->author);
      break;
    case PROP_ENVIRONMENT:
      g_value_set_int (value, self->environment);
      break;
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_sketch_entry_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LsSketchEntry *self = (LsSketchEntry *) object;

  switch (prop_id)
    {
    case PROP_ID:
      ls_sketch_entry_set_id (self, g_value_get_int64 (value));
      break;
    case PROP_SKETCH_ID:
      ls_sketch_entry_set_sketch_id (self, g_value_get_int64 (value));
      break;
    case PROP_DOMAIN_KEY:
      ls_sketch_entry_set_domain_key (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      ls_sketch_entry_set_kind (self, g_value_get_int (value));
      break;
    case PROP_TEXT:
      ls_sketch_entry_set_text (self, g_value_get_string (value));
      break;
    case PROP_AUTHOR:
      ls_sketch_entry_set_author (self, g_value_get_int (value));
      break;
    case PROP_ENVIRONMENT:
      ls_sketch_entry_set_environment (self, g_value_get_int (value));
      break;
    case PROP_POSITION:
      ls_sketch_entry_set_position (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_sketch_entry_class_init (LsSketchEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ls_sketch_entry_finalize;
  object_class->get_property = ls_sketch_entry_get_property;
  object_class->set_property = ls_sketch_entry_set_property;

  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SKETCH_ID] =
    g_param_spec_int64 ("sketch-id", NULL, NULL, 0, G_MAXINT64, 0,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DOMAIN_KEY] =
    g_param_spec_string ("domain-key", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_int ("kind", NULL, NULL, LS_ENTRY_STRENGTH, LS_ENTRY_BARRIER, LS_ENTRY_STRENGTH,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR] =
    g_param_spec_int ("author", NULL, NULL, LS_ENTRY_AUTHOR_PERSON, LS_ENTRY_AUTHOR_CASEWORKER, LS_ENTRY_AUTHOR_PERSON,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENVIRONMENT] =
    g_param_spec_int ("environment", NULL, NULL, LS_ENVIRONMENT_NONE, LS_ENVIRONMENT_E5, LS_ENVIRONMENT_NONE,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ls_sketch_entry_init (LsSketchEntry *self)
{
}

LsSketchEntry *
ls_sketch_entry_new (void)
{
  return g_object_new (LS_TYPE_SKETCH_ENTRY, NULL);
}

gint64
ls_sketch_entry_get_id (LsSketchEntry *self)
{
  g_return_val_if_fail (LS_IS_SKETCH_ENTRY (self), 0);
  return self->id;
}

void
ls_sketch_entry_set_id (LsSketchEntry *self,
                        gint64 id)
{
  g_return_if_fail (LS_IS_SKETCH_ENTRY (self));

  if (self->id == id)
    return;
  self->id = id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

gint64
ls_sketch_entry_get_sketch_id (LsSketchEntry *self)
{
  g_return_val_if_fail (LS_IS_SKETCH_ENTRY (self), 0);
  return self->sketch_id;
}

void
ls_sketch_entry_set_sketch_id (LsSketchEntry *self,
                               gint64 sketch_id)
{
  g_return_if_fail (LS_IS_SKETCH_ENTRY (self));

  if (self->sketch_id == sketch_id)
    return;
  self->sketch_id = sketch_id;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SKETCH_ID]);
}

const char *
ls_sketch_entry_get_domain_key (LsSketchEntry *self)
{
  g_return_val_if_fail (LS_IS_SKETCH_ENTRY (self), NULL);
  return self->domain_key;
}

void
ls_sketch_entry_set_domain_key (LsSketchEntry *self,
                                const char *domain_key)
{
  g_return_if_fail (LS_IS_SKETCH_ENTRY (self));

  if (ls_str_set (&self->domain_key, domain_key))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOMAIN_KEY]);
}

LsEntryKind
ls_sketch_entry_get_kind (LsSketchEntry *self)
{
  g_return_val_if_fail (LS_IS_SKETCH_ENTRY (self), 0);
  return self->kind;
}

void
ls_sketch_entry_set_kind (LsSketchEntry *self,
                          LsEntryKind kind)
{
  g_return_if_fail (LS_IS_SKETCH_ENTRY (self));
  g_return_if_fail ((guint) kind <= LS_ENTRY_BARRIER);

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
ls_sketch_entry_get_text (LsSketchEntry *self)
{
  g_return_val_if_fail (LS_IS_SKETCH_ENTRY (self), NULL);
  return self->text;
}

void
ls_sketch_entry_set_text (LsSketchEntry *self,
                          const char *text)
{
  g_return_if_fail (LS_IS_SKETCH_ENTRY (self));

  if (ls_str_set (&self->text, text))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

LsEntryAuthor
ls_sketch_entry_get_author (LsSketchEntry *self)
{
  g_return_val_if_fail (LS_IS_SKETCH_ENTRY (self), 0);
  return self->author;
}

void
ls_sketch_entry_set_author (LsSketchEntry *self,
                            LsEntryAuthor author)
{
  g_return_if_fail (LS_IS_SKETCH_ENTRY (self));
  g_return_if_fail ((guint) author <= LS_ENTRY_AUTHOR_CASEWORKER);

  if (self->author == author)
    return;
  self->author = author;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

LsEnvironmentFactor
ls_sketch_entry_get_environment (LsSketchEntry *self)
{
  g_return_val_if_fail (LS_IS_SKETCH_ENTRY (self), 0);
  return self->environment;
}

void
ls_sketch_entry_set_environment (LsSketchEntry *self,
                                 LsEnvironmentFactor environment)
{
  g_return_if_fail (LS_IS_SKETCH_ENTRY (self));
  g_return_if_fail ((guint) environment <= LS_ENVIRONMENT_E5);

  if (self->environment == environment)
    return;
  self->environment = environment;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ENVIRONMENT]);
}

guint
ls_sketch_entry_get_position (LsSketchEntry *self)
{
  g_return_val_if_fail (LS_IS_SKETCH_ENTRY (self), 0);
  return self->position;
}

void
ls_sketch_entry_set_position (LsSketchEntry *self,
                              guint position)
{
  g_return_if_fail (LS_IS_SKETCH_ENTRY (self));

  if (self->position == position)
    return;
  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

LsSketchEntry *
ls_sketch_entry_new_with (const char    *domain_key,
                          LsEntryKind    kind,
                          LsEntryAuthor  author,
                          const char    *text)
{
  LsSketchEntry *self = ls_sketch_entry_new ();

  self->domain_key = g_strdup (domain_key);
  self->kind = kind;
  self->author = author;
  self->text = g_strdup (text);
  return self;
}

gboolean
ls_sketch_entry_has_text (LsSketchEntry *self)
{
  g_return_val_if_fail (LS_IS_SKETCH_ENTRY (self), FALSE);

  return ls_str_has_text (ls_sketch_entry_get_text (self));
}
