/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>
#include <cairo.h>

G_BEGIN_DECLS

/* A document as a list of blocks (headings, paragraphs, lists, tables,
 * figures). Builders in src/export fill one from core content; an
 * LsDocLayout lays it out onto pages. Texts are Pango markup unless a
 * function says "text": escape user text with g_markup_escape_text() or use
 * the _text variants. Blocks are owned by the document. */

#define LS_TYPE_DOC (ls_doc_get_type ())
G_DECLARE_FINAL_TYPE (LsDoc, ls_doc, LS, DOC, GObject)

typedef struct _LsDocBlock LsDocBlock;

typedef enum
{
  LS_DOC_BLOCK_HEADING,
  LS_DOC_BLOCK_PARAGRAPH,
  LS_DOC_BLOCK_LIST,
  LS_DOC_BLOCK_TABLE,
  LS_DOC_BLOCK_FIGURE,
  LS_DOC_BLOCK_PAGE_BREAK,
} LsDocBlockKind;

typedef enum
{
  LS_DOC_PARAGRAPH_NORMAL,
  LS_DOC_PARAGRAPH_SMALL,     /* footnotes, legal references */
  LS_DOC_PARAGRAPH_LEAD,      /* larger, for the easy-read letter */
  LS_DOC_PARAGRAPH_CALLOUT,   /* boxed with a bar: trial period, deadlines */
  LS_DOC_PARAGRAPH_ADDRESS,   /* the recipient: on the first page where a
                               * window envelope shows it (ls-doc-layout.h) */
  LS_DOC_PARAGRAPH_FIELDS,    /* small labelled values in columns, see
                               * ls_doc_add_fields() */
} LsDocParagraphStyle;

/* Draws a figure with its top-left corner at (0, 0) in a box of
 * @width × @height points; @cr is saved and restored around the call. */
typedef void (*LsDocDrawFunc) (cairo_t *cr,
                               double   width,
                               double   height,
                               gpointer user_data);

LsDoc      *ls_doc_new                (void);

/* Metadata; see ls_doc_pdf_apply_metadata() for what reaches the PDF. */
void        ls_doc_set_title          (LsDoc *self, const char *title);
const char *ls_doc_get_title          (LsDoc *self);
void        ls_doc_set_author         (LsDoc *self, const char *author);
const char *ls_doc_get_author         (LsDoc *self);
void        ls_doc_set_subject        (LsDoc *self, const char *subject);
const char *ls_doc_get_subject        (LsDoc *self);
void        ls_doc_set_keywords       (LsDoc *self, const char *keywords);
const char *ls_doc_get_keywords       (LsDoc *self);
/* BCP 47 language ("nb", "nn"). */
void        ls_doc_set_language       (LsDoc *self, const char *language);
const char *ls_doc_get_language       (LsDoc *self);
/* NULL = now, at the time the PDF is written. */
void        ls_doc_set_creation_date  (LsDoc *self, GDateTime *date);
GDateTime  *ls_doc_get_creation_date  (LsDoc *self);

/* Blocks, appended in order. */
LsDocBlock *ls_doc_add_heading        (LsDoc *self, guint level, const char *markup);
LsDocBlock *ls_doc_add_heading_text   (LsDoc *self, guint level, const char *text);
LsDocBlock *ls_doc_add_paragraph      (LsDoc *self, const char *markup);
LsDocBlock *ls_doc_add_paragraph_text (LsDoc *self, const char *text);
/* A paragraph of labelled values side by side in equal columns, the labels
 * above the values ("Vår ref." over "2026/12"): plain texts, @labels and
 * @values NULL-terminated and of the same length. */
LsDocBlock *ls_doc_add_fields         (LsDoc             *self,
                                       const char *const *labels,
                                       const char *const *values);
LsDocBlock *ls_doc_add_list           (LsDoc *self, gboolean numbered);
void        ls_doc_list_add_item      (LsDocBlock *list, const char *markup);
void        ls_doc_list_add_item_text (LsDocBlock *list, const char *text);
/* @column_widths: @n_columns relative widths (any unit, they are scaled to
 * the text width), or NULL for equal columns. */
LsDocBlock *ls_doc_add_table          (LsDoc        *self,
                                       guint         n_columns,
                                       const double *column_widths);
/* @cells: n_columns markup strings (NULL entries = empty). The header row
 * repeats at the top of every page the table continues on. */
void        ls_doc_table_set_header   (LsDocBlock        *table,
                                       const char *const *cells);
void        ls_doc_table_add_row      (LsDocBlock        *table,
                                       const char *const *cells);
void        ls_doc_table_add_row_text (LsDocBlock        *table,
                                       const char *const *cells);
LsDocBlock *ls_doc_add_figure         (LsDoc         *self,
                                       double         width,
                                       double         height,
                                       LsDocDrawFunc  draw,
                                       gpointer       user_data,
                                       GDestroyNotify destroy,
                                       const char    *alt_text);
/* A visible caption under the figure (plain text). */
void        ls_doc_figure_set_caption (LsDocBlock *figure, const char *caption);
/* What the figure shows, for a screen reader (the PDF's /Alt). */
const char *ls_doc_figure_get_alt_text (LsDocBlock *figure);
LsDocBlock *ls_doc_add_page_break     (LsDoc *self);

/* Paragraph looks (paragraphs only). */
void        ls_doc_block_set_paragraph_style (LsDocBlock          *block,
                                              LsDocParagraphStyle  style);
/* Never split this block over two pages (if it fits on one). Headings,
 * figures and table rows are always kept together. */
void        ls_doc_block_set_keep_together   (LsDocBlock *block,
                                              gboolean    keep);
/* Put this block on the same page as the start of the next one. Headings
 * keep with next by default. */
void        ls_doc_block_set_keep_with_next  (LsDocBlock *block,
                                              gboolean    keep);
/* A pictogram (ls-pictogram.h; a name not in the bundle falls back to the
 * general one of its kind) in a square of @size points at the left of a
 * heading or paragraph, the text beside it and the block kept together.
 * It is drawn inside the block's own structure element: it repeats what
 * the text says, so it needs no alternative text of its own. */
void        ls_doc_block_set_pictogram       (LsDocBlock *block,
                                              const char *name,
                                              double      size);

guint           ls_doc_get_n_blocks     (LsDoc *self);
LsDocBlock     *ls_doc_get_block        (LsDoc *self, guint index);
LsDocBlockKind  ls_doc_block_get_kind   (LsDocBlock *block);

G_END_DECLS
