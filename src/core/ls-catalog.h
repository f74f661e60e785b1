/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The catalogs shipped in data/catalog: loaded into the database at first
 * run, edited there afterwards. Names come in the language of @locale
 * ("nb", "nn", or NULL for the current one). */
GListStore *ls_catalog_load_domains (const char *locale,
                                     GError    **error);

/* One raw catalog file ("domains.ini", "services.ini", "iplos.ini") from the
 * resource, for copying into the database. */
GKeyFile   *ls_catalog_load_key_file (const char *name,
                                      GError    **error);

G_END_DECLS
