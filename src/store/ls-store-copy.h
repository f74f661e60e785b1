/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-store.h"

G_BEGIN_DECLS

/* Copies everything @from holds — persons, cases, sketches with every
 * reading, decisions with their chain and issued documents, evaluations,
 * plans, the catalogs and the audit — into @to, which must be empty (no
 * persons, no audit), keeping every id. All of it in one transaction on
 * @to: on any failure @to is left as it was. Both at the latest schema.
 * Moves a desk's file to a team's server (livsskisse-cli copy). */
gboolean   ls_store_copy_all           (LsStore  *from,
                                        LsStore  *to,
                                        GError  **error);
/* How many rows @store holds in each table the copy moves, as
 * "table\tcount" lines in a fixed order (for checking a copy). */
char      *ls_store_describe_counts    (LsStore  *store,
                                        GError  **error);

G_END_DECLS
