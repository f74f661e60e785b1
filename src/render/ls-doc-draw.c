/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Drawing laid-out pages, wrapping content in tagged-PDF structure. Each
 * page's structure is closed at its end (a paragraph going over a page
 * break becomes two P elements), so one page can be drawn alone (preview,
 * GtkPrintOperation) with the same balanced tags; header and footer are
 * paragraphs of their own, outside the blocks' structure. */
#define G_LOG_DOMAIN "ls-doc-layout"

#include <glib/gi18n.h>

#include "ls-doc-layout-private.h"
#include "ls-doc-pdf.h"
#include "ls-pictogram.h"
#include "ls-render-style.h"

#define MAX_DEPTH 4

typedef struct
{
  const char *name;
  guint       block, item, sub;
} Tag;

typedef struct
{
  cairo_t *cr;
  Tag      open[MAX_DEPTH];
  guint    depth;
} Tagger;

static const LsRgba ink = { 0.11, 0.11, 0.13, 1 };
static const LsRgba heading_ink = { 0.07, 0.20, 0.38, 1 };
static const LsRgba dim_ink = { 0.36, 0.36, 0.40, 1 };
static const LsRgba rule = { 0.70, 0.71, 0.74, 1 };
static const LsRgba header_fill = { 0.90, 0.92, 0.95, 1 };
static const LsRgba stripe_fill = { 0.965, 0.97, 0.975, 1 };
static const LsRgba callout_fill = { 0.93, 0.95, 0.98, 1 };
static const LsRgba callout_bar = { 0.11, 0.44, 0.85, 1 };

static void
set_source (cairo_t      *cr,
            const LsRgba *c)
{
  cairo_set_source_rgba (cr, c->red, c->green, c->blue, c->alpha);
}

/* Makes @path (of @depth tags) the open structure: ends what differs,
 * begins what is new. */
static void
tag_path (Tagger    *t,
          const Tag *path,
          guint      depth)
{
  guint common = 0, i;

  while (common < t->depth && common < depth &&
         g_str_equal (t->open[common].name, path[common].name) &&
         t->open[common].block == path[common].block &&
         t->open[common].item == path[common].item &&
         t->open[common].sub == path[common].sub)
    common++;
  while (t->depth > common)
    cairo_tag_end (t->cr, t->open[--t->depth].name);
  for (i = common; i < depth; i++)
    {
      cairo_tag_begin (t->cr, path[i].name, NULL);
      t->open[t->depth++] = path[i];
    }
}

static void
draw_line (LsDocLayout     *self,
           Tagger          *t,
           const Placement *p)
{
  const Piece *piece = p->piece;
  LsDocBlock *block = ls_doc_get_block (self->doc, piece->block);
  PangoLayoutLine *line = pango_layout_get_line_readonly (piece->layout, piece->line);
  double x = self->margin_left + piece->indent;
  static const char *headings[] = { "H1", "H2", "H3" };

  if (block->kind == LS_DOC_BLOCK_LIST)
    {
      Tag path[] = { { "L", piece->block, 0, 0 }, { "LI", piece->block, piece->item, 0 },
                     { "Lbl", piece->block, piece->item, 0 } };

      if (piece->item_first && piece->label)
        {
          PangoRectangle logical;

          tag_path (t, path, 3);
          pango_layout_get_extents (piece->label, NULL, &logical);
          cairo_move_to (t->cr, x - 6 - logical.width / (double) PANGO_SCALE,
                         p->y + piece->baseline - piece->line_top -
                         pango_layout_get_baseline (piece->label) / (double) PANGO_SCALE);
          set_source (t->cr, &ink);
          pango_cairo_show_layout (t->cr, piece->label);
        }
      path[2].name = "LBody";
      tag_path (t, path, 3);
    }
  else
    {
      Tag path[] = { { block->kind == LS_DOC_BLOCK_HEADING ? headings[block->level - 1] : "P", piece->block, 0, 0 } };

      tag_path (t, path, 1);
    }

  if (piece->pictogram != NULL)
    ls_pictogram_draw (t->cr, piece->pictogram, self->margin_left, p->y, piece->pictogram_size);
  set_source (t->cr, block->kind == LS_DOC_BLOCK_HEADING ? &heading_ink : &ink);
  cairo_move_to (t->cr, x + piece->line_x, p->y + piece->pad_top + piece->baseline - piece->line_top);
  pango_cairo_show_layout_line (t->cr, line);
}

static void
draw_callout (LsDocLayout     *self,
              Tagger          *t,
              const Placement *p)
{
  double width = self->page_width - self->margin_left - self->margin_right;
  /* A box taller than the page is cut at the body's bottom. */
  double height = MIN (p->piece->height, _ls_doc_layout_body_bottom (self) - p->y);
  Tag path[] = { { "P", p->piece->block, 0, 0 } };

  cairo_save (t->cr);
  cairo_rectangle (t->cr, self->margin_left, p->y, width, height);
  cairo_clip_preserve (t->cr);
  set_source (t->cr, &callout_fill);
  cairo_fill (t->cr);
  cairo_rectangle (t->cr, self->margin_left, p->y, LS_DOC_CALLOUT_BAR, height);
  set_source (t->cr, &callout_bar);
  cairo_fill (t->cr);

  tag_path (t, path, 1);
  cairo_move_to (t->cr, self->margin_left + LS_DOC_CALLOUT_BAR + LS_DOC_CALLOUT_PAD, p->y + LS_DOC_CALLOUT_PAD);
  set_source (t->cr, &ink);
  pango_cairo_show_layout (t->cr, p->piece->layout);
  cairo_restore (t->cr);
}

