/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* GTK 4.8's GtkDropDown shows a toggle button that screen readers call
 * "GtkToggleButton": give it the drop-down's name. */
void ls_a11y_name_drop_down (GtkDropDown *drop_down,
                             const char  *name);

/* AdwMessageDialog 1.2 names its response buttons "_Merge Merge" for
 * screen readers: names each button under @widget after its label,
 * without the mnemonic. */
void ls_a11y_name_response_buttons (GtkWidget *widget);

G_END_DECLS
