/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ls-store.h"

G_BEGIN_DECLS

/* Reading what a page shows without the main thread. Reading a person's
 * data writes an audit row, and that waits while another program writes
 * (an import, a demo run): so a page's data is read on a worker thread
 * with its own connection, and only then handed to the page.
 *
 * A page provides an LsUiLoadFunc: store calls only, no widgets, any
 * thread. It returns what the page shows (freed with the GDestroyNotify
 * given with it), or NULL with @error. */
typedef gpointer (*LsUiLoadFunc) (LsStore  *store,
                                  gint64    id,
                                  GError  **error);

/* Runs @load (@id) on a worker thread with a connection from
 * ls_store_open_another (@store); @callback runs on the calling thread's
 * main context. */
void     ls_ui_load_async  (gpointer             source_object,
                            LsStore             *store,
                            LsUiLoadFunc         load,
                            GDestroyNotify       free_data,
                            gint64               id,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data);
/* The same for a read that needs more than an id: @read gets @input
 * (freed with @free_input once the task ends). ls_ui_load_finish() gives
 * what it returned. */
typedef gpointer (*LsUiReadFunc) (LsStore  *store,
                                  gpointer  input,
                                  GError  **error);
void     ls_ui_read_async  (gpointer             source_object,
                            LsStore             *store,
                            LsUiReadFunc         read,
                            gpointer             input,
                            GDestroyNotify       free_input,
                            GDestroyNotify       free_data,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data);
/* What @load (or @read) returned (the caller frees it with its GDestroyNotify), or
 * NULL with @error: cancelled, busy, gone. */
gpointer ls_ui_load_finish (GAsyncResult        *result,
                            GError             **error);

/* A save (or any change) of an action — a booking, an evaluation
 * finished, a plan — the same way: @write (@input) runs on a worker thread
 * with its own connection and @callback on the calling thread's main
 * context, where ls_ui_write_finish() says whether it was done. The page
 * stays insensitive meanwhile and shows the error as it did. */
typedef gboolean (*LsUiWriteFunc) (LsStore  *store,
                                   gpointer  input,
                                   GError  **error);
void     ls_ui_write_async  (gpointer             source_object,
                             LsStore             *store,
                             LsUiWriteFunc        write,
                             gpointer             input,
                             GDestroyNotify       free_input,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data);
gboolean ls_ui_write_finish (GAsyncResult        *result,
                             GError             **error);

/* g_task_run_in_thread() for every task of the window. The worker drops
 * its reference to @task after the thread function, and when the callback
 * has already run on the main thread (and the window let go of the page
 * or dialog) that is the last one: the task's source object, a widget,
 * would be finalized on the worker, beside GTK on the main thread. Here
 * the source object is held until @task is gone and let go on the
 * context @task returns to. Everything above runs its tasks this way. */
void     ls_ui_run_in_thread (GTask           *task,
                              GTaskThreadFunc  func);

G_END_DECLS
