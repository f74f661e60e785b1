/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A document as content blocks, before layout. Builders append blocks in
 * reading order; LsDocLayout turns them into pages. */
#define G_LOG_DOMAIN "ls-doc"

#include "ls-doc-private.h"

struct _LsDoc
{
  GObject    parent_instance;
  GPtrArray *blocks;
  char      *title, *author, *subject, *keywords, *language;
  GDateTime *creation_date;
};

G_DEFINE_FINAL_TYPE (LsDoc, ls_doc, G_TYPE_OBJECT)

static void
block_free (gpointer data)
{
  LsDocBlock *block = data;

  if (block->destroy)
    block->destroy (block->user_data);
  g_free (block->markup);
  g_clear_pointer (&block->items, g_ptr_array_unref);
  g_free (block->column_widths);
  g_strfreev (block->header);
  g_free (block->alt_text);
  g_free (block->caption);
  g_free (block->pictogram);
  g_free (block);
}

static void
ls_doc_finalize (GObject *object)
{
  LsDoc *self = LS_DOC (object);

  g_ptr_array_unref (self->blocks);
  g_free (self->title);
  g_free (self->author);
  g_free (self->subject);
  g_free (self->keywords);
  g_free (self->language);
  g_clear_pointer (&self->creation_date, g_date_time_unref);
  G_OBJECT_CLASS (ls_doc_parent_class)->finalize (object);
}

static void
ls_doc_class_init (LsDocClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = ls_doc_finalize;
}

static void
ls_doc_init (LsDoc *self)
{
  self->blocks = g_ptr_array_new_with_free_func (block_free);
}

LsDoc *
ls_doc_new (void)
{
  return g_object_new (LS_TYPE_DOC, NULL);
}

#define STRING_PROPERTY(field)                                  \
  void                                                          \
  ls_doc_set_##field (LsDoc *self, const char *field)           \
  {                                                             \
    g_return_if_fail (LS_IS_DOC (self));                        \
    g_free (self->field);                                       \
    self->field = g_strdup (field);                             \
  }                                                             \
  const char *                                                  \
  ls_doc_get_##field (LsDoc *self)                              \
  {                                                             \
    g_return_val_if_fail (LS_IS_DOC (self), NULL);              \
    return self->field;                                         \
  }

STRING_PROPERTY (title)
STRING_PROPERTY (author)
STRING_PROPERTY (subject)
STRING_PROPERTY (keywords)
STRING_PROPERTY (language)

void
ls_doc_set_creation_date (LsDoc     *self,
                          GDateTime *date)
{
  g_return_if_fail (LS_IS_DOC (self));

  g_clear_pointer (&self->creation_date, g_date_time_unref);
  if (date)
    self->creation_date = g_date_time_ref (date);
}

GDateTime *
ls_doc_get_creation_date (LsDoc *self)
{
  g_return_val_if_fail (LS_IS_DOC (self), NULL);
  return self->creation_date;
}

static LsDocBlock *
add_block (LsDoc          *self,
           LsDocBlockKind  kind)
{
  LsDocBlock *block = g_new0 (LsDocBlock, 1);

  block->kind = kind;
  g_ptr_array_add (self->blocks, block);
  return block;
}

LsDocBlock *
ls_doc_add_heading (LsDoc      *self,
                    guint       level,
                    const char *markup)
{
  LsDocBlock *block;

  g_return_val_if_fail (LS_IS_DOC (self), NULL);
  g_return_val_if_fail (level >= 1 && level <= 3, NULL);
  g_return_val_if_fail (markup != NULL, NULL);

  block = add_block (self, LS_DOC_BLOCK_HEADING);
  block->level = level;
  block->markup = g_strdup (markup);
  block->keep_together = TRUE;
  block->keep_with_next = TRUE;
  return block;
}

LsDocBlock *
ls_doc_add_heading_text (LsDoc      *self,
                         guint       level,
                         const char *text)
{
  g_autofree char *markup = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  markup = g_markup_escape_text (text, -1);
  return ls_doc_add_heading (self, level, markup);
}

LsDocBlock *
ls_doc_add_paragraph (LsDoc      *self,
                      const char *markup)
{
  LsDocBlock *block;

  g_return_val_if_fail (LS_IS_DOC (self), NULL);
  g_return_val_if_fail (markup != NULL, NULL);

  block = add_block (self, LS_DOC_BLOCK_PARAGRAPH);
  block->markup = g_strdup (markup);
  return block;
}

