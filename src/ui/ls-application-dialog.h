/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-store.h"

G_BEGIN_DECLS

/* The new application form (REFERENCE §1): what is applied for, by whom,
 * through which channel, when it was received. Saves a case for the person.
 * Signals: "saved" (gint64 case_id). */

#define LS_TYPE_APPLICATION_DIALOG (ls_application_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LsApplicationDialog, ls_application_dialog, LS, APPLICATION_DIALOG, AdwWindow)

GtkWidget *ls_application_dialog_new (GtkWindow *parent,
                                      LsStore   *store,
                                      gint64     person_id);

G_END_DECLS
