/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "ls-doc-layout.h"
#include "ls-doc-private.h"

G_BEGIN_DECLS

/* A block is measured into pieces: the units pagination moves around (a
 * line of text, a table row, a figure). Pieces keep their Pango layouts so
 * what was measured is exactly what is drawn. */
typedef enum
{
  PIECE_LINE,        /* one line of a heading, paragraph or list item */
  PIECE_CALLOUT,     /* a whole boxed paragraph */
  PIECE_TABLE_ROW,   /* one row (header rows have is_header) */
  PIECE_FIGURE,
  PIECE_PAGE_BREAK,
} PieceKind;

typedef struct
{
  PieceKind    kind;
  guint        index;          /* in LsDocLayout.pieces */
  guint        block;          /* index in the document */
  guint        item;           /* list item or table row (header = 0, rows from 1) */
  double       height;
  double       space_before;   /* dropped at the top of a page */
  gboolean     keep_with_next; /* never a page break after this piece */
  gboolean     item_first;     /* first line of a list item: draws the label */
  double       min_top;        /* on the first page: starts no higher (0 = anywhere) */
  double       min_bottom;     /* on the first page: what follows starts no higher */

  PangoLayout *layout;         /* LINE, CALLOUT: the block's text */
  int          line;           /* LINE: index in layout */
  double       line_top;       /* LINE: y of the line in the layout */
  double       line_x;         /* LINE: x of the line in the layout */
  double       baseline;       /* LINE: baseline in the layout */
  double       indent;         /* LINE: x offset (list body) */
  PangoLayout *label;          /* LINE with item_first: "•", "3." */
  const char  *pictogram;      /* LINE, the first of its block: resolved name */
  double       pictogram_size;
  double       pad_top;        /* LINE: room above the text (beside a pictogram) */

  GPtrArray   *cells;          /* TABLE_ROW: PangoLayout per column */
  gboolean     is_header;
  double      *col_x;          /* TABLE_ROW: borrowed from the table's first piece */
} Piece;

typedef struct
{
  const Piece *piece;
  double       y;              /* top, page coordinates */
  gboolean     repeated;       /* a table header repeated on a later page */
} Placement;

typedef struct
{
  GArray *placements;          /* Placement */
} Page;

struct _LsDocLayout
{
  GObject        parent_instance;
  LsDoc         *doc;

  double         page_width, page_height;
  double         margin_top, margin_right, margin_bottom, margin_left;
  char          *font_family;
  double         font_size;
  double         min_text_size;  /* 0 = none */

  char         **letterhead;
  char          *logo_path;
  char          *footer_text;
  LsDocPageFunc  header_func, footer_func;
  gpointer       header_data, footer_data;
  GDestroyNotify header_destroy, footer_destroy;
  double         header_height, footer_height;
  /* The font options of the surface the whole document is drawn on, when
   * known before measuring (ls_doc_layout_render()): the measured fonts
   * then are the very fonts cairo draws with, so each glyph is loaded
   * once. NULL: not known. */
  cairo_font_options_t *surface_options;

  /* Made by _ls_doc_layout_measure(), dropped when a setting changes. */
  gboolean         measured;
  PangoContext    *context;
  PangoFontDescription *font;  /* font_family parsed, no size */
  GPtrArray       *pieces;     /* Piece *, in document order */
  GPtrArray       *col_xs;     /* double * per table, owned */
  GArray          *pages;      /* Page */
  cairo_surface_t *logo;
  GPtrArray       *warnings;   /* GError * */
};

/* Padding inside table cells and around a boxed (callout) paragraph: the
 * measure and the drawing must agree on them. */
#define LS_DOC_CELL_PAD    4.0
#define LS_DOC_CALLOUT_PAD 8.0
#define LS_DOC_CALLOUT_BAR 3.0  /* width of the callout's bar on the left */

/* ls-doc-measure.c */
void   _ls_doc_layout_measure        (LsDocLayout *self);
void   _ls_doc_layout_clear_measure  (LsDocLayout *self);
double _ls_doc_layout_header_height  (LsDocLayout *self,
                                      guint        page);
/* A line of a heading. */
gboolean _ls_doc_layout_is_heading   (LsDocLayout *self,
                                      const Piece *piece);
/* Where the body ends: above the bottom margin and the footer. */
double _ls_doc_layout_body_bottom    (LsDocLayout *self);
void   _ls_doc_layout_warn           (LsDocLayout *self,
                                      int          code,
                                      const char  *format,
                                      ...) G_GNUC_PRINTF (3, 4);
PangoLayout *_ls_doc_layout_text     (LsDocLayout *self,
                                      const char  *markup,
                                      double       size,
                                      gboolean     bold,
                                      double       width);

/* ls-doc-paginate.c */
void   _ls_doc_layout_paginate       (LsDocLayout *self);
void   _ls_doc_layout_clear_pages    (LsDocLayout *self);

/* ls-doc-draw.c */
void   _ls_doc_layout_draw_page      (LsDocLayout *self,
                                      cairo_t     *cr,
                                      guint        page);
void   _ls_doc_layout_draw_letterhead (LsDocLayout     *self,
                                       cairo_t         *cr,
                                       const LsDocRect *area,
                                       guint            page,
                                       guint            n_pages);
void   _ls_doc_layout_draw_page_footer (LsDocLayout     *self,
                                        cairo_t         *cr,
                                        const LsDocRect *area,
                                        guint            page,
                                        guint            n_pages);

G_END_DECLS