LsDocBlock *
ls_doc_add_paragraph_text (LsDoc      *self,
                           const char *text)
{
  g_autofree char *markup = NULL;

  g_return_val_if_fail (text != NULL, NULL);
  markup = g_markup_escape_text (text, -1);
  return ls_doc_add_paragraph (self, markup);
}

/* The labels' colour: the layout's dim ink. */
#define FIELD_LABEL_COLOR "#5c5c66"

LsDocBlock *
ls_doc_add_fields (LsDoc             *self,
                   const char *const *labels,
                   const char *const *values)
{
  g_autoptr(GString) markup = g_string_new ("<span foreground=\"" FIELD_LABEL_COLOR "\">");
  LsDocBlock *block;
  guint i;

  g_return_val_if_fail (LS_IS_DOC (self), NULL);
  g_return_val_if_fail (labels != NULL && values != NULL, NULL);
  g_return_val_if_fail (g_strv_length ((char **) labels) == g_strv_length ((char **) values), NULL);

  for (i = 0; labels[i] != NULL; i++)
    {
      g_autofree char *label = g_markup_escape_text (labels[i], -1);

      g_string_append_printf (markup, "%s%s", i > 0 ? "\t" : "", label);
    }
  g_string_append (markup, "</span>\n");
  for (i = 0; values[i] != NULL; i++)
    {
      g_autofree char *value = g_markup_escape_text (values[i], -1);

      g_string_append_printf (markup, "%s%s", i > 0 ? "\t" : "", value);
    }
  block = ls_doc_add_paragraph (self, markup->str);
  ls_doc_block_set_paragraph_style (block, LS_DOC_PARAGRAPH_FIELDS);
  return block;
}

LsDocBlock *
ls_doc_add_list (LsDoc    *self,
                 gboolean  numbered)
{
  LsDocBlock *block;

  g_return_val_if_fail (LS_IS_DOC (self), NULL);

  block = add_block (self, LS_DOC_BLOCK_LIST);
  block->numbered = numbered;
  block->items = g_ptr_array_new_with_free_func (g_free);
  return block;
}

void
ls_doc_list_add_item (LsDocBlock *list,
                      const char *markup)
{
  g_return_if_fail (list != NULL && list->kind == LS_DOC_BLOCK_LIST);
  g_return_if_fail (markup != NULL);

  g_ptr_array_add (list->items, g_strdup (markup));
}

void
ls_doc_list_add_item_text (LsDocBlock *list,
                           const char *text)
{
  g_return_if_fail (text != NULL);
  g_return_if_fail (list != NULL && list->kind == LS_DOC_BLOCK_LIST);

  g_ptr_array_add (list->items, g_markup_escape_text (text, -1));
}

LsDocBlock *
ls_doc_add_table (LsDoc        *self,
                  guint         n_columns,
                  const double *column_widths)
{
  LsDocBlock *block;
  guint i;

  g_return_val_if_fail (LS_IS_DOC (self), NULL);
  g_return_val_if_fail (n_columns > 0, NULL);

  block = add_block (self, LS_DOC_BLOCK_TABLE);
  block->n_columns = n_columns;
  block->column_widths = g_new (double, n_columns);
  for (i = 0; i < n_columns; i++)
    block->column_widths[i] = column_widths && column_widths[i] > 0 ? column_widths[i] : 1.0;
  block->items = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return block;
}

static char **
copy_cells (guint              n_columns,
            const char *const *cells,
            gboolean           escape)
{
  char **row = g_new0 (char *, n_columns + 1);
  guint i;

  for (i = 0; i < n_columns; i++)
    {
      const char *cell = cells[i] ? cells[i] : "";

      row[i] = escape ? g_markup_escape_text (cell, -1) : g_strdup (cell);
    }
  return row;
}

void
ls_doc_table_set_header (LsDocBlock        *table,
                         const char *const *cells)
{
  g_return_if_fail (table != NULL && table->kind == LS_DOC_BLOCK_TABLE);
  g_return_if_fail (cells != NULL);

  g_strfreev (table->header);
  table->header = copy_cells (table->n_columns, cells, FALSE);
}

