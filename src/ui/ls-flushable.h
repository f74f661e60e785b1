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
};

gboolean ls_flushable_flush     (LsFlushable *self,
                                 GError     **error);
/* Flushes @root and every flushable widget inside it; all are tried, the
 * first error is returned. */
gboolean ls_flushable_flush_all (GtkWidget   *root,
                                 GError     **error);

G_END_DECLS
