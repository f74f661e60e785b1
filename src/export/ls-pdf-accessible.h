/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ls-doc-layout.h"
#include "ls-private-file.h"

G_BEGIN_DECLS

/* What cairo 1.16 cannot write into its tagged PDF, added with qpdf's C
 * API (never hand-written PDF syntax) so that a screen reader reads the
 * documents right (PDF/UA in substance): the document language (/Lang,
 * "nb-NO" or "nn-NO"), the title shown instead of the file name, XMP
 * metadata with the title, the language and the PDF/UA identification, an
 * /Alt on each Figure structure element (the LsDoc's figures' alternative
 * texts, in document order) and a /Scope on each table header (TH).
 * Every PDF the program writes goes through here. */

/* @pdf: what cairo wrote for @doc (ls_doc_pdf_write_bytes()). Returns the
 * completed PDF, or NULL with @error set. */
GBytes   *ls_pdf_accessible_complete (GBytes         *pdf,
                                      LsDoc          *doc,
                                      GError        **error);

/* @layout drawn by cairo and completed: the PDF every document is. */
GBytes   *ls_pdf_accessible_render   (LsDocLayout    *layout,
                                      GError        **error);

/* For tests, before the first PDF: the file name libqpdf is loaded from. */
void      _ls_pdf_accessible_set_library (const char *file_name);

G_END_DECLS
