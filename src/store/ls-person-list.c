/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A lazy list of persons. Pages are fetched by keyset (the name and id of
 * the last person of the page before), which costs the same anywhere in the
 * list; only a jump to a page whose predecessor was never seen uses OFFSET.
 * Few pages are kept; the key at the end of every page seen is remembered.
 * A list on a worker reads its pages there, one at a time, and shows
 * placeholders until a page arrives. */
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
  LsStoreWorker *worker;  /* a list on a worker, */
  GHashTable *reading;    /* page numbers being read there, */
  GCancellable *cancellable;  /* cancelled when the list is refilled */
  gboolean    counted;
};

typedef struct
{
  LsStoreWorker *worker;
  guint          page;
  LsPerson      *before;
  GPtrArray     *persons;
} PageJob;

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

/* The persons of @page: after @before (the last of the page before) when
 * known, else by position. Any thread. */
static GPtrArray *
read_page (LsStore   *store,
           guint      page,
           LsPerson  *before,
           GError   **error)
{
  if (page == 0 || before != NULL)
    return ls_store_list_persons_page (store, before, LS_PERSON_LIST_PAGE_SIZE, error);
  return ls_store_list_persons_at (store, page * LS_PERSON_LIST_PAGE_SIZE, LS_PERSON_LIST_PAGE_SIZE, error);
}

static LsPerson *
page_before (LsPersonList *self,
             guint         page)
{
  return page > 0 ? g_hash_table_lookup (self->page_ends, GUINT_TO_POINTER (page - 1)) : NULL;
}

static GPtrArray *
load_page (LsPersonList *self,
           guint         page)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *persons = read_page (self->store, page, page_before (self, page), &error);

  if (persons == NULL)
    {
      g_warning ("Could not load a page of the person list: %s", error->message);
      return NULL;
    }
  remember_page (self, page, persons);
  return persons;
}

static void
page_job_free (PageJob *job)
{
  ls_store_worker_unref (job->worker);
  g_clear_object (&job->before);
  g_clear_pointer (&job->persons, g_ptr_array_unref);
  g_free (job);
}

static void
read_page_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  PageJob *job = task_data;
  g_autoptr(GError) error = NULL;
  LsStore *store;

  if (g_task_return_error_if_cancelled (task))
    return;
  store = ls_store_worker_lock (job->worker, &error);
  if (store != NULL)
    {
      job->persons = read_page (store, job->page, job->before, &error);
      ls_store_worker_unlock (job->worker);
    }
  if (job->persons == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
page_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  LsPersonList *self = LS_PERSON_LIST (source);
  PageJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_warning ("Could not load a page of the person list: %s", error->message);
          g_hash_table_remove (self->reading, GUINT_TO_POINTER (job->page));
        }
      return;
    }
  /* The list was refilled since: what was read belongs to the list before. */
  if (g_task_get_cancellable (G_TASK (result)) != self->cancellable)
    return;
  g_hash_table_remove (self->reading, GUINT_TO_POINTER (job->page));
  ls_person_list_put_page (self, job->page, job->persons);
}

/* Reads @page on the worker, once at a time. */
static void
read_page_async (LsPersonList *self,
                 guint         page)
{
  g_autoptr(GTask) task = NULL;
  PageJob *job;

  if (g_hash_table_contains (self->reading, GUINT_TO_POINTER (page)))
    return;
  g_hash_table_add (self->reading, GUINT_TO_POINTER (page));
  job = g_new0 (PageJob, 1);
  job->worker = ls_store_worker_ref (self->worker);
  job->page = page;
  job->before = page_before (self, page) != NULL ? g_object_ref (page_before (self, page)) : NULL;
  task = g_task_new (self, self->cancellable, page_read_cb, NULL);
  g_task_set_source_tag (task, read_page_async);
  g_task_set_task_data (task, job, (GDestroyNotify) page_job_free);
  g_task_run_in_thread (task, read_page_thread);
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
  else if (self->worker != NULL)
    read_page_async (self, page);
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
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->reading, g_hash_table_unref);
  g_clear_pointer (&self->worker, ls_store_worker_unref);
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
  self->reading = g_hash_table_new (NULL, NULL);
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
  self->counted = TRUE;
  return self;
}

