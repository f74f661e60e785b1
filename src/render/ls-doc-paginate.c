/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Page breaking: pieces go onto pages in order. A run of pieces glued by
 * keep_with_next moves to a fresh page as a whole when it does not fit but
 * would fit on an empty page; longer runs break where they must, but never
 * right after a heading: the heading moves on with what follows it. A table
 * that continues on a new page gets its header row again. A last page that
 * would hold only one short block (the closing greeting, a last sentence)
 * or a few lines takes the end of what precedes it along. */
#define G_LOG_DOMAIN "ls-doc-layout"

#include "ls-doc-layout-private.h"

/* No forced page break. */
#define NO_BREAK G_MAXUINT

typedef struct
{
  LsDocLayout *self;
  Page        *page;
  guint        page_index;
  double       y;
  double       bottom;
} Cursor;

static double
body_top (LsDocLayout *self,
          guint        page)
{
  return self->margin_top + _ls_doc_layout_header_height (self, page);
}

/* The body of a page after the first (the first may have a taller header). */
static double
full_page (LsDocLayout *self)
{
  return _ls_doc_layout_body_bottom (self) - body_top (self, 1);
}

void
_ls_doc_layout_clear_pages (LsDocLayout *self)
{
  guint i;

  if (self->pages == NULL)
    return;
  for (i = 0; i < self->pages->len; i++)
    g_array_unref (g_array_index (self->pages, Page, i).placements);
  g_clear_pointer (&self->pages, g_array_unref);
}

static void
new_page (Cursor *cursor)
{
  LsDocLayout *self = cursor->self;
  Page page = { g_array_new (FALSE, FALSE, sizeof (Placement)) };

  g_array_append_val (self->pages, page);
  cursor->page_index = self->pages->len - 1;
  cursor->page = &g_array_index (self->pages, Page, cursor->page_index);
  cursor->y = body_top (self, cursor->page_index);
  cursor->bottom = _ls_doc_layout_body_bottom (self);
}

static gboolean
page_empty (Cursor *cursor)
{
  return cursor->page->placements->len == 0;
}

static double
space_for (Cursor      *cursor,
           const Piece *piece)
{
  return page_empty (cursor) ? 0 : piece->space_before;
}

static void
place (Cursor      *cursor,
       const Piece *piece,
       gboolean     repeated)
{
  Placement placement = { piece, 0, repeated };

  cursor->y += space_for (cursor, piece);
  /* The address sits in the envelope's window. */
  if (cursor->page_index == 0)
    cursor->y = MAX (cursor->y, piece->min_top);
  placement.y = cursor->y;
  g_array_append_val (cursor->page->placements, placement);
  cursor->y += piece->height;
  if (cursor->page_index == 0)
    cursor->y = MAX (cursor->y, piece->min_bottom);
}

/* The header row of the table @piece belongs to, or NULL. */
static const Piece *
table_header (LsDocLayout *self,
              guint        index)
{
  const Piece *piece = g_ptr_array_index (self->pieces, index);
  guint i;

  if (piece->kind != PIECE_TABLE_ROW || piece->is_header)
    return NULL;
  for (i = index; i-- > 0;)
    {
      const Piece *other = g_ptr_array_index (self->pieces, i);

      if (other->block != piece->block)
        return NULL;
      if (other->is_header)
        return other;
    }
  return NULL;
}

/* Height of the glued run starting at @index, as if at the top of a page. */
static double
run_height (LsDocLayout *self,
            guint        index,
            gboolean     at_top)
{
  double height = 0;
  guint i;

  for (i = index; i < self->pieces->len; i++)
    {
      const Piece *piece = g_ptr_array_index (self->pieces, i);

      if (piece->kind == PIECE_PAGE_BREAK)
        break;
      height += (i == index && at_top ? 0 : piece->space_before) + piece->height;
      if (!piece->keep_with_next)
        break;
    }
  return height;
}

/* Starts a new page for piece @index. Headings at the foot of the page
 * being left go along (unless they are all it holds). */
static void
break_page (Cursor *cursor,
            guint   index)
{
  LsDocLayout *self = cursor->self;
  const Piece *header = table_header (self, index);
  GArray *placements = cursor->page->placements;
  g_autoptr(GPtrArray) carried = g_ptr_array_new ();
  guint keep = placements->len, i;

  while (keep > 1 && _ls_doc_layout_is_heading (self, g_array_index (placements, Placement, keep - 1).piece))
    keep--;
  for (i = keep; i < placements->len; i++)
    g_ptr_array_add (carried, (gpointer) g_array_index (placements, Placement, i).piece);
  g_array_set_size (placements, keep);

  new_page (cursor);
  if (header)
    place (cursor, header, TRUE);
  for (i = 0; i < carried->len; i++)
    place (cursor, g_ptr_array_index (carried, i), FALSE);
}

