/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

G_BEGIN_DECLS

/* Pango helpers shared by the wheel, the charts and the document layout. */

/* A context on the default font map with unhinted metrics, so text measures
 * the same on screen, on an image and on paper. Free with g_object_unref(). */
PangoContext *_ls_render_pango_context_new (void);

/* TRUE if Pango had to break a word inside to fit the layout's width
 * (PANGO_WRAP_WORD_CHAR does that rather than let it overflow). */
gboolean      _ls_render_layout_breaks_word (PangoLayout *layout);

G_END_DECLS
