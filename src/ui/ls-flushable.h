/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A page that saves what is typed after a pause (the decision editor, the
 * service plan, the conversation). Before the window shows another page or
 * quits, it flushes the page shown: what is still pending is saved now.
 * When that fails the page keeps the text and shows why; the window stays. */
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
};

gboolean ls_flushable_flush     (LsFlushable *self,
                                 GError     **error);
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
