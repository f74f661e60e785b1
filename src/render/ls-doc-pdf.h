/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include "ls-doc-layout.h"
#include "ls-private-file.h"

G_BEGIN_DECLS

/* Writing an LsDocLayout as a tagged PDF with cairo's own PDF surface.
 * src/export builds the documents; this is the plumbing it (and the render
 * tests) share. What cairo 1.16 cannot write (the language, figures'
 * alternative texts, table header scope, XMP) src/export/ls-pdf-accessible.c
 * adds afterwards: the program's documents are written through it. */

/* Title, author, subject, keywords, creator and creation date of @doc onto a
 * PDF surface. cairo 1.16 has no way to set the document language (/Lang):
 * ls-pdf-accessible.c writes ls_doc_get_language(). */
void     ls_doc_pdf_apply_metadata (LsDoc           *doc,
                                    cairo_surface_t *pdf_surface);

/* Shows @layout at the current point as one paragraph (P) of the PDF's
 * structure tree. Headers and footers (ls_doc_layout_set_header_func())
 * show each of their texts with it: cairo 1.16 cannot mark them as
 * artifacts, and text outside the tree is read by no screen reader. */
void     ls_doc_pdf_show_paragraph (cairo_t         *cr,
                                    PangoLayout     *layout);

/* Lays out and writes the whole document to @path, with LsPrivateFile:
 * private, never through a link, all or nothing. Warnings stay on the
 * layout (ls_doc_layout_get_warnings()); FALSE only if no PDF was made. */
gboolean ls_doc_pdf_write_file     (LsDocLayout *layout,
                                    const char  *path,
                                    GError     **error);
/* The same into @file, left uncommitted: the caller commits it (after
 * the export's audit row) or drops it. */
gboolean ls_doc_pdf_write_private  (LsDocLayout   *layout,
                                    LsPrivateFile *file,
                                    GError       **error);
/* The same into memory. */
GBytes  *ls_doc_pdf_write_bytes    (LsDocLayout *layout,
                                    GError     **error);

G_END_DECLS
