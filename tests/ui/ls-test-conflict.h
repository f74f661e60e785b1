/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-conflict-dialog.h"

/* The conflict dialog on screen, or NULL. */
LsConflictDialog *ls_test_conflict_dialog          (void);
/* The conflict dialog once it has opened (its reading runs on a worker;
 * up to 10 s), or NULL. */
LsConflictDialog *ls_test_wait_for_conflict_dialog (void);
/* The button under @root whose label (with its mnemonic) is @label. */
GtkWidget        *ls_test_button_labelled          (GtkWidget  *root,
                                                    const char *label);
/* Text box number @nth (from 0) under @root, in the widget tree's order. */
GtkWidget        *ls_test_nth_text_view            (GtkWidget  *root,
                                                    guint       nth);