void
ls_doc_table_add_row (LsDocBlock        *table,
                      const char *const *cells)
{
  g_return_if_fail (table != NULL && table->kind == LS_DOC_BLOCK_TABLE);
  g_return_if_fail (cells != NULL);

  g_ptr_array_add (table->items, copy_cells (table->n_columns, cells, FALSE));
}

void
ls_doc_table_add_row_text (LsDocBlock        *table,
                           const char *const *cells)
{
  g_return_if_fail (table != NULL && table->kind == LS_DOC_BLOCK_TABLE);
  g_return_if_fail (cells != NULL);

  g_ptr_array_add (table->items, copy_cells (table->n_columns, cells, TRUE));
}

LsDocBlock *
ls_doc_add_figure (LsDoc         *self,
                   double         width,
                   double         height,
                   LsDocDrawFunc  draw,
                   gpointer       user_data,
                   GDestroyNotify destroy,
                   const char    *alt_text)
{
  LsDocBlock *block;

  g_return_val_if_fail (LS_IS_DOC (self), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);
  g_return_val_if_fail (draw != NULL, NULL);

  block = add_block (self, LS_DOC_BLOCK_FIGURE);
  block->width = width;
  block->height = height;
  block->draw = draw;
  block->user_data = user_data;
  block->destroy = destroy;
  block->alt_text = g_strdup (alt_text);
  block->keep_together = TRUE;
  return block;
}

void
ls_doc_figure_set_caption (LsDocBlock *figure,
                           const char *caption)
{
  g_return_if_fail (figure != NULL && figure->kind == LS_DOC_BLOCK_FIGURE);

  g_free (figure->caption);
  figure->caption = g_strdup (caption);
}

const char *
ls_doc_figure_get_alt_text (LsDocBlock *figure)
{
  g_return_val_if_fail (figure != NULL && figure->kind == LS_DOC_BLOCK_FIGURE, NULL);

  return figure->alt_text;
}

LsDocBlock *
ls_doc_add_page_break (LsDoc *self)
{
  g_return_val_if_fail (LS_IS_DOC (self), NULL);

  return add_block (self, LS_DOC_BLOCK_PAGE_BREAK);
}

void
ls_doc_block_set_paragraph_style (LsDocBlock          *block,
                                  LsDocParagraphStyle  style)
{
  g_return_if_fail (block != NULL && block->kind == LS_DOC_BLOCK_PARAGRAPH);

  block->style = style;
  /* A callout is one box, an address one window, fields one row: none
   * splits. */
  if (style == LS_DOC_PARAGRAPH_CALLOUT || style == LS_DOC_PARAGRAPH_ADDRESS ||
      style == LS_DOC_PARAGRAPH_FIELDS)
    block->keep_together = TRUE;
}

void
ls_doc_block_set_keep_together (LsDocBlock *block,
                                gboolean    keep)
{
  g_return_if_fail (block != NULL);
  block->keep_together = keep;
}

void
ls_doc_block_set_keep_with_next (LsDocBlock *block,
                                 gboolean    keep)
{
  g_return_if_fail (block != NULL);
  block->keep_with_next = keep;
}

void
ls_doc_block_set_pictogram (LsDocBlock *block,
                            const char *name,
                            double      size)
{
  g_return_if_fail (block != NULL);
  g_return_if_fail (block->kind == LS_DOC_BLOCK_HEADING || block->kind == LS_DOC_BLOCK_PARAGRAPH);
  g_return_if_fail (size > 0);

  g_free (block->pictogram);
  block->pictogram = g_strdup (name);
  block->pictogram_size = size;
}

guint
ls_doc_get_n_blocks (LsDoc *self)
{
  g_return_val_if_fail (LS_IS_DOC (self), 0);
  return self->blocks->len;
}

LsDocBlock *
ls_doc_get_block (LsDoc *self,
                  guint  index)
{
  g_return_val_if_fail (LS_IS_DOC (self), NULL);
  g_return_val_if_fail (index < self->blocks->len, NULL);
  return g_ptr_array_index (self->blocks, index);
}

LsDocBlockKind
ls_doc_block_get_kind (LsDocBlock *block)
{
  g_return_val_if_fail (block != NULL, LS_DOC_BLOCK_PARAGRAPH);
  return block->kind;
}
