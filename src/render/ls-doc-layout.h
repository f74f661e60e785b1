/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>
#include <cairo.h>

#include "ls-doc.h"

G_BEGIN_DECLS

/* Lays an LsDoc out onto pages with Pango and draws the pages on any cairo
 * context (a PDF surface, a GtkPrintOperation page, a preview). Units are
 * PDF points; page 0 is the first page. Block content is wrapped in tagged
 * PDF structure (cairo_tag_begin: Document, H1-H3, P, L/LI/Lbl/LBody,
 * Table/TR/TH/TD, Figure); on surfaces that do not take tags they cost
 * nothing. cairo 1.16 writes no /Alt for figures: the alt text is kept on
 * the block and should also be given as a visible caption. */

#define LS_DOC_PAGE_A4_WIDTH  595.276
#define LS_DOC_PAGE_A4_HEIGHT 841.890

/* Where a window envelope (C5 or E65, the letter folded in three) shows the
 * recipient's address: 50 mm from the top of the first page, 35 mm tall,
 * starting at the left margin (20 mm). An LS_DOC_PARAGRAPH_ADDRESS block on
 * the first page starts no higher and what follows it starts below. */
#define LS_DOC_ADDRESS_TOP    141.73
#define LS_DOC_ADDRESS_HEIGHT  99.21

#define LS_DOC_LAYOUT_ERROR (ls_doc_layout_error_quark ())
GQuark ls_doc_layout_error_quark (void);

/* Codes of the warnings a layout collects; the document is still made. */
typedef enum
{
  LS_DOC_LAYOUT_ERROR_LOGO,          /* logo file missing or unreadable */
  LS_DOC_LAYOUT_ERROR_OVERLONG_WORD, /* a word wider than its column was broken */
  LS_DOC_LAYOUT_ERROR_TOO_TALL,      /* a block taller than a page was cut */
  LS_DOC_LAYOUT_ERROR_FAILED,        /* cairo reported an error */
} LsDocLayoutError;

#define LS_TYPE_DOC_LAYOUT (ls_doc_layout_get_type ())
G_DECLARE_FINAL_TYPE (LsDocLayout, ls_doc_layout, LS, DOC_LAYOUT, GObject)

typedef struct
{
  double x, y, width, height;
} LsDocRect;

/* Draws a page header or footer into @area. @page counts from 0. */
typedef void (*LsDocPageFunc) (LsDocLayout     *layout,
                               cairo_t         *cr,
                               const LsDocRect *area,
                               guint            page,
                               guint            n_pages,
                               gpointer         user_data);

LsDocLayout *ls_doc_layout_new              (LsDoc *doc);
LsDoc       *ls_doc_layout_get_doc          (LsDocLayout *self);

/* Defaults: A4, margins 56.7 pt (2 cm) left/right, 42.5 pt top/bottom,
 * body 10.5 pt LS_RENDER_DOC_FONT_FAMILY. Changing them re-paginates. */
void         ls_doc_layout_set_page_size    (LsDocLayout *self,
                                             double       width,
                                             double       height);
void         ls_doc_layout_get_page_size    (LsDocLayout *self,
                                             double      *width,
                                             double      *height);
void         ls_doc_layout_set_margins      (LsDocLayout *self,
                                             double       top,
                                             double       right,
                                             double       bottom,
                                             double       left);
void         ls_doc_layout_set_font         (LsDocLayout *self,
                                             const char  *family,
                                             double       size_pt);
/* No text of the layout (body, small print, captions, table cells,
 * letterhead) is set smaller than @size_pt; 0 (the default) = no limit.
 * Easy-read documents set 14. */
void         ls_doc_layout_set_min_text_size (LsDocLayout *self,
                                              double       size_pt);

/* The letterhead: @lines of plain text (municipality, unit, address) on the
 * right of the first page's header, the logo (a PNG file, NULL = none) on the
 * left; later pages repeat the first line small. A logo that cannot be read
 * adds a LS_DOC_LAYOUT_ERROR_LOGO warning and is left out. */
void         ls_doc_layout_set_letterhead   (LsDocLayout        *self,
                                             const char *const  *lines,
                                             const char         *logo_png_path);
/* Plain text at the left of every footer (e.g. "Case 2026/123"). */
void         ls_doc_layout_set_footer_text  (LsDocLayout *self,
                                             const char  *text);
/* Custom header/footer instead of the letterhead and "Page n of m". */
void         ls_doc_layout_set_header_func  (LsDocLayout   *self,
                                             double         height,
                                             LsDocPageFunc  func,
                                             gpointer       user_data,
                                             GDestroyNotify destroy);
void         ls_doc_layout_set_footer_func  (LsDocLayout   *self,
                                             double         height,
                                             LsDocPageFunc  func,
                                             gpointer       user_data,
                                             GDestroyNotify destroy);

/* Paginates if needed. */
guint        ls_doc_layout_get_n_pages      (LsDocLayout *self);
/* Draws one page in page coordinates (points, origin top left) without
 * cairo_show_page(); for previews and GtkPrintOperation::draw-page. */
void         ls_doc_layout_render_page      (LsDocLayout *self,
                                             cairo_t     *cr,
                                             guint        page);
/* Draws every page, calling cairo_show_page() after each, inside one
 * "Document" structure element (blocks that continue over a page break stay
 * one element). FALSE with @error if cairo failed. */
gboolean     ls_doc_layout_render           (LsDocLayout *self,
                                             cairo_t     *cr,
                                             GError     **error);

/* Warnings (GError *, domain LS_DOC_LAYOUT_ERROR) collected while laying
 * out and rendering, in order; owned by the layout. */
GPtrArray   *ls_doc_layout_get_warnings     (LsDocLayout *self);

G_END_DECLS
