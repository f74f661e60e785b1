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

/* Someone else saved @theirs while the caseworker changed @base into
 * @mine (three dictionaries as ls_object_to_variant() gives them, of the
 * same object): the values as they should be saved now, each the
 * caseworker's where they changed it and theirs everywhere else, with
 * theirs' row version. @clash is set TRUE when a value was changed by
 * both, to different values (the result then holds the caseworker's, and
 * the caller should let them choose); FALSE when the two changes fit
 * together. */
GVariant *ls_object_variant_merge    (GVariant *base,
                                      GVariant *mine,
                                      GVariant *theirs,
                                      gboolean *clash);

G_END_DECLS
