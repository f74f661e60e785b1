/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs a poppler-utils program on @pdf and returns its stdout; skips the
 * test when poppler-utils is not installed. */
char    *ls_test_poppler       (const char *program,
                                const char *pdf);
/* pdftotext with every run of white space made one space, so a phrase
 * wrapped over two lines is still found. */
char    *ls_test_pdf_text      (const char *pdf);
guint    ls_test_pdf_pages     (const char *pdf);
/* The lines of page @page (from 1) of @pdf that hold text, as
 * `pdftotext -layout` sets them, stripped; running header and footer
 * included. NULL when skipped. */
GStrv    ls_test_pdf_page_lines (const char *pdf,
                                 guint       page);
/* The first line of every heading (H1-H3) in the tagged structure
 * (`pdfinfo -struct-text`). NULL when skipped. */
GStrv    ls_test_pdf_headings  (const char *pdf);
void     ls_test_assert_fonts_embedded (const char *pdf);
void     ls_test_assert_contains (const char *haystack,
                                  const char *needle);
/* When LIVSSKISSE_KEEP_PDF is set, copies @pdf into that folder as @name,
 * to look at. */
void     ls_test_keep_pdf      (const char *pdf,
                                const char *name);

G_END_DECLS
