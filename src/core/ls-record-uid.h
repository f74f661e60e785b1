/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The identifier (uid) a record brings from an exchange file, for a domain
 * object that is not stored yet (a person, case, sketch, entry, decision,
 * goal, measure, evaluation or service plan): the store inserts its row
 * with it, where a row otherwise gets a random one. NULL when it brings
 * none. Only the first insert reads it. */
const char *ls_record_uid_get (gpointer    object);
void        ls_record_uid_set (gpointer    object,
                               const char *uid);

G_END_DECLS
