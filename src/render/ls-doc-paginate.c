/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Page breaking: pieces go onto pages in order. A run of pieces glued by
 * keep_with_next moves to a fresh page as a whole when it does not fit but
 * would fit on an empty page; longer runs break where they must. A table
 * that continues on a new page gets its header row again. */
#define G_LOG_DOMAIN "ls-doc-layout"

#include "ls-doc-layout-private.h"

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
  placement.y = cursor->y;
  g_array_append_val (cursor->page->placements, placement);
  cursor->y += piece->height;
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

static void
break_page (Cursor *cursor,
            guint   index)
{
  const Piece *header = table_header (cursor->self, index);

  new_page (cursor);
  if (header)
    place (cursor, header, TRUE);
}

void
_ls_doc_layout_paginate (LsDocLayout *self)
{
  Cursor cursor = { self, };
  double full = _ls_doc_layout_body_bottom (self) - body_top (self, 1);
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

          if (!glued && cursor.y + run_height (self, i, FALSE) > cursor.bottom &&
              run_height (self, i, TRUE) <= full)
            break_page (&cursor, i);
          else if (cursor.y + own > cursor.bottom)
            break_page (&cursor, i);
        }
      place (&cursor, piece, FALSE);
      glued = piece->keep_with_next;
    }
}
