/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ls-store.h"

G_BEGIN_DECLS

/* The catalogs as the municipality has them in the database (copied from
 * data/catalog at first run). Names in @locale ("nb", "nn"; NULL for the
 * user's language), falling back to English. */

/* LsDomain items in their order. */
GListStore *ls_store_list_domains  (LsStore     *self,
                                    const char  *locale,
                                    GError     **error);
/* LsService items in their order. */
GListStore *ls_store_list_services (LsStore     *self,
                                    const char  *locale,
                                    GError     **error);

G_END_DECLS
