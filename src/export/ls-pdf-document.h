/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "ls-doc-layout.h"
#include "ls-legal-texts.h"
#include "ls-letter-content.h"
#include "ls-private-file.h"

G_BEGIN_DECLS

/* Turns letter content (what a document says) into an LsDoc laid out on A4
 * pages with the letterhead, "Side n av m" in the letter's language and the
 * tagged structure; the same layout draws the PDF, the preview in the app
 * and the printed pages. */

/* The decision letter, the plan and the report differ only in their
 * content; the easy-read documents (the easy-read letter, "Min livsskisse")
 * have no text below 14 pt, a compact header, pictograms and a wheel with
 * large labels. */
LsDocLayout *ls_pdf_layout_new    (LsLetterContent  *content,
                                   LsLegalTexts     *legal);

/* Lays out and writes @content to @path. @warnings (may be NULL) receives a
 * new array of GError * for what was made anyway (a missing logo, a word
 * broken in the middle); FALSE only when no PDF was written. */
gboolean     ls_pdf_write_content (LsLetterContent  *content,
                                   LsLegalTexts     *legal,
                                   const char       *path,
                                   GPtrArray       **warnings,
                                   GError          **error);
/* The same into @file, left uncommitted (see ls-private-file.h). */
gboolean     ls_pdf_write_content_to (LsLetterContent  *content,
                                      LsLegalTexts     *legal,
                                      LsPrivateFile    *file,
                                      GPtrArray       **warnings,
                                      GError          **error);

/* The same as the bytes of a PDF file: what an issued decision stores of
 * each document it sent (ls_store_save_issued_document()). */
GBytes      *ls_pdf_content_to_bytes (LsLetterContent  *content,
                                      LsLegalTexts     *legal,
                                      GPtrArray       **warnings,
                                      GError          **error);

G_END_DECLS