LsPersonList *
ls_person_list_new_on_worker (LsStoreWorker *worker)
{
  LsPersonList *self;

  g_return_val_if_fail (worker != NULL, NULL);

  self = g_object_new (LS_TYPE_PERSON_LIST, NULL);
  self->worker = ls_store_worker_ref (worker);
  self->cancellable = g_cancellable_new ();
  return self;
}

gboolean
ls_person_list_read_start (LsStore    *store,
                           guint       n_shown,
                           guint      *n_items,
                           GPtrArray **start,
                           GError    **error)
{
  guint n_pages = MAX (1, (n_shown + LS_PERSON_LIST_PAGE_SIZE - 1) / LS_PERSON_LIST_PAGE_SIZE);
  gint64 n;

  g_return_val_if_fail (LS_IS_STORE (store), FALSE);

  n = ls_store_count_persons (store, error);
  if (n < 0)
    return FALSE;
  *start = ls_store_list_persons_page (store, NULL, n_pages * LS_PERSON_LIST_PAGE_SIZE, error);
  if (*start == NULL)
    return FALSE;
  *n_items = (guint) n;
  return TRUE;
}

/* Empties the cache: the pages of another reading. */
static void
forget_pages (LsPersonList *self)
{
  g_hash_table_remove_all (self->pages);
  g_hash_table_remove_all (self->page_ends);
  g_queue_clear (&self->recent);
}

void
ls_person_list_set_start (LsPersonList *self,
                          guint         n_items,
                          GPtrArray    *start)
{
  guint removed;

  g_return_if_fail (LS_IS_PERSON_LIST (self));
  g_return_if_fail (self->worker != NULL);
  g_return_if_fail (start != NULL);

  removed = self->n_items;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_hash_table_remove_all (self->reading);
  forget_pages (self);
  /* Page 0 even when there is no one; the next pages as far as read. */
  for (guint page = 0; page == 0 || page * LS_PERSON_LIST_PAGE_SIZE < start->len; page++)
    {
      guint first = page * LS_PERSON_LIST_PAGE_SIZE;
      guint end = MIN (start->len, first + LS_PERSON_LIST_PAGE_SIZE);
      GPtrArray *persons = g_ptr_array_new_full (end - first, g_object_unref);

      for (guint i = first; i < end; i++)
        g_ptr_array_add (persons, g_object_ref (g_ptr_array_index (start, i)));
      remember_page (self, page, persons);
    }
  self->n_items = n_items;
  self->counted = TRUE;
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->n_items);
}

GPtrArray *
ls_person_list_read_page (LsStore  *store,
                          guint     page,
                          GError  **error)
{
  g_return_val_if_fail (LS_IS_STORE (store), NULL);
  return read_page (store, page, NULL, error);
}

void
ls_person_list_put_page (LsPersonList *self,
                         guint         page,
                         GPtrArray    *persons)
{
  guint first = page * LS_PERSON_LIST_PAGE_SIZE;

  g_return_if_fail (LS_IS_PERSON_LIST (self));
  g_return_if_fail (persons != NULL);

  remember_page (self, page, g_ptr_array_ref (persons));
  if (first < self->n_items)
    g_list_model_items_changed (G_LIST_MODEL (self), first, MIN (LS_PERSON_LIST_PAGE_SIZE, self->n_items - first),
                                MIN (LS_PERSON_LIST_PAGE_SIZE, self->n_items - first));
}

gboolean
ls_person_list_is_counted (LsPersonList *self)
{
  g_return_val_if_fail (LS_IS_PERSON_LIST (self), FALSE);
  return self->counted;
}

void
ls_person_list_reload (LsPersonList *self)
{
  guint removed;

  g_return_if_fail (LS_IS_PERSON_LIST (self));

  g_return_if_fail (self->worker == NULL);

  removed = self->n_items;
  forget_pages (self);
  self->n_items = count (self);
  g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->n_items);
}

guint
ls_person_list_get_n_cached_pages (LsPersonList *self)
{
  g_return_val_if_fail (LS_IS_PERSON_LIST (self), 0);
  return g_hash_table_size (self->pages);
}