static void
draw_row (LsDocLayout     *self,
          Tagger          *t,
          const Placement *p)
{
  const Piece *piece = p->piece;
  guint n = piece->cells->len, c;
  double x0 = self->margin_left, width = piece->col_x[n];
  /* A row taller than the page is cut at the body's bottom: its stripe and
   * rule too, or they would run over the footer. */
  double height = MIN (piece->height, _ls_doc_layout_body_bottom (self) - p->y);
  Tag path[] = { { "Table", piece->block, 0, 0 }, { "TR", piece->block, piece->item, 0 },
                 { piece->is_header ? "TH" : "TD", piece->block, piece->item, 0 } };

  if (piece->is_header || piece->item % 2 == 0)
    {
      cairo_rectangle (t->cr, x0, p->y, width, height);
      set_source (t->cr, piece->is_header ? &header_fill : &stripe_fill);
      cairo_fill (t->cr);
    }
  cairo_move_to (t->cr, x0, p->y + height);
  cairo_line_to (t->cr, x0 + width, p->y + height);
  set_source (t->cr, piece->is_header ? &dim_ink : &rule);
  cairo_set_line_width (t->cr, piece->is_header ? 0.9 : 0.5);
  cairo_stroke (t->cr);

  cairo_save (t->cr);
  cairo_rectangle (t->cr, x0, p->y, width, height);
  cairo_clip (t->cr);
  for (c = 0; c < n; c++)
    {
      path[2].sub = c;
      tag_path (t, path, 3);
      cairo_move_to (t->cr, x0 + piece->col_x[c] + LS_DOC_CELL_PAD, p->y + LS_DOC_CELL_PAD);
      set_source (t->cr, &ink);
      pango_cairo_show_layout (t->cr, g_ptr_array_index (piece->cells, c));
    }
  cairo_restore (t->cr);
}

static void
draw_figure (LsDocLayout     *self,
             Tagger          *t,
             const Placement *p)
{
  LsDocBlock *block = ls_doc_get_block (self->doc, p->piece->block);
  double text_w = self->page_width - self->margin_left - self->margin_right;
  double caption_h = 0, scale, w, h;
  Tag figure[] = { { "Figure", p->piece->block, 0, 0 } };
  Tag caption[] = { { "Caption", p->piece->block, 0, 0 } };

  if (p->piece->layout)
    {
      PangoRectangle logical;

      pango_layout_get_extents (p->piece->layout, NULL, &logical);
      caption_h = logical.height / (double) PANGO_SCALE + 4;
    }
  scale = (p->piece->height - caption_h) / block->height;
  w = block->width * scale;
  h = block->height * scale;

  tag_path (t, figure, 1);
  cairo_save (t->cr);
  cairo_translate (t->cr, self->margin_left + (text_w - w) / 2, p->y);
  cairo_rectangle (t->cr, 0, 0, w, h);
  cairo_clip (t->cr);
  cairo_scale (t->cr, scale, scale);
  block->draw (t->cr, block->width, block->height, block->user_data);
  cairo_restore (t->cr);

  if (p->piece->layout)
    {
      tag_path (t, caption, 1);
      cairo_move_to (t->cr, self->margin_left, p->y + h + 4);
      set_source (t->cr, &dim_ink);
      pango_cairo_show_layout (t->cr, p->piece->layout);
    }
}

/* The letterhead or running header, and the footer, are each a section of
 * the structure tree (their texts paragraphs: ls_doc_pdf_show_paragraph()),
 * in reading order: the header before the page's blocks, the footer after
 * them. */
static void
draw_header (LsDocLayout *self,
             cairo_t     *cr,
             guint        page)
{
  double width = self->page_width - self->margin_left - self->margin_right;
  LsDocRect header = { self->margin_left, self->margin_top, width, _ls_doc_layout_header_height (self, page) };

  if (self->header_func == NULL && header.height <= 0)
    return;
  cairo_save (cr);
  cairo_tag_begin (cr, "Sect", NULL);
  if (self->header_func)
    self->header_func (self, cr, &header, page, self->pages->len, self->header_data);
  else
    _ls_doc_layout_draw_letterhead (self, cr, &header, page, self->pages->len);
  cairo_tag_end (cr, "Sect");
  cairo_restore (cr);
}

