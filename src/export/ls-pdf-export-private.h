/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once
/* The exporter's state, shared by ls-pdf-export.c (issuing, writing,
 * batches) and ls-pdf-export-load.c (reading what a document is made
 * of, which writes nothing). */
#include "ls-pdf-export.h"

G_BEGIN_DECLS

struct _LsPdfExporter
{
  LsStore      *store;
  LsLetterhead *letterhead;
  LsLegalTexts *legal;
  GListStore   *domains[2];  /* nb, nn: loaded when first needed */
  GDate         week;        /* the Monday of "Min uke"'s week; invalid: this week */
  gboolean      refuse_drafts;
};

G_END_DECLS
