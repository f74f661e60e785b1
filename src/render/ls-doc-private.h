/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "ls-doc.h"

G_BEGIN_DECLS

struct _LsDocBlock
{
  LsDocBlockKind      kind;
  gboolean            keep_together;
  gboolean            keep_with_next;

  /* heading, paragraph */
  guint               level;
  char               *markup;
  LsDocParagraphStyle style;
  char               *pictogram;      /* heading, paragraph: NULL = none */
  double              pictogram_size;

  /* list: char * markup; table: char ** rows of n_columns markup */
  gboolean            numbered;
  GPtrArray          *items;
  guint               n_columns;
  double             *column_widths;
  char              **header;

  /* figure */
  double              width, height;
  LsDocDrawFunc       draw;
  gpointer            user_data;
  GDestroyNotify      destroy;
  char               *alt_text;
  char               *caption;
};

G_END_DECLS
