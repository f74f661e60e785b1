/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Binary sort keys that put names in Norwegian order (… X Y Z Æ Ø Å, "Aa"
 * as "Å") with ICU's "nb" collation. Keys compare as bytes (memcmp, then the
 * shorter first), which is how SQLite compares a BLOB and PostgreSQL a
 * bytea, so both engines sort identically. A key is only comparable with
 * keys made under the same ls_sort_key_collator_version(). Any thread;
 * NULL counts as "", and invalid UTF-8 is repaired, never refused. */

/* The key of a person's name: the family name decides, then the given
 * name; case and accents only break ties. See docs/sorting.md. */
GBytes     *ls_sort_key_for_name           (const char *family_name,
                                            const char *given_name);
/* The key of any single string. */
GBytes     *ls_sort_key_for_text           (const char *text);
/* ICU's collator version, e.g. "153.120.42": when it changes, stored keys
 * must be made again. The same string PostgreSQL keeps in
 * pg_collation.collversion for an ICU collation on the same ICU. */
const char *ls_sort_key_collator_version   (void);

G_END_DECLS
