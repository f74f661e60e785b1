/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ls-store-worker"

#include "ls-store-worker.h"

struct _LsStoreWorker
{
  GMutex   lock;
  LsStore *origin;
  LsStore *store;
};

static void
worker_clear (LsStoreWorker *self)
{
  g_mutex_clear (&self->lock);
  g_clear_object (&self->store);
  g_clear_object (&self->origin);
}

LsStoreWorker *
ls_store_worker_new (LsStore *origin)
{
  LsStoreWorker *self;

  g_return_val_if_fail (LS_IS_STORE (origin), NULL);

  self = g_atomic_rc_box_new0 (LsStoreWorker);
  g_mutex_init (&self->lock);
  self->origin = g_object_ref (origin);
  return self;
}

LsStoreWorker *
ls_store_worker_ref (LsStoreWorker *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
ls_store_worker_unref (LsStoreWorker *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) worker_clear);
}

LsStore *
ls_store_worker_lock (LsStoreWorker  *self,
                      GError        **error)
{
  g_mutex_lock (&self->lock);
  if (self->store == NULL)
    self->store = ls_store_open_another (self->origin, error);
  if (self->store == NULL)
    g_mutex_unlock (&self->lock);
  return self->store;
}

void
ls_store_worker_unlock (LsStoreWorker *self)
{
  g_mutex_unlock (&self->lock);
}
