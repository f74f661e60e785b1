/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* A domain object's own values as a GVariant dictionary (a{sv}), to keep
 * on this computer what could not be saved and to set it again later:
 * every property that can be read and written after construction, of a
 * string, number, boolean, enum, flags or GDate type (other types, such
 * as lists, are left to the caller), and its row version ("row-version").
 * A property the object no longer has, or of another type, is skipped
 * when the values are set again. */
GVariant *ls_object_to_variant      (gpointer  object);
void      ls_object_set_from_variant (gpointer  object,
                                      GVariant *values);

G_END_DECLS
