/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* The main window's exchange actions: win.import-cases, win.export-all
 * and win.export-person (int64 person id). */
void _ls_window_exchange_class_init (GtkWidgetClass *widget_class);

G_END_DECLS
