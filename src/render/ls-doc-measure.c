/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Measuring: every block becomes pieces with Pango layouts at their final
 * width, and the keep rules become keep_with_next flags between pieces.
 * Sizes are PDF points (absolute font sizes: a point is a pixel). */
#define G_LOG_DOMAIN "ls-doc-layout"

#include <glib/gi18n.h>

#include "ls-doc-layout-private.h"
#include "ls-pictogram.h"
#include "ls-render-private.h"

#define LINE_SPACING 1.22
#define LIST_INDENT 20.0

/* At the default body size (10.5 pt); they grow with a larger body, so a
 * heading stays larger than the text under it. */
#define DEFAULT_BODY_SIZE 10.5
static const double heading_size[] = { 18.0, 14.0, 11.5 };
static const double heading_space[] = { 16.0, 12.0, 9.0 };

static void
piece_free (gpointer data)
{
  Piece *piece = data;

  g_clear_object (&piece->layout);
  g_clear_object (&piece->label);
  g_clear_pointer (&piece->cells, g_ptr_array_unref);
  g_free (piece);
}

void
_ls_doc_layout_clear_measure (LsDocLayout *self)
{
  _ls_doc_layout_clear_pages (self);
  g_clear_pointer (&self->pieces, g_ptr_array_unref);
  g_clear_pointer (&self->col_xs, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->font, pango_font_description_free);
  g_clear_pointer (&self->logo, cairo_surface_destroy);
  if (self->warnings)
    g_ptr_array_set_size (self->warnings, 0);
  self->measured = FALSE;
}

double
_ls_doc_layout_header_height (LsDocLayout *self,
                              guint        page)
{
  if (self->header_func)
    return self->header_height;
  if (self->letterhead && self->letterhead[0])
    return page == 0 ? 84 : 30;
  return 0;
}

double
_ls_doc_layout_body_bottom (LsDocLayout *self)
{
  return self->page_height - self->margin_bottom - self->footer_height;
}

static double
text_width (LsDocLayout *self)
{
  return self->page_width - self->margin_left - self->margin_right;
}

/* The body of a page after the first (the first may have a taller header). */
static double
body_height (LsDocLayout *self)
{
  return _ls_doc_layout_body_bottom (self) - self->margin_top - _ls_doc_layout_header_height (self, 1);
}

/* Reports words broken inside because they are wider than their line. */
static void
check_overlong_words (LsDocLayout *self,
                      PangoLayout *layout)
{
  if (_ls_render_layout_breaks_word (layout))
    _ls_doc_layout_warn (self, LS_DOC_LAYOUT_ERROR_OVERLONG_WORD,
                         _("A word in block %u is too long for its line and was broken"),
                         GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (layout), "ls-block")) + 1);
}

PangoLayout *
_ls_doc_layout_text (LsDocLayout *self,
                     const char  *markup,
                     double       size,
                     gboolean     bold,
                     double       width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  PangoAttrList *attributes = NULL;

  /* The family list is parsed once per measure, not once per text. */
  if (self->font == NULL)
    self->font = pango_font_description_from_string (self->font_family);
  font = pango_font_description_copy_static (self->font);
  size = MAX (size, self->min_text_size);
  /* Points as pixels at any resolution (print and preview agree); the
   * size pango describes a font by, so its metrics find this fontset. */
  pango_font_description_set_absolute_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing (layout, LINE_SPACING);

  /* Parsed once: the text and attributes checked are the ones laid out
   * (what pango_layout_set_markup() would parse a second time). */
  if (!pango_parse_markup (markup, -1, 0, &attributes, &text, NULL, &error))
    {
      /* Builders escape user text; show broken markup as it is. Pango's
       * message quotes the text ("Entity name “Nordmann” is not known"),
       * which may be personal data: log only that it happened. */
      g_warning ("Invalid markup in a document block (GMarkup error %d); shown as plain text",
                 error->code);
      pango_layout_set_text (layout, markup, -1);
    }
  else
    {
      pango_layout_set_text (layout, text, -1);
      pango_layout_set_attributes (layout, attributes);
      pango_attr_list_unref (attributes);
    }
  return layout;
}

