/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

void ls_test_assert_header_caps (GtkWidget  *root);
/* The text of the visible labels under @widget, one a line, added to @out. */
void       ls_test_collect_text (GtkWidget  *widget,
                                 GString    *out);
/* The shown, sensitive button under @widget whose words begin with @text. */
GtkWidget *ls_test_find_button  (GtkWidget  *widget,
                                 const char *text);
