/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

void ls_test_assert_header_caps (GtkWidget  *root);
