/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-render-style.h"

G_BEGIN_DECLS

void          ls_ui_add_css_once (gboolean   *done,
                                  const char *css);

LsRenderStyle ls_ui_render_style (void);

GtkWidget    *ls_ui_action_button (const char *label,
                                   const char *name,
                                   const char *action,
                                   gint64      id);

G_END_DECLS