/* Lays the pieces onto new pages, breaking before piece @forced (or
 * NO_BREAK) too. */
static void
paginate (LsDocLayout *self,
          guint        forced)
{
  Cursor cursor = { self, };
  double full = full_page (self);
  gboolean glued = FALSE;   /* the previous piece keeps with this one */
  guint i;

  self->pages = g_array_new (FALSE, FALSE, sizeof (Page));
  new_page (&cursor);

  for (i = 0; i < self->pieces->len; i++)
    {
      const Piece *piece = g_ptr_array_index (self->pieces, i);

      if (piece->kind == PIECE_PAGE_BREAK)
        {
          if (!page_empty (&cursor))
            new_page (&cursor);
          glued = FALSE;
          continue;
        }

      /* A glued run moves to a fresh page as a whole, from its start. */
      if (!page_empty (&cursor))
        {
          double own = space_for (&cursor, piece) + piece->height;

          if (i == forced)
            break_page (&cursor, i);
          else if (!glued && cursor.y + run_height (self, i, FALSE) > cursor.bottom &&
                   run_height (self, i, TRUE) <= full)
            break_page (&cursor, i);
          else if (cursor.y + own > cursor.bottom)
            break_page (&cursor, i);
        }
      place (&cursor, piece, FALSE);
      glued = piece->keep_with_next;
    }
}

/* The first piece on @page that is not a repeated table header. */
static const Placement *
first_placement (LsDocLayout *self,
                 guint        page)
{
  GArray *placements = g_array_index (self->pages, Page, page).placements;
  guint i;

  for (i = 0; i < placements->len; i++)
    if (!g_array_index (placements, Placement, i).repeated)
      return &g_array_index (placements, Placement, i);
  return NULL;
}

/* The last page (of two or more) holds little: only headings and one
 * block in a quarter of a page at most, or any text in an eighth. */
static gboolean
last_page_thin (LsDocLayout *self)
{
  GArray *placements;
  const Placement *first, *last;
  guint block = G_MAXUINT, i;
  gboolean one_block = TRUE;
  double used;

  if (self->pages->len < 2)
    return FALSE;
  placements = g_array_index (self->pages, Page, self->pages->len - 1).placements;
  first = first_placement (self, self->pages->len - 1);
  if (first == NULL)
    return FALSE;
  for (i = 0; i < placements->len; i++)
    {
      const Piece *piece = g_array_index (placements, Placement, i).piece;

      if (_ls_doc_layout_is_heading (self, piece))
        continue;
      one_block &= block == G_MAXUINT || piece->block == block;
      block = piece->block;
    }
  last = &g_array_index (placements, Placement, placements->len - 1);
  used = last->y + last->piece->height - first->y;
  return used <= full_page (self) / (one_block ? 4 : 8);
}

/* Where to break the page before the last so that the last takes along the
 * end of what precedes it: the latest allowed break that moves something
 * besides headings, keeping something on the page before. NO_BREAK if
 * there is none (an explicit page break is in the way). */
static guint
pull_break (LsDocLayout *self)
{
  guint last = self->pages->len - 1;
  const Placement *on_last = first_placement (self, last);
  const Placement *on_before = first_placement (self, last - 1);
  gboolean moves_text = FALSE;
  guint k;

  if (on_last == NULL || on_before == NULL)
    return NO_BREAK;
  for (k = on_last->piece->index; k-- > on_before->piece->index + 1;)
    {
      const Piece *piece = g_ptr_array_index (self->pieces, k);
      const Piece *before = g_ptr_array_index (self->pieces, k - 1);

      if (piece->kind == PIECE_PAGE_BREAK || before->kind == PIECE_PAGE_BREAK)
        return NO_BREAK;
      moves_text |= !_ls_doc_layout_is_heading (self, piece);
      if (moves_text && !before->keep_with_next)
        return k;
    }
  return NO_BREAK;
}

void
_ls_doc_layout_paginate (LsDocLayout *self)
{
  guint n_pages, forced, kept = NO_BREAK;

  paginate (self, NO_BREAK);
  n_pages = self->pages->len;
  /* A thin last page takes along the end of the page before, a piece at
   * a time, until it holds enough to stand on its own. */
  for (guint tries = 0; tries < 16 && last_page_thin (self); tries++)
    {
      forced = pull_break (self);
      if (forced == NO_BREAK)
        break;
      _ls_doc_layout_clear_pages (self);
      paginate (self, forced);
      /* What was pulled did not fit with the rest: keep the last way that did. */
      if (self->pages->len != n_pages)
        {
          _ls_doc_layout_clear_pages (self);
          paginate (self, kept);
          break;
        }
      kept = forced;
    }
}
