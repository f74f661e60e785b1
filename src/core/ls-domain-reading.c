/* SPDX-License-Identifier: GPL-3.0-or-later */
/* How one life domain stands at one sketch session: the person's own
 * rating (1-10 or pictograms) and the caseworker's, kept apart so that a
 * disagreement is never overwritten. */
#define G_LOG_DOMAIN "ls-domain-reading"

#include "ls-value.h"
#include "ls-domain-reading.h"

struct _LsDomainReading
{
  GObject parent_instance;
  char *domain_key;
  int self_rating;
  LsPictogramRating pictogram;
  int caseworker_rating;
  gboolean skipped;
};

G_DEFINE_FINAL_TYPE (LsDomainReading, ls_domain_reading, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOMAIN_KEY,
  PROP_SELF_RATING,
  PROP_PICTOGRAM,
  PROP_CASEWORKER_RATING,
  PROP_SKIPPED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char * const ls_pictogram_rating_keys[] = {
  [LS_PICTOGRAM_UNSET] = "unset",
  [LS_PICTOGRAM_GOOD] = "good",
  [LS_PICTOGRAM_SO_SO] = "so-so",
  [LS_PICTOGRAM_HARD] = "hard",
};

const char *
ls_pictogram_rating_to_string (LsPictogramRating value)
{
  g_return_val_if_fail ((guint) value < G_N_ELEMENTS (ls_pictogram_rating_keys), NULL);
  return ls_pictogram_rating_keys[value];
}

gboolean
ls_pictogram_rating_from_string (const char *key,
                                 LsPictogramRating *value)
{
  for (guint i = 0; key != NULL && i < G_N_ELEMENTS (ls_pictogram_rating_keys); i++)
    if (g_str_equal (key, ls_pictogram_rating_keys[i]))
      {
        *value = (LsPictogramRating) i;
        return TRUE;
      }
  return FALSE;
}

static void
ls_domain_reading_finalize (GObject *object)
{
  LsDomainReading *self = (LsDomainReading *) object;

  g_free (self->domain_key);
  G_OBJECT_CLASS (ls_domain_reading_parent_class)->finalize (object);
}

static void
ls_domain_reading_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  LsDomainReading *self = (LsDomainReading *) object;

  switch (prop_id)
    {
    case PROP_DOMAIN_KEY:
      g_value_set_string (value, self->domain_key);
      break;
    case PROP_SELF_RATING:
      g_value_set_int (value, self->self_rating);
      break;
    case PROP_PICTOGRAM:
      g_value_set_int (value, self->pictogram);
      break;
    case PROP_CASEWORKER_RATING:
      g_value_set_int (value, self->caseworker_rating);
      break;
    case PROP_SKIPPED:
      g_value_set_boolean (value, self->skipped);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_domain_reading_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  LsDomainReading *self = (LsDomainReading *) object;

  switch (prop_id)
    {
    case PROP_DOMAIN_KEY:
      ls_domain_reading_set_domain_key (self, g_value_get_string (value));
      break;
    case PROP_SELF_RATING:
      ls_domain_reading_set_self_rating (self, g_value_get_int (value));
      break;
    case PROP_PICTOGRAM:
      ls_domain_reading_set_pictogram (self, g_value_get_int (value));
      break;
    case PROP_CASEWORKER_RATING:
      ls_domain_reading_set_caseworker_rating (self, g_value_get_int (value));
      break;
    case PROP_SKIPPED:
      ls_domain_reading_set_skipped (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ls_domain_reading_class_init (LsDomainReadingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ls_domain_reading_finalize;
  object_class->get_property = ls_domain_reading_get_property;
  object_class->set_property = ls_domain_reading_set_property;

  properties[PROP_DOMAIN_KEY] =
    g_param_spec_string ("domain-key", NULL, NULL, NULL,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELF_RATING] =
    g_param_spec_int ("self-rating", NULL, NULL, 0, 10, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PICTOGRAM] =
    g_param_spec_int ("pictogram", NULL, NULL, LS_PICTOGRAM_UNSET, LS_PICTOGRAM_HARD, LS_PICTOGRAM_UNSET,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CASEWORKER_RATING] =
    g_param_spec_int ("caseworker-rating", NULL, NULL, 0, 10, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SKIPPED] =
    g_param_spec_boolean ("skipped", NULL, NULL, FALSE,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ls_domain_reading_init (LsDomainReading *self)
{
}

LsDomainReading *
ls_domain_reading_new (void)
{
  return g_object_new (LS_TYPE_DOMAIN_READING, NULL);
}

const char *
ls_domain_reading_get_domain_key (LsDomainReading *self)
{
  g_return_val_if_fail (LS_IS_DOMAIN_READING (self), NULL);
  return self->domain_key;
}

void
ls_domain_reading_set_domain_key (LsDomainReading *self,
                                  const char *domain_key)
{
  g_return_if_fail (LS_IS_DOMAIN_READING (self));

  if (ls_str_set (&self->domain_key, domain_key))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOMAIN_KEY]);
}

int
ls_domain_reading_get_self_rating (LsDomainReading *self)
{
  g_return_val_if_fail (LS_IS_DOMAIN_READING (self), 0);
  return self->self_rating;
}

void
ls_domain_reading_set_self_rating (LsDomainReading *self,
                                   int self_rating)
{
  g_return_if_fail (LS_IS_DOMAIN_READING (self));
  g_return_if_fail (self_rating >= 0 && self_rating <= 10);

  if (self->self_rating == self_rating)
    return;
  self->self_rating = self_rating;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELF_RATING]);
}

LsPictogramRating
ls_domain_reading_get_pictogram (LsDomainReading *self)
{
  g_return_val_if_fail (LS_IS_DOMAIN_READING (self), 0);
  return self->pictogram;
}

void
ls_domain_reading_set_pictogram (LsDomainReading *self,
                                 LsPictogramRating pictogram)
{
  g_return_if_fail (LS_IS_DOMAIN_READING (self));
  g_return_if_fail ((guint) pictogram <= LS_PICTOGRAM_HARD);

  if (self->pictogram == pictogram)
    return;
  self->pictogram = pictogram;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PICTOGRAM]);
}

int
ls_domain_reading_get_caseworker_rating (LsDomainReading *self)
{
  g_return_val_if_fail (LS_IS_DOMAIN_READING (self), 0);
  return self->caseworker_rating;
}

void
ls_domain_reading_set_caseworker_rating (LsDomainReading *self,
                                         int caseworker_rating)
{
  g_return_if_fail (LS_IS_DOMAIN_READING (self));
  g_return_if_fail (caseworker_rating >= 0 && caseworker_rating <= 10);

  if (self->caseworker_rating == caseworker_rating)
    return;
  self->caseworker_rating = caseworker_rating;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CASEWORKER_RATING]);
}

gboolean
ls_domain_reading_get_skipped (LsDomainReading *self)
{
  g_return_val_if_fail (LS_IS_DOMAIN_READING (self), FALSE);
  return self->skipped;
}

void
ls_domain_reading_set_skipped (LsDomainReading *self,
                               gboolean skipped)
{
  g_return_if_fail (LS_IS_DOMAIN_READING (self));

  skipped = !!skipped;
  if (self->skipped == skipped)
    return;
  self->skipped = skipped;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SKIPPED]);
}

LsDomainReading *
ls_domain_reading_new_for_domain (const char *domain_key)
{
  return g_object_new (LS_TYPE_DOMAIN_READING, "domain-key", domain_key, NULL);
}
