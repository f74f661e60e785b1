/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-store.h"

G_BEGIN_DECLS

/* Signals: "saved" (gint64 person_id) once the new person is stored. */

#define LS_TYPE_PERSON_DIALOG (ls_person_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LsPersonDialog, ls_person_dialog, LS, PERSON_DIALOG, AdwWindow)

GtkWidget *ls_person_dialog_new (GtkWindow *parent,
                                 LsStore   *store);

G_END_DECLS
