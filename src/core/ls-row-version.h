/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The version of the stored row a domain object (a person, case, sketch,
 * reading, entry, decision, goal, measure, evaluation or service plan) was
 * loaded with or last saved as: 1 when first stored, one more on every
 * change; 0 for an object never stored. The store saves an object only
 * while its row still has this version (a compare-and-swap), so nobody's
 * change is ever overwritten unseen, and gives the object the new version
 * after a save. */
gint64  ls_row_version_get  (gpointer  object);
void    ls_row_version_set  (gpointer  object,
                             gint64    version);

G_END_DECLS