static Piece *
add_piece (LsDocLayout *self,
           PieceKind    kind,
           guint        block)
{
  Piece *piece = g_new0 (Piece, 1);

  piece->kind = kind;
  piece->index = self->pieces->len;
  piece->block = block;
  g_ptr_array_add (self->pieces, piece);
  return piece;
}

/* One piece per line; @keep_all glues them, otherwise the first two and
 * the last two lines stay together (no orphans or widows). */
static void
add_lines (LsDocLayout *self,
           guint        block,
           guint        item,
           PangoLayout *layout,
           double       indent,
           double       space_before,
           gboolean     keep_all,
           PangoLayout *label)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int n_lines = pango_layout_get_line_count (layout);
  int line = 0;

  g_object_set_data (G_OBJECT (layout), "ls-block", GUINT_TO_POINTER (block));
  check_overlong_words (self, layout);
  do
    {
      Piece *piece = add_piece (self, PIECE_LINE, block);
      PangoRectangle logical;
      int y0, y1;

      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      piece->item = item;
      piece->layout = g_object_ref (layout);
      piece->line = line;
      piece->line_top = y0 / (double) PANGO_SCALE;
      piece->line_x = logical.x / (double) PANGO_SCALE;
      piece->baseline = pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE;
      piece->height = (y1 - y0) / (double) PANGO_SCALE;
      piece->indent = indent;
      piece->keep_with_next = keep_all ? line < n_lines - 1
                                       : (line == 0 && n_lines > 1) || line == n_lines - 2;
      if (line == 0)
        {
          piece->space_before = space_before;
          piece->item_first = label != NULL;
          piece->label = label ? g_object_ref (label) : NULL;
        }
      line++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

/* Equal columns for a fields paragraph: as many as the labels' line has. */
static void
set_field_tabs (LsDocLayout *self,
                PangoLayout *layout,
                const char  *markup)
{
  const char *end = strchr (markup, '\n');
  PangoTabArray *tabs;
  guint n = 1, i;

  for (const char *p = markup; *p != '\0' && (end == NULL || p < end); p++)
    n += *p == '\t';
  tabs = pango_tab_array_new (n, FALSE);
  for (i = 0; i < n; i++)
    pango_tab_array_set_tab (tabs, i, PANGO_TAB_LEFT, (int) (text_width (self) * (i + 1) / n * PANGO_SCALE));
  pango_layout_set_tabs (layout, tabs);
  pango_tab_array_free (tabs);
}

/* The text in the column right of the pictogram, all its lines together;
 * text shorter than the pictogram is centred on it. */
static void
measure_beside_pictogram (LsDocLayout *self,
                          LsDocBlock  *block,
                          guint        index,
                          const char  *pictogram,
                          double       size,
                          gboolean     bold,
                          double       space)
{
  double side = block->pictogram_size, indent = side * 1.3;
  g_autoptr(PangoLayout) layout = _ls_doc_layout_text (self, block->markup, size, bold, text_width (self) - indent);
  guint first = self->pieces->len;
  PangoRectangle logical;
  Piece *top, *bottom;
  double pad;

  add_lines (self, index, 0, layout, indent, space, TRUE, NULL);
  pango_layout_get_extents (layout, NULL, &logical);
  pad = MAX (0, side - logical.height / (double) PANGO_SCALE);
  top = g_ptr_array_index (self->pieces, first);
  bottom = g_ptr_array_index (self->pieces, self->pieces->len - 1);
  top->pictogram = pictogram;
  top->pictogram_size = side;
  top->pad_top = pad / 2;
  top->height += pad / 2;
  bottom->height += pad / 2;
}

static void
measure_text_block (LsDocLayout *self,
                    LsDocBlock  *block,
                    guint        index,
                    gboolean     first)
{
  g_autoptr(PangoLayout) layout = NULL;
  double size = self->font_size, space = first ? 0 : 6;
  gboolean bold = FALSE;
  guint first_piece = self->pieces->len;
  const char *pictogram = block->pictogram != NULL ? ls_pictogram_resolve (block->pictogram) : NULL;

  if (block->kind == LS_DOC_BLOCK_HEADING)
    {
      double grow = MAX (1.0, self->font_size / DEFAULT_BODY_SIZE);

      size = heading_size[block->level - 1] * grow;
      space = first ? 0 : heading_space[block->level - 1] * grow;
      bold = TRUE;
    }
  else if (block->style == LS_DOC_PARAGRAPH_SMALL || block->style == LS_DOC_PARAGRAPH_FIELDS)
    size *= 0.86;
  else if (block->style == LS_DOC_PARAGRAPH_LEAD)
    size *= 1.3;

  if (block->style == LS_DOC_PARAGRAPH_CALLOUT && block->kind == LS_DOC_BLOCK_PARAGRAPH)
    {
      Piece *piece = add_piece (self, PIECE_CALLOUT, index);
      PangoRectangle logical;

      layout = _ls_doc_layout_text (self, block->markup, size, FALSE, text_width (self) - 2 * LS_DOC_CALLOUT_PAD - LS_DOC_CALLOUT_BAR);
      g_object_set_data (G_OBJECT (layout), "ls-block", GUINT_TO_POINTER (index));
      check_overlong_words (self, layout);
      pango_layout_get_extents (layout, NULL, &logical);
      piece->layout = g_object_ref (layout);
      piece->height = logical.height / (double) PANGO_SCALE + 2 * LS_DOC_CALLOUT_PAD;
      piece->space_before = first ? 0 : 10;
      if (piece->height > body_height (self))
        _ls_doc_layout_warn (self, LS_DOC_LAYOUT_ERROR_TOO_TALL,
                             _("A boxed paragraph in block %u is taller than a page and was cut"), index + 1);
      return;
    }

  if (pictogram != NULL)
    {
      measure_beside_pictogram (self, block, index, pictogram, size, bold, space);
      return;
    }
  layout = _ls_doc_layout_text (self, block->markup, size, bold, text_width (self));
  if (block->kind == LS_DOC_BLOCK_PARAGRAPH && block->style == LS_DOC_PARAGRAPH_FIELDS)
    set_field_tabs (self, layout, block->markup);
  add_lines (self, index, 0, layout, 0, space, block->keep_together, NULL);
  if (block->kind == LS_DOC_BLOCK_PARAGRAPH && block->style == LS_DOC_PARAGRAPH_ADDRESS)
    {
      Piece *last = g_ptr_array_index (self->pieces, self->pieces->len - 1);

      ((Piece *) g_ptr_array_index (self->pieces, first_piece))->min_top = LS_DOC_ADDRESS_TOP;
      last->min_bottom = LS_DOC_ADDRESS_TOP + LS_DOC_ADDRESS_HEIGHT;
    }
}

static void
measure_list (LsDocLayout *self,
              LsDocBlock  *block,
              guint        index,
              gboolean     first)
{
  guint i;

  for (i = 0; i < block->items->len; i++)
    {
      g_autoptr(PangoLayout) body = NULL;
      g_autoptr(PangoLayout) label = NULL;
      g_autofree char *number = NULL;

      number = block->numbered ? g_strdup_printf ("%u.", i + 1) : g_strdup ("•");
      label = _ls_doc_layout_text (self, number, self->font_size, FALSE, LIST_INDENT);
      body = _ls_doc_layout_text (self, g_ptr_array_index (block->items, i), self->font_size, FALSE,
                                  text_width (self) - LIST_INDENT);
      add_lines (self, index, i, body, LIST_INDENT, i == 0 ? (first ? 0 : 6) : 3,
                 block->keep_together && i + 1 < block->items->len, label);
      if (block->keep_together && i + 1 < block->items->len)
        ((Piece *) g_ptr_array_index (self->pieces, self->pieces->len - 1))->keep_with_next = TRUE;
    }
}

static void
measure_row (LsDocLayout *self,
             LsDocBlock  *block,
             guint        index,
             guint        item,
             char       **cells,
             double      *col_x)
{
  Piece *piece = add_piece (self, PIECE_TABLE_ROW, index);
  double height = 0;
  guint c;

  piece->item = item;
  piece->is_header = item == 0;
  piece->col_x = col_x;
  piece->cells = g_ptr_array_new_with_free_func (g_object_unref);
  for (c = 0; c < block->n_columns; c++)
    {
      PangoLayout *cell = _ls_doc_layout_text (self, cells[c], self->font_size * 0.95, item == 0,
                                               col_x[c + 1] - col_x[c] - 2 * LS_DOC_CELL_PAD);
      PangoRectangle logical;

      g_object_set_data (G_OBJECT (cell), "ls-block", GUINT_TO_POINTER (index));
      check_overlong_words (self, cell);
      pango_layout_get_extents (cell, NULL, &logical);
      height = MAX (height, logical.height / (double) PANGO_SCALE);
      g_ptr_array_add (piece->cells, cell);
    }
  piece->height = height + 2 * LS_DOC_CELL_PAD;
  piece->keep_with_next = item == 0;
  if (piece->height > body_height (self))
    _ls_doc_layout_warn (self, LS_DOC_LAYOUT_ERROR_TOO_TALL,
                         _("A table row in block %u is taller than a page and was cut"), index + 1);
}

static void
measure_table (LsDocLayout *self,
               LsDocBlock  *block,
               guint        index,
               gboolean     first)
{
  double *col_x = g_new0 (double, block->n_columns + 1);
  double total = 0;
  guint c, r, first_piece = self->pieces->len;

  for (c = 0; c < block->n_columns; c++)
    total += block->column_widths[c];
  for (c = 0; c < block->n_columns; c++)
    col_x[c + 1] = col_x[c] + text_width (self) * block->column_widths[c] / total;
  g_ptr_array_add (self->col_xs, col_x);

  if (block->header)
    measure_row (self, block, index, 0, block->header, col_x);
  for (r = 0; r < block->items->len; r++)
    {
      measure_row (self, block, index, r + 1, g_ptr_array_index (block->items, r), col_x);
      if (block->keep_together && r + 1 < block->items->len)
        ((Piece *) g_ptr_array_index (self->pieces, self->pieces->len - 1))->keep_with_next = TRUE;
    }
  if (self->pieces->len > first_piece)
    ((Piece *) g_ptr_array_index (self->pieces, first_piece))->space_before = first ? 0 : 8;
}

static void
measure_figure (LsDocLayout *self,
                LsDocBlock  *block,
                guint        index,
                gboolean     first)
{
  Piece *piece = add_piece (self, PIECE_FIGURE, index);
  double scale = MIN (1.0, text_width (self) / block->width);
  double caption_h = 0;

  if (block->caption)
    {
      g_autofree char *markup = g_markup_printf_escaped ("<i>%s</i>", block->caption);
      PangoRectangle logical;

      piece->layout = _ls_doc_layout_text (self, markup, self->font_size * 0.86, FALSE, text_width (self));
      pango_layout_set_alignment (piece->layout, PANGO_ALIGN_CENTER);
      pango_layout_get_extents (piece->layout, NULL, &logical);
      caption_h = logical.height / (double) PANGO_SCALE + 4;
    }
  /* Too tall for a page: scale down to fit. */
  scale = MIN (scale, (body_height (self) - caption_h) / block->height);
  piece->height = block->height * scale + caption_h;
  piece->space_before = first ? 0 : 10;
}

static void
load_logo (LsDocLayout *self)
{
  g_autofree char *name = NULL;

  if (!self->logo_path || !self->letterhead)
    return;
  self->logo = cairo_image_surface_create_from_png (self->logo_path);
  if (cairo_surface_status (self->logo) == CAIRO_STATUS_SUCCESS)
    return;

  name = g_filename_display_basename (self->logo_path);
  _ls_doc_layout_warn (self, LS_DOC_LAYOUT_ERROR_LOGO,
                       _("The logo “%s” could not be read as a PNG image (%s); the letterhead is printed without it"),
                       name, cairo_status_to_string (cairo_surface_status (self->logo)));
  g_clear_pointer (&self->logo, cairo_surface_destroy);
}

gboolean
_ls_doc_layout_is_heading (LsDocLayout *self,
                           const Piece *piece)
{
  return piece->kind == PIECE_LINE && ls_doc_get_block (self->doc, piece->block)->kind == LS_DOC_BLOCK_HEADING;
}

/* A heading goes with at least the first two lines of the block after it
 * (two list items of one line each, a table's header and first row). */
static void
glue_after_headings (LsDocLayout *self)
{
  guint i;

  for (i = 0; i + 2 < self->pieces->len; i++)
    {
      Piece *heading = g_ptr_array_index (self->pieces, i);
      Piece *next = g_ptr_array_index (self->pieces, i + 1);
      const Piece *after = g_ptr_array_index (self->pieces, i + 2);

      if (_ls_doc_layout_is_heading (self, heading) && heading->keep_with_next && next->block != heading->block &&
          !_ls_doc_layout_is_heading (self, next) && after->block == next->block)
        next->keep_with_next = TRUE;
    }
}

void
_ls_doc_layout_measure (LsDocLayout *self)
{
  guint n = ls_doc_get_n_blocks (self->doc), i;
  gboolean first = TRUE;

  _ls_doc_layout_clear_measure (self);
  self->pieces = g_ptr_array_new_with_free_func (piece_free);
  self->col_xs = g_ptr_array_new_with_free_func (g_free);
  self->context = _ls_render_pango_context_new ();
  if (self->surface_options != NULL)
    {
      /* cairo draws with the surface's options merged under the font's;
       * the same merge here gives the same cairo scaled font. The text
       * options (no hinting, unhinted metrics) stay, so the measure is
       * the same for every surface. */
      cairo_font_options_t *options = cairo_font_options_copy (self->surface_options);

      cairo_font_options_merge (options, pango_cairo_context_get_font_options (self->context));
      pango_cairo_context_set_font_options (self->context, options);
      cairo_font_options_destroy (options);
    }
  /* The context keeps the font map's resolution, as the context pango
   * measures a font's metrics in does: the sizes are absolute, so this
   * changes no size (points as units), and the fontsets are the same. */
  load_logo (self);

  for (i = 0; i < n; i++)
    {
      LsDocBlock *block = ls_doc_get_block (self->doc, i);
      guint before = self->pieces->len;

      switch (block->kind)
        {
        case LS_DOC_BLOCK_HEADING:
        case LS_DOC_BLOCK_PARAGRAPH:
          measure_text_block (self, block, i, first);
          break;
        case LS_DOC_BLOCK_LIST:
          measure_list (self, block, i, first);
          break;
        case LS_DOC_BLOCK_TABLE:
          measure_table (self, block, i, first);
          break;
        case LS_DOC_BLOCK_FIGURE:
          measure_figure (self, block, i, first);
          break;
        case LS_DOC_BLOCK_PAGE_BREAK:
        default:
          add_piece (self, PIECE_PAGE_BREAK, i);
          break;
        }
      if (self->pieces->len > before)
        {
          Piece *last = g_ptr_array_index (self->pieces, self->pieces->len - 1);

          last->keep_with_next |= block->keep_with_next;
          first = block->kind == LS_DOC_BLOCK_PAGE_BREAK;
        }
    }
  glue_after_headings (self);
}