static void
draw_footer (LsDocLayout *self,
             cairo_t     *cr,
             guint        page)
{
  double width = self->page_width - self->margin_left - self->margin_right;
  LsDocRect footer = { self->margin_left, self->page_height - self->margin_bottom - self->footer_height,
                       width, self->footer_height };

  cairo_save (cr);
  cairo_tag_begin (cr, "Sect", NULL);
  if (self->footer_func)
    self->footer_func (self, cr, &footer, page, self->pages->len, self->footer_data);
  else
    _ls_doc_layout_draw_page_footer (self, cr, &footer, page, self->pages->len);
  cairo_tag_end (cr, "Sect");
  cairo_restore (cr);
}

void
_ls_doc_layout_draw_page (LsDocLayout *self,
                          cairo_t     *cr,
                          guint        page)
{
  GArray *placements = g_array_index (self->pages, Page, page).placements;
  Tagger t = { cr, };
  guint i;

  cairo_rectangle (cr, 0, 0, self->page_width, self->page_height);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_fill (cr);
  draw_header (self, cr, page);

  for (i = 0; i < placements->len; i++)
    {
      const Placement *p = &g_array_index (placements, Placement, i);

      switch (p->piece->kind)
        {
        case PIECE_LINE:
          draw_line (self, &t, p);
          break;
        case PIECE_CALLOUT:
          draw_callout (self, &t, p);
          break;
        case PIECE_TABLE_ROW:
          draw_row (self, &t, p);
          break;
        case PIECE_FIGURE:
          draw_figure (self, &t, p);
          break;
        case PIECE_PAGE_BREAK:
        default:
          break;
        }
    }
  tag_path (&t, NULL, 0);
  draw_footer (self, cr, page);
}

static void
show_text (LsDocLayout  *self,
           cairo_t      *cr,
           const char   *text,
           double        size,
           gboolean      bold,
           double        x,
           double        y,
           double        width,
           PangoAlignment align,
           const LsRgba *color)
{
  g_autofree char *markup = g_markup_escape_text (text, -1);
  g_autoptr(PangoLayout) layout = _ls_doc_layout_text (self, markup, size, bold, width);

  pango_layout_set_alignment (layout, align);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_height (layout, -1);
  cairo_move_to (cr, x, y);
  set_source (cr, color);
  ls_doc_pdf_show_paragraph (cr, layout);
}

static void
draw_rule (cairo_t *cr,
           double   x,
           double   y,
           double   width)
{
  cairo_move_to (cr, x, y);
  cairo_line_to (cr, x + width, y);
  set_source (cr, &rule);
  cairo_set_line_width (cr, 0.6);
  cairo_stroke (cr);
}

/* First page: logo on the left, the lines on the right (the first one
 * larger); later pages: the first line, small. */
void
_ls_doc_layout_draw_letterhead (LsDocLayout     *self,
                                cairo_t         *cr,
                                const LsDocRect *area,
                                guint            page,
                                guint            n_pages)
{
  double y = area->y, logo_w = 0;
  guint i;

  if (page > 0)
    {
      show_text (self, cr, self->letterhead[0], 8.5, FALSE, area->x, area->y, area->width,
                 PANGO_ALIGN_LEFT, &dim_ink);
      draw_rule (cr, area->x, area->y + area->height - 8, area->width);
      return;
    }

  if (self->logo)
    {
      double lw = cairo_image_surface_get_width (self->logo);
      double lh = cairo_image_surface_get_height (self->logo);
      double scale = MIN ((area->height - 16) / lh, area->width * 0.3 / lw);

      logo_w = lw * scale;
      cairo_save (cr);
      cairo_translate (cr, area->x, area->y);
      cairo_scale (cr, scale, scale);
      cairo_set_source_surface (cr, self->logo, 0, 0);
      cairo_paint (cr);
      cairo_restore (cr);
    }

  for (i = 0; self->letterhead[i]; i++)
    {
      double size = i == 0 ? 12.5 : 8.5;

      show_text (self, cr, self->letterhead[i], size, i == 0, area->x + logo_w + 12, y,
                 area->width - logo_w - 12, PANGO_ALIGN_RIGHT, i == 0 ? &heading_ink : &dim_ink);
      y += size * 1.3 + (i == 0 ? 3 : 0);
      if (y > area->y + area->height - 16)
        break;
    }
  draw_rule (cr, area->x, area->y + area->height - 8, area->width);
}

void
_ls_doc_layout_draw_page_footer (LsDocLayout     *self,
                                 cairo_t         *cr,
                                 const LsDocRect *area,
                                 guint            page,
                                 guint            n_pages)
{
  /* Translators: page numbering in document footers, "Page 2 of 5". */
  g_autofree char *number = g_strdup_printf (_("Page %u of %u"), page + 1, n_pages);
  double y = area->y + area->height - 12;

  draw_rule (cr, area->x, area->y + 8, area->width);
  if (self->footer_text)
    show_text (self, cr, self->footer_text, 8.5, FALSE, area->x, y, area->width * 0.7,
               PANGO_ALIGN_LEFT, &dim_ink);
  show_text (self, cr, number, 8.5, FALSE, area->x + area->width * 0.7, y, area->width * 0.3,
             PANGO_ALIGN_RIGHT, &dim_ink);
}
