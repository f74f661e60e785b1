/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A life domain of the sketch ("Hjem og hverdag", ...). Domains are data
 * from the catalog, never code, so the municipality can edit them. */
#define G_LOG_DOMAIN "ls-domain"

#include "ls-domain.h"

struct _LsDomain
{
  GObject parent_instance;
  char   *key;
  char   *name;
  char   *prompt;
  char   *icf;
  guint   position;
};

G_DEFINE_FINAL_TYPE (LsDomain, ls_domain, G_TYPE_OBJECT)

static void
ls_domain_finalize (GObject *object)
{
  LsDomain *self = LS_DOMAIN (object);

  g_free (self->key);
  g_free (self->name);
  g_free (self->prompt);
  g_free (self->icf);
  G_OBJECT_CLASS (ls_domain_parent_class)->finalize (object);
}

static void
ls_domain_class_init (LsDomainClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ls_domain_finalize;
}

static void
ls_domain_init (LsDomain *self)
{
}

LsDomain *
ls_domain_new (const char *key,
               const char *name,
               const char *prompt,
               const char *icf,
               guint       position)
{
  LsDomain *self;

  g_return_val_if_fail (key != NULL && name != NULL, NULL);

  self = g_object_new (LS_TYPE_DOMAIN, NULL);
  self->key = g_strdup (key);
  self->name = g_strdup (name);
  self->prompt = g_strdup (prompt ? prompt : "");
  self->icf = g_strdup (icf ? icf : "");
  self->position = position;
  return self;
}

const char *
ls_domain_get_key (LsDomain *self)
{
  g_return_val_if_fail (LS_IS_DOMAIN (self), NULL);
  return self->key;
}

const char *
ls_domain_get_name (LsDomain *self)
{
  g_return_val_if_fail (LS_IS_DOMAIN (self), NULL);
  return self->name;
}

const char *
ls_domain_get_prompt (LsDomain *self)
{
  g_return_val_if_fail (LS_IS_DOMAIN (self), NULL);
  return self->prompt;
}

const char *
ls_domain_get_icf (LsDomain *self)
{
  g_return_val_if_fail (LS_IS_DOMAIN (self), NULL);
  return self->icf;
}

guint
ls_domain_get_position (LsDomain *self)
{
  g_return_val_if_fail (LS_IS_DOMAIN (self), 0);
  return self->position;
}

const char *
ls_domain_name_in (GListModel *domains,
                   const char *key)
{
  for (guint i = 0; domains != NULL && i < g_list_model_get_n_items (domains); i++)
    {
      g_autoptr(LsDomain) domain = g_list_model_get_item (domains, i);

      if (g_strcmp0 (ls_domain_get_key (domain), key) == 0)
        return ls_domain_get_name (domain);   /* the list keeps its ref */
    }
  return key;
}
