/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-store.h"

G_BEGIN_DECLS

/* A long import (the XML exchange) writes in short transactions, chunks of
 * about 200 ms, and pauses between them so that other writers (the app's
 * saves) get the write lock. It stays all or nothing: every chunk notes
 * the rows it added in a journal (tables import_runs and import_rows)
 * that the last chunk clears in its own transaction. A failed or cancelled
 * import is undone from the journal at once, one whose process died the
 * next time the database is opened.
 *
 * Each chunk is a batch (ls_store_begin_batch): the persons and entries it
 * adds are indexed for search when it commits, once. */
typedef struct _LsStoreImport LsStoreImport;

/* Begins the first chunk; the repositories' saves nest in it. */
LsStoreImport *ls_store_import_begin   (LsStore        *store,
                                        GError        **error);
/* Between two records: when the chunk has run long enough, commits it,
 * lets waiting writers through and begins the next. */
gboolean       ls_store_import_step    (LsStoreImport  *import,
                                        GError        **error);
/* Commits the last chunk together with the end of the journal: from then
 * on the records are the user's. Frees @import; when it fails, everything
 * the import wrote is undone. */
gboolean       ls_store_import_finish  (LsStoreImport  *import,
                                        GError        **error);
/* Undoes everything the import wrote, committed chunks too; frees it. */
void           ls_store_import_abort   (LsStoreImport  *import);

G_END_DECLS
