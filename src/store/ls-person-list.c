/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A lazy list of persons. Pages are fetched by keyset (the name and id of
 * the last person of the page before), which costs the same anywhere in the
 * list; only a jump to a page whose predecessor was never seen uses OFFSET.
 * Few pages are kept; the key at the end of every page seen is remembered. */
#define G_LOG_DOMAIN "ls-person-list"

#include "ls-person-list.h"
#include "ls-store-persons.h"

#define MAX_CACHED_PAGES 8


struct _LsPersonList
{
  GObject     parent_instance;
  LsStore    *store;
  guint       n_items;
  GHashTable *pages;      /* page number -> GPtrArray of LsPerson */
  GQueue      recent;     /* page numbers, most recently used first */
  GHashTable *page_ends;  /* page number -> its last LsPerson */
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LsPersonList, ls_person_list, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

static GType
get_item_type (GListModel *model)
{
  return LS_TYPE_PERSON;
}

static guint
get_n_items (GListModel *model)
{
  return LS_PERSON_LIST (model)->n_items;
}

static void
remember_page (LsPersonList *self,
               guint         page,
               GPtrArray    *persons)
{
  if (persons->len > 0)
    {
      LsPerson *last = g_ptr_array_index (persons, persons->len - 1);

      g_hash_table_replace (self->page_ends, GUINT_TO_POINTER (page), g_object_ref (last));
    }
  g_hash_table_replace (self->pages, GUINT_TO_POINTER (page), persons);
  g_queue_push_head (&self->recent, GUINT_TO_POINTER (page));
  while (g_queue_get_length (&self->recent) > MAX_CACHED_PAGES)
    g_hash_table_remove (self->pages, g_queue_pop_tail (&self->recent));
}

static GPtrArray *
load_page (LsPersonList *self,
           guint         page)
{
  g_autoptr(GError) error = NULL;
  LsPerson *before = page > 0 ? g_hash_table_lookup (self->page_ends, GUINT_TO_POINTER (page - 1)) : NULL;
  GPtrArray *persons;

  if (page == 0)
    persons = ls_store_list_persons_page (self->store, NULL, LS_PERSON_LIST_PAGE_SIZE, &error);
  else if (before != NULL)
    persons = ls_store_list_persons_page (self->store, before, LS_PERSON_LIST_PAGE_SIZE, &error);
  else
    persons = ls_store_list_persons_at (self->store, page * LS_PERSON_LIST_PAGE_SIZE,
                                        LS_PERSON_LIST_PAGE_SIZE, &error);
  if (persons == NULL)
    {
      g_warning ("Could not load a page of the person list: %s", error->message);
      return NULL;
    }
  remember_page (self, page, persons);
  return persons;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  LsPersonList *self = LS_PERSON_LIST (model);
  guint page = position / LS_PERSON_LIST_PAGE_SIZE;
  guint index = position % LS_PERSON_LIST_PAGE_SIZE;
  GPtrArray *persons;

  if (position >= self->n_items)
    return NULL;
  persons = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (persons != NULL)
    {
      g_queue_remove (&self->recent, GUINT_TO_POINTER (page));
      g_queue_push_head (&self->recent, GUINT_TO_POINTER (page));
    }
  else
    persons = load_page (self, page);
  /* Someone else may have deleted persons since the count: an empty
   * placeholder keeps the model's promise until the next reload. */
  if (persons == NULL || index >= persons->len)
    return ls_person_new ();
  return g_object_ref (g_ptr_array_index (persons, index));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
ls_person_list_finalize (GObject *object)
{
  LsPersonList *self = LS_PERSON_LIST (object);

  g_queue_clear (&self->recent);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_pointer (&self->page_ends, g_hash_table_unref);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (ls_person_list_parent_class)->finalize (object);
}

static void
ls_person_list_class_init (LsPersonListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ls_person_list_finalize;
}

static void
ls_person_list_init (LsPersonList *self)
{
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->page_ends = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  g_queue_init (&self->recent);
}

static guint
count (LsPersonList *self)
{
  g_autoptr(GError) error = NULL;
  gint64 n = ls_store_count_persons (self->store, &error);

  if (n < 0)
    {
      g_warning ("Could not count persons: %s", error->message);
      return 0;
    }
  return (guint) n;
}

LsPersonList *
ls_person_list_new (LsStore *store)
{
  LsPersonList *self;

  g_return_val_if_fail (LS_IS_STORE (store), NULL);

  self = g_object_new (LS_TYPE_PERSON_LIST, NULL);
  self->store = g_object_ref (store);
  self->n_items = count (self);
  return self;
}

void
ls_person_list_reload (LsPersonList *self)
{
  guint removed;

  g_return_if_fail (LS_IS_PERSON_LIST (self));

  removed = self->n_items;
  g_hash_table_remove_all (self->pages);
  g_hash_table_remove_all (self->page_ends);
  g_queue_clear (&self->recent);
  self->n_items = count (self);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->n_items);
}

guint
ls_person_list_get_n_cached_pages (LsPersonList *self)
{
  g_return_val_if_fail (LS_IS_PERSON_LIST (self), 0);
  return g_hash_table_size (self->pages);
}
