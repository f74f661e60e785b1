/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-store.h"

G_BEGIN_DECLS

/* One connection for a view's worker threads: made from @origin with
 * ls_store_open_another on first use (on the worker, never on the main
 * thread) and shared by every task of the view, one at a time (a store's
 * statement cache is not thread-safe). Reference counted: a task still
 * running keeps it after its view is gone. */
typedef struct _LsStoreWorker LsStoreWorker;

LsStoreWorker *ls_store_worker_new    (LsStore        *origin);
LsStoreWorker *ls_store_worker_ref    (LsStoreWorker  *self);
void           ls_store_worker_unref  (LsStoreWorker  *self);
/* Waits for the connection and holds it: the store to use until
 * ls_store_worker_unlock(), or NULL with @error (then nothing is held). */
LsStore       *ls_store_worker_lock   (LsStoreWorker  *self,
                                       GError        **error);
void           ls_store_worker_unlock (LsStoreWorker  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (LsStoreWorker, ls_store_worker_unref)

G_END_DECLS
