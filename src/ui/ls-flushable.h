/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A page that saves what is typed after a pause (the decision editor, the
 * service plan, the conversation). Before the window shows another page or
 * quits, it flushes the page shown: what is still pending is saved now, on
 * the worker the page saves with, and the window goes on when that ends.
 * When it fails the page keeps the text and shows why; the window stays. */
#define LS_TYPE_FLUSHABLE (ls_flushable_get_type ())
G_DECLARE_INTERFACE (LsFlushable, ls_flushable, LS, FLUSHABLE, GtkWidget)

struct _LsFlushableInterface
{
  GTypeInterface parent_iface;

  gboolean (*flush) (LsFlushable *self,
                     GError     **error);
  /* Optional: starts saving what is pending without waiting (on a worker
   * thread); a failure shows on the page as a failed save does. */
  void     (*save_soon) (LsFlushable *self);
  /* Whether anything typed is not saved yet (or a save is under way). */
  gboolean (*has_pending) (LsFlushable *self);
  /* Saves what is pending on the page's worker, after any save under way;
   * the callback comes on the main thread. The task holds the page (and
   * so its saver) until it ends. */
  void     (*flush_async) (LsFlushable         *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data);
  gboolean (*flush_finish) (LsFlushable  *self,
                            GAsyncResult *result,
                            GError      **error);
};

/* Waits on the calling thread: for tests only (the window never does). */
gboolean ls_flushable_flush     (LsFlushable *self,
                                 GError     **error);
gboolean ls_flushable_has_pending (LsFlushable *self);
void     ls_flushable_flush_async  (LsFlushable         *self,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data);
gboolean ls_flushable_flush_finish (LsFlushable         *self,
                                    GAsyncResult        *result,
                                    GError             **error);
/* Whether @root or a flushable widget inside it has something pending. */
gboolean ls_flushable_any_pending  (GtkWidget           *root);
/* Flushes @root and every flushable widget inside it without waiting:
 * all are tried, ls_flushable_flush_all_finish() gives the first error.
 * The task holds @root until every flush ended. */
void     ls_flushable_flush_all_async  (GtkWidget           *root,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
gboolean ls_flushable_flush_all_finish (GAsyncResult        *result,
                                        GError             **error);
/* Flushes @root and every flushable widget inside it; all are tried, the
 * first error is returned. */
gboolean ls_flushable_flush_all (GtkWidget   *root,
                                 GError     **error);
/* The same without waiting where a page can (its save_soon); a page that
 * cannot is flushed as before, and its error returned. For the window's
 * own reasons to save (the server gone or back), not for leaving a page. */
gboolean ls_flushable_save_soon_all (GtkWidget  *root,
                                     GError    **error);

G_END_DECLS
