/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "ls-store.h"

G_BEGIN_DECLS

/* Who is signed in, at the top of the main menu: their name, role and
 * team (ls_store_get_me()). On a desk without a caseworkers row for its
 * user, the role is the desk's preference ("decision-maker"). */
#define LS_TYPE_SIGNED_IN (ls_signed_in_get_type ())
G_DECLARE_FINAL_TYPE (LsSignedIn, ls_signed_in, LS, SIGNED_IN, GtkWidget)

GtkWidget  *ls_signed_in_new        (void);
/* Reads who is signed in to @store (NULL: nobody, hidden). */
void        ls_signed_in_set_store  (LsSignedIn *self,
                                     LsStore    *store);
/* What is shown, "Name" and "Role · Team", for tests. */
const char *ls_signed_in_get_name   (LsSignedIn *self);
const char *ls_signed_in_get_detail (LsSignedIn *self);
/* The role's name as shown ("caseworker" → "Caseworker"); NULL for none. */
const char *ls_signed_in_role_name  (const char *role);

G_END_DECLS
