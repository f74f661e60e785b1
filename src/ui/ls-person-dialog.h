/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-person.h"
#include "ls-store.h"

G_BEGIN_DECLS

/* Signals: "saved" (gint64 person_id) once the person is stored. */

#define LS_TYPE_PERSON_DIALOG (ls_person_dialog_get_type ())
G_DECLARE_FINAL_TYPE (LsPersonDialog, ls_person_dialog, LS, PERSON_DIALOG, AdwWindow)

GtkWidget *ls_person_dialog_new (GtkWindow *parent,
                                 LsStore   *store);
/* The same dialog for a person already stored, as @person was read (its
 * row version): a save meets the version and a change saved by someone
 * else in between is shown beside the caseworker's own (LsConflictDialog),
 * never overwritten unseen. */
GtkWidget *ls_person_dialog_new_for_person (GtkWindow *parent,
                                            LsStore   *store,
                                            LsPerson  *person);

G_END_DECLS
