/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-store.h"

G_BEGIN_DECLS

/* For `livsskisse-cli bench`: adds issued trial decisions (two measures, two
 * goals, grounds) for the first persons of @store, then times decision
 * letters end to end from the database (load, content, layout, PDF file):
 * @letter_ms the median of one letter, @batch_ms 1000 letters in one batch,
 * @pages the pages of one letter. Files are written in a folder made (and
 * removed) under @dir. */
gboolean ls_pdf_bench (LsStore     *store,
                       const char  *dir,
                       double      *letter_ms,
                       double      *batch_ms,
                       guint       *pages,
                       GError     **error);

G_END_DECLS
